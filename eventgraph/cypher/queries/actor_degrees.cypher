// How many event links (SOURCE_OF, TARGET) the given actors have in all, and how many events
// are stored: the store uses both to choose how to read a subgraph's newest edges.
// Degrees and the label count come from Neo4j's counts, not from reading the events.
// $ids: list of actor ids
CALL () { MATCH (e:Event) RETURN count(e) AS events }
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN sum(COUNT { (a)-[:SOURCE_OF|TARGET]-() }) AS degree, events
