// (agent:Actor)-[:AGENT_OF {side}]->(:Event): the person or agency acting for a side.
// $agents: list of {event_id, agent_id, side: 'source'|'target'}
UNWIND $agents AS g
MATCH (a:Actor {id: g.agent_id})
MATCH (e:Event {id: g.event_id})
CREATE (a)-[:AGENT_OF {side: g.side}]->(e)
