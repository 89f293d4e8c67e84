// eventgraph schema for Neo4j 5 (Community edition: uniqueness constraints and range indexes).
// Applied by Neo4jStore on first connect; safe to run again (IF NOT EXISTS).
// Run by hand: cypher-shell -u neo4j -p ... -f cypher/schema.cypher
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// dedup looks candidates up by pair key inside every ingest transaction
CREATE INDEX event_pair_key IF NOT EXISTS FOR (e:Event) ON (e.pair_key);
// date-range filters and newest-first listing
CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.date_start);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
// an actor's events in date order, as source and as target: an actor's event pages walk them
// newest first and stop at the page size; timelines count from them without reading the
// events (type and, on the target side, source_id ride along). Undated events are not in them.
CREATE INDEX event_source_date IF NOT EXISTS FOR (e:Event) ON (e.source_id, e.date_start, e.type);
CREATE INDEX event_target_date IF NOT EXISTS FOR (e:Event) ON (e.target_id, e.date_start, e.type, e.source_id);
