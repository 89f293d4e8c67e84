// Provenance: (:Article)-[:REPORTS {sentence}]->(:Event), one per (article, event, sentence).
// $reports: list of {article_id, event_id, sentence}
UNWIND $reports AS r
MATCH (a:Article {id: r.article_id})
MATCH (e:Event {id: r.event_id})
CREATE (a)-[:REPORTS {sentence: r.sentence}]->(e)
