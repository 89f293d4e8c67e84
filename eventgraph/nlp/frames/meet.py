"""MEET: talks, visits, calls and summits, with who hosts or chairs them. A mixin of
triggers.Frames (self.doc, self.ctx, self.lex; self._clause_mentions is shared there,
self._is_forces/_forces_noun come from DeployFrame).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..types import ActorMention, Candidate, PLACE_VIA
from ..docs import mention_index
from ..dates import tense_of
from ..parse import (
    children, COLLECTIVES, governing_verb, _host_places, _infinitive, is_passive, lemma, _many_sided,
    _mentions, np_actors, prep_objects, _ranked, REMOTE, _remote, subjects, _unique,
)

PARTICIPANT_PREPS = ("with", "between", "among", "alongside")
# talks named after a process that runs for years are not one meeting
PROCESS_TALKS = {"accession", "membership"}
PARTY_PEOPLE = {"leader", "head", "president", "minister", "official", "delegation", "representative", "envoy",
                "counterpart", "premier", "chief"}
HOSTING = {"host", "chair", "mediate", "broker", "organise", "organize", "convene", "facilitate", "preside"}
TRIPS = {"visit": ("to",), "trip": ("to",), "tour": ("of", "to"), "stop": ("in",)}  # nouns of travel -> place preps
ARRIVING = {"arrive", "land", "fly", "travel", "come", "go", "head"}
SCHEDULING = {"schedule", "plan", "expect", "set", "due", "slate"}
SESSIONS = {"session", "meeting", "round", "format", "summit", "ceremony", "conference"}
HOSTING_FORCES = {"host", "receive", "welcome"}
SCENE_LINKS = {"after", "following", "during", "at"}
PRESIDING = {"preside", "look", "watch", "attend", "officiate", "host", "chair"}


class MeetFrame:
    def meet(self, t: Token, spec: dict) -> list[Candidate]:
        nominal = t.pos_ in ("NOUN", "PROPN", "ADJ")  # 'held a bilateral with X': the small model tags it ADJ
        cues_extra: list[str] = []
        needs = spec.get("needs")
        if nominal and any(c.dep_ in ("compound", "amod") and lemma(c) in PROCESS_TALKS
                                    for c in t.children):
            return []  # 'accession talks', 'membership negotiations': a process, not a meeting
        if spec.get("needs") == "joint_subject":  # 'Aliyev and Xi signed a declaration'
            withs = prep_objects(t, ("with",)) + [p for o in children(t, "dobj") for p in prep_objects(o, ("with",))]
            # a named leader, or an office-holder: 'signed a deal with her Paraguayan counterpart'
            partners = [m for p in withs for m in np_actors(p) if m.via != "coref" and (
                m.kind == "person" or m.via == "title" and lemma(p) in PARTY_PEOPLE)]
            if partners:  # 'signed a declaration with Donald Trump': in person, with a named leader
                signers = [m for m in subjects(t) if m.kind in ("person", "state")]
                if signers:
                    return [Candidate("MEET", t.i, _unique(signers + partners + self._presiders(t)), [],
                                      cues=["meet", "joint-signing"])]
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj or not any(w.dep_ == "cc" for w in subj[0].subtree):
                hosts_ = self._presiders(t)
                signers = [m for m in subjects(t) if m.kind == "person" or (m.kind == "state" and m.via == "title")]
                if hosts_ and signers:  # 'X signed the treaty in a ceremony hosted by Kenyan President Y'
                    return [Candidate("MEET", t.i, _unique(signers + hosts_), [], cues=["meet", "joint-signing"])]
                return []
            idx = mention_index(self.doc)
            # people sign in person ('the ministers of X and Y signed'); 'Skopje and Athens signed'
            # or 'Japan and India signed' says nothing about a meeting (the deal is an AGREE)
            heads = [subj[0], *subj[0].conjuncts]
            if all(any(m.kind == "state" for m in idx.get(h.i, ())) for h in heads):
                return []
            hosts = _unique(m for w in subj[0].subtree for m in idx.get(w.i, ())
                            if m.kind in ("person", "state") and m.via != "coref")
            if len({m.actor_id for m in hosts}) < 2:
                return []
            return [Candidate("MEET", t.i, _unique(hosts + self._presiders(t)), [], cues=["meet", "joint-signing"])]
        if needs == "destination":  # 'Blinken will travel to China': a visit to the host state
            travellers = [m for m in subjects(t) if m.kind == "person" or (
                m.kind == "state" and m.via == "title" and not self._is_forces(self.doc[m.end - 1]))]
            places = prep_objects(t, spec.get("preps") or ("to",))
            if spec.get("place_obj"):  # 'toured Morocco'
                places += children(t, "dobj", "obj")
            hosts_ = [m for p in places for m in _host_places(p)]
            if not travellers or not hosts_:
                return []
            if any(c.lower_ in ("back", "home") and c.dep_ in ("prt", "advmod") for c in t.children):
                return []  # 'flew back to X', 'flew home': the way home is no visit
            h = t.head
            if _infinitive(t) and (_ranked(h) or any(_ranked(c) for c in h.children if c.dep_ in ("attr", "dobj"))):
                return []  # 'the first president to travel to X since 1990' ranks, it reports no trip
            if tense_of(t) == "future":
                return [Candidate("MEET", t.i, travellers, hosts_, cues=["meet", "visit-travel"])]
            # a trip told in the past usually comes with its meetings: it stands for the meeting
            # with the host only when the article tells of none (find_candidates checks)
            return [Candidate("MEET", t.i, travellers, hosts_, cues=["meet", "visit-travel", "bare-trip"])]
        if t.pos_ in ("VERB", "AUX") and lemma(t) in HOSTING_FORCES:
            forces = [f for o in children(t, "dobj", "obj") for f in self._forces_noun(o)]
            # 'Djibouti hosts Camp Lemonnier, the largest American base in Africa': a standing force
            bases = [b for o in children(t, "dobj", "obj") for b in [o] + children(o, "appos")
                     if lemma(b) in ("base", "airbase") and [m for m in np_actors(b, lists=False) if m.kind == "state"]]
            if forces or bases:  # 'Chad hosted 1,000 French troops': a deployment to the host, not a meeting
                senders = [m for m in np_actors((forces or bases)[0], lists=False) if m.kind == "state"]
                hosts_ = [m for m in subjects(t) if m.kind == "state"]
                cues = ["deploy-verb", "hosted-forces"] + ([] if forces else ["standing"])
                return [Candidate("DEPLOY_TROOPS", t.i, senders, hosts_, cues=cues)] if senders and hosts_ else []
        gv_ = governing_verb(t) if nominal else None
        if any(lemma(a) in ("observer", "monitor", "guest") for w in (t, gv_) if w is not None
               for a in prep_objects(w, ("as",))):
            return []  # 'attended as observers': present, not parties to a meeting
        if nominal and any(c.dep_ in ("amod", "compound") and (lemma(c) in spec.get("not_mod", ()) or
                                                                c.lower_ in spec.get("not_mod", ())) for c in t.children):
            return []  # 'a refuelling stop', 'a business trip': no visit to anyone
        if spec.get("obj_noun"):
            wanted = spec["obj_noun"] if isinstance(spec["obj_noun"], list) else [spec["obj_noun"]]
            if not any(lemma(o) in wanted for o in children(t, "dobj", "obj")):
                return []
        if spec.get("particle") and not any(c.dep_ == "prt" and c.lower_ == spec["particle"] for c in t.children):
            return []
        if needs == "plural" and t.tag_ != "NNS":
            return []
        if spec.get("remote_not") and _remote(t):
            return []  # 'a phone conversation' is a call (CONSULT), not a meeting
        if nominal and any(c.dep_ in ("amod", "compound") and (lemma(c) in REMOTE or c.lower_ in REMOTE)
                                    for c in t.children):
            return []  # 'a virtual summit', 'video talks': not in person
        # sides: who met (subjects, 'Trump's summit', 'US-Russia summit') and whom they met
        # (objects, 'with X', 'including X'); 'between X and Y' names both sides at once
        hosts: list[ActorMention] = []
        guests: list[ActorMention] = []
        together = False
        if nominal:
            for c in t.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < t.i:
                    # 'the Johannesburg summit' names the venue, not a party
                    hosts += [m for m in np_actors(c, lists=True) if m.via not in PLACE_VIA]
            gv = governing_verb(t)
            if gv is not None and gv.dep_ == "prep":  # 'following talks in X': the clause 'following' hangs on
                gv = governing_verb(gv)
            # 'Pelosi's visit': not the clause's subject's ('the leaders' meeting' names nobody)
            owned = any(c.dep_ == "poss" and np_actors(c, lists=False) for c in t.children)
            if gv is not None and not owned and t.dep_ in ("dobj", "obj", "pobj", "nsubj", "attr") and \
                    lemma(gv) not in ("say", "report", "announce", "confirm", "tell", "end", "conclude", "cancel",
                                      "call", "describe", "welcome", "criticise", "criticize", "praise"):
                hosts += subjects(gv, passive_ok=True)
            guests += [m for p in prep_objects(t, ("with", "alongside")) for m in np_actors(p)]
            # 'a summit of the leaders of X and Y': the people the meeting is of take part
            hosts += [m for p in prep_objects(t, ("of",)) if lemma(p) in PARTY_PEOPLE for m in np_actors(p)]
            joint = t.dep_ == "pobj" and gv is not None and len({m.actor_id for m in subjects(gv)}) >= 2
            if gv is not None and not joint and (t.dep_ in ("dobj", "obj") or (
                    t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "at", "on"))):
                # 'held talks on Tuesday ... with X', 'raised it with X during a conversation'
                guests += [m for p in prep_objects(gv, ("with",)) for m in np_actors(p)]
                for c in gv.children:  # '... on Tuesday, the first day of the summit, with X'
                    if c.dep_ in ("npadvmod", "tmod"):
                        guests += [m for p in prep_objects(c, ("with",)) for m in np_actors(p)]
            hosts += [m for p in prep_objects(t, ("between", "among")) for m in np_actors(p)]
            if needs == "partner" and not guests and (len({m.actor_id for m in hosts}) < 2 or t.dep_ not in ("dobj", "obj")):
                return []  # 'had lunch with X': a meal is a meeting only with someone
            if needs == "person":
                # 'X gave Putin a welcome', 'granted the envoy an audience', 'a welcome from X':
                # the one welcomed is the giving verb's indirect object; a person, not a bid
                if gv is None or t.dep_ not in ("dobj", "obj"):
                    return []
                others = [m for c in gv.children if c.dep_ == "dative" for m in np_actors(c)]
                others += [m for p in prep_objects(gv, ("to",)) + prep_objects(t, ("from", "with"))
                           for m in np_actors(p)]
                if not any(m.kind == "person" or m.via in ("title", "coref") for m in others):
                    return []
                guests += others
            if lemma(t) in TRIPS:  # 'a state visit to Baku', 'the visit by X to Y', 'a trip to X'
                if lemma(t) == "visit":
                    guests += [m for p in prep_objects(t, ("to",)) for m in np_actors(p, lists=False)]
                else:  # 'a trip to Tokyo', 'a tour of Japan', 'a stop in Baghdad': the place itself
                    guests += [m for p in prep_objects(t, TRIPS[lemma(t)]) for m in _host_places(p)]
                hosts += [m for p in prep_objects(t, ("by",)) for m in np_actors(p)]
                if not guests and gv is not None and lemma(gv) in ARRIVING and t.dep_ == "pobj" \
                        and t.head.lower_ in ("for", "on"):  # 'arrived in Moscow for a two-day visit'
                    guests += [m for p in prep_objects(gv, ("in", "to")) for m in np_actors(p, lists=False)
                               if m.kind == "state"]
                if not guests and gv is not None and t.dep_ == "nsubj" and lemma(gv) in ("take", "bring"):
                    guests += [m for p in prep_objects(gv, ("to",)) for m in _host_places(p)]  # 'took him to X'
                    hosts += [m for o in children(gv, "dobj") for m in np_actors(o) if m.kind == "person"]
            elif not guests and gv is not None and (lemma(gv) in ARRIVING or lemma(gv) == "be") \
                    and t.dep_ == "pobj" and t.head.lower_ == "for":
                # 'was in Beijing for talks': the host, unless the article names the other side
                guests += [m for p in prep_objects(gv, ("in", "to")) for m in _host_places(p)]
                cues_extra = ["bare-trip"] if guests else []
            if needs == "stop":  # 'Modi made a stop in Lahore': a leader's stop in a state is a visit to it
                if gv is None or lemma(gv) != "make" or t.dep_ not in ("dobj", "obj"):
                    return []
                guests += [m for w in (t, gv) for p in prep_objects(w, ("in", "at")) for m in np_actors(p, lists=False)
                           if m.kind == "state" and m.locative]
                hosts = [m for m in hosts if m.kind == "person" or m.via == "title"]
                if not guests or not hosts:
                    return []
        else:
            hosts += subjects(t, passive_ok=True)
            if not hosts and t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and needs in ("actor", "person"):
                # the small model reads 'Macron hosted Lula' as one name with an adjective in it:
                # the actor right before the verb hosts the one the verb hangs on
                left = [m for m in _mentions(self.doc, t.i - 1) if m.end == t.i and m.kind in ("person", "state")]
                right = [m for m in _mentions(self.doc, t.head.i) if m.start > t.i and m.kind == "person"]
                if left and right:
                    return [Candidate("MEET", t.i, left, right, cues=["meet", "amod-verb"])]
            if not hosts and not children(t, "nsubj", "nsubjpass"):
                # 'Orban, on a visit to X, met Y': the parser may leave a named subject as a modifier
                hosts += [m for c in t.children if c.i < t.i and c.dep_ in ("advmod", "npadvmod", "dep", "nmod")
                          for m in _mentions(self.doc, c.i) if m.kind == "person"]
            together = any(lemma(c) in COLLECTIVES and c.tag_ == "NN" for c in children(t, "nsubj", "nsubjpass"))
            objs = children(t, "dobj", "obj")
            if lemma(t) in ("shake", "exchange"):
                objs = []
            for o in objs:
                found = np_actors(o)
                # 'received a group of ministers from X, Y and Z': office-holders, and one party
                officials = [p for p in [o, *prep_objects(o, ("of",))] if lemma(p) in PARTY_PEOPLE]
                together = together or (lemma(o) in COLLECTIVES and o.tag_ == "NN" and bool(officials))
                if officials and not found:  # the parser hung 'from X, Y and Z' on the verb
                    found = [m for p in prep_objects(t, ("from",)) for m in np_actors(p) if m.kind == "state"]
                if needs == "person" and not officials and not any(m.kind == "person" or m.via in ("title", "coref")
                                                                   for m in found):
                    found = []
                guests += found
            if is_passive(t):  # 'Modi was hosted by Putin': the agent is the other party
                guests += [m for p in prep_objects(t, ("by",)) for m in np_actors(p)]
                if not guests and needs in ("actor", "person") and any(
                        m.kind == "person" or m.via == "title" for m in hosts):
                    # 'Iraq's prime minister was received in Tehran': the capital's state receives
                    guests += [m for p in prep_objects(t, ("in", "at")) for m in np_actors(p, lists=False)
                               if m.kind == "state" and m.via in ("metonym", "capital", "name", "short", "city")]
            elif needs in ("actor", "person") and not objs and not (
                    spec.get("reciprocal") and len({m.actor_id for m in hosts if m.kind == "person"
                                                    or m.via in ("title", "coref")}) >= 2):
                return []  # 'X and Y embraced': each other, when two people are the subject
            preps = tuple(spec.get("prep_only") or PARTICIPANT_PREPS)
            with_objs = prep_objects(t, preps)
            guests += [m for p in with_objs for m in np_actors(p)]
            if with_objs or objs:  # 'meet several leaders this week, including X and Y'
                guests += [m for p in prep_objects(t, ("including",)) for m in np_actors(p)]
        presiders = self._presiders(t)
        if nominal and not hosts and guests and not presiders:
            # 'X arrived for a visit. Formal talks with Putin are scheduled for Tuesday': the visitor
            other = [m for m in self.ctx.last_visitors(t) if m.actor_id not in {g.actor_id for g in guests}]
            if len({m.actor_id for m in other}) == 1:
                hosts = other[:1]
        if nominal and not hosts and not guests and t.dep_ in ("nsubj", "nsubjpass") and \
                not any(c.lower_ in ("the", "these", "those", "their") for c in t.children) and \
                gv_ is not None and lemma(gv_) in SCHEDULING and not self._clause_mentions(gv_):
            hosts = self.ctx.last_pair(t)  # '... hosted X on Monday. Formal talks are scheduled for Tuesday.'
        if nominal and not hosts and not guests:
            # 'X and Y agreed ..., after talks hosted by Z': the parties of the scene the talks lead to
            scene = self._scene_parties(t)
            if len({m.actor_id for m in scene}) >= 2:
                hosts = scene
        if presiders and (hosts or guests):  # 'talks hosted by X': the host takes part too
            hosts, guests = _unique(hosts + guests + presiders), []
        if t.pos_ in ("VERB", "AUX"):  # '..., joined briefly by X': X takes part too
            for c in t.children:
                if c.dep_ in ("advcl", "acl", "conj") and lemma(c) == "join" and c.tag_ == "VBN":
                    joined = [m for p in prep_objects(c, ("by",)) for m in np_actors(p)]
                    if joined and hosts:
                        hosts, guests = _unique(hosts + guests + joined), []
        if lemma(t) == "attend" and t.tag_ == "VBN" and t.dep_ in ("advcl", "conj") and lemma(t.head) in HOSTING:
            # 'X hosted a summit ..., attended by the presidents of Y and Z': the host is there too
            hosts, guests = _unique(hosts + guests + subjects(t.head)), []
        if not hosts and not guests and t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and (subj[0].lower_ in ("both", "two") or any(
                    c.lower_ in ("two", "both") for c in subj[0].children)):
                hosts = self.ctx.last_pair(t)  # 'The two leaders last met in 2022'
        officers = self.ctx.bloc_officers  # a bloc's chair acts for the bloc
        hosts = [m for m in _unique(hosts) if m.kind != "organization" and m.actor_id not in officers]
        guests = [m for m in _unique(guests) if m.kind != "organization" and m.actor_id not in officers]
        if not guests:  # 'Trump and Putin met': every pair of the hosts
            out = [Candidate("MEET", t.i, hosts, [], cues=["meet"])]
        elif (spec.get("multilateral") or _many_sided(t)) and len(guests) > 1 or together:
            out = [Candidate("MEET", t.i, _unique(hosts + guests), [], cues=["meet", "multilateral"])]  # one gathering
        else:
            out = [Candidate("MEET", t.i, hosts, guests, cues=["meet"] + cues_extra)]
        since = self._first_since(t)
        if since is not None:  # 'their first talks since March 2022': they met then too
            c = out[0]
            out.append(Candidate("MEET", t.i, c.sources, c.targets, date=since, cues=c.cues + ["earlier-meeting"]))
        return out

    def _first_since(self, t: Token):
        """The date of 'their first meeting since 2017', 'met for the first time since March 2022':
        the earlier meeting the phrase implies (a date, not a clause: 'since Biden took office')."""
        holders = [t] + ([governing_verb(t)] if t.pos_ in ("NOUN", "PROPN") and governing_verb(t) is not None else [])
        times = [w.head for h in holders[-1:] for w in h.subtree if w.lower_ == "first" and w.head.lower_ == "time"]
        first = times or any(c.lower_ == "first" and c.dep_ in ("amod", "advmod") for c in t.children)
        if not first:
            return None
        holders += times  # 'for the first time since 2019
        for h in holders:
            for p in prep_objects(h, ("since",)):
                for m in self.doc._.date_mentions or []:
                    if m.date and self.doc[m.start:m.end].root.i == p.i:
                        return m
        return None

    def _scene_parties(self, t: Token) -> list[ActorMention]:
        """'Thailand and Cambodia agreed ..., after talks in X': a meeting noun in an 'after /
        following / during' adjunct of a clause whose subject names two or more parties."""
        h, adjunct = t, False
        for _ in range(7):
            if h.head.i == h.i:
                break
            h = h.head
            if h.lower_ in SCENE_LINKS and h.dep_ in ("prep", "mark") or any(
                    c.dep_ == "mark" and c.lower_ in SCENE_LINKS for c in h.children):
                adjunct = True  # 'after talks', 'after talks ... ended'
                continue
            if adjunct and h.pos_ in ("VERB", "AUX") and h.dep_ not in ("acl", "relcl"):
                found = [m for m in subjects(h) if m.kind in ("state", "person")]
                return found if len({m.actor_id for m in found}) >= 2 else []
        return []

    def _presiders(self, t: Token) -> list[ActorMention]:
        """Who hosts or chairs the occasion: 'talks hosted by X', 'in a ceremony hosted by X',
        'with X presiding'."""
        nouns = [t] if t.pos_ in ("NOUN", "PROPN") else []
        nouns += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "after")
                  for p in c.children if p.dep_ == "pobj"]
        gv = governing_verb(t) if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj") else None
        if gv is not None:  # 'held talks ..., in a session chaired by X'
            nouns += [p for c in gv.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")
                      for p in c.children if p.dep_ == "pobj" and lemma(p) in SESSIONS]
        out: list[ActorMention] = []
        for n in nouns:
            for c in n.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in HOSTING:
                    out += [m for p in prep_objects(c, ("by",)) for m in np_actors(p)]
                    for b in c.children:  # the parser lost the agent's object: the actor right after 'by'
                        if b.dep_ == "agent" and not list(b.children):
                            out += _mentions(self.doc, b.i + 1)
        for p in prep_objects(t, ("with",)):  # 'with Rubio presiding', 'with Xi looking on'
            if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" and lemma(c) in PRESIDING for c in p.children):
                out += np_actors(p)
            elif p.lower_.endswith("ing") and {p.lower_[:-3], p.lower_[:-3] + "e"} & PRESIDING:
                # parsed as a noun: 'with Rubio presiding'
                out += np_actors(p)
        return [m for m in out if m.kind != "organization"]
