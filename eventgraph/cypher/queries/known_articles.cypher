// Which of these article ids are already stored (the ingest checkpoint).
// $ids: list of article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
