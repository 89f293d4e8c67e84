"""Where a sentence becomes event candidates: trigger words on the dependency parse.

The lexicon (eventgraph/data/triggers.yaml) says which lemmas start which event type and
which argument frame reads their actors; this module holds the frames. Each frame turns a
trigger token into Candidate(sources, targets); pairs and dates are settled later.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .. import yamlwords
from spacy.language import Language
from spacy.tokens import Doc, Token

from .types import PLACE_VIA, ActorMention, Candidate
from .docs import ensure_extensions, mention_index
from .plover import plover_spec, remote_spec
from .dates import tense_of
from .context import ArticleContext, _bloc_officers, CHAIR_NOUNS, DISPUTE_TYPES  # noqa: F401
# the parse helpers live in nlp/parse.py; imported back so 'from .triggers import X' keeps working
from .parse import (  # noqa: F401
    SUBJ, OBJ, OBJECT_CONTROL, OBJECT_OF_CLAUSE, COLLECTIVES, LIST_GLUE, MANY_SIDED, PRIVATE_PEOPLE,
    RANK_WORDS, REMOTE, _host_places, _infinitive, _many_sided, _mention, _mentions, _named_area, _noun_in,
    _ranked, _remote, _subjects, _unique, _unique_tokens, children, co_actors, forms, governing_verb,
    included, is_passive, left_list, lemma, np_actors, prep_objects, subjects,
)

NAVAL = {"warship", "ship", "vessel", "navy", "fleet", "carrier", "destroyer", "frigate", "submarine", "flotilla"}
LOCATION_PREPS = ("in", "at", "near", "inside", "outside", "across", "around")
PARTICIPANT_PREPS = ("with", "between", "among", "alongside")
# talks named after a process that runs for years are not one meeting
PROCESS_TALKS = {"accession", "membership"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("eventgraph.data").joinpath("triggers.yaml").open(encoding="utf-8") as fh:
        lex = yamlwords.load(fh)
    lex["envoy_nouns"] = set(lex["envoy_nouns"])
    lex["forces_nouns"] = set(lex["forces_nouns"])
    lex["member_nouns"] = set(lex["member_nouns"])
    lex["bloc_words"] = set(lex["bloc_words"])
    lex["join_wishes"] = set(lex["join_wishes"])
    lex["join_requests"] = set(lex["join_requests"])
    lex["venue_cities"] = set(lex["venue_cities"])
    return lex


PARTY_PEOPLE = {"leader", "head", "president", "minister", "official", "delegation", "representative", "envoy",
                "counterpart", "premier", "chief"}
MUNITIONS = {"missile", "rocket", "shell", "drone", "bomb"}
SUBMITTING = {"submit", "lodge", "file", "present", "hand", "deliver", "table"}
MEMBERSHIP_WORDS = {"membership", "accession", "admission", "entry", "member"}
DROPPING = {"withdraw", "retract", "scrap", "shelve", "freeze", "suspend", "abandon", "drop"}
# what a bloc does with a bid it was handed: 'the CPTPP is weighing a bid from Taiwan'
WEIGHING = {"weigh", "consider", "review", "examine", "assess", "receive", "study", "approve", "reject",
            "accept", "block", "veto", "welcome", "discuss"}
PROTEST_NOTES = {"note", "protest", "demarche", "démarche"}


# -- frames ------------------------------------------------------------------------------

class Frames:
    def __init__(self, doc: Doc, context: "ArticleContext"):
        self.doc = doc
        self.ctx = context
        self.lex = lexicon()

    # SUMMON_AMBASSADOR ---------------------------------------------------------------
    def summon(self, t: Token, spec: dict) -> list[Candidate]:
        envoys = [o for o in children(t, *OBJ)] + [c for c in t.children if c.dep_ == "nsubjpass"]
        if spec.get("particle"):  # 'called in X's envoy': the parser often reads 'in' as a preposition
            envoys += [p for c in t.children if c.dep_ == "prep" and c.lower_ == spec["particle"]
                       and c.i == t.i + 1 for p in c.children if p.dep_ == "pobj"]
        if t.pos_ == "NOUN":  # 'Seoul's summoning of Moscow's envoy'
            envoys = prep_objects(t, ("of",))
        if spec.get("note_to"):  # 'handed a protest note to the envoy': a summons' usual business
            if not any(lemma(o) in PROTEST_NOTES or any(lemma(c) in PROTEST_NOTES for c in o.children
                                                        if c.dep_ == "compound")
                       for o in children(t, "dobj", "obj")):
                return []
            envoys = prep_objects(t, ("to",))
        if t.dep_ == "relcl":  # 'the Ugandan envoy, who was summoned ...'
            envoys = [t.head if e.lower_ in ("who", "whom", "that", "which") else e for e in envoys]
        if not envoys:
            return []
        envoy = envoys[0]
        if envoy.lower_ in ("he", "she") and t.pos_ != "NOUN" and is_passive(t) and self.ctx.summons:
            # 'Poland summoned the Belarusian envoy on Monday. He was called in again on Wednesday.'
            last = self.ctx.summons[-1]
            if t.sent.start - self.doc[last.trigger].sent.start <= 60 and last.trigger < t.i:
                return [Candidate("SUMMON_AMBASSADOR", t.i, list(last.sources), list(last.targets),
                                  cues=["summon", "envoy-pronoun"])]
        is_envoy = _noun_in(envoy, self.lex["envoy_nouns"]) or any(  # 'deputy head of mission'
            f"{lemma(envoy)} of {p.lower_}" in self.lex["envoy_nouns"] for p in prep_objects(envoy, ("of",))) or any(
            _noun_in(c, self.lex["envoy_nouns"]) for c in envoy.children if c.dep_ in ("appos", "compound"))
        m = _mention(self.doc, envoy.i)
        if m is not None and m.sector == "diplomat":
            is_envoy = True
        if not is_envoy and m is not None and m.head is not None:
            is_envoy = _noun_in(self.doc[m.head], self.lex["envoy_nouns"])
        if not is_envoy:
            return []
        targets = np_actors(envoy, lists=True)
        if t.pos_ == "NOUN":
            sources = [x for c in t.children if c.dep_ == "poss" for x in np_actors(c)]
            sources = sources or subjects(governing_verb(t)) if governing_verb(t) is not None else sources
        elif is_passive(t):
            agent = prep_objects(t, ("by",))
            sources = np_actors(agent[0]) if agent else []
            if not sources:  # 'were summoned to the Israeli foreign ministry'
                sources = [m for p in prep_objects(t, ("to",)) for m in np_actors(p, lists=False)]
            if not sources:  # 'Russia's ambassador to Poland was summoned'
                host = prep_objects(envoy, ("to", "in"))
                sources = np_actors(host[0]) if host else []
            if not sources:  # 'was summoned to the foreign ministry in Nairobi'
                places = prep_objects(t, ("in",)) + [q for p in prep_objects(t, ("to",))
                                                     for q in prep_objects(p, ("in",))]
                sources = [m for p in places for m in np_actors(p, lists=False) if m.kind == "state"][:1]
            sources = [m for m in sources if m.actor_id]  # 'the foreign ministry' of no known state
            if not sources and t.dep_ == "relcl":  # 'Kenya protested to the envoy, who was summoned'
                sources = [m for m in subjects(governing_verb(t.head) or t.head) if m.kind == "state"]
            if not sources:  # 'The envoy was summoned on Tuesday, the Philippine foreign ministry said'
                sources = [m for m in self._reporter(t) if m.kind in ("state", "agency") and m.actor_id][:1]
        else:
            sources = subjects(t) or left_list(t)
        return [Candidate("SUMMON_AMBASSADOR", t.i, sources, targets, cues=["summon"])]

    @staticmethod
    def _reporter(t: Token) -> list[ActorMention]:
        """Who reports the clause: 'X was summoned, the ministry said' / 'the ministry said X was summoned'."""
        if t.dep_ == "ccomp" and lemma(t.head) in REPORTING:
            return subjects(t.head)
        for c in t.children:
            if c.dep_ in ("parataxis", "ccomp") and c.i > t.i and lemma(c) in REPORTING:
                return subjects(c)
        return []

    # DEPLOY_TROOPS -------------------------------------------------------------------
    def deploy(self, t: Token, spec: dict) -> list[Candidate]:
        forces_nouns = self.lex["forces_nouns"]
        forces: list[Token] = []
        intransitive = spec.get("needs") == "forces" and t.pos_ in ("VERB", "AUX") and \
            not children(t, "dobj", "obj", "nsubjpass") and bool(prep_objects(t, ("to", "into")))
        if spec.get("subject_needs") == "forces" or intransitive:
            # 'Kenyan soldiers arrived in Goma', 'Turkish soldiers have started moving to Libya'
            subj_of = t.head if t.dep_ == "xcomp" and not children(t, "nsubj", "nsubjpass") else t
            subj = [c for c in subj_of.children if c.dep_ in ("nsubj", "nsubjpass")]
            if t.dep_ == "relcl" and subj and subj[0].lower_ in ("which", "that", "who"):
                subj = [t.head]  # 'the first contingent, which arrived in Port-au-Prince'
            forces = [c for c in subj if self._is_forces(c)]
            vehicle = None
            if not forces:  # 'planes carrying French paratroopers landed in Niamey'
                carried = [(c, f) for c in subj for f in self._carried_forces(c)][:1]
                vehicle, forces = (carried[0][0], [carried[0][1]]) if carried else (None, [])
            if not forces and not intransitive:
                return []
            if spec.get("obj_noun") and not any(lemma(o) == spec["obj_noun"] for o in children(t, "dobj", "obj")):
                return []  # 'set sail for X'; not 'set a date
            if any(lemma(f) in MUNITIONS for f in forces):
                return []  # 'missiles landed inside its waters': fired, not deployed
        if forces:
            sources = np_actors(forces[0], lists=True)
            if not sources:  # 'units of a Russian-led force landed': the nationality inside the subject
                own = {w.i for c in forces[0].children if c.dep_ not in ("relcl", "acl") for w in c.subtree}
                sources = [m for m in self._mentions_in(forces[0]) if m.kind == "state" and m.start in own][:1]
            if not sources and vehicle is not None:  # 'a Russian Il-76 carrying paratroopers'
                sources = [m for m in np_actors(vehicle, lists=False) if m.kind == "state"]
            if not sources and any(c.lower_ == "the" for c in forces[0].children):
                sources = self.ctx.last_deployer(t)  # 'Kenya sent officers ... the first contingent arrived'
            places = self._real_places(prep_objects(t, tuple(spec.get("prep_only") or ("in", "to", "into", "at", "inside"))))
            if spec.get("place_obj"):  # 'entered Gambia', 'reached Sierra Leone'
                places += [o for o in children(t, "dobj", "obj")
                           if o.ent_type_ in ("GPE", "LOC", "FAC") or any(m.kind == "state" for m in np_actors(o))]
            # 'left Zhanjiang bound for Djibouti': the port left is no host, the one bound for is
            places += [p for o in children(t, "dobj", "obj", "advcl", "acl", "xcomp") + [t]
                       for b in ([o] if lemma(o) == "bind" else [c for c in o.children if lemma(c) == "bind"])
                       for p in prep_objects(b, ("for", "to"))]
            targets = self._places(places)
            if not targets:  # 'Bangladesh's contingent to the UN mission in South Sudan arrived'
                own = ("to",) if spec.get("needs_destination") else ("to", "in")  # not 'troops in Mali left'
                targets = self._places(self._real_places(prep_objects(forces[0], own)))
            if spec.get("needs_destination") and not targets:
                return []  # 'French troops left Mali' is a departure, not a deployment
            cues = ["forces-subject"] + (["standing", "stays"] if spec.get("standing") else [])
            if lemma(t) == "fight" and not targets:
                return []
            return [Candidate("DEPLOY_TROOPS", t.i, sources, targets, cues=cues)]
        if t.pos_ == "NOUN":  # 'the dispatch/deployment of North Korean troops to Russia'
            objs = prep_objects(t, ("of",))
            # 'the US military presence in Syria': the adjective names the forces
            military = lemma(t) == "presence" and any(c.dep_ in ("amod", "compound") and c.lower_ in BASE_KINDS
                                                      for c in t.children)
            if objs and not (_noun_in(objs[0], forces_nouns) or self._is_forces(objs[0])) or (
                    spec.get("needs") in ("forces", "arrival") and not objs and not military):
                return []
            sources = [x for c in t.children if c.dep_ == "poss" for x in np_actors(c)]
            if not sources and objs:
                sources = np_actors(objs[0], lists=False)
            if not sources and military:  # 'the US military presence'
                sources = [m for m in np_actors(t, lists=False) if m.kind == "state"]
            if not sources:  # 'Britain announced the deployment of troops to Estonia'
                gv = governing_verb(t)
                sources = subjects(gv) if gv is not None else []
            places = prep_objects(t, ("to", "into", "in")) + ([p for o in objs for p in prep_objects(o, ("to", "into", "in"))])
            gv = governing_verb(t)
            if not places and gv is not None and t.dep_ in ("dobj", "obj"):  # 'approved the deployment ... to Haiti'
                places = prep_objects(gv, ("to", "into"))
            # 'the presence of US troops on its soil / on Polish territory'
            places += [p for w in [t, t.head] + objs for p in prep_objects(w, ("on",))
                       if lemma(p) in ("soil", "territory")]
            targets = self._places(places)
            # 'the presence of troops' is a standing state: the clause's date is not when they came
            cues = ["deploy-noun"] + (["standing"] if spec.get("needs") == "forces" else [])
            if military and t.dep_ in ("nsubj", "nsubjpass"):
                cues.append("stays")  # 'the US military presence in Syria will be reviewed': there now
            return [Candidate("DEPLOY_TROOPS", t.i, sources, targets, cues=cues)]
        objs = children(t, "dobj", "obj", "nsubjpass")
        heads = list(objs)  # 'thousands of soldiers in Somalia': the place hangs on 'thousands'
        bases: list[Token] = []
        if spec.get("needs") == "forces" or objs:
            bases = [o for o in objs if lemma(t) in KEEPING and self._military_base(o)]
            objs = [f for o in objs for f in self._forces_noun(o) or self._elided_forces(t, o)] or bases or \
                [f for w in prep_objects(t, ("with",)) for f in self._forces_noun(w)]  # 'bolstered X with troops'
            objs = objs or self._relative_forces(t)
            if lemma(t) in SUPPLYING and objs and all(self._weapons_only(o) for o in objs):
                return []  # 'sent 50 tanks to Ukraine' supplies arms; crews would make it a deployment
            if not objs:
                return []
        if objs and self._air_strike(t, objs[0]):
            return []  # 'sent jets to bomb X' is an air strike (ASSAULT), not a deployment
        if not prep_objects(t, ("to", "into")) and any(
                c.dep_ in ("xcomp", "advcl") and _infinitive(c) and lemma(c) in LEAVING for c in t.children):
            return []  # 'ordered French troops to leave the country': sent out, not in
        if is_passive(t):
            agent = prep_objects(t, ("by",))
            sources = np_actors(agent[0]) if agent else []
        else:
            sources = subjects(t)
        if not sources and objs:
            sources = np_actors(objs[0], lists=False)  # 'North Korean troops were sent'
        places = prep_objects(t, ("to", "into", "in", "inside", "towards", "toward"))
        for o in _unique_tokens(objs + heads):
            places += prep_objects(o, ("to", "into", "in", "towards", "toward"))
            # 'shift 1,000 already based in Germany to Romania': where they go, not where they are
            # ('has 28,500 troops stationed in South Korea': where they stay, for a standing verb)
            places += [p for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for p in prep_objects(c, ("to", "into") + (("in",) if spec.get("needs_place") else ()))]
        places += self._route_places(t)
        places = self._real_places(places)
        targets = self._places(places)
        if not targets:  # 'to help protect Polish airspace': an infinitive of purpose, not 'while X ...'
            for c in t.children:
                if c.dep_ in ("xcomp", "advcl") and c.i > t.i and _infinitive(c):
                    targets = [m for m in self._mentions_in(c) if m.kind == "state"][:1]
                    break
        if not targets:  # 'into the buffer zone on the Syrian side' (but 'on X's border' is ambiguous)
            targets = self._places([p for p in self._real_places(prep_objects(t, ("on",)))
                                    if lemma(p) not in ("border", "frontier", "doorstep")])
        if not targets:  # 'Belarus, where Russia sent 30,000 troops'
            targets = self._where_antecedent(t)
        if spec.get("needs_place") and not targets:
            return []  # 'keeps troops' means a deployment only with a place: 'keeps troops in X'
        src_ids = {m.actor_id for m in sources}
        targets = [m for m in targets if m.actor_id not in src_ids]
        if not targets and any(c.lower_ in ("abroad", "overseas") for c in t.children):
            # '... a brigade in Vilnius, the first time Germany has stationed a brigade abroad'
            targets = [m for m in self._mentions_in(t.sent.root) if m.kind == "state" and m.locative
                       and m.actor_id not in src_ids][:1]
        cues = ["deploy-verb"] + (["standing"] if bases and objs == bases else [])
        if not targets and not places and any(prep_objects(w, ("near", "along")) for w in [t] + objs + heads) and \
                not any(lemma(o) in NAVAL for o in objs + heads):
            # 'deployed troops near Kosovo': land forces massed at home, a MOBILIZE (unseen5 README,
            # x-022); warships 'near Venezuela' sail in open waters and stay a deployment
            return []
        if not targets and not places:
            targets = [m for m in self.ctx.theatre_for(t, src_ids) if m.actor_id not in src_ids]
            cues.append("context-theatre")
        out = [Candidate("DEPLOY_TROOPS", t.i, sources, targets, cues=cues)]
        # '..., alongside contingents from Malawi and Tanzania': the same move by others
        for p in prep_objects(t, ("alongside",)):
            if _noun_in(p, forces_nouns):
                others = [m for q in prep_objects(p, ("from",)) for m in np_actors(q)] or np_actors(p, lists=False)
                if others:
                    out.append(Candidate("DEPLOY_TROOPS", t.i, others, targets, cues=cues + ["alongside"]))
        return out

    def _is_forces(self, tok: Token) -> bool:
        """'troops', and people the text calls military: 'military instructors', 'military advisers'."""
        return _noun_in(tok, self.lex["forces_nouns"]) or (
            tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "military" for c in tok.children)
            and lemma(tok) in MILITARY_PEOPLE) or (  # 'Kenyan police officers', 'army engineers'
            lemma(tok) in MILITARY_PEOPLE and any(c.dep_ == "compound" and _noun_in(c, self.lex["forces_nouns"])
                                                  for c in tok.children))

    def _carried_forces(self, tok: Token) -> list[Token]:
        """'ships carrying Chinese troops', 'a plane with 200 soldiers on board': the forces a
        vehicle brings, who move with it."""
        out = [f for c in tok.children if c.dep_ in ("acl", "relcl") and lemma(c) in CARRYING
               for o in children(c, "dobj", "obj") for f in self._forces_noun(o)]
        return out[:1]

    @staticmethod
    def _military_base(o: Token) -> bool:
        """'a military base', 'a naval base', 'an air base', 'the largest US airbase'."""
        if lemma(o) in ("airbase", "garrison"):
            return True
        return lemma(o) in ("base", "outpost", "facility") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in BASE_KINDS for c in o.children)

    @staticmethod
    def _weapons_only(o: Token) -> bool:
        """'50 Leopard tanks', 'Taurus missiles': arms, with no soldiers named beside them."""
        return lemma(o) in WEAPONS and all(lemma(c) in WEAPONS for c in o.conjuncts)

    def _elided_forces(self, t: Token, o: Token) -> list[Token]:
        """'send 2,000 soldiers to X and shift a further 1,000 to Y': a bare number in a verb
        joined to one that moves forces counts those forces."""
        bare = o.tag_ == "CD" or lemma(o) in ("more", "further", "another") and o.pos_ != "NOUN"
        if not bare or t.dep_ != "conj" or t.head.lemma_.lower() not in self.lex["verbs"]:
            return []
        return [f for h in children(t.head, "dobj", "obj") for f in self._forces_noun(h)][:1]

    @staticmethod
    def _air_strike(t: Token, forces: Token) -> bool:
        """Aircraft sent 'to bomb / strike / attack' something: the purpose is the strike."""
        if lemma(forces) not in AIRCRAFT and not any(lemma(c) in AIRCRAFT for c in forces.children
                                                      if c.dep_ in ("compound", "conj")):
            return False
        purposes = [c for w in (t, forces) for c in w.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                    and _infinitive(c)]
        return any(lemma(c) in STRIKE_VERBS for c in purposes)

    def _forces_noun(self, o: Token) -> list[Token]:
        """[the token naming forces] for an object like 'troops', 'military advisers', 'a battalion of
        troops', 'the first rotation of British troops'; [] when it names none."""
        inner = [p for p in prep_objects(o, ("of",)) if self._is_forces(p)][:1]
        if inner:  # the troops of 'a rotation of British troops' carry the nationality
            return inner
        if self._is_forces(o) or any(self._is_forces(c) for c in o.children if c.dep_ in ("compound", "conj")):
            return [o]
        return []

    def _relative_forces(self, t: Token) -> list[Token]:
        """'(the withdrawal of) troops that Seoul says have been sent to Russia': the forces
        are the noun the relative clause hangs from."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who") for c in t.children):
            return []
        h = t
        for _ in range(3):
            if h.dep_ == "relcl" or h.head.i == h.i:
                break
            h = h.head
        if h.dep_ != "relcl":
            return []
        nouns = [h.head] + prep_objects(h.head, ("of",))  # the parser may hang it on 'the withdrawal of'
        return [n for n in nouns if _noun_in(n, self.lex["forces_nouns"])][:1]

    def _places(self, places: list[Token]) -> list[ActorMention]:
        out: list[ActorMention] = []
        for p in places:
            found = np_actors(p, lists=True)
            if not found or all(m.kind == "organization" for m in found):
                # 'Goma, the main city of eastern Democratic Republic of Congo'; and a bloc is
                # not a host: 'to the NATO force in Latvia' goes to Latvia
                inner = [m for m in self._mentions_in(p) if m.kind == "state"][:1]
                found = inner or found
            out.extend(found)
        return _unique(out)

    @staticmethod
    def _route_places(t: Token) -> list[Token]:
        """Where forces go, said through a route or a site: 'across the border towards Luhansk',
        'at a military base in Qatar' (not 'at the request of X')."""
        out: list[Token] = []
        for p in prep_objects(t, ("across", "over", "through", "along")):
            out += prep_objects(p, ("towards", "toward", "into", "to"))
        for p in prep_objects(t, ("at", "near")):
            if p.ent_type_ in ("GPE", "LOC", "FAC") or lemma(p) in SITES:
                out.append(p)
        return out

    @staticmethod
    def _real_places(places: list[Token]) -> list[Token]:
        # 'in the coming days', 'in January' are times, not places
        return [p for p in places if p.ent_type_ not in ("DATE", "TIME")]

    def _where_antecedent(self, t: Token) -> list[ActorMention]:
        if t.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children):
            return []
        return [m for m in np_actors(t.head, lists=False) if m.kind == "state"]

    def _mentions_in(self, tok: Token) -> list[ActorMention]:
        idx = mention_index(self.doc)
        seen, out = set(), []
        for w in tok.subtree:
            for m in idx.get(w.i) or ():
                if id(m) not in seen:
                    seen.add(id(m))
                    out.append(m)
        return out

    def _clause_mentions(self, verb: Token) -> list[ActorMention]:
        """Mentions in a verb's own clause: its arguments, not clauses hanging on it
        ('a day after a resolution failed at the UN Security Council')."""
        idx = mention_index(self.doc)
        out: list[ActorMention] = []
        todo = [verb]
        while todo:
            w = todo.pop()
            out += [m for m in idx.get(w.i) or () if m not in out]
            todo += [c for c in w.children if c.dep_ not in SUBCLAUSES]
        return sorted(out, key=lambda m: m.start)

    # JOIN_BLOC -------------------------------------------------------------------------
    def join(self, t: Token, spec: dict) -> list[Candidate]:
        lex = self.lex
        wishes = lex["join_wishes"] | lex["join_requests"]
        head_forms = forms(t.head) if t.dep_ in ("xcomp", "pcomp", "acl", "advcl") else set()
        if t.pos_ != "NOUN" and head_forms & wishes:
            return []  # 'asked to join', 'hoping to join': see apply()
        if t.dep_ == "xcomp" and lemma(t.head) == "invite" and is_passive(t.head):
            return []  # 'X was invited to join' is an invitation, not yet a membership
        if t.pos_ != "NOUN" and t.dep_ == "pcomp" and lemma(t.head) in ("in", "of") and \
                forms(t.head.head) & wishes:
            return []
        needs = spec.get("needs")
        target_toks: list[Token] = []
        if t.pos_ == "NOUN":
            gv = governing_verb(t)
            if needs == "granted" and not (  # 'X's membership took effect / became effective'
                    t.dep_ == "nsubj" and gv is not None and not is_passive(gv) and tense_of(gv) == "past" and
                    (lemma(gv) == "take" and any(lemma(o) == "effect" for o in children(gv, "dobj", "obj")) or
                     lemma(gv) == "become" and any(c.lower_ in ("effective", "official") for c in gv.children))):
                return []
            if gv is not None and forms(gv) & wishes:  # 'asked for admission' is an application
                return []
            if t.dep_ in ("compound", "amod", "nmod") or (
                    t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in DOCUMENTS):
                return []  # 'signed the accession treaty', 'the protocol of accession': a step to it
            if gv is not None and t.dep_ in ("dobj", "obj", "nsubjpass") and lemma(gv) in JUDGING | OBSTRUCTING:
                return []  # 'leaders approved the country's admission', 'a plot to stop its accession': others' acts
            target_toks = prep_objects(t, ("to", "into", "of", "in"))
            # 'X's accession', 'the Palestinian accession': the noun names its own member
            sources = [x for c in t.children if c.dep_ in ("poss", "amod", "compound") and c.i < t.i
                       for x in np_actors(c) if x.kind == "state"]
            if not sources:
                gv = governing_verb(t)
                sources = subjects(gv) if gv is not None else []
        else:
            objs = children(t, *OBJ)
            if needs == "member":  # 'became the 11th member of ASEAN', 'formally became part of ASEAN'
                objs = [o for o in objs if _noun_in(o, lex["member_nouns"]) or any(  # 'a member state of'
                    c.dep_ == "compound" and _noun_in(c, lex["member_nouns"]) for c in o.children)
                    or lemma(o) == "part" and not any(c.dep_ == "det" for c in o.children)]  # not 'a part of'
                if objs and lemma(objs[0]) == "part" and not any(
                        m.kind == "organization" for p in prep_objects(objs[0], ("of",)) for m in np_actors(p)):
                    return []  # 'became part of the talks', 'part of Russia': only a named bloc
                if not objs or any(c.dep_ in ("acl", "relcl") and c.i > objs[0].i and _infinitive(c)
                                   for c in objs[0].children):
                    return []
                if _ranked(objs[0]) and any(c.dep_ in ("advcl", "xcomp") and c.i > objs[0].i and _infinitive(c)
                                            for c in t.children):
                    return []  # 'became the first member of the bloc to send troops' (parsed on the verb)
                target_toks = prep_objects(objs[0], ("of", "in")) + children(objs[0], "poss")
                if lemma(objs[0]) == "party":  # 'a state party to the ICC'; not 'a party to the conflict'
                    target_toks = prep_objects(objs[0], ("to",)) or prep_objects(t, ("to",))
                    if not target_toks:
                        return []
            elif needs == "membership_obj":  # 'gained membership of NATO', 'was granted full membership'
                held = [o for o in children(t, "dobj", "obj") if lemma(o) == "membership"
                        and not any(lemma(c) in ("observer", "associate", "partner") for c in o.children)]
                if not held or tense_of(t) == "future" and lemma(t) != "gain":
                    return []
                target_toks = prep_objects(held[0], ("of", "in", "to")) + [
                    c for c in held[0].children if c.dep_ in ("compound", "nmod", "poss") and _mentions(self.doc, c.i)]
            elif needs == "seat":  # 'took its seat as the 193rd member of the UN'
                seats = [o for o in children(t, "dobj", "obj") if lemma(o) in ("seat", "place")]
                as_member = [a for w in [t] + seats for a in prep_objects(w, ("as",)) if _noun_in(a, lex["member_nouns"])]
                if not seats or not as_member:
                    return []
                target_toks = prep_objects(as_member[0], ("of", "in")) + [
                    p for p in children(as_member[0], "poss") if _mentions(self.doc, p.i)]
            elif needs == "bloc_to":  # 'Morocco returned to the African Union'; not 'returned to Brussels'
                target_toks = [p for p in prep_objects(t, ("to",)) if any(
                    m.kind == "organization" and m.head in (None, p.i) for m in _mentions(self.doc, p.i))
                    or _noun_in(p, lex["bloc_words"]) and any(c.lower_ == "the" for c in p.children)]
                if not target_toks or not any(m.kind == "state" for m in subjects(t)):
                    return []
            elif needs == "expanded":  # 'BRICS expanded on January 1 to include Egypt and Iran'
                if t.dep_ not in ("xcomp", "advcl") or lemma(t.head) not in GROWING:
                    return []
                target_toks = children(t.head, "nsubj")
            elif lemma(t) in ADMITTING or needs == "as_member":
                # 'X was admitted as a member of Y', 'admitted X to Y', 'Y welcomed X as its 32nd member',
                # 'X was accepted into NATO'
                as_member = [a for a in prep_objects(t, ("as",)) if _noun_in(a, lex["member_nouns"])]
                into_bloc = [p for p in prep_objects(t, ("into",)) if any(m.kind == "organization" for m in
                             _mentions(self.doc, p.i)) or _noun_in(p, lex["bloc_words"])]
                if needs == "as_member" and not as_member and not into_bloc:
                    return []
                for a in prep_objects(t, ("as",)):
                    # 'as its 32nd member': an unresolved 'its' leaves the bloc to the clause's subject
                    target_toks += prep_objects(a, ("of",)) + [p for p in children(a, "poss") if _mentions(self.doc, p.i)]
                target_toks += prep_objects(t, ("to", "into"))
                if needs == "as_member" and not target_toks and not is_passive(t):
                    target_toks = [c for c in t.children if c.dep_ in ("nsubj",)]
            else:
                target_toks = objs + prep_objects(t, ("to", "into"))
                # 'joined the eurozone and the Schengen area': each bloc of a list
                target_toks += [c for x in target_toks for c in x.conjuncts if c.i > x.i]
            if is_passive(t):
                sources = [x for c in t.children if c.dep_ == "nsubjpass" for x in np_actors(c)]
            elif needs == "membership_obj" and children(t, "dative"):  # 'ASEAN granted Timor-Leste membership'
                sources = [x for c in children(t, "dative") for x in np_actors(c) if x.kind == "state"]
            elif lemma(t) in ADMITTING or needs in ("as_member", "expanded"):  # 'voted to readmit X to Y': X joins
                sources = [x for o in children(t, "dobj", "obj") for x in np_actors(o) if x.kind == "state"]
            else:
                sources = subjects(t) or left_list(t) or included(t)
            if not sources and t.dep_ == "pcomp" and t.head.lower_ == "of" and \
                    lemma(t.head.head) in ("process", "procedure") and t.head.head.dep_ in ("dobj", "obj") and \
                    lemma(t.head.head.head) in ("complete", "finish", "finalise", "finalize", "conclude"):
                sources = subjects(t.head.head.head)  # 'X completed the process of joining Y'
            sources = _unique(sources + co_actors(t))
            rel = [c for c in t.children if c.lower_ in ("which", "that") and c.dep_ in OBJ]
            if t.dep_ == "relcl" and rel:  # 'NATO, which it joined in 1952'
                prev = rel[0].i - 1
                while prev > 0 and self.doc[prev].is_punct:
                    prev -= 1
                target_toks = [self.doc[prev]] if _mentions(self.doc, prev) else [t.head]
        if t.pos_ != "NOUN" and target_toks:
            # 'joined the UN peacekeeping mission', 'joined the EU naval operation': the bloc only
            # modifies what was joined; a bloc's own name or a bloc word heads a membership
            heads = lex["bloc_words"] | lex["member_nouns"]
            target_toks = [x for x in target_toks if x.pos_ != "NOUN" or _mentions(self.doc, x.i)
                           or _noun_in(x, heads) or _named_area(x)]
            if not target_toks:
                return []
        targets = [m for tok in target_toks for m in np_actors(tok, lists=False)]
        blocs = [m for m in targets if m.kind == "organization"]
        if target_toks and not blocs:
            # an object that is a bloc word without a name: 'joined the bloc' -> context
            if any(_noun_in(tok, lex["bloc_words"]) or _noun_in(tok, lex["member_nouns"]) for tok in target_toks):
                blocs = self.ctx.bloc_for(t, "JOIN_BLOC")
            else:
                return []  # 'joined invading Russian forces', 'joined the talks'
        if not target_toks:
            if needs == "bloc":
                return []
            blocs = self.ctx.bloc_for(t, "JOIN_BLOC")
        return [Candidate("JOIN_BLOC", t.i, sources, blocs, cues=["join"])]

    # APPLY_MEMBERSHIP ------------------------------------------------------------------
    def apply(self, t: Token, spec: dict) -> list[Candidate]:
        lex = self.lex
        sub = list(t.subtree)
        if any(lemma(w) in ("partner", "observer") for w in sub):
            return []  # 'applied for partner/observer status': a lesser status, not membership
        mentions_join = any(lemma(w) in ("join", "rejoin", "membership", "member", "accession", "admission") for w in sub)
        if spec.get("needs") == "membership" and not mentions_join:
            if not (lemma(t) == "letter" and any(w.lower_ == "intent" for w in sub)) and \
                    not self._submitted_in_context(t) and not self._bid_to_bloc(t):
                return []
        if spec.get("needs") == "for_membership" and not any(  # 'Kyiv filed for EU membership'
                lemma(p) in MEMBERSHIP_WORDS for p in prep_objects(t, ("for",))):
            return []  # 'filed for bankruptcy', 'filed a complaint'
        if spec.get("needs") == "submitted":  # 'submitted its candidacy for EU membership'
            gv = governing_verb(t)
            if gv is None or lemma(gv) not in SUBMITTING or t.dep_ not in ("dobj", "obj", "nsubjpass") \
                    or not mentions_join:
                return []
        if spec.get("needs") == "membership_obj" and not (  # 'X sought membership of Y in a letter'
                t.tag_ == "VBD" and any(lemma(o) == "membership" for o in children(t, "dobj", "obj"))
                and not any(c.lower_ in ("long", "always", "repeatedly") for c in t.children)):
            return []
        if lemma(t) == "apply" and t.pos_ != "NOUN" and any(
                p.pos_ in ("NOUN", "PROPN") and lemma(p) not in MEMBERSHIP_WORDS
                and not any(m.kind == "organization" and m.head in (None, p.i) for m in _mentions(self.doc, p.i))
                for p in prep_objects(t, ("for",))):
            return []  # 'applied for a loan / a visa / asylum'
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj", "nsubjpass") and governing_verb(t) is not None and \
                lemma(governing_verb(t)) in DROPPING:
            return []  # 'withdrew its EU application': the filing was earlier, on no date given here
        if lemma(t) == "apply" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                _mention(self.doc, p.i) is None and p.pos_ == "NOUN" and not _noun_in(p, lex["bloc_words"])
                for p in c.children if p.dep_ == "pobj") for c in t.children):
            return []  # 'applies to all members'
        if t.pos_ == "NOUN":
            gv = governing_verb(t)
            sources = [x for c in t.children if c.dep_ == "poss" for x in np_actors(c)]
            if not sources:  # 'the Chinese request', 'the Ukrainian application'
                sources = [x for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
                           for x in np_actors(c, lists=False) if x.kind == "state"]
            if not sources:  # 'the application by Georgia for EU membership', 'the applications of X and Y'
                sources = [x for p in prep_objects(t, ("by", "from", "of")) for x in np_actors(p) if x.kind == "state"]
            if not sources:  # 'the membership application that Kosovo submitted in May 2022'
                sources = [x for c in t.children if c.dep_ == "relcl" and lemma(c) in SUBMITTING
                           for s in children(c, "nsubj") for x in np_actors(s) if x.kind == "state"]
            if not sources and gv is not None:
                sources = subjects(gv)
                if lemma(gv) in WEIGHING:  # 'the EU is reviewing a request': the bloc decides, it does not apply
                    sources = [m for m in sources if m.kind != "organization"]
        else:
            sources = _unique((subjects(t) or left_list(t) or included(t)) + co_actors(t) + [
                m for x in children(t, "xcomp") if lemma(x) in ("join", "become") for m in co_actors(x)])
        blocs = _unique(m for w in sub for m in _mentions(self.doc, w.i) if m.kind == "organization")
        if not blocs and t.pos_ == "NOUN":
            gv = governing_verb(t)
            if gv is not None:  # 'signed the request to join ... a day after X failed at the UN': not that clause
                blocs = [m for m in self._clause_mentions(gv) if m.kind == "organization"][:1]
        if not blocs:
            blocs = self.ctx.bloc_for(t, "APPLY_MEMBERSHIP")
        src_ids = {m.actor_id for m in sources}
        cues = ["apply"]
        gv = governing_verb(t)
        if t.pos_ == "NOUN" and gv is not None and t.dep_ in ("dobj", "obj", "nsubjpass") and \
                lemma(gv) in (WEIGHING | JUDGING) - {"receive"}:
            cues.append("judged")  # 'NATO approved Sweden's bid on Monday': the bid was made earlier
        return [Candidate("APPLY_MEMBERSHIP", t.i, sources, [b for b in blocs if b.actor_id not in src_ids],
                          cues=cues)]

    def _submitted_in_context(self, t: Token) -> bool:
        """'(Timor-Leste joined the WTO ...) The Comoros submitted its bid in 2007': a bid
        submitted in an article already telling of joining or applying is a membership bid."""
        gv = governing_verb(t)
        if gv is None or lemma(gv) not in SUBMITTING or t.dep_ not in ("dobj", "obj", "nsubjpass"):
            return False
        if any(c.dep_ in ("acl", "relcl", "prep") for c in t.children):
            return False  # 'its bid to host the next conference', 'its bid for the contract'
        if any(c.dep_ == "compound" and not _mentions(self.doc, c.i) for c in t.children):
            return False  # 'lodged a takeover bid'
        # 'Serbia, which lodged its bid in 2009, has made little progress towards EU membership'
        states = any(m.kind == "state" for m in subjects(gv))
        if states and any(lemma(w) in MEMBERSHIP_WORDS | {"join"} for w in t.sent if w.i not in (t.i, gv.i)):
            return True
        lead = next(iter(self.doc.sents)).end
        if states and t.i >= lead and any(m.start < lead and m.via != "coref" for m in self.ctx.blocs):
            return True  # 'The CPTPP, an 11-nation trade pact, met ... Costa Rica has lodged its own bid'
        return any(i < t.i for fam in ("APPLY_MEMBERSHIP", "JOIN_BLOC") for i, _ in self.ctx.recent.get(fam, []))

    def _bid_to_bloc(self, t: Token) -> bool:
        """'Georgia's EU bid', 'Kyiv's request to NATO', 'the CPTPP is weighing a bid from Taiwan':
        a state's bid made to a bloc, asking for nothing else, is a bid to join it."""
        if any(c.dep_ in ("acl", "relcl") and _infinitive(c) for c in t.children):
            return False  # 'a bid to host the games'
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "over", "about") for c in t.children):
            return False  # 'a request for weapons'
        if any(c.dep_ == "compound" and not _mentions(self.doc, c.i) for c in t.children):
            return False  # 'a takeover bid', 'an extradition request'
        owners = [m for c in t.children if c.dep_ in ("poss", "amod") for m in np_actors(c) if m.kind == "state"]
        owners += [m for p in prep_objects(t, ("from", "by")) for m in np_actors(p) if m.kind == "state"]
        if not owners:
            return False
        gv = governing_verb(t)
        judged = gv is not None and t.dep_ in ("dobj", "obj", "nsubjpass") and lemma(gv) in WEIGHING | JUDGING
        if not judged and (any(m.kind == "organization" for p in prep_objects(t, ("to",))
                               for m in np_actors(p, lists=False)) or any(
                c.dep_ == "compound" and any(m.kind == "organization" for m in _mentions(self.doc, c.i))
                for c in t.children)):
            return True  # 'Georgia's EU bid, filed in March 2022' (not 'Turkey ratified Sweden's NATO bid')
        if not judged:
            return False
        deciders = children(gv, "nsubj") if t.dep_ != "nsubjpass" else prep_objects(gv, ("by",))
        # 'the pact has received bids': a bloc word in an article about a bloc
        return any(any(m.kind == "organization" for m in np_actors(d)) or
                   (_noun_in(d, self.lex["bloc_words"] | {"pact"}) and self.ctx.blocs) for d in deciders)

    def becomes_member(self, t: Token) -> bool:
        return any(_noun_in(o, self.lex["member_nouns"]) for o in children(t, *OBJ))

    def join_request(self, t: Token) -> list[Candidate]:
        """'asked to join X', 'notified the bloc of its wish to join': an application.
        Climbs from 'join' to the first verb above it; 'hoping to join' stops there."""
        anchor = None
        h = t
        for _ in range(5):
            if h.head.i == h.i:
                break
            h = h.head
            if forms(h) & self.lex["join_requests"]:
                anchor = h
                break
            if h.pos_ in ("VERB", "AUX"):
                break
        if anchor is None:
            return []
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else governing_verb(anchor)
        sources = subjects(verb) if verb is not None else []
        if not sources and verb is not None and verb.dep_ in ("advcl", "xcomp", "conj"):
            sources = subjects(verb.head)
        if any(lemma(w) in ("partner", "observer") for w in t.subtree):
            return []  # 'asked to become a BRICS partner country': a lesser status, not membership
        joined = children(t, "dobj", "obj") + prep_objects(t, ("to", "into"))
        heads = self.lex["bloc_words"] | self.lex["member_nouns"]
        if joined and not any(_mentions(self.doc, x.i) or _noun_in(x, heads) or _named_area(x) for x in joined):
            return []  # 'asked to join the talks', 'asked to be admitted to a hospital'
        blocs = [m for m in self._mentions_in(t) if m.kind == "organization"] or \
            self.ctx.bloc_for(t, "APPLY_MEMBERSHIP")
        # the request word is the trigger: its clause carries the date and the status
        return [Candidate("APPLY_MEMBERSHIP", anchor.i, sources, blocs, cues=["join-request"])]

    def act(self, t: Token, spec: dict) -> list[Candidate]:
        from .plover import read_act  # the PLOVER frame lives apart: nlp/plover.py

        return read_act(self, t, spec)

    # MEET ------------------------------------------------------------------------------
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


DOCUMENTS = {"protocol", "treaty", "agreement", "accord", "deal"}
JUDGING = {"approve", "ratify", "endorse", "back", "support", "block", "veto", "oppose", "discuss",
           "consider", "delay", "hold", "freeze", "reject", "welcome"}
ADMITTING = {"admit", "readmit", "induct"}  # the bloc admits: the object is the new member
GROWING = {"expand", "grow", "enlarge", "widen", "swell"}  # 'expanded to include X'
OBSTRUCTING = {"stop", "prevent", "derail", "thwart", "obstruct", "hinder", "sabotage", "scupper", "frustrate",
               "torpedo", "slow"}
HOSTING = {"host", "chair", "mediate", "broker", "organise", "organize", "convene", "facilitate", "preside"}
TRIPS = {"visit": ("to",), "trip": ("to",), "tour": ("of", "to"), "stop": ("in",)}  # nouns of travel -> place preps
ARRIVING = {"arrive", "land", "fly", "travel", "come", "go", "head"}
SCHEDULING = {"schedule", "plan", "expect", "set", "due", "slate"}
SESSIONS = {"session", "meeting", "round", "format", "summit", "ceremony", "conference"}
MILITARY_PEOPLE = {"instructor", "adviser", "advisor", "trainer", "expert", "specialist", "engineer", "officer",
                   "police", "contractor"}
# forces told 'to leave / to withdraw from' a place are being sent out of it, not into it
LEAVING = {"leave", "withdraw", "depart", "quit", "exit", "vacate", "evacuate"}
# arms handed over are aid, not forces: 'sent tanks to Ukraine' (but 'deployed missiles to X' moves them)
WEAPONS = {"tank", "missile", "rocket", "drone", "howitzer", "artillery", "launcher", "weapon", "munition",
           "ammunition", "shell"}
SUPPLYING = {"send", "provide", "supply", "deliver", "give", "transfer", "pledge", "commit", "contribute",
             "donate", "ship"}
KEEPING = {"have", "keep", "maintain", "operate", "run"}  # 'Turkey has a military base in Qatar'
BASE_KINDS = {"military", "naval", "air", "army", "navy", "airforce"}
CARRYING = {"carry", "transport", "ferry", "bring"}
AIRCRAFT = {"jet", "warplane", "fighter", "bomber", "aircraft", "drone", "helicopter", "plane"}
STRIKE_VERBS = {"bomb", "strike", "attack", "hit", "pound", "shell", "target", "raid", "destroy"}
HOSTING_FORCES = {"host", "receive", "welcome"}
SITES = {"base", "airbase", "port", "camp", "facility", "airport", "airfield", "garrison", "outpost", "border",
         "frontier", "harbour", "harbor"}
SUBCLAUSES = {"advcl", "relcl", "acl", "ccomp", "npadvmod", "conj", "parataxis", "appos"}
SCENE_LINKS = {"after", "following", "during", "at"}
REPORTING = {"say", "announce", "confirm", "report", "state", "tell", "add"}
PRESIDING = {"preside", "look", "watch", "attend", "officiate", "host", "chair"}


# -- the component -----------------------------------------------------------------------

def find_candidates(doc: Doc) -> list[Candidate]:
    lex = lexicon()
    frames = Frames(doc, ArticleContext(doc))
    out: list[Candidate] = []
    sent_starts = {s.start: n for n, s in enumerate(doc.sents)}
    sent_of = {}
    n = -1
    for tok in doc:
        if tok.i in sent_starts:
            n = sent_starts[tok.i]
        sent_of[tok.i] = n
    for tok in doc:
        lem = lemma(tok)
        spec = None
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB")):
            spec = lex["verbs"].get(lem)
            if tok.dep_ in ("xcomp", "pcomp", "acl", "advcl", "ccomp") and (
                    lem in ("join", "rejoin") or (lem == "become" and frames.becomes_member(tok))
                    or lem in ADMITTING and is_passive(tok)):  # 'asked to be admitted to Mercosur'
                cands = frames.join_request(tok)  # 'asked to join X', 'asked to become a member of X'
                for c in cands:
                    c.sentence = sent_of[tok.i]
                out.extend(cands)
        elif tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "obj", "pobj")):
            spec = lex["nouns"].get(tok.lower_) or lex["nouns"].get(lem)
        # a lemma may start several readings ('fly' troops in / 'fly to' a capital)
        specs = list(spec) if isinstance(spec, list) else [spec] if spec is not None else []
        pv = plover_spec(tok)
        if pv is not None:
            specs.append({**pv, "frame": "act"})
        rv = remote_spec(tok)  # 'thanked X by phone' is also a call
        if rv is not None:
            specs.append({**rv, "frame": "act"})
        for sp in specs:
            for c in getattr(frames, sp["frame"])(tok, sp):
                c.sentence = sent_of[tok.i]
                frames.ctx.note(c)
                out.append(c)
    return _drop_bare_trips(out)


def _side(m: ActorMention) -> str:
    return m.country or m.actor_id


def _drop_bare_trips(cands: list[Candidate]) -> list[Candidate]:
    """'X flew to Kabul on Monday' is the meeting with the host only when the article tells
    of no meeting of X's: 'landed in Seoul on Sunday. On Monday he met Yoon' is one meeting."""
    meets = [c for c in cands if c.type == "MEET" and "bare-trip" not in c.cues
             and len({_side(m) for m in c.sources + c.targets}) >= 2]  # 'his sixth trip to the region' names no one
    out = []
    for c in cands:
        if "bare-trip" in c.cues:
            sides = {_side(m) for m in c.sources}
            if any(sides & {_side(m) for m in o.sources + o.targets} for o in meets):
                continue
        out.append(c)
    return out


@Language.factory("eg_triggers")
def make_triggers(nlp: Language, name: str):
    ensure_extensions()

    def triggers(doc: Doc) -> Doc:
        doc._.candidates = find_candidates(doc)
        return doc

    return triggers
