// The analysts' readable edge for each new event, straight from source to target actor:
//   (KOR)-[:SUMMONED_AMBASSADOR_OF {event_id, date, status, ...}]->(RUS)
// Cypher cannot take a relationship type as a parameter, so the event type -> relationship
// type mapping is spelled out here, one FOREACH per type (eventgraph.store.neo4j.DIRECT_TYPES
// holds the same table; a unit test keeps them equal). Events without a target get none.
// $rels: list of {event_id, type, source_id, target_id, props: {event_id, type, date,
//        date_start, date_end, status, confidence[, since]}}
UNWIND $rels AS r
MATCH (s:Actor {id: r.source_id})
MATCH (t:Actor {id: r.target_id})
FOREACH (_ IN CASE WHEN r.type = 'MEET' THEN [1] ELSE [] END | CREATE (s)-[x:MET]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'DEPLOY_TROOPS' THEN [1] ELSE [] END | CREATE (s)-[x:DEPLOYED_TROOPS_TO]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'SUMMON_AMBASSADOR' THEN [1] ELSE [] END | CREATE (s)-[x:SUMMONED_AMBASSADOR_OF]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'JOIN_BLOC' THEN [1] ELSE [] END | CREATE (s)-[x:MEMBER_OF]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'APPLY_MEMBERSHIP' THEN [1] ELSE [] END | CREATE (s)-[x:APPLIED_TO_JOIN]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'AGREE' THEN [1] ELSE [] END | CREATE (s)-[x:AGREED_WITH]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'CONSULT' THEN [1] ELSE [] END | CREATE (s)-[x:CONSULTED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'SUPPORT' THEN [1] ELSE [] END | CREATE (s)-[x:SUPPORTED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'CONCEDE' THEN [1] ELSE [] END | CREATE (s)-[x:CONCEDED_TO]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'COOPERATE' THEN [1] ELSE [] END | CREATE (s)-[x:COOPERATED_WITH]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'AID' THEN [1] ELSE [] END | CREATE (s)-[x:AIDED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'RETREAT' THEN [1] ELSE [] END | CREATE (s)-[x:RETREATED_FROM]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'REQUEST' THEN [1] ELSE [] END | CREATE (s)-[x:REQUESTED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'REJECT' THEN [1] ELSE [] END | CREATE (s)-[x:REJECTED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'ACCUSE' THEN [1] ELSE [] END | CREATE (s)-[x:ACCUSED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'THREATEN' THEN [1] ELSE [] END | CREATE (s)-[x:THREATENED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'PROTEST' THEN [1] ELSE [] END | CREATE (s)-[x:PROTESTED_AGAINST]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'SANCTION' THEN [1] ELSE [] END | CREATE (s)-[x:SANCTIONED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'MOBILIZE' THEN [1] ELSE [] END | CREATE (s)-[x:MOBILIZED_AGAINST]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'COERCE' THEN [1] ELSE [] END | CREATE (s)-[x:COERCED]->(t) SET x = r.props)
FOREACH (_ IN CASE WHEN r.type = 'ASSAULT' THEN [1] ELSE [] END | CREATE (s)-[x:ASSAULTED]->(t) SET x = r.props)
