// Undated events taken into a dated event of the same pair (base.absorb_target): their
// evidence rows move onto the dated event (each (article, sentence) once), then the undated
// event goes, with its readable actor-to-actor edge, its agent links and its actor links.
// Runs after create_events / update_events / create_reports of the same transaction.
// $absorbed: list of {id, into, source_id, target_id}
UNWIND $absorbed AS r
MATCH (u:Event {id: r.id})
MATCH (e:Event {id: r.into})
CALL (u, e) {
  MATCH (a:Article)-[old:REPORTS]->(u)
  MERGE (a)-[:REPORTS {sentence: old.sentence}]->(e)
}
CALL (u, r) {
  MATCH (:Actor {id: r.source_id})-[x]->(:Actor {id: r.target_id})
  WHERE x.event_id = r.id
  DELETE x
}
DETACH DELETE u
