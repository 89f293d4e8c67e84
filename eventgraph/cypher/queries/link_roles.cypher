// (:Person)-[:HOLDS_ROLE {role, from, until}]->(:State) from the gazetteer's dated roles
// (an IGO official's role points at the bloc). Only actors already in the graph are linked,
// so roles never add actors.
// $roles: list of {person, state, role, from, until}: state is the ISO3 or bloc id
UNWIND $roles AS r
MATCH (p:Actor {id: r.person})
MATCH (s:Actor {id: r.state})
MERGE (p)-[h:HOLDS_ROLE {role: r.role, from: coalesce(r.from, '')}]->(s)
SET h.until = r.until
