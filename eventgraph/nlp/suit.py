"""Acts reported again for further actors without their verb: 'Saudi Arabia cut ties with Iran.
Bahrain and Sudan followed suit on Monday', 'Kuwait did the same', 'the UAE joined Riyadh in
recalling its ambassador', 'Ghana is expected to take similar steps'.

The copy takes the type and target of the latest act (occurred or planned) in this or the two
sentences before; its sources are the subjects of the copying clause, and its trigger is the
copying verb, so date and status are read from that clause as for any other trigger.
"""
from __future__ import annotations

from spacy.tokens import Token

from .types import ActorMention, Candidate
from .parse import OBJECT_CONTROL, governing_verb, lemma, np_actors, subjects
from .status import classify

# copying verb lemma -> object lemmas that make it a copy ('follow suit', 'do the same')
COPY_OBJECTS = {
    "follow": {"suit", "lead", "example"},
    "do": {"same", "likewise"},
    "take": {"step", "action", "measure", "move"},
    "match": {"move", "step", "decision"},
    "mirror": {"move", "step", "decision"},
    "copy": {"move", "step", "decision"},
    "emulate": {"move", "step", "decision"},
}
# 'take similar steps': the object of 'take' must say it is the same kind of act
LIKE_WORDS = {"similar", "same", "identical", "comparable", "parallel", "like"}
# 'follow suit' is bare; 'followed the suit' / 'a suit' is a lawsuit
BARE = {"suit"}
WINDOW = 2  # sentences before the copying one that may hold the copied act
DENIALS = {"refuse", "decline", "reject", "resist", "fail", "hesitate", "balk", "unwilling", "reluctant", "unlikely",
           "unable", "unprepared"}


def copy_object(t: Token) -> Token | None:
    """The object that makes verb t a copying verb, if any."""
    lem = lemma(t)
    if lem == "do" and any(c.dep_ == "advmod" and c.lower_ == "likewise" for c in t.children):
        return t
    want = COPY_OBJECTS.get(lem)
    if not want:
        return None
    for c in t.children:
        if c.dep_ not in ("dobj", "obj") or c.lemma_.lower() not in want:
            continue
        dets = {d.lower_ for d in c.children if d.dep_ == "det"}
        if c.lower_ in BARE and dets:
            return None  # 'followed the suit filed by ...'
        if lem == "take" and not any(d.lower_ in LIKE_WORDS for d in c.children):
            return None  # 'took steps to protect its citizens'
        if lem == "do" and c.lower_ == "same" and "the" not in dets:
            return None
        if lem in ("follow", "do", "take"):
            return c
        if dets & {"the", "this", "that"} or any(d.dep_ == "poss" for d in c.children):
            return c  # 'matched the move', 'mirrored Riyadh's decision'
    return None


def join_in(t: Token) -> tuple[Token, Token] | None:
    """'joined Riyadh in recalling its ambassador' -> (Riyadh, recalling)."""
    if lemma(t) != "join":
        return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "in" and objs:
            for v in p.children:
                if v.dep_ in ("pcomp", "pobj") and v.tag_ == "VBG":
                    return objs[0], v
    return None


def _misparsed_suit(t: Token) -> Token | None:
    """The small model reads 'have since followed suit' as 'followed' modifying 'suit' under
    'since': the clause's verb is then the one 'suit' hangs from."""
    n = t.head
    if lemma(t) != "follow" or t.dep_ != "amod" or n.lower_ != "suit" or any(c.dep_ == "det" for c in n.children):
        return None
    v = governing_verb(n)
    return v if v is not None and v.i < t.i else None


def _asked_of(t: Token) -> bool:
    """'urged Germany to do the same', 'called on others to follow suit': asked for, not done
    (the request itself is read by the PLOVER frame)."""
    h = t.head
    if t.dep_ != "xcomp" or h.i == t.i:
        return False
    if lemma(h) in OBJECT_CONTROL | {"call", "press", "push", "want", "challenge"}:
        return any(c.dep_ in ("dobj", "obj") for c in h.children) or any(
            c.dep_ == "prep" and c.lower_ == "on" for c in h.children)
    return False


def _denied(t: Token) -> bool:
    """'refused to follow suit', 'did not follow suit', 'was reluctant to do the same'."""
    h = t
    for _ in range(3):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "neg") for c in h.children):
            return True
        if h.dep_ not in ("xcomp", "ccomp", "acomp") or h.head.i == h.i:
            return False
        h = h.head
        if lemma(h) in DENIALS:
            return True
    return False


def _ids(ms: list[ActorMention]) -> set[str]:
    return {m.actor_id for m in ms}


def copied_acts(t: Token, before: list[Candidate], pick: set[str] | None = None) -> list[Candidate]:
    """The act(s) a copy at t repeats: the latest candidate before t, in this or the last WINDOW
    sentences, that occurred or is planned, with the other acts of the same sources in its
    sentence ('switched recognition from Taipei to Beijing' is two acts). With pick, the latest
    act done by one of those actors ('joined Riyadh in ...')."""
    doc = t.doc
    sents = list(doc.sents)
    n = next((k for k, s in enumerate(sents) if s.start <= t.i < s.end), 0)
    lo = sents[max(0, n - WINDOW)].start
    for c in reversed(before):
        if not (lo <= c.trigger < t.i) or not c.sources or not c.targets:
            continue
        if pick and not (_ids(c.sources) & pick):
            continue
        if doc[c.trigger].is_ancestor(t):
            continue  # 'urged Germany to do the same': the urging is not what is copied
        status, _ = classify(doc, c.trigger, doc._.published, None, c.type)
        if status not in ("occurred", "planned"):
            continue
        same = [o for o in before if o.sentence == c.sentence and _ids(o.sources) == _ids(c.sources)
                and o.targets and o.trigger < t.i]
        return same or [c]
    return []


def find_copies(t: Token, before: list[Candidate]) -> list[Candidate]:
    """Candidates that a copying clause at t adds: one per new source and copied act."""
    pick = None
    joined = join_in(t)
    if joined is not None:
        pick = _ids(np_actors(joined[0])) or None
    elif copy_object(t) is None:
        t = _misparsed_suit(t)  # 'have since followed suit' read as 'since (followed suit)'
        if t is None:
            return []
    if _denied(t) or _asked_of(t):
        return []
    news = [m for m in subjects(t, passive_ok=True) if m.actor_id and m.kind in ("state", "organization", "group",
                                                                                  "person", "agency")]
    if not news:
        return []
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for c in copied_acts(t, before, pick):
        old = _ids(c.sources)
        for m in news:
            if m.actor_id in old:
                continue  # 'Riyadh did the same' after Riyadh's act says nothing new
            targets = c.targets
            if m.actor_id in _ids(targets):
                targets = c.sources  # 'Iran expelled Saudi diplomats. Riyadh did the same' answers back
            key = (c.type, m.actor_id, tuple(sorted(_ids(targets))))
            if key in seen:
                continue
            seen.add(key)
            out.append(Candidate(type=c.type, trigger=t.i, sources=[m], targets=list(targets),
                                 mode=c.mode, cues=["copied-act"]))
    return out
