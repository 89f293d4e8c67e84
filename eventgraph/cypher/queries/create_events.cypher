// New events, each in one pass (no Eager: properties are written as literal maps):
//   (source)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(target)
//   (source)-[:MET|DEPLOYED_TROOPS_TO|...]->(target)   the analysts' readable edge
//   (:Article)-[:REPORTS {sentence}]->(e)              this batch's evidence rows
// Cypher cannot take a relationship type as a parameter, so the event type -> relationship
// type table is spelled out below, one FOREACH per type; eventgraph.store.neo4j.DIRECT_TYPES
// holds the same table (a unit test keeps them equal). Events without a target get neither
// TARGET nor a direct edge.
// $events: list of {id, type, date, date_precision, date_start, date_end, status, plover,
//          cameo, mode, confidence, pair_key, article_id, evidence, source_id, target_id,
//          source_agent_id, target_agent_id, reports: [{article_id, sentence}]}
//          (null values are simply not stored)
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
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'MEET' THEN [1] ELSE [] END |
  CREATE (s)-[:MET {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'DEPLOY_TROOPS' THEN [1] ELSE [] END |
  CREATE (s)-[:DEPLOYED_TROOPS_TO {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'SUMMON_AMBASSADOR' THEN [1] ELSE [] END |
  CREATE (s)-[:SUMMONED_AMBASSADOR_OF {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'JOIN_BLOC' THEN [1] ELSE [] END |
  CREATE (s)-[:MEMBER_OF {event_id: r.id, date: r.date, status: r.status, since: r.date}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'APPLY_MEMBERSHIP' THEN [1] ELSE [] END |
  CREATE (s)-[:APPLIED_TO_JOIN {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'AGREE' THEN [1] ELSE [] END |
  CREATE (s)-[:AGREED_WITH {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'CONSULT' THEN [1] ELSE [] END |
  CREATE (s)-[:CONSULTED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'SUPPORT' THEN [1] ELSE [] END |
  CREATE (s)-[:SUPPORTED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'CONCEDE' THEN [1] ELSE [] END |
  CREATE (s)-[:CONCEDED_TO {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'COOPERATE' THEN [1] ELSE [] END |
  CREATE (s)-[:COOPERATED_WITH {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'AID' THEN [1] ELSE [] END |
  CREATE (s)-[:AIDED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'RETREAT' THEN [1] ELSE [] END |
  CREATE (s)-[:RETREATED_FROM {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'REQUEST' THEN [1] ELSE [] END |
  CREATE (s)-[:REQUESTED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'REJECT' THEN [1] ELSE [] END |
  CREATE (s)-[:REJECTED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'ACCUSE' THEN [1] ELSE [] END |
  CREATE (s)-[:ACCUSED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'THREATEN' THEN [1] ELSE [] END |
  CREATE (s)-[:THREATENED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'PROTEST' THEN [1] ELSE [] END |
  CREATE (s)-[:PROTESTED_AGAINST {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'SANCTION' THEN [1] ELSE [] END |
  CREATE (s)-[:SANCTIONED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'MOBILIZE' THEN [1] ELSE [] END |
  CREATE (s)-[:MOBILIZED_AGAINST {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'COERCE' THEN [1] ELSE [] END |
  CREATE (s)-[:COERCED {event_id: r.id, date: r.date, status: r.status}]->(t))
FOREACH (_ IN CASE WHEN t IS NOT NULL AND r.type = 'ASSAULT' THEN [1] ELSE [] END |
  CREATE (s)-[:ASSAULTED {event_id: r.id, date: r.date, status: r.status}]->(t))
WITH e, r
UNWIND r.reports AS rep
MATCH (a:Article {id: rep.article_id})
CREATE (a)-[:REPORTS {sentence: rep.sentence}]->(e)
