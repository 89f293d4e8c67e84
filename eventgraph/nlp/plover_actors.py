"""Who does a PLOVER act to whom: the source (_sources), the target (_targets) and the
parties of a joint act (_joint), read off the parse once plover._fits has picked the
reading. plover.read_act calls them; the lexicon and clause tests stay in plover.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from .types import ActorMention
from .parse import children, governing_verb, is_passive, left_list, np_actors, prep_objects, subjects
from .plover import (
    _actors_here, _crowd, _crowd_place, HOSTILE, _in, lexicon, MODALS, _object, _object_path, _peril_clause,
    plover_spec, _previous_subject, _reduced_relatives, _speech_clause,
)

TARGET_PREPS = ("against", "on", "with", "to", "at", "from", "over", "into")
OBJ_PREPS = ("with", "against", "on", "to")
OWNER_PREPS = ("of", "by", "from", "against", "on")
NEAR_PREPS = ("around", "near", "off", "along", "toward", "towards", "surrounding", "against", "on")
PLACE_PREPS = ("in", "inside", "on", "near", "across", "along", "around", "off", "at", "into", "toward", "towards")
SUMMON_LEMMAS = {"summon", "call", "convoke"}
MADE = {"made", "built", "designed", "supplied", "produced", "manufactured", "origin"}


def _sources(frames, t: Token, r: dict) -> list[ActorMention]:
    if t.pos_ == "NOUN" and r.get("target") == "gov_subject" and r.get("under"):
        # 'at the request of X', 'came under attack by X', 'came under criticism from X',
        # 'under American pressure'
        found = [x for p in prep_objects(t, ("of", "by", "from")) for x in np_actors(p)]
        gv = governing_verb(t)
        if not found and "under" in r["under"] and gv is not None:  # 'by X' hung on 'came'
            found = [x for p in prep_objects(gv, ("by", "from")) for x in np_actors(p)]
        return found or [x for c in t.children if c.dep_ in ("amod", "poss", "compound") for x in np_actors(c)]
    if t.pos_ == "NOUN" and r.get("target") != "speech":
        found = [x for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < t.i
                 and c.tag_ != "VBN" and "-" not in c.text for x in np_actors(c)]
        if not found:  # 'objections from a group led by X'
            found = [x for p in prep_objects(t, ("by", "from")) for x in np_actors(p) or
                     [m for c in _reduced_relatives(p) for a in prep_objects(c, ("by",)) for m in np_actors(a)]]
        if not found:  # 'the sanctions imposed by the EU', 'charges levelled by Riyadh'
            found = [x for c in _reduced_relatives(t) if not _in(c, "broker")
                     for p in prep_objects(c, ("by",)) for x in np_actors(p)]
        gv = governing_verb(t)
        if not found and gv is not None and r.get("target") == "gov_subject" and _object_path(t, gv):
            # 'drew condemnation from X' with 'from X' hung on the verb
            found = [x for p in prep_objects(gv, ("from",)) for x in np_actors(p)]
        if not found and gv is not None and _object_path(t, gv) and ("gov" not in r or _in(gv, r["gov"])) \
                and r.get("target") != "gov_subject":
            found = _stray_subject(gv) or subjects(gv, passive_ok=False) or left_list(gv)
        return found
    if t.pos_ in ("ADJ", "ADP") or r.get("target") == "speech":  # 'X said Y was responsible': the speaker
        clause = _speech_clause(t)
        return subjects(clause.head) if clause is not None else []
    if is_passive(t):
        agent = prep_objects(t, ("by",))
        if not agent and r.get("agents") == "forces":  # '8,500 US troops were put on alert'
            o = _object(t)  # 'thousands of reservists were called up'
            return np_actors(o) if o is not None and _in(o, "forces") else []
        return np_actors(agent[0]) if agent else []
    found = _stray_subject(t) or _speaker_conj(t) or subjects(t)
    if not found and t.dep_ == "acl":  # 'Theresa May's decision to expel ...'
        found = [x for c in t.head.children if c.dep_ == "poss" for x in np_actors(c)]
    if not found and t.dep_ == "xcomp":  # 'committing Kigali to withdraw its forces'
        found = [x for o in t.head.children if o.dep_ in ("dobj", "obj") for x in np_actors(o)]
    if not found and r.get("agents") == "forces":  # 'Russian peacekeepers started to withdraw'
        head = t
        for _ in range(3):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                found = np_actors(subj[0])
                break
            if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
                break
            head = head.head
    if not found:  # 'thousands of Armenian protesters rallied ...': a crowd counts as its nationality
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i < t.i and _crowd(subj, "crowd") and \
                not any(w.dep_ == "prep" and w.lower_ in ("in", "from") for w in subj.subtree):  # 'Armenians in France': France
            found = [m for w in subj.subtree if w.ent_type_ == "NORP" and w.i != subj.i
                     for m in np_actors(w, lists=False) if m.kind == "state"]
    if not found:  # 'thousands rallied in Bamako to demand ...': a crowd counts as the state it is in
        found = _crowd_place(t)
    if not found and t.dep_ in ("acl", "oprd") and r.get("agents") == "forces":  # 'troops massed near X'
        found = np_actors(t.head, lists=False)
        gv = governing_verb(t.head)
        if not found and gv is not None:
            found = subjects(gv)
    # 'ruled in Tehran and warned of ...': a place before the verb is not its subject
    return found or [m for m in left_list(t) if not _place_object(t.doc[m.head if m.head is not None else m.end - 1])]


def _place_object(tok: Token) -> bool:
    """'ruled in Tehran': a place of a verb ('the government in Dhaka' does name the actor)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.head.head.pos_ in ("VERB", "AUX")


def _stray_subject(verb: Token) -> list[ActorMention]:
    """'X reinforced its border and the United States held drills': the parser may hang the
    second clause's subject on the first clause's object as a conjunct, leaving the second
    verb subjectless; the actor right before that verb is its subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "conj" or prev.pos_ not in ("PROPN", "NOUN") or not prev.head.i < prev.i < verb.i or \
            prev.head.dep_ in ("nsubj", "nsubjpass"):
        return []
    return np_actors(prev, lists=False)


def _speaker_conj(verb: Token) -> list[ActorMention]:
    """'X said Y had rammed its ship and accused Z of ...': a simple past conjunct of a
    reported past perfect is the speaker's own second verb, not Y's (the parser hangs it
    in the reported clause)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return []
    if head.dep_ == "ccomp" and not subjects(head):
        # 'X said the killing showed what regime ruled in Y and warned of ...': the parser hangs
        # the speaker's second verb on a subjectless verb of the reported clause
        rep = head
        while rep.dep_ == "ccomp" and rep.head.i != rep.i:
            rep = rep.head
            if _in(rep, "report"):
                return subjects(rep)
    if head.dep_ != "ccomp" or head.tag_ != "VBN" or not any(a.dep_ == "aux" and a.lemma_ == "have" for a in head.children):
        return []
    return subjects(head.head)


MADE = {"made", "built", "designed", "supplied", "produced", "manufactured", "origin"}


def _made_in(m: ActorMention, doc) -> bool:
    """'Iranian-made drones': the maker, not the owner or the one hit."""
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in MADE


def _owner_actors(tok: Token) -> list[ActorMention]:
    """The actor a noun phrase names, or its owner: 'Beijing's drills', 'the withdrawal of
    North Korean troops', 'a visit by Sweden's defence minister'."""
    found = np_actors(tok)
    if not found:
        for p in prep_objects(tok, OWNER_PREPS):
            found += np_actors(p)
    if not found:  # 'a resolution drafted by X', 'the plan put forward by X'
        found = [m for c in _reduced_relatives(tok) for a in prep_objects(c, ("by",)) for m in np_actors(a)]
    return found


def _act_owners(tok: Token) -> list[ActorMention]:
    """The actor a noun names or whose act it is ('Washington's decision', 'the American
    sanctions', 'the move by X'), not a place in it ('the situation in Sudan')."""
    if _actors_here(tok):
        return [m for m in np_actors(tok, lists=False) if m.start <= tok.i < m.end]
    found = [m for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i
             for m in np_actors(c)]
    return found or [m for p in prep_objects(tok, ("by", "of", "from")) for m in np_actors(p)]


def _actors_in(frames, tok: Token) -> list[ActorMention]:
    return frames._mentions_in(tok)


def _summoned(frames, t: Token) -> list[ActorMention]:
    """The envoy's state when the act is part of a summons: 'summoned X's envoy and
    demanded ...', 'summoned X's envoy to lodge representations'."""
    verb = _summons_verb(t)
    if verb is None:
        return []
    return [m for i, m in frames.ctx.recent.get("SUMMON_AMBASSADOR", []) if i == verb.i]


def _summons_verb(t: Token) -> Token | None:
    """The summoning verb an act hangs from ('summoned X and demanded', 'summoned X the
    same day to demand', where the parser hangs 'to demand' on 'day')."""
    verb = governing_verb(t) if t.pos_ == "NOUN" else t
    if t.pos_ == "NOUN" and verb is not None and verb.lemma_.lower() in SUMMON_LEMMAS:
        return verb
    for _ in range(3):
        if verb is None or verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "relcl", "npadvmod", "pcomp") or \
                verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.dep_ == "prep" and t.dep_ == "pcomp" and verb.head.lemma_.lower() in SUMMON_LEMMAS:
            return verb.head  # 'summoned X's envoy over what it called hostile remarks' (x-005)
        if verb.lemma_.lower() in SUMMON_LEMMAS:
            return verb
        if _in(verb, "envoy") and verb.dep_ in ("dobj", "obj") and verb.head.lemma_.lower() in SUMMON_LEMMAS:
            return verb.head  # 'summoned X's ambassador on Tuesday to protest': the parser hangs the purpose on the envoy
    return None


def _targets(frames, t: Token, r: dict) -> list[ActorMention]:
    how = r.get("target", "object")
    obj = _object(t) if t.pos_ != "NOUN" else None
    if how == "speech":  # 'said Y was responsible', 'held Y responsible'
        clause = _speech_clause(t)
        subj = children(clause, "nsubj", "nsubjpass")
        if not subj and clause.dep_ in ("oprd", "xcomp"):
            subj = children(clause.head, "dobj", "obj")
        if r.get("act_owner"):  # 'said Y's decision was destructive': whose act, not where it was
            return [m for s in subj if not _in(s, "accusation") for m in _act_owners(s) or _event_anaphor(frames, s)]
        return [m for s in subj for m in _owner_actors(s)]
    if how == "bearer":  # 'said Y bore responsibility', 'bore' parsed into the noun
        return [m for c in t.children if c.lemma_.lower() == "bear" or c.lower_ in ("bore", "bears")
                for s in children(c, "nsubj") for m in np_actors(s)] if t.dep_ in ("dobj", "obj") and \
            _in(t.head, "report") else []
    if how == "envoy":  # 'declared the Mexican ambassador persona non grata'
        return [m for w in t.subtree if w.i != t.i and _in(w, "envoy") for m in _owner_actors(w)]
    if how == "xcomp_object":  # 'refused to meet Zelensky', 'declined to join BRICS'
        # refusing a hostile act ('declined to condemn X') rejects no proposal of X's (CAMEO 12)
        acts = [c for c in children(t, "xcomp") if not any(
            rr["type"] in HOSTILE and not rr.get("negated") and not rr.get("modal")
            for rr in (plover_spec(c) or {}).get("readings", []))]
        # 'declined to take part in the summit hosted by X': the one whose event it was (x-020)
        hosted = [m for c in acts if c.lemma_.lower() in ("take", "participate") for p in prep_objects(c, ("in",))
                  for r_ in _reduced_relatives(p) for a in prep_objects(r_, ("by",)) for m in np_actors(a)]
        return [m for c in acts for o in children(c, "dobj", "obj", "attr") for m in _owner_actors(o)] + \
            [m for c in acts for p in prep_objects(c, ("with", "to", "of")) for m in np_actors(p)] + hosted
    if how == "accuser":  # 'rejected Canada's accusations', 'the charges levelled by X', 'rejected the charges'
        if obj is None:
            return []
        found = [m for c in obj.children if c.dep_ in ("poss", "compound", "amod") and c.i < obj.i for m in np_actors(c)]
        found += [m for p in prep_objects(obj, ("by", "from")) for m in np_actors(p)]
        found += [m for c in _reduced_relatives(obj) for a in prep_objects(c, ("by",)) for m in np_actors(a)]
        return found or [m for m in _event_anaphor(frames, obj)]
    if how == "gov_object":  # 'backed Morocco's return despite objections from X'
        gv = governing_verb(t)
        objs = children(gv, "dobj", "obj") if gv is not None else []
        return [m for o in objs for m in _owner_actors(o)]
    if how == "that_subject":  # 'demanded that Russia withdraw its troops', 'the demand that X ...'
        return [m for c in children(t, "ccomp", "acl") for s in children(c, "nsubj", "nsubjpass")
                for m in _owner_actors(s)]
    if how == "gov_subject":  # 'X drew condemnation from Y'
        return subjects(governing_verb(t))
    if how == "clause" and t.pos_ == "NOUN":  # 'its threat to use force against X', 'a warning to X'
        found = [m for p in prep_objects(t, ("to", "against", "on")) for m in np_actors(p)]
        gv = governing_verb(t)
        if gv is not None and _object_path(t, gv):  # 'issued a warning to X', 'sent Iran a warning'
            found += [m for p in prep_objects(gv, ("to", "against")) for m in np_actors(p)]
            found += [m for o in children(gv, "dative") for m in np_actors(o)]
        for c in t.children:
            if c.dep_ in ("acl", "relcl") and c.tag_ != "VBN":
                found += [m for m in _actors_in(frames, c) if m.kind in ("state", "organization")]
        return found
    if how == "place" and t.pos_ == "NOUN":  # 'drills around Taiwan', 'a build-up near the border with X'
        preps = tuple(r.get("preps") or NEAR_PREPS)
        found = _near_actors(t, preps)
        gv = governing_verb(t)
        if not found and gv is not None and _object_path(t, gv):  # 'held drills around Taiwan'
            found = _near_actors(gv, preps)
        return found
    if how == "near":  # 'massed its troops near X', 'put its forces on alert along the border with X'
        preps = tuple(r.get("preps") or NEAR_PREPS + ("in", "into", "at", "to"))
        found = _near_actors(t, preps)
        gv = governing_verb(t) if t.pos_ == "NOUN" else None
        if not found and gv is not None and _object_path(t, gv):  # 'staged a protest outside X's embassy'
            found = [m for c in gv.children if c.dep_ == "prep" and c.lower_ in preps
                     for p in c.children if p.dep_ == "pobj" for m in _owner_actors(p)]
        return found
    if how == "peril":
        clause = _peril_clause(t)
        return [m for s in children(clause, "nsubj") for m in np_actors(s)] if clause is not None else []
    if how == "actor":
        toks = children(t, "dobj", "obj", "dative", "nsubjpass")
        # 'urged its partners in the EU and the G7': the blocs they are addressed in
        toks += [p for o in children(t, "dobj", "obj") if _in(o, "positive") for p in prep_objects(o, ("in",))]
        toks += prep_objects(t, ("on", "to", "against", "with"))
        # 'urged Y to act' read as a clause with its own subject: 'urged [Y to act]'
        toks += [s for c in children(t, "ccomp") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 for s in children(c, "nsubj")]
        return [m for tok in toks for m in np_actors(tok)]
    if how == "clause":
        found = [m for o in children(t, "dobj", "obj", "dative") for m in np_actors(o)]
        found += [m for p in prep_objects(t, ("against",)) for m in np_actors(p)]
        if not found:  # 'threatened tariffs on Mexican goods', '(respond with) countermeasures against X'
            found = [m for o in children(t, "dobj", "obj") + prep_objects(t, ("with",))
                     for p in prep_objects(o, ("on", "against")) for m in _owner_actors(p)]
        if not found:  # 'vowed a crushing response to X', 'vowed harsh punishment for X'
            found = [m for o in children(t, "dobj", "obj") if _in(o, "retaliate")
                     for h in (o, t) for p in prep_objects(h, ("to", "for")) for m in _owner_actors(p)]
        if not found:  # 'reserved the right to respond to X's provocations'
            found = [m for o in children(t, "dobj", "obj") for c in children(o, "acl") if _in(c, "retaliate")
                     for p in prep_objects(c, ("to", "against")) for m in _owner_actors(p)]
        if not found:  # 'threatened tariffs over X's refusal': the one whose act it answers
            hosts = [t] + [o for o in children(t, "dobj", "obj") for o in [o] + children(o, "conj")]
            found = [m for h in hosts for p in prep_objects(h, ("over",)) for m in _owner_actors(p)]
        # 'warned of a firm response if Manila continued its patrols': the one the condition names
        # ('if attacked by X': the agent)
        found += [m for c in t.children if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless")
                                                                         for k in c.children)
                  for sb in c.children if sb.dep_ in ("nsubj", "nsubjpass", "agent")
                  for m in (_owner_actors(sb) if sb.dep_ != "agent" else
                            [x for p in sb.children if p.dep_ == "pobj" for x in np_actors(p)])
                  if m.kind in ("state", "organization")]
        addressed = any(np_actors(o) for o in children(t, "dobj", "obj", "dative"))
        for c in t.children:
            if addressed and c.dep_ == "ccomp":
                break  # 'warned NATO that sending troops to Ukraine would ...': NATO is warned
            if c.dep_ in ("ccomp", "xcomp") and (c.dep_ == "xcomp" or any(
                    w.lower_ in MODALS and w.dep_ == "aux" for w in c.children)):
                menaced = [m for m in _actors_in(frames, c) if m.kind in ("state", "organization")
                           or m.via == "coref"]
                # 'to retaliate against Finland for joining NATO': the reason's actors are not menaced
                # (a condition 'if X stationed troops' does name who is warned)
                why = {w.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "over", "after")
                       for w in p.subtree}
                # 'if it intervened in Taiwan': a place in the clause is not who is warned
                why |= {w.i for v in c.subtree if v.pos_ == "VERB" for p in v.children
                        if p.dep_ == "prep" and p.lower_ in ("in", "inside", "into") for w in p.subtree}
                found += [m for m in menaced if m.start not in why] or menaced
        return found
    if how == "subtree":  # 'lifted the barriers it imposed on Australian goods'
        return _actors_in(frames, obj) if obj is not None else []
    if how == "attr_subtree":  # 'will not become a member of BRICS'
        return [m for a in children(t, "attr") for m in _actors_in(frames, a)]
    if how == "inside":  # the object's participants: 'a visit by X', 'a meeting between X and Y'
        if obj is None:
            return []
        hosts = [m for c in _reduced_relatives(obj) for a in prep_objects(c, ("by",)) for m in np_actors(a)]
        if hosts:  # 'boycotted the EU meeting hosted by Hungary': the host, not the forum
            return hosts
        found = np_actors(obj)
        for p in prep_objects(obj, ("by", "between", "with", "of", "for", "to")):  # 'banned entry to X's citizens'
            found += np_actors(p) or [m for q in prep_objects(p, ("of",)) for m in np_actors(q)]
        if not found:  # 'boycotted the summit hosted by X'
            found = _owner_actors(obj)
        if not found:  # 'suspended trade with X': the parser may hang 'with X' on the verb
            found = [m for p in prep_objects(t, ("with",)) for m in np_actors(p)]
        return found
    if how == "place":
        if obj is None:
            return [m for p in prep_objects(t, ("on", "against")) for m in np_actors(p)]
        # 'struck what it called militant hideouts inside Iran': the place may hang on 'called'
        hosts = [t, obj.head] if obj.dep_ in ("oprd", "attr") else [t]
        found = np_actors(obj)
        if not found:  # 'hit a base used by US forces', 'shelled positions held by X'
            found = _users(obj)
        if not found:
            places = prep_objects(obj, PLACE_PREPS + ("of",))
            found = [m for p in places for m in np_actors(p)] or [m for p in places for m in _users(p)]
        if not found:  # 'struck targets inside Iran', 'fired missiles at a base used by US forces'
            places = [p for h in hosts for p in prep_objects(h, PLACE_PREPS)]
            # 'fired missiles at what it called Israeli spy headquarters in X'
            places += [q for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                       for v in c.children if v.dep_ == "pcomp" for q in children(v, "oprd", "attr")]
            found = [m for p in places for m in np_actors(p)] or [m for p in places for m in _users(p)] or \
                [m for p in places for q in prep_objects(p, PLACE_PREPS) for m in np_actors(q)]
        return found
    # object (default)
    toks = prep_objects(t, r.get("preps") or TARGET_PREPS)
    found: list[ActorMention] = []
    if t.pos_ == "NOUN":
        gv = governing_verb(t)
        if gv is not None and t.dep_ == "pobj" and t.head.lower_ == "in":
            # 'recalled its ambassador from X in protest at ...': the envoy's host
            host = [m for o in children(gv, "dobj", "obj") if _in(o, "envoy")
                    for p in prep_objects(o, ("from", "to", "in")) for m in np_actors(p)]
            if host:
                return host
        found += [m for p in prep_objects(t, tuple(r.get("preps") or ()) + TARGET_PREPS + ("of",))
                  for m in _owner_actors(p)]
        if gv is not None and _object_path(t, gv):
            found += [m for p in prep_objects(gv, ("on", "against", "with", "to", "over") + tuple(r.get("preps") or ()))
                      for m in _owner_actors(p)]
            if t.dep_ in ("dobj", "obj") and t.head.i == gv.i:  # 'gave Kyiv an ultimatum', 'sent Iran a warning'
                found += [m for o in children(gv, "dative") for m in np_actors(o)]
        # 'sanctions imposed by the EU on Belarus' ('on' may hang on the agent)
        found += [m for c in _reduced_relatives(t)
                  for p in prep_objects(c, ("on", "against")) + [q for a in prep_objects(c, ("by",))
                                                                  for q in prep_objects(a, ("on", "against"))]
                  for m in _owner_actors(p)]
        if not found and r["type"] == "REQUEST" and t.dep_ == "nsubjpass":
            # 'X's request for arms was approved by Y': the one who answers was asked
            found = [m for a in prep_objects(t.head, ("by",)) for m in np_actors(a)]
        if not found and r.get("preps"):  # 'the green light for talks with X': the act's party
            hosts = prep_objects(t, r["preps"]) + (prep_objects(gv, r["preps"]) if gv is not None else [])
            found = [m for h in hosts for q in prep_objects(h, ("with",)) for m in np_actors(q)]
        return found or _summoned(frames, t)
    if "name" in r and (obj is None or obj.i == t.head.i):  # 'called [X's move] [a betrayal]' parsed as a clause
        # ('called [the decision] hostile' read as a compound of the predicate)
        obj = next((g for c in t.children if c.dep_ == "oprd" for g in c.children
                    if g.dep_ == "compound" and g.pos_ == "NOUN" and g.lemma_.lower() in lexicon()["anaphors"]), None) or \
            next((c for c in t.children if c.dep_ in ("oprd", "ccomp") and c.pos_ == "NOUN"), None)
        found += _owner_actors(obj) if obj is not None else []
    if obj is not None:  # 'severed ties with Doha', 'its ambassador to Italy'
        preps = r.get("obj_preps") or OBJ_PREPS
        if r["type"] == "REJECT" and any(c.dep_ == "poss" and np_actors(c) for c in obj.children):
            preps = tuple(p for p in preps if p != "on")  # 'vetoed the EU's statement on China': a topic
        found += [m for p in prep_objects(obj, preps) for m in np_actors(p)]
    direct = [m for o in children(t, "dative") for m in np_actors(o)]
    if obj is not None and (obj.dep_ in ("dobj", "obj", "nsubjpass") or
                            obj.dep_ == "pobj" and _in(obj.head.head, "quantity")):  # 'all of X's terms'
        direct += np_actors(obj) if not r.get("obj") == "envoy" else []
    elif obj is not None and obj.dep_ in ("oprd", "attr"):  # 'condemned what it called X's conduct'
        direct += _owner_actors(obj)
    found += direct + [m for tok in toks for m in np_actors(tok)]
    if not found and r.get("preps"):  # 'called for the withdrawal of Russian troops'
        found = [m for tok in toks for m in _owner_actors(tok)]
    if not found and r.get("preps"):  # 'called for a halt to Israel's offensive': whose act is to stop
        found = [m for tok in toks for p in prep_objects(tok, ("to",)) for m in np_actors(p)]
    if not found and r.get("preps"):  # 'called for talks with X': the other side is asked to talk
        found = [m for tok in toks if _in(tok, "meeting") for p in prep_objects(tok, ("with",)) for m in np_actors(p)]
    if not found:
        found = _summoned(frames, t)
    if not found and obj is not None and obj.dep_ in ("dobj", "obj", "nsubjpass") and r.get("obj") != "envoy":
        found = [m for p in prep_objects(obj, OWNER_PREPS) for m in np_actors(p)]
    if not found and obj is not None and r.get("obj_preps"):  # 'pledged support for Russia's war'
        found = [m for p in prep_objects(obj, r["obj_preps"]) for m in _owner_actors(p)]
    if obj is not None and r["type"] == "REJECT" and _in(obj, "motion"):
        # 'vetoed a draft (Security Council) resolution that would have admitted Palestine': whom
        # the text was for, not the body that votes on it
        meant = [m for c in obj.children if c.dep_ in ("relcl", "acl")
                 for m in _actors_in(frames, c) if m.kind in ("state", "organization")]
        states = [m for m in meant if m.kind == "state"]
        found = states or meant or found  # '... admitting Palestine as a member of the UN': the state
    if not found and obj is not None and r["type"] in ("ACCUSE", "REJECT", "SUPPORT"):
        # 'condemned the sanctions announced by X', 'rejected the plan put forward by X'
        # 'welcomed the deal brokered by X' (X is no party); a plan 'proposed/drafted by X' is X's
        found = [m for c in _reduced_relatives(obj)
                 if not (_in(c, "broker") and obj.lemma_.lower() in lexicon()["classes"]["agreement"]) or
                 r["type"] == "REJECT" and c.lemma_.lower() in ("propose", "draft", "sponsor")
                 for a in prep_objects(c, ("by",)) for m in np_actors(a)]
    if not found and obj is not None and r["type"] in ("ACCUSE", "REJECT", "SUPPORT"):
        found = _event_anaphor(frames, obj, generic=r["type"] != "SUPPORT")
    return found


def _place_states(t: Token) -> list[ActorMention]:
    """States an act is placed in: 'struck X positions in Lebanon', 'carried out strikes on X
    targets in Yemen' (through the object and the verb a noun act hangs from)."""
    preps = ("in", "inside", "into", "across")
    found = _near_actors(t, preps)
    obj = _object(t) if t.pos_ != "NOUN" else None
    if not found and obj is not None and obj.dep_ in ("attr", "oprd"):  # 'bombed what it said were X depots in Y'
        found = _near_actors(obj, preps)
    gv = governing_verb(t) if t.pos_ == "NOUN" else None
    if not found and gv is not None and _object_path(t, gv):
        found = _near_actors(gv, preps)
    return [m for m in found if m.kind == "state"]


def _users(noun: Token) -> list[ActorMention]:
    """'a base used by US forces', 'positions held by X': who holds the place hit."""
    return [m for c in _reduced_relatives(noun) for a in prep_objects(c, ("by",)) for m in np_actors(a)]


def _near_actors(tok: Token, preps: tuple[str, ...]) -> list[ActorMention]:
    """Actors named as the place of an act under tok, through its object and nested
    prepositions: 'troops near Ukraine', 'on alert along the border with South Korea'."""
    out: list[ActorMention] = []
    frontier = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    for _ in range(3):
        nxt = []
        for h in frontier:
            for c in h.children:
                if c.dep_ != "prep":
                    continue
                for p in c.children:
                    if p.dep_ == "pcomp":  # 'strikes on what it described as hideouts in X'
                        nxt.append(p)
                    if p.dep_ == "prep" and c.lower_ in ("out", "away") and p.lower_ in preps:
                        out += [m for q in p.children if q.dep_ == "pobj" for m in _owner_actors(q)]
                    if p.dep_ != "pobj":
                        continue
                    if c.lower_ == "in" and p.lower_ == "front" and "front" in preps:  # 'in front of the embassy'
                        out += [m for q in prep_objects(p, ("of",)) for m in _owner_actors(q)]
                    if c.lower_ in preps:
                        # 'its border with Azerbaijan': the neighbour, not the border's owner
                        out += [m for q in prep_objects(p, ("with",)) for m in np_actors(q)] or _owner_actors(p)
                    nxt.append(p)
        frontier = nxt
    return out


def _event_anaphor(frames, obj: Token, generic: bool = True) -> list[ActorMention]:
    """'condemned the incursion', 'denounced the accords': the actors of the act the
    article reported last (within three sentences) that the noun names."""
    # 'the accords', or 'an allegation Moscow denied' set beside the clause it names
    dets = list(obj.children) + (list(obj.head.children) if obj.dep_ == "compound" else [])
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in dets) and \
            obj.dep_ != "appos" and not any(c.dep_ == "relcl" for c in obj.children):
        return []
    kinds = lexicon()["anaphors"].get(obj.lemma_.lower())
    if not kinds or np_actors(obj):
        return []
    if kinds == ["ANY"]:  # 'the move', 'the decision', 'the launch': whoever acted last (when blamed)
        return _last_actor(frames, obj) if generic else []
    doc = obj.doc
    first = obj.sent.start
    sents = list(doc.sents)
    for n, s in enumerate(sents):
        if s.start == first:
            first = sents[max(0, n - 3)].start
            break
    best: tuple[int, list[ActorMention]] | None = None
    for i, kind, parties in getattr(frames, "plover_seen", []):
        if kind in kinds and first <= i < obj.i and (best is None or i > best[0]):
            best = (i, parties)
    for kind in kinds:  # the seed frames' acts: the actor is the trigger's subject
        for i, _target in frames.ctx.recent.get(kind, []):
            if first <= i < obj.i and (best is None or i > best[0]):
                best = (i, subjects(doc[i], passive_ok=False))
    return list(best[1]) if best else []


def _speaker_ids(tok: Token) -> set[str]:
    """Who speaks of tok: the subject of the nearest verb above it that has an actor subject."""
    v = tok
    for _ in range(6):
        if v.head.i == v.i:
            break
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            subj = subjects(v)
            if subj:
                return {m.actor_id for m in subj} | {m.country for m in subj if m.country}
    return set()


def _last_actor(frames, obj: Token) -> list[ActorMention]:
    """'China sent warplanes near Taiwan. Taipei called the move a provocation': the doer of
    the latest act told in the last two sentences who is not the speaker, else the subject of
    the last sentence ('Israel expanded settlements. Jordan called the decision ...')."""
    doc = obj.doc
    sents = list(doc.sents)
    n = next((k for k, s in enumerate(sents) if s.start <= obj.i < s.end), 0)
    if n == 0 and not any(w.i < obj.i for w in sents[0]):
        return []
    lo = sents[max(0, n - 2)].start
    me = _speaker_ids(obj)
    acts = [(i, parties) for i, _kind, parties in getattr(frames, "plover_seen", [])]
    acts += [(c.trigger, c.sources) for c in frames.ctx.acts]
    for i, parties in sorted(acts, key=lambda a: -a[0]):
        if lo <= i < obj.i:
            doers = [m for m in parties if m.actor_id not in me and m.country not in me]
            if doers:
                return doers
    prev = _previous_subject(obj) if n > 0 else []
    return [m for m in prev if m.actor_id not in me and m.country not in me]


def _joint(frames, t: Token, r: dict) -> list[ActorMention]:
    """All parties to a symmetric act: subjects, 'with X', 'between X and Y', owners."""
    # 'Egypt brokered a truce between X and Y': the broker is no party
    if t.pos_ == "NOUN":
        # 'fighting between X and Y', 'talks among X, Y and Z': the list names every party,
        # so actors elsewhere in the clause (a broker, a host) are none
        listed = [m for p in prep_objects(t, ("between", "among")) for m in np_actors(p)]
        if len({m.actor_id for m in listed}) >= 2:
            return listed
    parties = list(_sources(frames, t, r)) if r.get("parties") != "object" else []
    hosts = [t]
    obj = _object(t) if t.pos_ != "NOUN" else None
    if t.pos_ != "NOUN" and r.get("parties") != "object":  # 'a ceasefire agreed by X and Y'
        parties += [m for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                    for m in np_actors(p)]
    if obj is not None:
        hosts.append(obj)
        hosts += prep_objects(obj, ("of",))  # 'a memorandum of understanding with X'
        if r.get("obj_party"):  # 'Germany consulted France'; 'told Biden by phone' (not 'discussed Ukraine')
            parties += [m for m in np_actors(obj) if r["obj_party"] != "person" or m.kind == "person"]
            if r["obj_party"] is True and _in(obj, "positive"):
                # 'would consult its partners in NATO and the EU': the blocs they are met in
                parties += [m for p in prep_objects(obj, ("in", "at", "from")) for m in np_actors(p)
                            if m.kind in ("organization", "state")]
    if r.get("obj_party") and obj is None:
        parties += [m for c in t.children if c.dep_ == "oprd" for m in np_actors(c)]
    if t.pos_ == "NOUN":  # 'held exercises with X': the parser may hang 'with X' on the verb
        gv = governing_verb(t)
        if gv is not None and _object_path(t, gv):
            hosts.append(gv)
            # 'X received a call from Y', 'X joined exercises led by Y': the doer is a party too
            if gv.lemma_.lower() in ("receive", "take") or "gov" in r and _in(gv, r["gov"]):
                parties += _stray_subject(gv) or subjects(gv, passive_ok=False)
        elif r.get("mutual") and t.dep_ == "nsubj" and not children(t.head, "dobj", "obj"):
            hosts.append(t.head)  # 'clashes broke out between X and Y'
    for h in list(hosts):  # 'joined exercises led by X'
        hosts += [a for c in _reduced_relatives(h) if _in(c, "lead") for a in c.children if a.dep_ == "agent"]
    parties += [m for h in hosts if h.dep_ == "agent" for p in h.children if p.dep_ == "pobj" for m in np_actors(p)]
    for h in hosts:
        # 'with X presiding' is a circumstance, not a party
        parties += [m for p in prep_objects(h, ("with", "between", "among") + tuple(r.get("preps") or ()))
                    if not (p.tag_ == "VBG" or p.pos_ != "PROPN" and p.lower_.endswith("ing") or
                            any(c.dep_ in ("acl", "amod") and c.tag_ == "VBG" for c in p.children))
                    for m in np_actors(p)]
    return parties
