// Actor dicts for a list of ids (unknown ids are left out).
// $ids: list of actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .kind, .country} AS actor
