// New events, each in one pass (no Eager: properties are written as literal maps):
//   (source)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(target)
//   (source)-[:MET|DEPLOYED_TROOPS_TO|...]->(target)   the analysts' readable edge
//   (:Article)-[:REPORTS {sentence}]->(e)              this batch's evidence rows
// The readable edge's type is r.rel, a dynamic type (Neo4j 5.26+). It is never input: the
// store looks it up in its fixed table eventgraph.store.neo4j.DIRECT_TYPES (event type ->
// relationship type). One CREATE with a dynamic type plans and runs cheaper than one FOREACH
// per type. Events without a target get neither TARGET nor a readable edge; an event type
// missing from the table (rel null) gets no readable edge.
// $events: list of {id, type, date, date_precision, date_start, date_end, status, plover,
//          cameo, mode, confidence, pair_key, article_id, evidence, source_id, target_id,
//          source_agent_id, target_agent_id, rel, since, reports: [{article_id, sentence}]}
//          (null values are simply not stored; since is the date for MEMBER_OF, else null)
UNWIND $events AS r
MATCH (s:Actor {id: r.source_id})
OPTIONAL MATCH (t:Actor {id: r.target_id})
CREATE (s)-[:SOURCE_OF]->(e:Event {
  id: r.id, type: r.type, date: r.date, date_precision: r.date_precision,
  date_start: r.date_start, date_end: r.date_end, status: r.status, plover: r.plover,
  cameo: r.cameo, mode: r.mode, confidence: r.confidence, pair_key: r.pair_key,
  article_id: r.article_id, evidence: r.evidence, source_id: r.source_id,
  target_id: r.target_id, source_agent_id: r.source_agent_id,
  target_agent_id: r.target_agent_id})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (e)-[:TARGET]->(t))
FOREACH (_ IN CASE WHEN t IS NULL OR r.rel IS NULL THEN [] ELSE [1] END |
  CREATE (s)-[:$(r.rel) {event_id: r.id, date: r.date, status: r.status, since: r.since}]->(t))
WITH e, r
UNWIND r.reports AS rep
MATCH (a:Article {id: rep.article_id})
CREATE (a)-[:REPORTS {sentence: rep.sentence}]->(e)
