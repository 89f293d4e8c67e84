// The dated events of an actor (or a pair) between $since and $until counted per bucket and
// type, one index range per bucket: like timeline_counts_by_actor.cypher with a date range,
// but no string is cut per event (a range seek per bucket, grouped by type only), which
// halves a hub's time. Reads index entries only, as that query does; the event's date_end
// only for starts before $since. Undated events never match a date range.
//   $bounds: bucket i holds starts in [$bounds[i], $bounds[i + 1]); $bounds[0] is a year
//     before $since (an event spans at most a year, so one starting then may overlap)
// -> rows {i, types, counts, first, last}: bucket index, its types and their counts (same
//    order), the earliest and latest start counted in it
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction); at least one
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match; both are given here
WITH coalesce($actor, $other) AS anchor, CASE WHEN $actor IS NULL THEN null ELSE $other END AS partner
UNWIND range(0, size($bounds) - 2) AS i
// an arm that does not apply seeks a null key, which finds nothing without reading the index
CALL (anchor, partner, i) {
  // one actor, as source
  MATCH (e:Event) USING INDEX e:Event(source_id, date_start, type)
  WHERE e.source_id = CASE WHEN partner IS NULL THEN anchor END
    AND e.date_start >= $bounds[i] AND e.date_start < $bounds[i + 1] AND e.date_start <= $until
    AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.type AS type, count(*) AS n, min(e.date_start) AS first, max(e.date_start) AS last
  UNION ALL
  // one actor, as target (an event with the actor on both sides is counted above)
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NULL THEN anchor END AND e.source_id IS NOT NULL AND e.source_id <> anchor
    AND e.date_start >= $bounds[i] AND e.date_start < $bounds[i + 1] AND e.date_start <= $until
    AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.type AS type, count(*) AS n, min(e.date_start) AS first, max(e.date_start) AS last
  UNION ALL
  // a pair, partner -> anchor
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NOT NULL THEN anchor END AND e.source_id = partner
    AND e.date_start >= $bounds[i] AND e.date_start < $bounds[i + 1] AND e.date_start <= $until
    AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.type AS type, count(*) AS n, min(e.date_start) AS first, max(e.date_start) AS last
  UNION ALL
  // a pair, anchor -> partner
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner <> anchor THEN partner END AND e.source_id = anchor
    AND e.date_start >= $bounds[i] AND e.date_start < $bounds[i + 1] AND e.date_start <= $until
    AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.type AS type, count(*) AS n, min(e.date_start) AS first, max(e.date_start) AS last
}
WITH i, type, sum(n) AS n, min(first) AS first, max(last) AS last
// one row per bucket: fewer records to send and decode
RETURN i, collect(type) AS types, collect(n) AS counts, min(first) AS first, max(last) AS last
