"""Coreference within an article, by rule: pronouns and definite descriptions point back
to actors named earlier. Resolved mentions are appended to doc._.actor_mentions with
via='coref', so the trigger frames read them like any other actor.

- 'the two leaders', 'both sides', 'their' -> the last two actors named, when exactly two
  are in play (counting back sentence by sentence); more than two is ambiguous: unresolved.
- 'he', 'she', 'his', 'her' -> the nearest person named before.
- 'it', 'its' -> the nearest state or bloc that was a subject in this or the last sentence.
- 'the bloc', 'the alliance', 'the group', 'the organisation' -> the nearest bloc.
- 'the country' -> the nearest state; 'the envoy', 'the ambassador' -> the nearest diplomat.
- 'the minister', 'the foreign minister', 'the premier' -> the last holder of that office named in
  an earlier sentence, by title words; two holders in play: unresolved.
- 'the kingdom', 'the Gulf state' -> the state named before, unless it was named in a list.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .docs import ensure_extensions
from .types import PLACE_VIA, ActorMention

PAIR_NOUNS = {"leader", "president", "side", "country", "man", "woman", "minister", "government", "rival",
              "neighbour", "neighbor", "ally", "adversary", "foe",
              "nation", "state", "premier", "counterpart", "head", "chief",
              # the two sides' officials: 'the foreign secretaries', 'the two delegations'
              "delegation", "negotiator", "secretary", "adviser", "advisor", "envoy", "diplomat", "official",
              "commander", "representative", "team"}
OFFICE_MODIFIERS = {"foreign", "defence", "defense", "security", "national", "trade", "finance", "interior",
                    "chief", "top", "senior", "military", "army", "deputy", "vice", "economy", "energy"}
PERSON_PAIR_NOUNS = {"leader", "president", "man", "woman", "minister", "premier", "counterpart", "head", "chief"}
COURTS = {"ICC", "ICJ"}  # courts states join or sue at
BLOC_NOUNS = {"bloc", "alliance", "group", "grouping", "organisation", "organization", "union", "club"}
REGION_NOUNS = {"region", "territory", "enclave", "peninsula", "province"}
STATE_NOUNS = {"archipelago", "kingdom", "emirate", "island", "republic", "sultanate", "nation"}
VISITOR_NOUNS = {"guest", "visitor"}
ENVOY_NOUNS = {"envoy", "ambassador", "diplomat", "emissary"}
PERSON_PRONOUNS = {"he", "she", "his", "her", "him"}
THING_PRONOUNS = {"it", "its"}
PERSON_TITLES = {"president", "ruler", "leader", "king", "queen", "emir", "sultan", "monarch", "minister", "premier",
                 "chancellor", "secretary", "prince", "sheikh", "envoy", "ambassador", "spokesman", "spokeswoman",
                 "chief", "head"}
# offices a later 'the minister' / 'the premier' can take up ('premier' = 'prime minister')
OFFICE_NOUNS = {"minister", "president", "premier", "chancellor", "secretary"}
OFFICE_WORDS = {"foreign", "defence", "defense", "prime", "finance", "interior", "trade", "economy", "energy",
                "deputy", "vice"}
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _state_key(m: ActorMention) -> str:
    return m.actor_id


def _copy(m: ActorMention, tok_start: int, tok_end: int, text: str) -> ActorMention:
    return replace(m, start=tok_start, end=tok_end, text=text, via="coref", head=tok_end - 1)


class Resolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.named = sorted((m for m in (doc._.actor_mentions or []) if m.actor_id and m.via != "coref"),
                            key=lambda m: m.start)
        self.sents = list(doc.sents)

    def before(self, i: int) -> list[ActorMention]:
        return [m for m in self.named if m.end <= i]

    def _sent_index(self, i: int) -> int:
        for n, s in enumerate(self.sents):
            if s.start <= i < s.end:
                return n
        return len(self.sents) - 1

    def pair(self, i: int, persons_only: bool, size: int = 2,
             skip: frozenset[int] = frozenset()) -> list[ActorMention] | None:
        """The `size` actors in play before token i ('the two leaders', 'the three
        countries'), or None when it is not exactly that many."""
        n = self._sent_index(i)
        chosen: dict[str, ActorMention] = {}
        for k in range(n, max(-1, n - 4), -1):
            s = self.sents[k]
            found: dict[str, ActorMention] = {}
            for m in self.named:
                if s.start <= m.start < min(s.end, i) and m.start not in skip:
                    if persons_only and m.kind != "person":
                        continue
                    if not persons_only and m.kind not in ("state", "person"):
                        continue
                    if m.locative:  # 'met in Singapore' names a place, not a party
                        continue
                    found.setdefault(_state_key(m), m)
            merged = dict(chosen)
            for key, m in found.items():
                merged.setdefault(key, m)
            if len(merged) > size:
                return None if len(chosen) < size else list(chosen.values())
            chosen = merged
            if len(chosen) == size:
                return list(chosen.values())
        return None

    def salient_bloc(self, i: int) -> ActorMention | None:
        """'the bloc': the organisation named most often so far (ties: the nearest), so a
        passing 'UN Secretary-General' does not take over an article about BRICS."""
        orgs = [m for m in self.before(i) if m.kind == "organization"]
        if not orgs:
            return None
        people_at = {m.start for m in self.named if m.kind == "person"}
        counts: dict[str, float] = {}
        for m in orgs:
            # 'UN Secretary-General Guterres' names an office, not the bloc under discussion
            weight = 0.5 if m.end in people_at else 1.0
            if m.start < self.sents[0].end:
                weight += 0.5  # the lead names the story's bloc: it wins a tie with a passing one
            counts[m.actor_id] = counts.get(m.actor_id, 0) + weight
        return max(reversed(orgs), key=lambda m: counts[m.actor_id])

    def clause_subject(self, tok: Token) -> ActorMention | None:
        """'he' as a subject goes on with the subject of the clause it is joined to:
        'Kuwait's ruler flew to Jeddah for talks with King Salman, and then he travelled
        on to Qatar' (he = the ruler, not the king named last)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = tok.head
        for _ in range(6):
            if v.head.i == v.i:
                return None
            v = v.head
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] if v.pos_ in ("VERB", "AUX") else []
            if not subj:
                continue
            if subj[0].lower_ in PERSON_PRONOUNS:
                continue  # an earlier 'he' of the same chain: climb on
            if subj[0].tag_ in ("WP", "WDT") or subj[0].i > tok.i:
                return None
            for m in self.named:
                h = m.head if m.head is not None else m.end - 1
                if m.start <= subj[0].i < m.end or h == subj[0].i:
                    if m.kind == "person" or (m.via == "title" and self.doc[h].lemma_.lower() in PERSON_TITLES):
                        return m
            return None
        return None

    def titled_subject(self, i: int) -> ActorMention | None:
        """A subject 'he' opening a sentence after 'Iran's foreign minister visited Damascus':
        the last sentence's main subject when it is a person's title (not a person met there)."""
        n = self._sent_index(i)
        if n == 0:
            return None
        prev = self.sents[n - 1]
        for m in self.named:
            h = self.doc[m.head if m.head is not None else m.end - 1]
            if prev.start <= m.start < prev.end and m.via == "title" and h.lemma_.lower() in PERSON_TITLES \
                    and h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ROOT":
                return m
        return None

    def office_holder(self, tok: Token) -> ActorMention | None:
        """'Japan's foreign minister spoke ... The minister met ...': the holder of the same office
        named last in an earlier sentence; a different office ('the prime minister' after a foreign
        minister) or two holders in that sentence ('X's president and Y's president') give none."""
        want = _office(tok.lemma_.lower(), [c.lower_ for c in tok.children
                                            if c.dep_ in ("amod", "compound") and c.i < tok.i])
        if want is None:
            return None
        n = self._sent_index(tok.i)
        for k in range(n - 1, max(-1, n - 4), -1):
            s = self.sents[k]
            found: dict[str, ActorMention] = {}
            for m in self.named:
                if s.start <= m.start < s.end and m.kind in ("person", "state") and \
                        _fits(want, _mention_office(self.doc, m)):
                    found[m.actor_id if m.kind == "state" else m.country or m.actor_id] = m
            if len(found) > 1:
                return None
            if found:
                return next(iter(found.values()))
        return None

    def listed_with(self, m: ActorMention | None) -> list[ActorMention]:
        """The other actors of the list m was named in ('Norway and Denmark', 'Kenya's president
        and Ghana's president'): a singular description after them has two candidates."""
        if m is None:
            return []
        head = self.doc[m.head if m.head is not None else m.end - 1]
        group = {c.i for c in head.conjuncts}
        out: dict[str, ActorMention] = {}
        for x in self.named:
            h = x.head if x.head is not None else x.end - 1
            if h in group and x.kind == m.kind and x.actor_id != m.actor_id and not x.locative:
                out.setdefault(x.actor_id, x)
        return list(out.values())

    def listed_before(self, i: int) -> list[ActorMention]:
        """The states of a list ('X, Y and Z') that is the last thing named before i in
        its sentence."""
        sent = self.sents[self._sent_index(i)]
        last = next((m for m in reversed(self.before(i)) if m.start >= sent.start), None)
        if last is None or last.kind != "state":
            return []
        head = self.doc[last.head if last.head is not None else last.end - 1]
        group = {head.i} | {c.i for c in head.conjuncts}
        if len(group) < 2:
            return []
        found: dict[str, ActorMention] = {}
        for m in self.named:
            h = m.head if m.head is not None else m.end - 1
            if h in group and m.kind == "state":
                found.setdefault(m.actor_id, m)
        return list(found.values()) if len(found) >= 2 else []

    def topic_state(self, i: int, window_sents: int) -> ActorMention | None:
        """The state the story is about (the lead sentence's subject), when it is still in
        play (named again in the last few sentences): 'the country' means it over a state
        that only passes through ('Greece had blocked its bid ... The country applied ...')."""
        lead = self.sents[0]
        topic = next((m for m in self.named if m.kind == "state" and lead.start <= m.start < lead.end
                      and not m.locative and m.via not in PLACE_VIA
                      and self.doc[m.head if m.head is not None else m.end - 1].dep_ in ("nsubj", "nsubjpass")),
                     None)
        if topic is None or self._sent_index(i) == 0:
            return None
        lo = self.sents[max(0, self._sent_index(i) - window_sents)].start
        if any(m.actor_id == topic.actor_id and lo <= m.start < i for m in self.named):
            return topic
        return None

    def nearest(self, i: int, kinds: tuple[str, ...], *, sector: str | None = None,
                subject_only: bool = False, main_clause: bool = False,
                window_sents: int = 3, via: tuple[str, ...] | None = None,
                before_sentence: bool = False, locative_only: bool = False) -> ActorMention | None:
        n = self._sent_index(i)
        lo = self.sents[max(0, n - window_sents)].start
        for m in reversed(self.before(i)):
            if m.start < lo:
                break
            if before_sentence and m.start >= self.sents[n].start:
                continue
            if m.kind not in kinds:
                continue
            if sector and m.sector != sector:
                continue
            if via is not None and m.via not in via:
                continue
            if locative_only and not m.locative:
                continue
            if subject_only:
                head = self.doc[m.head if m.head is not None else m.end - 1]
                if head.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if main_clause and head.head.dep_ != "ROOT":
                    continue
            return m
        return None


def resolve(doc: Doc) -> list[ActorMention]:
    """The coreference mentions for doc (not yet added to it)."""
    covered = {i for m in (doc._.actor_mentions or []) for i in range(m.start, m.end)}
    r = Resolver(doc)
    out: list[ActorMention] = []
    for tok in doc:
        if tok.i in covered:
            continue
        low = tok.lower_
        lem = tok.lemma_.lower()
        # 'the two leaders', 'both sides'
        if tok.pos_ == "NOUN" and lem in PAIR_NOUNS and tok.tag_ == "NNS":
            quant = [c for c in tok.children if c.lower_ in GROUP_SIZES and c.dep_ in ("nummod", "det", "predet")]
            # 'the two leaders', 'both sides', not a count: 'expelled two diplomats'
            quant = [q for q in quant if q.lower_ == "both" or (q.i > 0 and doc[q.i - 1].lower_ in ("the", "these", "those"))]
            if quant:
                # 'Trump received both ministers': the clause's own subject is not one of them
                # ('China called on the two countries to ...': the verb above the preposition)
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
                skip = frozenset(m.start for m in r.named if tok.dep_ in ("dobj", "obj", "pobj") and
                                 any(w.dep_ == "nsubj" and m.start <= w.i < m.end
                                     for w in list(tok.head.children) + list(verb.children)))
                pair = r.pair(tok.i, persons_only=lem in PERSON_PAIR_NOUNS, size=GROUP_SIZES[quant[0].lower_],
                              skip=skip)
                if pair:
                    start = min(q.i for q in quant + [tok])
                    if start > 0 and doc[start - 1].lower_ == "the":
                        start -= 1
                    out.extend(_copy(m, start, tok.i + 1, doc[start:tok.i + 1].text) for m in pair)
            elif tok.dep_ in ("nsubj", "nsubjpass") and _bare_the(tok, covered):
                # a bare 'The leaders first met in 2018' means the two in play, and only when
                # exactly two are ('the leaders' of a summit of twenty stays unresolved)
                pair = r.pair(tok.i, persons_only=lem in PERSON_PAIR_NOUNS)
                if pair is None and lem in PERSON_PAIR_NOUNS and not r.pair(tok.i, persons_only=True, size=1):
                    # no person named before: 'Japan and China ... The defence ministers met'
                    pair = r.pair(tok.i, persons_only=False)
                if pair:
                    start = next(c.i for c in tok.children if c.lower_ == "the")
                    out.extend(_copy(m, start, tok.i + 1, doc[start:tok.i + 1].text) for m in pair)
            continue
        if low in GROUP_SIZES and low != "both" and tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass") \
                and tok.i > 0 and doc[tok.i - 1].lower_ == "the":  # 'The two last met in 2019'
            group = r.pair(tok.i, persons_only=False, size=GROUP_SIZES[low])
            if group:
                out.extend(_copy(m, tok.i - 1, tok.i + 1, doc[tok.i - 1:tok.i + 1].text) for m in group)
            continue
        if low == "both" and tok.dep_ in ("nsubj", "nsubjpass"):
            pair = r.pair(tok.i, persons_only=False)
            if pair:
                out.extend(_copy(m, tok.i, tok.i + 1, tok.text) for m in pair)
            continue
        if low in ("their", "they") and tok.pos_ == "PRON":
            if _plural_subject_before(tok, covered):
                continue  # 'Ministers will review it when they next meet': they = the ministers
            listed = r.listed_before(tok.i)
            if listed:  # 'travelled on to the UAE and Qatar, where he met their leaders'
                out.extend(_copy(m, tok.i, tok.i + 1, tok.text) for m in listed)
                continue
            pair = r.pair(tok.i, persons_only=False)
            if pair:
                out.extend(_copy(m, tok.i, tok.i + 1, tok.text) for m in pair)
            continue
        if low in ("i", "we") and tok.pos_ == "PRON":
            # '"I will travel to Washington to meet Biden," Kishida told reporters': the speaker
            m = _speaker(tok, r)
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
            continue
        if low in PERSON_PRONOUNS and tok.pos_ == "PRON":
            # the subject of this or the last sentence first ('Putin told Xi ... he is due to')
            m = r.clause_subject(tok) or \
                r.nearest(tok.i, ("person",), subject_only=True, window_sents=1) or \
                (r.titled_subject(tok.i) if tok.dep_ in ("nsubj", "nsubjpass") else None) or \
                r.nearest(tok.i, ("person",))
            if m is None:  # 'The Indonesian president arrived ... He held talks': an office-holder by title
                t = r.nearest(tok.i, ("state",), subject_only=True, window_sents=1, via=("title",))
                if t is not None and doc[t.head if t.head is not None else t.end - 1].lemma_.lower() in PERSON_TITLES:
                    m = t
            if m is not None and _unknown_subject_between(doc, m.end, tok.i, covered):
                m = None  # 'President X (not in the gazetteer) has sought ...; he held talks'
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
            continue
        if low in THING_PRONOUNS and tok.pos_ == "PRON":
            # 'the Estonian foreign ministry said it had summoned ...': a ministry is an 'it' too
            m = _reason_owner(tok, r) or r.nearest(tok.i, ("state", "organization", "agency"), subject_only=True, window_sents=1)
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
            continue
        if lem == "host" and tok.tag_ == "NNS" and any(c.lower_ in ("his", "her", "their", "the")
                                                         for c in tok.children if c.dep_ in ("poss", "det")):
            # 'held talks with his hosts': the state the story is filed from, or the place travelled to
            m = _dateline_mention(doc, r) or r.nearest(tok.i, ("state",), window_sents=1, locative_only=True)
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
            continue
        if lem in ("host", "counterpart") and tok.tag_ == "NN" and not _has_modifier_actor(tok, covered) and \
                any(c.lower_ in ("his", "her") and c.dep_ == "poss" for c in tok.children):
            # 'X arrived in Cairo ... He held talks with his counterpart / her host': the place visited
            m = _visited_place(tok, r)
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
            continue
        common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)  # 'bloc' is often PROPN
        if common and _definite(tok) and not _has_modifier_actor(tok, covered):
            if lem in BLOC_NOUNS:
                m = r.salient_bloc(tok.i)
            elif lem == "court":
                # 'a member of the court' after the ICC: only an international court named before
                m = r.salient_bloc(tok.i)
                m = m if m is not None and m.actor_id in COURTS else None
            elif lem == "country":
                # the state the story is about (a main clause's subject) before a passing one
                m = r.topic_state(tok.i, window_sents=2) or \
                    r.nearest(tok.i, ("state",), subject_only=True, main_clause=True, window_sents=2) or \
                    r.nearest(tok.i, ("state",), window_sents=2)
                place = _place_of_own_act(tok, m, r)
                m = place or (None if r.listed_with(m) else m)
            elif lem in REGION_NOUNS:
                # 'the mountainous region' after 'Nagorno-Karabakh': the region named before (a bare
                # 'the region' further on is mostly the wider one: 'destabilise the region')
                bare = lem == "region" and not any(c.dep_ == "amod" for c in tok.children)
                m = r.nearest(tok.i, ("state",), via=("region",), window_sents=1 if bare else 3)
            elif (lem in STATE_NOUNS and not (lem == "island" and tok.tag_ == "NNS")) or \
                    (lem == "state" and tok.tag_ == "NN" and any(
                        c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in tok.children)):
                # 'the archipelago', 'the kingdom', 'the island nation', 'the Gulf state': the state
                # named before, when it was not one of a list ('Qatar and Kuwait ... the emirate')
                m = r.nearest(tok.i, ("state",), via=("name", "short"), window_sents=2)
                m = None if r.listed_with(m) else m
            elif lem in VISITOR_NOUNS or (lem in PERSON_PAIR_NOUNS and
                                          any(c.lower_ == "visiting" for c in tok.children)):
                # 'X arrived in Ankara on Tuesday. Erdogan received the visiting minister': the
                # traveller is the subject of an earlier sentence, never one of this sentence
                m = r.nearest(tok.i, ("person", "state"), subject_only=True, window_sents=2,
                              before_sentence=True)
                group = r.listed_with(m) if tok.tag_ == "NNS" else []
                if group:  # 'X and Y landed in Tokyo. Kishida received the visitors'
                    out.extend(_copy(g, tok.i, tok.i + 1, tok.text) for g in [m] + group)
                    continue
            elif lem == "ministry" and not any(c.dep_ == "amod" and c.lower_ not in ("foreign", "defence", "defense")
                                               for c in tok.children):
                # 'The ministry summoned him': the ministry named before
                m = r.nearest(tok.i, ("agency",), window_sents=2)
                m = m if m is not None and doc[m.head if m.head is not None else m.end - 1].lemma_.lower() == "ministry" \
                    else None
            elif lem in OFFICE_NOUNS:
                m = r.office_holder(tok)
            elif lem in ENVOY_NOUNS:
                m = r.nearest(tok.i, ("person", "state", "agency"), sector="diplomat", window_sents=4)
            else:
                continue
            if m is not None:
                out.append(_copy(m, tok.i, tok.i + 1, tok.text))
    return out


def _office(noun: str, mods: list[str]) -> tuple[str, frozenset[str]] | None:
    """('minister', {'foreign'}) for 'foreign minister'; 'premier' is the prime minister."""
    if noun not in OFFICE_NOUNS:
        return None
    if noun == "premier":
        return "minister", frozenset({"prime"})
    if any(w not in OFFICE_WORDS for w in mods):
        return None  # 'the former president', 'the Ukrainian president' are not a bare office
    return noun, frozenset(mods)


def _mention_office(doc: Doc, m: ActorMention) -> tuple[str, frozenset[str]] | None:
    """The office a mention names: 'Japan's foreign minister', 'Chinese Premier Li Qiang'."""
    words = [t.lower_ for t in doc[m.start:m.end]]
    for j, w in enumerate(words):
        if w in OFFICE_NOUNS:
            mods = []
            for x in reversed(words[:j]):
                if x not in OFFICE_WORDS:
                    break
                mods.append(x)
            return _office(w, mods)
    return None


def _fits(want, have) -> bool:
    """'the minister' fits any minister but the prime minister; 'the foreign minister' only a
    foreign minister."""
    if have is None or want[0] != have[0]:
        return False
    if want[1]:
        return want[1] == have[1]
    return "prime" not in have[1]


TRAVEL_WORDS = {"arrive", "travel", "fly", "visit", "land", "go", "come", "head", "tour", "reach", "trip"}


def _visited_place(tok: Token, r: "Resolver") -> ActorMention | None:
    """The state travelled to in this or the last sentence ('arrived in Cairo', 'a visit to Riyadh',
    'visited Paris'), by the travel word its phrase hangs on."""
    for m in reversed(r.before(tok.i)):
        if m.start < r.sents[max(0, r._sent_index(tok.i) - 1)].start:
            return None
        if m.kind != "state" or m.via in PLACE_VIA and m.via != "city":
            continue
        w = r.doc[m.head if m.head is not None else m.end - 1]
        for _ in range(3):
            if w.head.i == w.i:
                break
            w = w.head
            if w.lemma_.lower() in TRAVEL_WORDS:
                return m
    return None


PLACE_PREPS = {"in", "into", "inside", "from", "across", "throughout"}


def _place_of_own_act(tok: Token, m: ActorMention | None, r: "Resolver") -> ActorMention | None:
    """'France sent troops to Mali. France ended its operation in the country': a state acting
    'in the country' acts somewhere else, the place named last (not itself)."""
    if m is None or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if not (prep.lower_ in PLACE_PREPS or prep.lower_ == "of" and prep.head.lower_ == "out"):
        return None
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = [w for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree]
    if not any(x.actor_id == m.actor_id and any(x.start <= w.i < x.end for w in subj) for x in r.named):
        return None
    other = r.nearest(tok.i, ("state",), window_sents=2, locative_only=True)
    return other if other is not None and other.actor_id != m.actor_id else None


def _reason_owner(tok: Token, r: "Resolver") -> ActorMention | None:
    """'criticised China for its support of Russia', 'lashed out at Spain over its decision':
    an 'its' in the reason phrase is the state the verb is aimed at, not the verb's subject."""
    noun = tok.head
    if tok.lower_ != "its" or tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i < noun.i
             for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        for m in r.named:
            if m.kind in ("state", "organization") and (m.start <= o.i < m.end or m.head == o.i):
                return m
    return None


SPEECH_VERBS = {"say", "tell", "add", "announce", "write", "declare", "insist", "state"}


def _speaker(tok: Token, r: "Resolver") -> ActorMention | None:
    """The named subject of the speech verb a quoted 'I'/'we' clause hangs on."""
    v = tok.head
    for _ in range(5):
        if v.lemma_.lower() in SPEECH_VERBS and v.i != tok.head.i:
            for w in v.children:
                if w.dep_ == "nsubj":
                    return next((m for m in r.named if m.start <= w.i < m.end and m.kind in ("person", "state")),
                                None)
            return None
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def _bare_the(tok: Token, covered: set[int]) -> bool:
    """'The leaders', 'The foreign secretaries', 'The national security advisers': 'the' and at
    most office words, no actor of its own, nothing after the noun ('the leaders of X')."""
    kids = list(tok.children)
    if not kids or kids[0].lower_ != "the" or kids[0].i != tok.left_edge.i or tok.right_edge.i != tok.i:
        return False
    return all(c.lower_ == "the" or (c.dep_ in ("amod", "compound") and c.lower_ in OFFICE_MODIFIERS
                                    and c.i not in covered and not list(c.children))
               for c in kids)


def _plural_subject_before(tok: Token, covered: set[int]) -> bool:
    """The clause 'they' hangs in has a plural common noun naming no actor as its subject:
    'they' most likely means it ('Ministers will review the market when they next meet';
    not 'both sides said they would meet', where the sides are a pair)."""
    v = tok.head
    for _ in range(6):
        if v.head.i == v.i:
            return False
        v = v.head
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        if v.pos_ not in ("VERB", "AUX") or not subj:
            continue
        w = subj[0]
        return w.tag_ == "NNS" and w.pos_ == "NOUN" and w.i < tok.i and not any(
            c.i in covered or c.lower_ in GROUP_SIZES for c in w.subtree)
    return False


def _unknown_subject_between(doc: Doc, lo: int, hi: int, covered: set[int]) -> bool:
    """A person we cannot resolve is a subject between the antecedent and the pronoun: the
    pronoun more likely means them, so it is left unresolved rather than given to the wrong one."""
    for e in doc.ents:
        if e.label_ != "PERSON" or not lo <= e.start < hi or any(i in covered for i in range(e.start, e.end)):
            continue
        if e.root.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in tok.children) or \
        (tok.dep_ == "poss" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the")


def _has_modifier_actor(tok: Token, covered: set[int]) -> bool:
    """'the BRICS bloc', 'the ambassadors of Norway and Spain' name their actors already."""
    if any(c.i in covered for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")):
        return True
    return any(p.i in covered for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for p in c.children if p.dep_ == "pobj")


DATELINE_ENDS = {",", "(", "-", "\u2014", "\u2013", "--"}


def dateline_state(doc: Doc) -> str | None:
    """'ISLAMABAD, March 12 (Reuters) -': the state of the capital the story is filed from."""
    words = []
    for tok in doc[:4]:
        if tok.text in DATELINE_ENDS:
            break
        if not (tok.is_alpha and tok.is_upper and len(tok.text) >= 3):
            return None
        words.append(tok.text.title())
    else:
        return None
    if not words:
        return None
    from eventgraph.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    e = gaz.lookup(" ".join(words))
    if e is None or e.kind != "state":
        return None
    return e.actor_id


def _dateline_mention(doc: Doc, r: "Resolver") -> ActorMention | None:
    """The state mention a dateline opens with ('TOKYO (Reuters) -')."""
    iso = dateline_state(doc)
    if iso is None:
        return None
    return next((m for m in r.named if m.start == 0 and m.actor_id == iso), None)


def _dateline_agencies(doc: Doc) -> None:
    """A bare 'the foreign ministry' in a story filed from a capital is that state's ministry."""
    ms = doc._.actor_mentions or []
    if not any(m.kind == "agency" and not m.actor_id for m in ms):
        return
    iso = dateline_state(doc)
    if iso is None:
        return
    doc._.actor_mentions = [replace(m, actor_id=iso, kind="state", via="dateline", country=iso)
                            if m.kind == "agency" and not m.actor_id else m for m in ms]


@Language.factory("eg_coref")
def make_coref(nlp: Language, name: str):
    ensure_extensions()

    def coref(doc: Doc) -> Doc:
        _dateline_agencies(doc)
        extra = resolve(doc)
        if extra:
            doc._.actor_mentions = sorted((doc._.actor_mentions or []) + extra, key=lambda m: (m.start, m.end))
        return doc

    return coref
