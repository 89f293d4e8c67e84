// New events with their actor links:
//   (source)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(target)
//   (agent)-[:AGENT_OF {side: 'source'|'target'}]->(e)   person/agency acting for a side
// $events: list of {props: {id, type, date, date_precision, date_start, date_end, status,
//          plover, cameo, mode, confidence, pair_key, article_id, evidence, source_id,
//          target_id, source_agent_id, target_agent_id}}  (null values are simply not stored)
UNWIND $events AS r
MATCH (s:Actor {id: r.props.source_id})
CREATE (s)-[:SOURCE_OF]->(e:Event)
SET e = r.props
WITH e, r
CALL (e, r) {
  MATCH (t:Actor {id: r.props.target_id})
  CREATE (e)-[:TARGET]->(t)
}
CALL (e, r) {
  MATCH (g:Actor {id: r.props.source_agent_id})
  CREATE (g)-[:AGENT_OF {side: 'source'}]->(e)
}
CALL (e, r) {
  MATCH (g:Actor {id: r.props.target_agent_id})
  CREATE (g)-[:AGENT_OF {side: 'target'}]->(e)
}
