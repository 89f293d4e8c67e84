// How much is stored: events, actors (agents included), articles, evidence rows (REPORTS).
// no parameters
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (:Article)-[r:REPORTS]->(:Event) RETURN count(r) AS evidence }
RETURN events, actors, articles, evidence
