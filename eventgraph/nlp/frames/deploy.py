"""DEPLOY_TROOPS: forces sent, stationed or flown to a place, and the helpers that tell
forces from arms, bases and air strikes. A mixin of triggers.Frames (self.doc, self.ctx,
self.lex; self._mentions_in is shared there); MEET also asks _is_forces/_forces_noun.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..types import ActorMention, Candidate
from ..parse import (
    children, governing_verb, _infinitive, is_passive, lemma, _noun_in, np_actors, prep_objects, subjects,
    _unique, _unique_tokens,
)

NAVAL = {"warship", "ship", "vessel", "navy", "fleet", "carrier", "destroyer", "frigate", "submarine", "flotilla"}
MUNITIONS = {"missile", "rocket", "shell", "drone", "bomb"}
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
SITES = {"base", "airbase", "port", "camp", "facility", "airport", "airfield", "garrison", "outpost", "border",
         "frontier", "harbour", "harbor"}


class DeployFrame:
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
