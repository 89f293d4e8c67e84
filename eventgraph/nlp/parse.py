"""Reading actors off the dependency parse: the noun phrases, subjects, objects and lists a
trigger's arguments are read from. Shared by every frame (nlp/frames/,
nlp/plover.py, nlp/plover_actors.py); no event type is decided here.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from .types import PLACE_VIA, ActorMention
from .docs import mention_index

OBJ = ("dobj", "obj", "attr", "oprd")

# 'X accused Y of doing': Y does it
OBJECT_OF_CLAUSE = {"accuse", "suspect", "blame", "charge", "convict", "warn", "criticise", "criticize", "condemn"}
OBJECT_CONTROL = {"invite", "ask", "urge", "allow", "permit", "encourage", "persuade", "force", "order"}


def _mention(doc: Doc, i: int) -> ActorMention | None:
    found = mention_index(doc).get(i)
    return found[0] if found else None


def _mentions(doc: Doc, i: int) -> list[ActorMention]:
    return mention_index(doc).get(i) or []


def np_actors(tok: Token, *, lists: bool = True, depth: int = 0) -> list[ActorMention]:
    """Actors a noun phrase headed by `tok` names: itself, its possessor or nationality,
    and (with lists=True) its conjuncts and 'including X, Y' members."""
    if depth > 4:
        return []
    doc = tok.doc
    out: list[ActorMention] = []
    here = _mentions(doc, tok.i)
    if not here and tok.pos_ == "NOUN" and tok.lemma_.lower() not in ("minister", "secretary") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in PRIVATE_PEOPLE for c in tok.children):
        return []  # 'Hungarian business leaders' speak for no state
    if here:
        out.extend(here)
        # 'the Spanish and Irish ambassadors': the head carries only the last nationality
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod"):
                for cj in (c, *c.conjuncts) if c.conjuncts else ():
                    if cj.i < tok.i:
                        out.extend(_mentions(doc, cj.i))
    elif tok.lower_ in ("whom", "who", "which") and tok.tag_ in ("WP", "WDT"):
        rel = tok  # 'President Moon, with whom Trump had held talks': the noun the clause hangs on
        for _ in range(4):
            if rel.dep_ == "relcl" or rel.head.i == rel.i:
                break
            rel = rel.head
        if rel.dep_ == "relcl":
            out.extend(np_actors(rel.head, lists=False, depth=depth + 1))
    elif any(c.lower_ == "whose" for c in tok.children):  # 'New Delhi, whose foreign ministry ...'
        rel = tok.head
        while rel.dep_ != "relcl" and rel.head.i != rel.i:
            rel = rel.head
        if rel.dep_ == "relcl":
            out.extend(np_actors(rel.head, lists=False, depth=depth + 1))
    else:
        # 'Japan's ambassador', 'the Russian envoy', 'Kenyan troops', 'US-Russia summit'
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod"):
                if c.dep_ == "poss" and tok.lemma_.lower() == "counterpart":
                    continue  # 'his counterparts from X': not his own side
                out.extend(np_actors(c, lists=False, depth=depth + 1))
                for cj in c.conjuncts:  # 'the Brazilian and Argentine presidents'
                    if cj.i < tok.i:
                        out.extend(_mentions(doc, cj.i))
        if not out:
            for c in tok.children:
                if c.dep_ == "appos":
                    out.extend(np_actors(c, lists=False, depth=depth + 1))
        if not out and tok.lemma_.lower() in ("government", "ministry", "army", "military", "force",
                                              "president", "leader", "people", "embassy", "ambassador",
                                              "envoy", "troop", "soldier", "diplomat", "representative",
                                              "minister", "official", "delegation", "head", "chief",
                                              "emir", "king", "queen", "prince", "sultan", "monarch", "ruler",
                                              "premier", "chancellor", "secretary", "envoy", "counterpart",
                                              "negotiator", "officer", "commander", "adviser", "advisor",
                                              "expert", "team", "group"):
            for c in tok.children:  # 'the government of Poland'
                if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and (
                        tok.tag_ == "NNS" or tok.lemma_.lower() in COLLECTIVES)):
                    for p in c.children:  # 'officials from Armenia and Azerbaijan'
                        if p.dep_ == "pobj":  # 'the leaders of Armenia and Azerbaijan'
                            out.extend(np_actors(p, lists=True, depth=depth + 1))
    if not out and tok.dep_ == "pobj" and depth < 3:
        # 'X and Y are among the countries that ...', 'X is one of the states that ...': X and Y
        p = tok.head
        cop = p.head if p.lower_ == "among" else p.head.head if p.lower_ == "of" and p.head.lower_ == "one" else None
        if p.lower_ == "of" and p.head.lower_ == "one" and p.head.dep_ == "appos":
            # 'Bolivia, one of more than 30 countries that have applied': Bolivia
            out.extend(np_actors(p.head.head, lists=False, depth=depth + 1))
        elif cop is not None and cop.lemma_ == "be":
            for sj in cop.children:
                if sj.dep_ == "nsubj":
                    out.extend(np_actors(sj, lists=True, depth=depth + 1))
    if lists:
        for c in tok.conjuncts:
            if c.i != tok.i:
                out.extend(np_actors(c, lists=False, depth=depth + 1))
        if here and here[0].kind == "state":
            # 'Saudi Arabia, Iran, Egypt and the UAE': the parser may take the second name for an
            # apposition; a state beside a state that heads a list of its own is the same list
            for c in tok.children:
                if c.dep_ == "appos" and c.conjuncts and any(m.kind == "state" for m in _mentions(doc, c.i)):
                    out.extend(np_actors(c, lists=True, depth=depth + 1))
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(np_actors(p, lists=True, depth=depth + 1))
    return _unique(out)


def _unique_tokens(toks: Iterable[Token]) -> list[Token]:
    return list({t.i: t for t in toks}.values())


def _unique(ms: Iterable[ActorMention]) -> list[ActorMention]:
    seen, out = set(), []
    for m in ms:
        if (m.start, m.actor_id) not in seen:
            seen.add((m.start, m.actor_id))
            out.append(m)
    return out


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions under tok ('to Russia' -> Russia)."""
    preps = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun hangs from: 'held talks' -> held; 'after talks with X' -> the clause."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ROOT" and cur.pos_ not in ("VERB", "AUX"):
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ == "ROOT":
            return cur if cur.pos_ in ("VERB", "AUX") else None
    return None


def subjects(verb: Token, *, passive_ok: bool = False, hops: int = 0) -> list[ActorMention]:
    # a region or city is a place, never the one acting ('Abkhazia declared ...' is its authorities)
    return [m for m in _subjects(verb, passive_ok=passive_ok, hops=hops) if m.via not in PLACE_VIA]


def _subjects(verb: Token, *, passive_ok: bool = False, hops: int = 0) -> list[ActorMention]:
    """Actors doing the verb: its subject, or the subject it inherits from the clause it
    completes ('is scheduled to meet', 'met ... and signed'), or the noun a relative clause
    hangs from ('Estonia, which joined NATO')."""
    if hops > 4:
        return []
    deps = ("nsubj", "csubj") + (("nsubjpass",) if passive_ok else ())
    subs = [c for c in verb.children if c.dep_ in deps]
    if len(subs) > 1 and subs[0].i == 0 and subs[0].is_upper:
        subs = subs[1:]  # 'BEIJING (AP) - X held talks': the dateline is no subject
    for c in subs:
        if c.dep_ in deps:
            if c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return np_actors(verb.head)
            return np_actors(c)
    agent = prep_objects(verb, ("by",))
    if agent and (any(c.dep_ == "nsubjpass" for c in verb.children) or
                  (verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "advcl")
                   and not any(c.dep_ == "aux" for c in verb.children))):  # 'a session attended by X and Y'
        return np_actors(agent[0])
    if verb.dep_ == "relcl":
        if any(c.lower_ in ("which", "that") and c.dep_ in OBJ for c in verb.children):
            return []
        return np_actors(verb.head)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        objs = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        if objs:  # 'invited Argentina and Egypt to become members'
            return np_actors(objs[0])
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "acomp") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp":  # 'after holding talks' -> the clause 'after' modifies
            head = head.head
            objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if verb.head.lower_ == "of" and head.lemma_.lower() in OBJECT_OF_CLAUSE and objs:
                return np_actors(objs[0])  # 'accused Belarus of preparing to send troops'
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return []
        if verb.dep_ == "ccomp":
            return []
        return subjects(head, passive_ok=True, hops=hops + 1)
    return []


LIST_GLUE = {",", "and", "the", "also", "both", "have", "has", "had", "formally", "officially", "already",
             "finally", "together", "all", "then", "now", "had", "both"}


def left_list(verb: Token) -> list[ActorMention]:
    """Actors named right before a verb the parser left without a subject:
    '... since Egypt, Ethiopia, Iran and the UAE joined the bloc'."""
    doc = verb.doc
    idx = mention_index(doc)
    out: list[ActorMention] = []
    i = verb.i - 1
    while i >= verb.sent.start:
        ms = idx.get(i)
        if ms:
            m = ms[0]
            out.append(m)
            i = m.start - 1
            continue
        w = doc[i]
        if w.lower_ in LIST_GLUE or w.pos_ == "ADV":
            i -= 1
            continue
        break
    return list(reversed(out))


def included(verb: Token) -> list[ActorMention]:
    """'More than 20 countries have applied to join, including Iran and Argentina': the parser
    hangs the list on the verb (or the verb it completes) when the subject names no one."""
    subj = children(verb, "nsubj", "nsubjpass")
    if not subj or subj[0].pos_ != "NOUN" or _mentions(verb.doc, subj[0].i):
        return []
    holders = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    return [m for h in holders for p in prep_objects(h, ("including",)) for m in np_actors(p)]


def co_actors(verb: Token) -> list[ActorMention]:
    """'X applied together with Sweden', 'X became members along with Iran and the UAE'."""
    out: list[ActorMention] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and (
                c.lower_ == "alongside" or (c.i > 0 and verb.doc[c.i - 1].lower_ in ("together", "along"))):
            out += [m for p in c.children if p.dep_ == "pobj" for m in np_actors(p)]
        if c.dep_ in ("advmod", "prep") and c.lower_ in ("together", "along"):  # ', along with Iran and the UAE'
            out += [m for p in prep_objects(c, ("with",)) for m in np_actors(p)]
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def lemma(tok: Token) -> str:
    lem, low = tok.lemma_.lower(), tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and lem == low[:-1] and len(low) > 6 \
            and low[-3] == low[-4] and low[-3] not in "aeiouls":
        return low[:-3]  # the small model's 'readmitted' -> 'readmitte': undo the doubled consonant
    return lem


def forms(tok: Token) -> set[str]:
    """The lemma and plain forms of a word: the small model lemmatises 'hopes' as 'hop'."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[: -len(suffix)])
    return out


def _host_places(p: Token) -> list[ActorMention]:
    """The state a traveller's destination names: a state or its capital, not a demonym ('the
    Japanese embassy') nor a city that seats international bodies ('to Brussels' is the EU's)."""
    from .triggers import lexicon  # the trigger lexicon; triggers.py imports this module

    return [m for m in np_actors(p, lists=False) if m.kind == "state" and m.head in (None, p.i)
            and m.via in ("name", "short", "metonym", "capital") and m.text not in lexicon()["venue_cities"]]


def _noun_in(tok: Token, nouns: set[str]) -> bool:
    return lemma(tok) in nouns or tok.lower_ in nouns


def _infinitive(verb: Token) -> bool:
    return any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children)


REMOTE = {"phone", "telephone", "video", "virtual", "online", "call", "videoconference"}


def _remote(t: Token) -> bool:
    """'a phone conversation', 'a conversation by phone / over video link'."""
    near = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
    near += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on")
             for p in c.subtree]
    gv = t.head
    if gv.pos_ in ("VERB", "AUX"):
        near += [p for c in gv.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                 for p in c.subtree]
    return any(lemma(w) in REMOTE or w.lower_ in REMOTE for w in near)


MANY_SIDED = {"trilateral", "quadrilateral", "multilateral", "tripartite", "three-way", "four-way", "five-way"}


def _many_sided(t: Token) -> bool:
    """'a three-way meeting with X and Y', 'trilateral talks': every party meets every other."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    words = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
    text = " ".join(t.doc[min(w.left_edge.i for w in words):t.i].text.lower().split()) if words else ""
    return any(w in text.replace(" - ", "-") for w in MANY_SIDED)


PRIVATE_PEOPLE = {"business", "community", "religious", "faith", "church", "student", "tribal",
                  "civic", "corporate", "company", "tech", "society", "opposition", "protest"}
COLLECTIVES = {"group", "delegation", "team"}  # one party of several states: 'a group of ministers from X and Y' 
def _named_area(tok: Token) -> bool:
    """'the Schengen area': an area named by its bloc (not 'the EU's roaming area')."""
    return lemma(tok) in ("area", "zone") and any(
        c.dep_ == "compound" and any(m.kind == "organization" for m in _mentions(tok.doc, c.i)) for c in tok.children)


RANK_WORDS = {"first", "only", "last", "latest", "second", "third", "sole"}


def _ranked(noun: Token) -> bool:
    """'the first member', 'the only country', 'the third state': a rank, as in 'the first to ...'."""
    return any(c.dep_ == "amod" and (c.lower_ in RANK_WORDS or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
               for c in noun.children)
