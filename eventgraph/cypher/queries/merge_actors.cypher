// Upsert actors: a later name/kind replaces the earlier one; a null country keeps the known one.
// The kind label (:State, :Organization, :Person, :Agency, :Group) comes from this fixed
// mapping, never from the input string; a changed kind swaps the label.
// $actors: list of {id, name, kind, country}
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name, n.kind = a.kind, n.country = coalesce(a.country, n.country)
REMOVE n:State:Organization:Person:Agency:Group
FOREACH (_ IN CASE WHEN a.kind = 'state' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN a.kind = 'organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN a.kind = 'person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN a.kind = 'agency' THEN [1] ELSE [] END | SET n:Agency)
FOREACH (_ IN CASE WHEN a.kind = 'group' THEN [1] ELSE [] END | SET n:Group)
