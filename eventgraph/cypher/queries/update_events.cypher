// Events that a later report refined (date, status, confidence, filled gaps); only events
// whose stored values changed are sent. The readable actor-to-actor edge follows when its
// date or status changed (edge = true). New agents are linked by link_agents.
// $events: list of {id, source_id, target_id, date, date_precision, date_start, date_end,
//          status, plover, cameo, mode, confidence, source_agent_id, target_agent_id,
//          since, edge}   (since: the date for MEMBER_OF, else null)
UNWIND $events AS r
MATCH (e:Event {id: r.id})
SET e.date = r.date, e.date_precision = r.date_precision, e.date_start = r.date_start,
    e.date_end = r.date_end, e.status = r.status, e.plover = r.plover, e.cameo = r.cameo,
    e.mode = r.mode, e.confidence = r.confidence, e.source_agent_id = r.source_agent_id,
    e.target_agent_id = r.target_agent_id
WITH r
WHERE r.edge
MATCH (:Actor {id: r.source_id})-[x]->(:Actor {id: r.target_id})
WHERE x.event_id = r.id
SET x.date = r.date, x.status = r.status, x.since = r.since
