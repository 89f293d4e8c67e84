// New articles (the transaction checked they are not stored yet).
// $articles: list of {id, url, title, published, source, language}
UNWIND $articles AS a
CREATE (n:Article)
SET n = a
