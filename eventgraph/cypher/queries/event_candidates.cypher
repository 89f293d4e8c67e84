// Stored events that share a pair key with incoming reports: the dedup candidates.
// Read inside the ingest write transaction, so the merge decision and the write agree.
// $keys: list of pair keys ("TYPE|source|target|factuality")
MATCH (e:Event)
WHERE e.pair_key IN $keys
RETURN e {.*} AS e
