// Events that a later report refined (date, status, confidence, filled gaps); agents the
// first report lacked are linked, and the direct actor-to-actor relationship follows.
// $events: list of {id, source_id, target_id,
//          props: {date, date_precision, date_start, date_end, status, plover, cameo, mode,
//                  confidence, source_agent_id, target_agent_id},
//          new_agents: [{id, side}],
//          rel: {date, date_start, date_end, status, confidence[, since]}}
UNWIND $events AS r
MATCH (e:Event {id: r.id})
SET e += r.props
WITH e, r
CALL (e, r) {
  UNWIND r.new_agents AS g
  MATCH (a:Actor {id: g.id})
  CREATE (a)-[:AGENT_OF {side: g.side}]->(e)
}
CALL (r) {
  MATCH (:Actor {id: r.source_id})-[x]->(:Actor {id: r.target_id})
  WHERE x.event_id = r.id
  SET x += r.rel
}
