"""JOIN_BLOC and APPLY_MEMBERSHIP: 'X joined the bloc', 'X applied to join Y', 'asked to
become a member of Y'. A mixin of triggers.Frames (self.doc, self.ctx, self.lex;
self._clause_mentions and self._mentions_in are shared there).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..types import Candidate
from ..dates import tense_of
from ..parse import (
    children, co_actors, forms, governing_verb, included, _infinitive, is_passive, left_list, lemma, _mention,
    _mentions, _named_area, _noun_in, np_actors, OBJ, prep_objects, _ranked, subjects, _unique,
)

SUBMITTING = {"submit", "lodge", "file", "present", "hand", "deliver", "table"}
MEMBERSHIP_WORDS = {"membership", "accession", "admission", "entry", "member"}
DROPPING = {"withdraw", "retract", "scrap", "shelve", "freeze", "suspend", "abandon", "drop"}
# what a bloc does with a bid it was handed: 'the CPTPP is weighing a bid from Taiwan'
WEIGHING = {"weigh", "consider", "review", "examine", "assess", "receive", "study", "approve", "reject",
            "accept", "block", "veto", "welcome", "discuss"}
DOCUMENTS = {"protocol", "treaty", "agreement", "accord", "deal"}
JUDGING = {"approve", "ratify", "endorse", "back", "support", "block", "veto", "oppose", "discuss",
           "consider", "delay", "hold", "freeze", "reject", "welcome"}
ADMITTING = {"admit", "readmit", "induct"}  # the bloc admits: the object is the new member
GROWING = {"expand", "grow", "enlarge", "widen", "swell"}  # 'expanded to include X'
OBSTRUCTING = {"stop", "prevent", "derail", "thwart", "obstruct", "hinder", "sabotage", "scupper", "frustrate",
               "torpedo", "slow", "refuse", "deny", "bar", "ban"}  # "refused entry to a delegation from X"


class MembershipFrame:
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
