// Stored events that share a pair key with incoming reports: the dedup candidates.
// Read inside the ingest write transaction, so the merge decision and the write agree.
// published: for an undated event, the earliest publication day of the articles reporting
// it (a dated report may absorb it, see base.absorb_target); null for dated events.
// $keys: list of pair keys ("TYPE|source|target|factuality")
MATCH (e:Event)
WHERE e.pair_key IN $keys
OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
WHERE e.date IS NULL
RETURN e {.*} AS e, min(substring(a.published, 0, 10)) AS published
