// Events that a later report refined (date, status, confidence, filled gaps); their direct
// actor-to-actor relationship follows.
// $events: list of {id, source_id, target_id, props: {date, date_precision, date_start,
//          date_end, status, plover, cameo, mode, confidence}, rel: {date, date_start,
//          date_end, status, confidence[, since]}}
UNWIND $events AS r
MATCH (e:Event {id: r.id})
SET e += r.props
WITH r
MATCH (:Actor {id: r.source_id})-[x]->(:Actor {id: r.target_id})
WHERE x.event_id = r.id
SET x += r.rel
