"""Component 'eg_actors': finds actor mentions with the gazetteer and sets doc._.actor_mentions.

Two PhraseMatchers (attr LOWER) are built once per pipeline: one over every gazetteer surface form
(states, demonyms, metonyms, blocs, people, named agencies, groups), one over title and agency
phrases ('ambassador', "chargé d'affaires", 'foreign ministry'). A per-doc pass then:
  1. keeps name matches whose capitalisation fits the data ('US' must be upper case, 'Turkey'
     capitalised), drops matches inside other proper nouns ('South China Sea', 'Washington Post',
     'George Washington'), keeps the longest;
  2. composes phrases: state [+ 's] + title ('the Russian ambassador', "Japan's ambassador",
     'North Korean troops') -> the state with the title's sector; state + agency ("South Korea's
     foreign ministry") -> ORG:<iso3>-<agency>; titles + person ('Foreign Minister Sergei Lavrov',
     'North Korean leader Kim Jong Un') -> one person mention; 'the BRICS bloc' -> the bloc;
  3. leaves a bare 'the foreign ministry' as an agency mention with actor_id '' (for coreference),
     unless 'in <capital>' follows.
A third PhraseMatcher finds places: regions (data/regions.csv) and major cities (data/cities.csv),
coded as the state that holds them with via 'region' or 'city' and locative set; they are never actors.
Mentions are sorted by start and never overlap.
"""
from __future__ import annotations

import csv
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventgraph.gazetteer import Entry, Gazetteer

from .types import ActorMention

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
LOC_PREPS = frozenset({"in", "at", "to", "into", "inside", "near", "across", "within", "toward", "towards",
                       "from", "throughout"})
PLACE_NOUNS = frozenset({"city", "town", "region", "province", "capital", "port", "territory", "border",
                         "village", "airspace", "soil", "waters", "coast", "island", "oblast"})
BLOC_NOUNS = frozenset({"bloc", "group", "grouping", "alliance", "organisation", "organization", "club",
                        "union", "forum", "partnership"})
NAME_PARTICLES = frozenset({"Al", "El", "De", "Da", "Di", "Du", "Le", "La", "Ul", "Bo"})
CONNECTORS = frozenset({"of", "for", "-"})  # inside titles: may not start one


def _ensure_extensions() -> None:
    for name in ("actor_mentions", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None, force=True)


@lru_cache(maxsize=1)
def _bloc_aliases() -> dict[str, str]:
    """lower-cased alias -> its spelling, for blocs whose id is also a word ('Schengen', 'Interpol')."""
    from eventgraph import yamlwords
    with resources.files("eventgraph.data").joinpath("blocs.yaml").open(encoding="utf-8") as fh:
        blocs = yamlwords.load(fh) or []
    return {str(a).lower(): str(a) for b in blocs for a in (b.get("aliases") or []) if str(a).lower() == str(b["id"]).lower()}


def _shape(text: str) -> str:
    """'A' acronym (must be upper case in text), 'T' capitalised, '' anything."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "A"
    return "T" if letters and letters[0].isupper() else ""


@dataclass
class _Cand:
    start: int
    end: int
    actor_id: str
    kind: str
    sector: str | None
    via: str
    country: str | None = None
    locative: bool = False


class ActorMatcher:
    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None):
        _ensure_extensions()
        self.gaz = gazetteer or Gazetteer.load()
        rules = self.gaz.rules
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: list[Entry] = []
        self.shapes: list[tuple[str, ...]] = []
        texts = [e.text[4:] if e.text.lower().startswith("the ") else e.text for e in self.gaz.entries()]
        for e, pdoc in zip(self.gaz.entries(), nlp.tokenizer.pipe(texts)):
            self.names.add(str(len(self.entries)), _with_curly(nlp, pdoc))
            self.entries.append(e)
            shape_text = e.text
            a = self.gaz.actor(e.actor_id) if e.kind == "organization" else None
            if a is not None and a.name.lower() == e.text.lower():
                # the id 'MERCOSUR' and the name 'Mercosur' share one entry: the name's case rules
                shape_text = a.name
            elif a is not None and e.text == e.actor_id:
                # the id 'SCHENGEN' hides the alias 'Schengen' (one entry per spelling): the alias rules
                shape_text = _bloc_aliases().get(e.text.lower(), shape_text)
            self.shapes.append(tuple(_shape(w) for w in shape_text.split()) if shape_text != e.text
                               else tuple(_shape(t.text) for t in pdoc))
        # titles: label 'T|sector'; agencies: label 'A|key'
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_words: set[str] = {w.lower() for w in rules.get("modifiers", [])}
        for sector, phrases in rules["titles"].items():
            if sector == "__line__":
                continue
            self.titles.add("T|" + sector, [d for p in nlp.tokenizer.pipe(phrases) for d in _with_curly(nlp, p)])
            self.title_words.update(w for p in phrases for w in p.lower().split())
        for key, spec in self.gaz.agency_types().items():
            if key != "__line__":
                self.titles.add("A|" + key, [d for p in nlp.tokenizer.pipe(spec["phrases"])
                                             for d in _with_curly(nlp, p)])
        for pdoc in nlp.tokenizer.pipe([str(t) for t in rules.get("person_titles", [])]):
            self.title_words.update(t.lower_ for t in pdoc)
        self.modifiers = {w.lower() for w in rules.get("modifiers", [])}
        self.name_like = {w.lower() for w in rules.get("name_like", [])}
        self.next_stop = set(rules.get("non_actor_next", []))
        self.prev_stop = {tuple(p.split()) for p in rules.get("non_actor_prev", [])}
        self.vocab = nlp.vocab
        # regions and cities: places only, coded as the state that holds them ('sent to Abkhazia' -> GEO,
        # 'arrived in Goma' -> COD); never actors
        self.places = PhraseMatcher(nlp.vocab, attr="LOWER")
        for via in ("region", "city"):
            by_iso: dict[str, list[str]] = {}
            for name, iso in _places(via):
                by_iso.setdefault(iso, []).append(name)
            for iso, names in by_iso.items():
                self.places.add(f"{via}|{iso}", [d for p in nlp.tokenizer.pipe(names) for d in _with_curly(nlp, p)])

    # ------------------------------------------------------------------ pass 1: names
    def _fits_case(self, doc: Doc, start: int, end: int, shapes: tuple[str, ...]) -> bool:
        if len(shapes) != end - start:
            return True
        for tok, shape in zip(doc[start:end], shapes):
            if shape == "A" and not tok.text.isupper():
                return False
            if shape == "T" and not (tok.text[:1].isupper() or tok.text[:1].isdigit()):
                return False
        return True

    def _inside_other_name(self, doc: Doc, start: int, end: int, e: Entry) -> bool:
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text in self.next_stop:
            return True
        if nxt is not None and nxt.text == "-" and end + 1 < len(doc) and \
                doc[end + 1].lower_ in ("based", "headquartered"):
            return True  # 'the Paris-based organisation' says where, not who
        for p in self.prev_stop:
            n = len(p)
            if start >= n and tuple(t.text for t in doc[start - n:start]) == p:
                return True
        if e.text.lower() in self.name_like and end - start == 1:
            tok = doc[start]
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ != "" and _ent_len(tok) > 1:
                return True
            if nxt is not None and self._namelike(nxt):
                return True
            prv = doc[start - 1] if start > 0 else None
            if prv is not None and self._namelike(prv) and not tok.is_sent_start:
                return True
        return False

    def _namelike(self, tok) -> bool:
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in self.title_words
                and tok.ent_type_ not in ("DATE", "TIME", "GPE") and tok.text not in POSSESSIVE)

    def _name_matches(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        found = []
        for match_id, start, end in self.names(doc):
            idx = int(self.vocab.strings[match_id])
            e = self.entries[idx]
            if not self._fits_case(doc, start, end, self.shapes[idx]):
                continue
            if e.kind in ("state", "organization") and self._inside_other_name(doc, start, end, e):
                continue
            if e.kind == "person" and end - start == 1 and end < len(doc) and self._namelike(doc[end]):
                continue  # a one-word alias is another person's first name: 'Petro Poroshenko'
            found.append((start, end, e))
        return _longest(found)

    def _short_names(self, doc: Doc, names: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
        """'Kim' after 'Kim Jong Un': a person named in full may be called by the first or last
        word of the name later in the article, when no other person named so far shares it."""
        words: dict[str, Entry | None] = {}
        first_at: dict[str, int] = {}
        for start, end, e in names:
            if e.kind != "person" or end - start < 2:
                continue
            for tok in (doc[start], doc[end - 1]):
                w = tok.text
                # two-letter family names come first ('Li' after 'Li Qiang'); particles do not
                short_ok = tok.i == start and len(w) == 2 and w.istitle() and w not in NAME_PARTICLES
                if (len(w) < 3 and not short_ok) or not w[:1].isupper() or w.lower() in self.title_words:
                    continue
                old = words.get(w)
                words[w] = e if old is None or old.actor_id == e.actor_id else None
                first_at.setdefault(w, end)
        if not words:
            return []
        covered = {i for s, e, _ in names for i in range(s, e)}
        out = []
        for tok in doc:
            e = words.get(tok.text)
            if e is None or tok.i in covered or tok.i < first_at[tok.text] or tok.pos_ != "PROPN":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            prv = doc[tok.i - 1] if tok.i > 0 else None
            if (nxt is not None and self._namelike(nxt)) or (prv is not None and self._namelike(prv)
                                                           and not tok.is_sent_start):
                continue  # part of another name: 'Kim Yo Jong'
            out.append((tok.i, tok.i + 1, e))
        return out

    # ------------------------------------------------------------------ pass 2: phrases
    def _title_at(self, doc: Doc) -> dict[int, tuple[int, str]]:
        best: dict[int, tuple[int, str]] = {}
        for match_id, start, end in self.titles(doc):
            label = self.vocab.strings[match_id]
            old = best.get(start)
            # longer wins; on a tie an agency beats a bare title ('intelligence agency')
            if old is None or end > old[0] or (end == old[0] and label.startswith("A|")):
                best[start] = (end, label)
        return best

    def _title_after(self, doc: Doc, k: int, titles: dict[int, tuple[int, str]]) -> tuple[int, int, str] | None:
        """A title/agency phrase starting at k, possibly after modifiers ('first vice ...')."""
        i = k
        while i < len(doc):
            if i in titles:
                end, label = titles[i]
                # take the longest chain: 'defence minister' inside 'foreign ... defence minister' is rare
                return i, end, label
            if doc[i].lower_ in self.modifiers or (doc[i].pos_ == "ADJ" and doc[i].lower_ in self.title_words):
                i += 1
                continue
            return None
        return None

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.published if Doc.has_extension("published") else None
        date = str(date)[:10] if date else None
        names = self._name_matches(doc)
        names = _longest(names + self._short_names(doc, names))
        titles = self._title_at(doc)
        by_start = {s: (s, e, en) for s, e, en in names}
        by_end = {e: (s, e, en) for s, e, en in names}
        person_ents = {ent.start: ent.end for ent in doc.ents if ent.label_ == "PERSON"
                       and not any(i in by_start for i in range(ent.start, ent.end))}
        cands: list[_Cand] = []
        used_titles: set[int] = set()

        for start, end, e in names:
            if e.kind == "person":
                s = self._extend_person_left(doc, start, by_end)
                cands.append(self._person(s, end, e.actor_id, date))
                continue
            if e.kind == "organization":
                j = end
                if j < len(doc) and doc[j].lower_ in BLOC_NOUNS:
                    j += 1
                cands.append(_Cand(start, j, e.actor_id, "organization", None, "name"))
                continue
            if e.kind in ("agency", "group"):
                country = self.gaz.state_of(e.actor_id)
                cands.append(_Cand(start, end, e.actor_id, e.kind, e.sector, e.via, country))
                continue
            # a state
            iso = e.actor_id
            k = end + 1 if end < len(doc) and doc[end].text in POSSESSIVE else end
            t = self._title_after(doc, k, titles)
            if t is not None:
                t_start, t_end, label = t
                used_titles.add(t_start)
                kind_tag, key = label.split("|", 1)
                if kind_tag == "A":
                    aid = self.gaz.agency_id(iso, key)
                    cands.append(_Cand(start, t_end, aid, "agency", self.gaz.sector_of(aid), "title", iso))
                    continue
                p = by_start.get(t_end)
                if p is not None and p[2].kind == "person":
                    continue  # 'Russian President Vladimir Putin': the person mention takes it
                # 'Russian ambassador Alexander Zmeevsky': a name we do not know joins the phrase
                j = person_ents.get(t_end, t_end)
                cands.append(_Cand(start, j, iso, "state", key, "title", iso))
                continue
            p = by_start.get(k)
            if k > end and p is not None and p[2].kind == "person":
                continue  # "China's Xi Jinping": the person mention takes it
            locative = self._locative(doc, start, end, by_end)
            cands.append(_Cand(start, end, iso, "state", e.sector, e.via, iso, locative))

        for t_start, (t_end, label) in titles.items():
            if t_start in used_titles or not label.startswith("A|"):
                continue
            key = label[2:]
            iso, stop = None, t_end
            if t_end + 1 < len(doc) and doc[t_end].lower_ == "in":
                loc = by_start.get(t_end + 1)
                if loc is not None and loc[2].kind == "state":
                    iso, stop = loc[2].actor_id, loc[1]
            aid = self.gaz.agency_id(iso, key) if iso else ""
            if iso is None and not (t_start > 0 and doc[t_start - 1].lower_ == "the"):
                continue  # only a definite 'the foreign ministry' is worth resolving later
            cands.append(_Cand(t_start, stop, aid, "agency", self.gaz.agency_types()[key]["sector"], "title", iso))

        for start, end, via, iso in self._place_matches(doc):
            cands.append(_Cand(start, end, iso, "state", None, via, iso, True))
        doc._.actor_mentions = self._finish(doc, cands)
        return doc

    def _place_matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Region and city names used as places; a city must look like one: capitalised words, not part of a
        longer name ('Manchester United', 'Inter Milan'), a person's name, or a compound ('Kharkiv-born')."""
        found = []
        for match_id, start, end in self.places(doc):
            via, _, iso = self.vocab.strings[match_id].partition("|")
            if not doc[start].text[:1].isupper():
                continue
            if via == "city" and not self._city_like(doc, start, end):
                continue
            found.append((start, end, via, iso))
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: set[int] = set()
        out = []
        for m in found:  # 'Rostov-on-Don' over 'Rostov'
            if not taken.intersection(range(m[0], m[1])):
                taken.update(range(m[0], m[1]))
                out.append(m)
        return out

    def _city_like(self, doc: Doc, start: int, end: int) -> bool:
        if any(t.is_alpha and len(t) > 3 and not t.text[:1].isupper() for t in doc[start:end]):
            return False  # 'reading', 'nice' in lower case are words
        nxt = doc[end] if end < len(doc) else None
        prv = doc[start - 1] if start > 0 else None
        if nxt is not None and nxt.text in ("-", "\u2013") and end + 1 < len(doc) and doc[end + 1].is_alpha:
            return False  # 'a Kharkiv-born businessman', 'the Geneva-based agency'
        if nxt is not None and (nxt.text in self.next_stop or (self._namelike(nxt) and nxt.lower_ not in PLACE_NOUNS)):
            return False  # 'Manchester United', 'Lahore Qalandars', 'Mosul Dam'
        if prv is not None and not doc[start].is_sent_start and self._namelike(prv):
            return False  # 'Inter Milan', 'Imran Lahore'
        for p in self.prev_stop:
            if start >= len(p) and tuple(t.text for t in doc[start - len(p):start]) == p:
                return False
        # the small model tags unknown one-word cities PERSON; a PERSON running past the match is a name
        return not any(t.ent_type_ == "PERSON" and _ent_len(t) > end - start for t in doc[start:end])

    def _person(self, start: int, end: int, pid: str, date: str | None) -> _Cand:
        return _Cand(start, end, pid, "person", self.gaz.sector_of(pid, date), "person",
                     self.gaz.state_of(pid, date))

    def _extend_person_left(self, doc: Doc, start: int, by_end) -> int:
        """Walk left over title words and a state/agency name: 'North Korean leader Kim Jong Un'."""
        i, best = start, start
        titled = False
        while i > 0 and not doc[i].is_sent_start:
            prev = doc[i - 1]
            if prev.lower_ in self.title_words and (prev.pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "VERB")
                                                    or prev.text in CONNECTORS):
                i -= 1
                titled = True
                if prev.lower_ not in CONNECTORS:
                    best = i
                continue
            m = by_end.get(i)
            if m is not None and m[2].kind in ("state", "agency"):
                i = m[0]
                best = i
                titled = True
                continue
            if prev.text in POSSESSIVE and (i - 1) in by_end and by_end[i - 1][2].kind in ("state", "agency"):
                i = by_end[i - 1][0]
                best = i
                titled = True
                continue
            break
        return best if titled else start

    def _locative(self, doc: Doc, start: int, end: int, by_end) -> bool:
        if start > 0 and doc[start - 1].lower_ in LOC_PREPS:
            return True
        if start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in LOC_PREPS:
            return True
        if end < len(doc) and doc[end].lower_ in PLACE_NOUNS:
            return True
        # 'Chasiv Yar, Ukraine': a place name, a comma, then the state
        return (start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN"
                and start - 1 not in by_end)

    def _finish(self, doc: Doc, cands: list[_Cand]) -> list[ActorMention]:
        cands.sort(key=lambda c: (-(c.end - c.start), c.start))
        taken = bytearray(len(doc))
        chosen: list[_Cand] = []
        for c in cands:
            if any(taken[c.start:c.end]):
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        parsed = doc.has_annotation("DEP")
        out = []
        for c in sorted(chosen, key=lambda c: c.start):
            start = c.start
            head = doc[c.start:c.end].root.i if parsed else c.end - 1
            if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1] and \
                    (not parsed or c.start <= doc[start - 1].head.i < c.end):
                start -= 1  # 'the Kremlin', but not the 'the' of 'the Russian city'
            span = doc[start:c.end]
            out.append(ActorMention(start=start, end=c.end, text=span.text, actor_id=c.actor_id, kind=c.kind,
                                    sector=c.sector, via=c.via, head=head, country=c.country,
                                    locative=c.locative))
        return out


@lru_cache(maxsize=2)
def _places(via: str) -> list[tuple[str, str]]:
    """(surface form, ISO3 of the state holding it) from data/regions.csv or data/cities.csv."""
    fname, col = {"region": ("regions.csv", "region"), "city": ("cities.csv", "city")}[via]
    text = resources.files("eventgraph.data").joinpath(fname).read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    return [(name, r["state"]) for r in rows
            for name in [r[col]] + [a for a in (r["aliases"] or "").split("|") if a]]


def _with_curly(nlp: Language, pdoc: Doc) -> list[Doc]:
    """The pattern, plus its typographic-apostrophe spelling ("d’affaires") when it has one."""
    if "'" not in pdoc.text:
        return [pdoc]
    return [pdoc, nlp.make_doc(pdoc.text.replace("'", "\u2019"))]


def _ent_len(tok) -> int:
    doc, i = tok.doc, tok.i
    s = i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return e - s


def _longest(found: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: set[int] = set()
    out = []
    for s, e, en in found:
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e, en))
    out.sort(key=lambda m: m[0])
    return out


def mention_at(doc: Doc, token_i: int) -> ActorMention | None:
    """The gazetteer mention covering token_i, if any (coref mentions included)."""
    mentions = doc._.actor_mentions or []
    starts = [m.start for m in mentions]
    k = bisect_right(starts, token_i) - 1
    while k >= 0:
        m = mentions[k]
        if m.start <= token_i < m.end:
            return m
        if m.end <= token_i and m.via != "coref":
            break
        k -= 1
    return None


@Language.factory("eg_actors")
def make_actor_matcher(nlp: Language, name: str) -> ActorMatcher:
    return ActorMatcher(nlp)
