// Matching events counted per bucket and type for a timeline, instead of listing them: one
// row {bucket, types, counts, first, last} per bucket: bucket is the first day (YYYY-MM-DD)
// of the $interval holding the event's day, types and counts (same order) its event types
// and how many of each, first/last the earliest and latest day counted in it; undated
// events are the row whose bucket, first and last are null.
//   $interval: 'day', 'week' (ISO, from Monday), 'month' or 'year'
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
MATCH (e:Event)
WHERE ($actor IS NULL OR e.source_id = $actor OR e.target_id = $actor)
  AND ($other IS NULL
       OR ($actor IS NULL AND (e.source_id = $other OR e.target_id = $other))
       OR (e.source_id = $actor AND e.target_id = $other)
       OR (e.source_id = $other AND e.target_id = $actor))
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND ($since IS NULL OR e.date_end >= $since)
  AND ($until IS NULL OR e.date_start <= $until)
// an event counts on its first day, or on $since when earlier (its span overlaps the range)
WITH e.type AS type,
     CASE WHEN $since IS NOT NULL AND e.date_start < $since THEN $since ELSE e.date_start END AS day
WITH type, day,
     CASE
       WHEN day IS NULL THEN null
       WHEN $interval = 'day' THEN day
       WHEN $interval = 'month' THEN substring(day, 0, 7) + '-01'
       WHEN $interval = 'year' THEN substring(day, 0, 4) + '-01-01'
       ELSE toString(date.truncate('week', date(day)))
     END AS bucket
WITH bucket, type, count(*) AS n, min(day) AS first, max(day) AS last
// one row per bucket: fewer records to send and decode
RETURN bucket, collect(type) AS types, collect(n) AS counts, min(first) AS first, max(last) AS last
