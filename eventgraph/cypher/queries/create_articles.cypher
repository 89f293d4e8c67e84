// New articles (the transaction checked they are not stored yet); the text is not kept.
// $articles: list of {id, url, title, published, source, language}
UNWIND $articles AS a
CREATE (:Article {id: a.id, url: a.url, title: a.title, published: a.published,
                  source: a.source, language: a.language})
