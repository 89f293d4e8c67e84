"""The PLOVER types beyond the five seed families (ACCUSE, REQUEST, SANCTION, AGREE ...):
one generic 'X verbs Y' frame over the lexicon in eventgraph/data/plover_triggers.yaml.

A lemma lists readings, each with conditions on its object, particle or governing verb;
the first reading that fits reads the source and target. Targets come from the object
(itself an actor, or its owner: 'condemned Beijing's drills', 'expelled six Canadian
diplomats'), a preposition ('sanctions on X'), the actors of a 'that' clause ('warned that
...'), all parties for symmetric types ('X and Y agreed'), or the envoy summoned in the same
breath ('summoned X's envoy and demanded an explanation').

This module holds the lexicon, the clause tests (_fits) and read_act; the source and
target readers are in plover_actors.py. The seed families have their own frames in
nlp/frames/; all share the parse helpers of nlp/parse.py and return Candidates the same
way (cue 'plover').
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .. import yamlwords
from spacy.tokens import Token

from ..models import UNTARGETED_TYPES
from .types import ActorMention, Candidate
from .parse import (
    _remote, _unique, children, governing_verb, is_passive, np_actors, prep_objects, subjects,
)

HOSTILE = {"ACCUSE", "SANCTION", "THREATEN", "ASSAULT", "COERCE", "REJECT", "PROTEST"}
MODALS = {"will", "would", "could", "can", "may", "might", "must", "shall"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("eventgraph.data").joinpath("plover_triggers.yaml").open(encoding="utf-8") as fh:
        lex = yamlwords.load(fh)
    lex["classes"] = {k: set(v) for k, v in lex["classes"].items()}
    return lex


def plover_spec(tok: Token) -> dict | None:
    """The lexicon readings a token starts, if any (two dictionary look-ups at most)."""
    lex = lexicon()
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        table = lex["verbs"]
    elif tok.pos_ == "NOUN":
        table = lex["nouns"]
    elif tok.pos_ == "ADJ":
        table = lex["adjectives"]
    elif tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        table = lex["adjectives"]  # 'said Y was behind the attack'
    else:
        return None
    readings = table.get(tok.lemma_.lower()) or table.get(tok.lower_)
    if not readings:
        return None
    return {"type": readings[0]["type"], "readings": readings}


REMOTE_WORDS = {"phone", "telephone", "video", "videoconference", "teleconference"}
CALL_LEMMAS = {"speak", "talk", "phone", "telephone", "call", "consult"}


def remote_spec(tok: Token) -> dict | None:
    """Any act done 'by phone' or 'in a phone call' is also a call between the doers and
    the one addressed: 'Putin apologised to Aliyev by telephone', 'Xi told Biden in a video
    call that ...' (CONSULT beside the act's own type)."""
    if not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) or tok.lemma_.lower() in CALL_LEMMAS:
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("by", "over", "via", "in", "during"):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            words = [p] + [w for w in p.children if w.dep_ in ("compound", "amod", "nmod")]
            if c.lower_ in ("in", "during") and p.lemma_.lower() not in ("call", "conversation"):
                continue  # 'in a phone call', not 'in the video'
            if any(w.lower_ in REMOTE_WORDS or w.lemma_.lower() in REMOTE_WORDS for w in words):
                return {"type": "CONSULT", "readings": [
                    {"type": "CONSULT", "mode": "phone", "target": "joint", "obj_party": "person", "preps": ["to"]}]}
    return None


def _in(tok: Token | None, cls: str) -> bool:
    if tok is None:
        return False
    words = lexicon()["classes"][cls]
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    # 'High Commissioner', 'trade barriers': the compound carries the class too
    return any(c.dep_ == "compound" and (c.lemma_.lower() in words or c.lower_ in words) for c in tok.children)


def _has_neg(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _own_people(t: Token) -> bool:
    """Is the verb's object the subject's own people ('its citizens', 'their nationals')?"""
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    return any(any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in o.children)
               and not any(m.start <= o.i < m.end for m in np_actors(o, lists=False)) for o in objs)


def _object(t: Token) -> Token | None:
    """The verb's object noun: direct object, passive subject, the noun a relative or
    participle clause hangs from ('the treaty Putin signed', 'barriers imposed on X'), with
    quantities looked through ('most of the trade barriers')."""
    objs = children(t, "nsubjpass") if is_passive(t) else children(t, "dobj", "obj")
    obj = objs[0] if objs else None
    if obj is None and _participle_after(t) is not None:  # 'released [detained] sailors'
        obj = next(iter(children(_participle_after(t), "dobj", "obj")), None)
    if obj is None or obj.lower_ == "what":
        # 'condemned what it called China's dangerous conduct', 'bombed what it said were
        # Hezbollah depots': the named thing, a clause or two down
        clauses = [d for c in children(t, "ccomp") for d in [c] + children(c, "ccomp")]
        what = obj is not None or any(w.lower_ == "what" for d in clauses for w in d.children)
        obj = next((p for d in clauses for p in children(d, "oprd", "attr")), None) if what else None
    if obj is not None and obj.lower_ in ("that", "which", "whom") and t.dep_ == "relcl":
        obj = None  # 'the treaty that Putin signed'
    if obj is None and t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
        obj = t.head
    if obj is not None and _in(obj, "quantity"):  # 'most of the barriers', '$12 billion in aid'
        inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                 for p in c.children if p.dep_ == "pobj"]
        if inner:
            obj = inner[0]
    return obj


def _participle_after(t: Token) -> Token | None:
    """'released detained sailors', 'returned seized ships': the parser may read the
    participle right after an object-less verb as a clause of its own that owns the object."""
    if children(t, "dobj", "obj") or t.pos_ != "VERB":
        return None
    return next((c for c in t.children if c.dep_ in ("advcl", "xcomp", "ccomp", "conj") and c.i == t.i + 1
                 and c.tag_ in ("VBN", "VBD") and children(c, "dobj", "obj")
                 and not children(c, "nsubj", "nsubjpass", "aux", "mark")), None)


def _fits(t: Token, r: dict) -> bool:
    if t.i > 0 and t.head.i == t.i - 1 and _participle_after(t.head) is t:
        return False  # 'detained' in 'released detained sailors' describes them
    if "not_prt" in r and any(c.dep_ in ("prt", "advmod") and c.lower_ in r["not_prt"] and c.i == t.i + 1
                              for c in t.children):
        return False  # 'backed away from', 'backed down'
    if "prt" in r and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == r["prt"] and c.i == t.i + 1
                              or c.dep_ == "prt" and c.lower_ == r["prt"]
                              or c.dep_ in ("prep", "advmod") and c.lower_ == r["prt"] and _after_object(t, c)
                              for c in t.children):
        return False
    if r.get("negated") != _has_neg(t) and "negated" in r:
        return False
    if "no_prep" in r and any(c.dep_ == "prep" and c.lower_ in r["no_prep"] and not _is_date_prep(c)
                              for w in [t] + [o for o in t.children if o.dep_ in ("dobj", "obj")] for c in w.children):
        return False  # 'deployed troops in Mali near the border': sent abroad, not massed at home
    if "prep" in r and not any(c.dep_ == "prep" and c.lower_ == r["prep"] and not _is_date_prep(c) for c in t.children):
        return False
    if r.get("needs_xcomp") and not any(c.dep_ in ("xcomp", "ccomp") for c in t.children):
        return False
    if r.get("needs_inf") and not any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                      for c in t.children):
        return False  # 'pledged not to use force', not 'pledged troops'
    if r.get("that") and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                 for c in t.children):
        return False
    if r.get("future") and not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.children):
        return False
    if r.get("by_phone") and not any(w.lower_ in ("phone", "telephone", "video") for w in t.subtree):
        return False
    if r.get("remote"):
        if not _remote(t):
            return False  # 'talks by video link', 'a virtual summit': a call, not a meeting
    if "obj" in r:
        if r.get("intransitive"):
            return False
        if not _in(_object(t), r["obj"]):
            return False
    elif r.get("intransitive") and _object(t) is not None:
        return False
    if "not_obj" in r and _in(_object(t), r["not_obj"]):  # 'rejected the allegations' is a denial
        return False
    if "under" in r and not (t.head.dep_ == "prep" and t.dep_ == "pobj" and t.head.lower_ in r["under"]):
        return False  # 'despite objections from X'
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and _in(t.head, "undo"):
        return False  # 'ended Athens' veto', 'lifted its objection'
    if "not_xcomp" in r and any(c.dep_ in ("xcomp", "ccomp") and _in(c, r["not_xcomp"]) for c in t.children):
        return False
    if "xcomp" in r and not any(c.dep_ in ("xcomp", "ccomp") and (_in(c, r["xcomp"]) or c.lemma_.lower() == "take" and any(
            o.dep_ in ("dobj", "obj") and _in(o, r["xcomp"]) for o in c.children)) for c in t.children):
        return False  # 'vowed to retaliate', 'vowed to take countermeasures'
    if "prep_obj" in r and not any(c.dep_ == "prep" and any(_in(p, r["prep_obj"]) for p in c.children
                                                           if p.dep_ == "pobj") for c in t.children):
        return False
    if "has" in r and not any(_in(w, r["has"]) for c in t.children if c.dep_ not in ("ccomp", "xcomp", "advcl")
                              for w in c.subtree):
        return False
    if r.get("bare_actor_obj"):  # 'Biden called Xi on Tuesday', not 'called in', 'called X a Y'
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        # the parser may read the callee as a predicate: 'called/VERB Zelensky/oprd on Tuesday'
        objs = objs or [c for c in t.children if c.dep_ == "oprd" and _actors_here(c)]
        if len(objs) != 1 or not _actors_here(objs[0]) or any(
                c.dep_ in ("prt", "attr", "ccomp") or c.dep_ == "oprd" and c.i != objs[0].i
                or c.dep_ == "xcomp" and c.pos_ == "NOUN" for c in t.children):
            return False
    if "has_any" in r and not any(_in(w, r["has_any"]) for w in t.subtree if w.i != t.i):
        return False
    if "subj" in r and not any(_crowd(c, r["subj"]) for c in t.children if c.dep_ == "nsubj"):
        return False  # 'thousands of Armenians protested outside ...' (a state protesting is ACCUSE)
    if r.get("modal") and not any(c.dep_ == "aux" and c.lower_ in MODALS
                                  for c in list(t.children) + (list(t.head.children) if t.dep_ == "conj" else [])):
        return False  # 'would watch ... and respond': the modal of the first verb holds for both
    if r.get("peril") and not _peril_clause(t):
        return False
    if r.get("warned") and not (t.dep_ == "ccomp" and t.head.lemma_.lower() == "warn"):
        return False
    if r.get("kept_open") and not (_has_neg(t) or t.dep_ == "xcomp" and _in(t.head, "refusal")):
        return False  # 'did not rule out force' keeps a threat open; 'ruled out a strike' withdraws it
    if r.get("not_own_obj") and _own_people(t):
        return False  # 'warned its citizens not to travel to X' is advice, not a threat to X
    if t.pos_ == "NOUN" and r.get("needs_gov"):
        gv = governing_verb(t)
        if gv is None or not _in(gv, r["gov"]) or not _object_path(t, gv) or _since(t, gv):
            return False
    if t.pos_ == "NOUN" and r.get("target") == "joint" and "gov" in r:
        gv = governing_verb(t)  # 'held joint drills', not 'cooperation between X and Y was ...'
        if gv is None or not _in(gv, r["gov"]) or not _object_path(t, gv):
            return False
    if r.get("target") == "gov_subject":
        gv = governing_verb(t)
        if gv is None or not _in(gv, r["gov"]) or not _object_path(t, gv):
            return False
    if r.get("target") == "speech" and _speech_clause(t) is None:
        return False
    if r.get("target") == "speech" and t.pos_ in ("VERB", "AUX") and not (
            _speech_clause(t).dep_ == "ccomp" and _in(_speech_clause(t).head, "report")
            and not _has_neg(_speech_clause(t).head)):
        return False  # 'X said Y had violated ...', not 'X denied it had violated ...'
    if r.get("no_obj"):  # 'Y had no right to interfere': the 'no' is the point
        if not _no_object(t):
            return False
    elif _no_object(t) or _called_off(t):
        return False
    if r.get("refusal") is not False and (_refused(t) or _unreal(t)):
        return False
    if "name" in r and not _names(t, r["name"]):
        return False
    return True


def _peril_clause(t: Token) -> Token | None:
    """'warned that Washington was putting its troops at risk / playing with fire': a clause
    whose actor subject is said to court danger (the subject is the one warned)."""
    for c in children(t, "ccomp"):
        subj = children(c, "nsubj")
        if not subj or not any(m.kind in ("state", "organization") for m in np_actors(subj[0])):
            continue
        words = [p for v in [c] + children(c, "xcomp", "conj") for pr in v.children
                 if pr.dep_ == "prep" and pr.lower_ in ("at", "in", "into", "with") for p in pr.children if p.dep_ == "pobj"]
        if any(_in(w, "peril") and (w.lower_ != "fire" or c.lemma_.lower() == "play") for w in words):
            return c
    return None


def _no_object(t: Token) -> bool:
    """'No agreement was reached', 'no shots were fired': the act is denied by its object."""
    objs = children(t, "nsubjpass") if is_passive(t) else children(t, "dobj", "obj")
    if t.pos_ == "NOUN":
        objs = [t]
    return any(c.dep_ == "det" and c.lower_ == "no" for o in objs for c in o.children)


def _called_off(t: Token) -> bool:
    """'the phone call was postponed', 'cancelled the drills': a noun act that did not happen."""
    if t.pos_ != "NOUN":
        return False
    h = t.head
    return t.dep_ in ("dobj", "obj", "nsubjpass") and _in(h, "called_off") or \
        t.dep_ == "nsubj" and h.lemma_ == "be" and any(c.dep_ == "acomp" and _in(c, "called_off") for c in h.children)


def _crowd(subj: Token, cls: str) -> bool:
    """Is the subject people in the street: 'protesters', 'hundreds of students',
    'Armenians' (a plural demonym)?"""
    heads = [subj] + [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    return any(_in(h, cls) or h.ent_type_ == "NORP" and h.tag_ in ("NNPS", "NNS") for h in heads)


def _crowd_place(t: Token) -> list[ActorMention]:
    """The state where a crowd subject acts: 'protesters in Niamey demanded ...',
    'hundreds rallied in Dhaka to demand ...' (CAMEO codes protesters as their state)."""
    h = t
    if t.dep_ in ("xcomp", "advcl", "conj") and t.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        h = t.head
    subj = [c for c in h.children if c.dep_ == "nsubj"]
    if not subj or not _crowd(subj[0], "crowd"):
        return []
    places = prep_objects(subj[0], ("in", "from"))
    named = {w.i for p in places for w in p.subtree}
    if any(w.ent_type_ in ("NORP", "GPE") and w.i not in named for w in subj[0].subtree):
        return []  # 'Ukrainians in Warsaw' are Ukrainians
    places += prep_objects(h, ("in",))
    # 'outside the Israeli embassy in Amman', 'in front of the US embassy in Baghdad': the city it stands in
    sites = prep_objects(h, ("outside", "at", "near", "to", "toward", "towards", "in"))
    sites = [q for p in sites for q in ([p] + prep_objects(p, ("of",)) if p.lower_ == "front" else [p])]
    places += [c for p in sites for c in prep_objects(p, ("in",))]
    return [m for p in places for m in np_actors(p) if m.kind == "state"]


def _is_date_prep(prep: Token) -> bool:
    """'on Monday', 'in March': a time, not the reading's preposition."""
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def _after_object(t: Token, c: Token) -> bool:
    """Does c come right after the verb's object ('pulled [its troops] out of X')?"""
    obj = [o for o in t.children if o.dep_ in ("dobj", "obj")]
    return bool(obj) and max(w.i for w in obj[0].subtree) + 1 == c.i


def _refused(t: Token) -> bool:
    """'its refusal to supply arms', 'declined to condemn': the act is not done."""
    h = t
    for _ in range(2):
        if h.dep_ not in ("xcomp", "acl", "ccomp") or h.head.i == h.i:
            return False
        h = h.head
        if _in(h, "refusal"):
            return True
    return False


def _actors_here(tok: Token) -> bool:
    return any(m.start <= tok.i < m.end for m in np_actors(tok, lists=False))


def _speech_clause(t: Token) -> Token | None:
    """The clause a blame adjective predicates, when a verb reports it: 'said Y was
    responsible' (acomp under a ccomp), 'holds Y responsible' (the adjective is the clause)."""
    if t.dep_ == "xcomp" and t.head.lemma_ == "be" and t.head.dep_ == "ccomp" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head  # 'said Y was to blame': the copula is the reported clause
    if t.dep_ in ("ccomp", "xcomp", "oprd") and t.head.pos_ in ("VERB", "AUX"):
        return t
    if t.dep_ in ("acomp", "attr") or t.pos_ == "ADP":
        if t.head.lemma_ == "be" and t.head.dep_ == "ccomp" and t.head.head.pos_ in ("VERB", "AUX"):
            return t.head  # 'Y was behind it' hangs from the copula, which is the clause
    if t.dep_ in ("acomp", "attr") and t.head.dep_ in ("ccomp", "xcomp") and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head
    return None


def _unreal(t: Token) -> bool:
    """'threatened to impose sanctions', 'urged X to cut ties': the act is only menaced or
    asked for (the threat or the demand is its own event). What parties agree or pledge
    together ('X and Y agreed to restore ties and hold drills') is the content of their
    AGREE, not an act of its own; one actor agreeing to act ('EU leaders agreed to ban')
    is a decision and stays."""
    h = t.head if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") else t
    for _ in range(3):  # 'to consult ..., to hold drills and to set up': back to the first infinitive
        if h.dep_ in ("conj", "advcl") and h.head.i != h.i and h.head.pos_ == "VERB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            h = h.head
    if h.dep_ != "xcomp" or h.head.i == h.i or h.head.i == t.i:
        return False
    if _in(h.head, "unreal"):
        return True
    if h.head.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in h.head.children):
        return True  # 'called on X to press Y': the pressing is asked for ('called in X's envoy to protest' is done)
    return _in(h.head, "joint_pledge") and _joint_subject(h.head)


def _joint_subject(verb: Token) -> bool:
    """Do two or more actors do the verb together ('X and Y agreed', 'the three agreed',
    'agreed with X')?"""
    parties = subjects(verb) + [m for p in prep_objects(verb, ("with",)) for m in np_actors(p)]
    return len({m.actor_id for m in parties}) >= 2


def _names(t: Token, cls: str) -> bool:
    """'called China's government an assassin': object + predicate noun of a class."""
    def named(c: Token) -> bool:  # 'a terrorist state': the modifier carries the class too
        # ('a reward for terrorism': what it is for)
        return _in(c, cls) or any(a.dep_ == "amod" and _in(a, cls) for a in c.children) or \
            any(p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "at") and any(_in(q, cls) for q in p.children
                                                                           if q.dep_ == "pobj")
                for p in c.children)

    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    if len(objs) > 1 and named(objs[-1]):  # 'branded Ukraine a terrorist state'
        return True
    # the parser may fuse object and name into one phrase: 'branded [the Dutch government Nazi remnants]'
    if len(objs) == 1 and named(objs[0]) and any(c.dep_ == "compound" and _actors_here(c) for c in objs[0].children):
        return True
    # ... or 'called [the EU's decision blackmail]': the act noun read as a compound of the name
    if len(objs) == 1 and named(objs[0]) and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in objs[0].children) \
            and any(c.dep_ == "poss" and _actors_here(c) for c in objs[0].children):
        return True
    # 'called [X's move] [a stab in the back]' read as a predicate under the act noun
    if not objs and any(c.dep_ in ("oprd", "ccomp") and c.pos_ == "NOUN" and any(
            g.i > c.i and g.dep_ in ("dobj", "npadvmod", "appos", "attr") and named(g) for g in c.children)
            for c in t.children):
        return True
    # the parser may hang the predicate under the object: 'called [Russia's drills [a provocation]]'
    if any(g.i > o.i and g.dep_ in ("dobj", "amod", "attr", "oprd", "appos") and named(g)
           for o in objs for g in o.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(named(p) for p in c.children if p.dep_ == "pobj")
           for c in list(t.children) + [g for o in objs for g in o.children]):
        return True  # 'described X as assassins' (the parser may hang 'as' on X)
    return any(c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and named(c) for c in t.children) or \
        any(c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("attr", "oprd") and _in(g, cls) for g in c.children)
            for c in t.children) or \
        any(c.dep_ == "xcomp" and c.pos_ == "NOUN" and any(g.dep_ in ("dobj", "obj") and named(g) for g in c.children)
            for c in t.children)  # 'called [X's move] [a provocation]' read as an xcomp noun


def _must_clause(t: Token, want: str) -> tuple[Token, Token] | None:
    """'told him that Ukraine must withdraw' -> (withdraw, Ukraine)."""
    for c in t.children:
        if c.dep_ not in ("ccomp", "xcomp"):
            continue
        aux = {a.lower_ for a in c.children if a.dep_ == "aux"}
        ordered = t.lemma_.lower() == "order" and c.dep_ == "xcomp"
        if not ("must" in aux or ordered or ("should" in aux or _needs_to(c)) and not _negative(c)):
            continue  # 'Y should no longer expect support' is a warning, not a demand
        if want != "any" and not _in(c, want):
            continue
        subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if ordered:
            subj = [s for s in t.children if s.dep_ in ("dobj", "obj")]
        if subj:
            return c, subj[0]
    return None


def _negative(c: Token) -> bool:
    return any(x.dep_ == "neg" or x.lower_ == "longer" for x in c.subtree if x.head.i == c.i or x.head.head.i == c.i)


def _needs_to(c: Token) -> bool:
    """'China would need to drop its tariffs', 'Moscow has to withdraw': an obligation
    put on the clause's subject, like 'must'."""
    return c.lemma_.lower() in ("need", "have") and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in c.children)


def _listed(ms: list[ActorMention], doc) -> list[ActorMention]:
    """A list the parser hung as appositions: 'Saudi Arabia, the UAE, Bahrain and Egypt'
    (the UAE read as an apposition of Saudi Arabia, the rest as its conjuncts)."""
    out = list(ms)
    for m in ms:
        if m.kind not in ("state", "organization"):
            continue
        tok = doc[m.head] if m.head is not None else doc[m.end - 1]
        chain, frontier, has_conj = [], [tok], False
        for _ in range(6):
            nxt = [c for h in frontier for c in h.children if c.dep_ in ("appos", "conj")]
            has_conj = has_conj or any(c.dep_ == "conj" for c in nxt)
            chain += nxt
            frontier = nxt
        if not has_conj:
            continue
        out += [x for c in chain for x in np_actors(c, lists=False) if x.kind in ("state", "organization")]
    return _unique(out)


def _reduced_relatives(noun: Token) -> list[Token]:
    """Past participles after a noun with their own agent: 'sanctions imposed by X'."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]


def _pronoun_target(t: Token) -> list[ActorMention]:
    """'X cut ties with Y, accusing it of ...': a pronoun object of a participle clause
    is the actor the main clause acted on."""
    obj = _object(t)
    if obj is None or obj.lower_ not in ("it", "them") or t.dep_ not in ("advcl", "conj") or t.head.i == t.i:
        return []
    head = t.head
    found = [m for o in children(head, "dobj", "obj") for m in np_actors(o)]
    found += [m for o in children(head, "dobj", "obj") for p in prep_objects(o, ("with", "on", "against", "to"))
              for m in np_actors(p)]
    found += [m for p in prep_objects(head, ("with", "on", "against", "to")) for m in np_actors(p)]
    return [m for m in found if m.kind in ("state", "organization")]


TIME_PREPS = {"since", "after", "before", "during", "following", "amid", "until"}


def _since(noun: Token, verb: Token) -> bool:
    """'began a visit ..., his first since the invasion of X': a time phrase names the act
    as background, not as what the verb does."""
    cur = noun
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in TIME_PREPS:
            return True
        cur = cur.head
    return False


def _object_path(noun: Token, verb: Token) -> bool:
    """Is the noun the verb's object (directly, or through 'with'/'of'): 'lodged a protest',
    'responded with sanctions', 'carried out hundreds of strikes'? A subject is not."""
    cur = noun
    for _ in range(5):
        if cur.i == verb.i:
            return True
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "attr", "oprd", "xcomp", "compound") and \
                not (cur.dep_ == "nsubjpass"):
            return False
        cur = cur.head
    return cur.i == verb.i


def read_act(frames, t: Token, spec: dict) -> list[Candidate]:
    """Generic 'X verbs Y' over the readings of the trigger's lemma (first fitting one)."""
    # the actor readers live in plover_actors.py, which imports this module's clause tests
    from .plover_actors import _joint, _made_in, _owner_actors, _place_states, _sources, _summons_verb, _targets

    alone = None  # an act with no target, kept in case no later reading finds one
    for r in spec.get("readings") or [spec]:
        if not _fits(t, r):
            continue
        mode = r.get("mode")
        if "must" in r:
            found = _must_clause(t, r["must"])
            if found is None:
                continue
            clause, subj = found
            if r.get("must_subj") and not _in(subj, r["must_subj"]):
                continue  # 'said the diplomat must leave' (an expulsion), not 'said Canada must leave'
            sources = _listed(_sources(frames, t, r), t.doc)
            targets = _owner_actors(subj)
            if {m.actor_id for m in targets} & {m.actor_id for m in sources} | \
                    {m.country for m in targets if m.country} & {m.country for m in sources if m.country}:
                continue  # 'X said X and Y / the two countries should ...': a view of a joint course, no demand
            if not targets:  # 'told Sweden that it must ...': the addressee
                targets = [m for o in t.children if o.dep_ in ("dobj", "dative") for m in np_actors(o)]
            if mode is None:
                mode = lexicon()["modes"].get(r["type"], {}).get(clause.lemma_.lower())
        elif r.get("target") == "joint":
            parties = _listed(_unique(_joint(frames, t, r)), t.doc)
            if len({m.actor_id for m in parties}) < 2:
                continue  # 'China held drills around Taiwan': one party, try the next reading
            _remember(frames, t, r["type"], parties)
            if r.get("mutual"):  # 'X and Y clashed': each used force on the other
                return [Candidate(r["type"], _anchor(t, r), [p], [q for q in parties if q.actor_id != p.actor_id],
                                  mode=mode, cues=["plover"]) for p in parties]
            caller = _caller(t, r, parties)
            if caller:  # 'X spoke by phone with Y and Z': two calls of X's, not one between Y and Z
                return [Candidate(r["type"], _anchor(t, r), caller,
                                  [m for m in parties if m.actor_id not in {c.actor_id for c in caller}],
                                  mode=mode, cues=["plover"])]
            return [Candidate(r["type"], _anchor(t, r), parties, [], mode=mode, cues=["plover"])]
        elif r.get("switch"):  # 'switched recognition from X to Y': backs Y, drops X (unseen5 README, x-019)
            sources = _listed(_sources(frames, t, r), t.doc)
            heads = [t] + [o for o in (_object(t),) if o is not None]
            old = [m for h in heads for p in prep_objects(h, ("from",)) for m in np_actors(p)]
            new = [m for h in heads for p in prep_objects(h, ("to",)) for m in np_actors(p)]
            if not sources or not new:
                continue
            out = [Candidate("SUPPORT", _anchor(t, r), sources, new, mode="recognize", cues=["plover"])]
            if old:
                out.append(Candidate("SANCTION", _anchor(t, r), sources, old, mode="sever", cues=["plover"]))
            return out
        elif r.get("inverse"):  # 'X received a loan from Y': Y gives, X gets
            sources = _givers(t)
            targets = _listed(_sources(frames, t, r), t.doc)
        elif r.get("flip"):  # 'under pressure from X, Y yielded': Y acts towards X
            targets = _listed(_sources(frames, t, r), t.doc)
            sources = _listed(_targets(frames, t, r), t.doc)
        else:
            sources = _listed(_sources(frames, t, r), t.doc)
            targets = _listed(_targets(frames, t, r), t.doc)
            if t.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
                    _in(t.head, "envoy") and _summons_verb(t) is not None:
                sources = []  # the envoy's relative is the summoner's purpose, not the envoy's act
            if not sources and _summons_verb(t) is not None:
                sources = subjects(_summons_verb(t))
        if r.get("source_kind"):  # 'the AU suspended Niger' (a bloc), not 'Niger suspended talks'
            sources = [m for m in sources if m.kind == r["source_kind"]]
        if mode is None:
            mode = _mode_from(t, r)
        # an armed group is not its country's state: 'Sudan's army shelled the RSF'
        src_ids = {m.actor_id for m in sources} | {m.country for m in sources if m.country and m.kind != "group"}
        def others(ms):
            return [m for m in _unique(ms) if m.actor_id not in src_ids and
                    not (m.country and m.country in src_ids and m.kind != "group")]
        # a plain 'it' object is never the subject itself (that would be 'itself')
        named = any(m.via != "coref" for m in targets)  # 'recalled its envoy from Stockholm', not 'its troops'
        targets = others(targets) or others(_pronoun_target(t))
        targets = [m for m in targets if not _made_in(m, t.doc)]
        if sources and not targets and not named and r.get("context"):
            # 'Rabat responded by recalling its ambassador': the other side of the dispute in play
            targets = others(frames.ctx.counterpart(t, sources))
            if not targets and r["type"] == "THREATEN" and _hostile_before(t):
                # 'Hungary blocked the funds. Kyiv reserved the right to respond'
                targets = others(_previous_subject(t))
        if r["type"] == "ASSAULT" and targets and all(m.kind == "group" for m in targets):
            # 'struck Hezbollah positions in Lebanon': force counts against the state it falls in
            # as well as the group hit (unseen5 README, x-004), never the doer's own state
            # ('Sudan's army shelled RSF positions in Khartoum')
            targets += [m for m in others(_place_states(t)) if m.kind == "state"]
        if r.get("target_kind"):  # 'withdrew from Syria' (forces) vs 'withdrew from the EU' (a bloc)
            targets = [m for m in targets if m.kind == r["target_kind"]]
        obj = _object(t) if t.pos_ != "NOUN" else None
        if obj is not None and any(_in(w, "accession") for w in obj.subtree) and any(m.kind == "state" for m in targets):
            # 'approved X's accession to NATO', 'dropped its objections to X's NATO bid': X
            targets = [m for m in targets if m.kind == "state"]
        if sources and not targets:
            _remember(frames, t, r["type"], sources)  # 'X vetoed the draft. Y condemned the veto'
        if sources and not targets and alone is None and r["type"] in UNTARGETED_TYPES and not r.get("needs_target"):
            alone = Candidate(r["type"], _anchor(t, r), sources, [], mode=mode, cues=["plover"])
        if not sources or not targets:
            continue
        _remember(frames, t, r["type"], sources)
        kind = r["type"]
        if kind in ("REQUEST", "ACCUSE") and not r.get("must") and _crowd_place(t):
            kind, mode = "PROTEST", "demo"  # a crowd's demand or denunciation is its protest (CAMEO 14)
        return [Candidate(kind, _anchor(t, r), sources, targets, mode=mode, cues=["plover"])]
    return [alone] if alone is not None else []


def _previous_subject(t: Token) -> list[ActorMention]:
    """The actor the last sentence was about (its main clause's subject): 'Hungary blocked the
    funds. Kyiv said it reserved the right to respond' (Hungary)."""
    sents = list(t.doc.sents)
    n = next((k for k, s in enumerate(sents) if s.start <= t.i < s.end), 0)
    if n == 0:
        return []
    root = sents[n - 1].root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    return [m for m in subjects(root) if m.kind in ("state", "organization", "group", "agency", "person")]


def _hostile_before(t: Token) -> bool:
    """Is the last sentence's main verb one of the lexicon's hostile acts ('blocked', 'struck')?"""
    sents = list(t.doc.sents)
    n = next((k for k, s in enumerate(sents) if s.start <= t.i < s.end), 0)
    if n == 0:
        return False
    spec = plover_spec(sents[n - 1].root)
    return spec is not None and any(r["type"] in HOSTILE for r in spec["readings"])


def _givers(t: Token) -> list[ActorMention]:
    """Who the recipient got it from: 'received aid from X', 'a loan from the IMF'."""
    obj = _object(t)
    hosts = [t] + ([obj] if obj is not None else [])
    return [m for h in hosts for p in prep_objects(h, ("from",)) for m in np_actors(p)]


def _caller(t: Token, r: dict, parties: list[ActorMention]) -> list[ActorMention]:
    """The one subject of a phone call with several others (a call is between two)."""
    if (r.get("mode") != "phone" and r.get("obj_party") is not True) or t.pos_ == "NOUN":
        return []  # 'X consulted Y and Z': X's talks with each, none between Y and Z
    subj = subjects(t)
    if len({m.actor_id for m in subj}) != 1 or len({m.actor_id for m in parties}) < 3:
        return []
    return subj


def _remember(frames, t: Token, kind: str, parties: list[ActorMention]) -> None:
    """Who did what so far in the article (the sources; every party of a joint act), for
    'the accords', 'the incursion'."""
    if not hasattr(frames, "plover_seen"):
        frames.plover_seen = []
    frames.plover_seen.append((t.i, kind, parties))


def _anchor(t: Token, r: dict) -> int:
    """The token whose clause carries the status: a refusal is read at its negation
    ('would not negotiate' is a REJECT that happened, not a negotiation denied)."""
    if r.get("negated"):
        neg = [c for c in t.children if c.dep_ == "neg"]
        if neg:
            return neg[0].i
    if r.get("refusal") is False and r["type"] == "THREATEN" and t.dep_ == "xcomp" and _in(t.head, "refusal"):
        return t.head.i  # 'refused to rule out force': the refusal is what happened
    if r["type"] == "THREATEN" and (r.get("modal") or r.get("warned")) and t.dep_ == "ccomp" and _in(t.head, "report"):
        return t.head.i  # 'said it would respond with force': the threat is made when it is said
    return t.i


def _mode_from(t: Token, r: dict) -> str | None:
    table = lexicon()["modes"].get(r["type"])
    if not table:
        return None
    obj = _object(t) if t.pos_ != "NOUN" else t
    words = []
    if obj is not None:
        words += [obj] + [c for c in obj.children if c.dep_ in ("amod", "compound")]
    clauses = [c for c in t.children if c.dep_ in ("xcomp", "ccomp")]
    words += clauses + [o for c in clauses for o in c.children if o.dep_ in ("dobj", "obj")]  # 'to impose tariffs'
    for w in words:
        for form in (w.lemma_.lower(), w.lower_):
            if form in table:
                return table[form]
    return None
