"""Doc extensions shared by the pipeline components (see types.py for their shapes)."""
from __future__ import annotations

from spacy.tokens import Doc

from .types import ActorMention

EXTENSIONS = ("published", "article_id", "actor_mentions", "date_mentions", "candidates")


def ensure_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def mention_index(doc: Doc) -> dict[int, list[ActorMention]]:
    """token index -> the actor mentions covering it ('the two leaders' covers two actors);
    cached until the mention list changes."""
    mentions = doc._.actor_mentions or []
    key = ("eg_mention_index", len(mentions), id(mentions))
    cached = doc.user_data.get("eg_mention_index")
    if cached is not None and cached[0] == key:
        return cached[1]
    idx: dict[int, list[ActorMention]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            idx.setdefault(i, []).append(m)
    doc.user_data["eg_mention_index"] = (key, idx)
    return idx
