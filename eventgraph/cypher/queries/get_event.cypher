// One event with its actors and every evidence row (sorted by the caller).
// $id: event id
MATCH (e:Event {id: $id})
RETURN e {.*} AS e,
       COLLECT { MATCH (a:Actor {id: e.source_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source,
       COLLECT { MATCH (a:Actor {id: e.target_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target,
       COLLECT { MATCH (a:Actor {id: e.source_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source_agent,
       COLLECT { MATCH (a:Actor {id: e.target_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target_agent,
       COLLECT { MATCH (art:Article)-[r:REPORTS]->(e)
                 RETURN {article_id: art.id, title: art.title, url: art.url,
                         published: art.published, source: art.source, sentence: r.sentence} } AS evidence
