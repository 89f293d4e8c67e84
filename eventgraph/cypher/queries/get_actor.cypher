// A stored actor and the type of each of its events (as source or target; the store counts).
// $id: actor id
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .country} AS actor,
       COLLECT { MATCH (a)-[:SOURCE_OF|TARGET]-(e:Event) WITH DISTINCT e RETURN e.type } AS types
