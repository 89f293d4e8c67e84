"""Is the event a fact? occurred | planned | denied | hypothetical, read off the clause
around the trigger and the clauses that embed it ('have not confirmed that ...',
'if it is true that ...', 'is scheduled to ...', 'reports that ...').

Also marks candidates to drop (cancelled meetings are not meetings) with status 'cancelled';
the event builder discards those.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .docs import ensure_extensions

FUTURE_HEADS = {"schedule", "due", "expect", "set", "plan", "prepare", "intend", "going", "poise", "slate",
                "agree", "promise", "pledge", "vow", "hope", "aim", "seek", "want", "wish", "propose",
                "offer", "invite", "decide", "approve", "announce", "consider", "ready", "will",
                "allow", "authorise", "authorize", "permit", "clear"}
WISH_HEADS = {"hope", "want", "wish", "seek", "aim", "consider", "propose", "offer", "ready", "willing",
              "try", "attempt"}  # 'tried to broker a truce': not (yet) done
PROMISES = {"pledge", "promise", "offer"}
# words that are done by being offered or sent: 'offered condolences' is no promise
SAID_NOUNS = {"condolence", "congratulation", "apology", "gratitude", "sympathy", "thanks"}
# links through which a verb governs what its trigger will do: 'plans to meet', 'agreed to hold
# talks', 'approved sending troops' (not subjects, not 'after talks' adjuncts)
COMPLEMENT_LINKS = {"xcomp", "ccomp", "dobj", "obj", "pcomp", "acomp", "oprd"}
MODALS_HYPO = {"could", "might", "may", "can", "should", "must", "ought"}
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "dispute"}
# 'rejected the presence of X's troops' opposes a fact; only a claim rejected is a denial
OPPOSING_VERBS = {"reject", "dismiss", "dispute"}
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "charge", "suggestion", "assertion", "rumour",
               "rumor", "story", "account", "speculation", "notion", "idea", "assessment", "statement"}
DOUBT_VERBS = {"confirm", "verify", "corroborate"}  # negated: 'have not confirmed that'
RUMOUR_WORDS = {"reportedly", "allegedly", "purportedly", "supposedly", "rumour", "rumor", "unconfirmed",
                "speculation", "alleged", "unverified"}
REPORT_NOUNS = {"report", "rumour", "rumor", "claim", "allegation", "speculation", "suggestion", "concern",
                "fear", "possibility", "prospect", "risk", "question"}
CANCEL_VERBS = {"cancel", "scrap", "call", "shelve", "abandon", "suspend", "block", "halt"}  # a court blocking a deployment stops it
# put off to a later date: still planned, just not for the date it had
POSTPONE_VERBS = {"postpone", "delay", "reschedule", "defer", "put"}
COND_MARKS = {"if", "unless", "whether", "lest"}
PRESS_WORDS = {"media", "medium", "press", "newspaper", "tabloid", "outlet"}


def _lemma(t: Token) -> str:
    lem = t.lemma_.lower()
    return "hope" if lem == "hop" else lem  # the small model's 'hopes' -> 'hop'


def _negated(t: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod")
           for c in t.children):
        return True
    # 'Neither X nor Y has confirmed ...', 'no soldiers would be sent'
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        w.lower_ == "neither" or w.lower_ == "no" and w.dep_ == "det" for w in c.children) for c in t.children)


ACCUSING = {"accuse", "allege", "charge", "blame", "claim"}
ALLEGATION_NOUNS = {"allegation", "accusation", "charge", "claim"}


def _denied_allegation(verb: Token) -> bool:
    """An accusation set off by a noun that a denial clause hangs on: '..., an allegation
    the Kremlin denied', '..., a charge which Minsk dismissed'."""
    for w in verb.subtree:
        if _lemma(w) in ALLEGATION_NOUNS and w.dep_ in ("appos", "npadvmod", "dobj", "conj"):
            if any(c.dep_ in ("relcl", "acl") and _lemma(c) in DENY_VERBS and not _negated(c) for c in w.children):
                return True
    return False


def _past_clause(v: Token) -> bool:
    """A that-clause in the past or perfect: 'that X has submitted', 'X met Y'."""
    if v.dep_ != "ccomp":
        return False
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children))


def _clause_chain(t: Token, limit: int = 8) -> list[Token]:
    """The trigger and the heads above it, up to the sentence root."""
    out = [t]
    cur = t
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


PLAN_HEADS = {"due", "schedule", "expect", "set", "suppose", "plan", "intend", "slate"}


def _unrealised_plan(chain: list[Token]) -> bool:
    """'X had been due to hold talks', 'had planned to visit': a plan told in the past
    perfect is one that fell through (the news is why)."""
    for k in range(1, min(4, len(chain))):
        h, below = chain[k], chain[k - 1]
        if below.dep_ != "xcomp" or _lemma(h) not in PLAN_HEADS:
            continue
        holder = h.head if h.dep_ == "acomp" else h  # 'had been due': the aux is on 'been'
        return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in holder.children)
    return False


def classify(doc: Doc, trigger: int, published: str | None = None, date: str | None = None,
             etype: str | None = None) -> tuple[str, list[str]]:
    """-> (status, cues). Cues say why, for confidence and debugging."""
    t = doc[trigger]
    sent = t.sent
    cues: list[str] = []
    chain = _clause_chain(t)

    # a question is not an assertion
    if sent.text.rstrip().rstrip("\"'”’ ").endswith("?"):
        return "hypothetical", ["question"]

    # a relative clause asserts on its own: 'NATO, which it joined in 1952' stays a fact
    # whatever the sentence around it says
    for i, h in enumerate(chain):
        if h.dep_ == "relcl":
            chain = chain[:i + 1]
            break
    if _unrealised_plan(chain):
        return "cancelled", ["had-been-due"]
    for i, h in enumerate(chain):
        lem = _lemma(h)
        below = chain[i - 1] if i else None
        # cancelled: 'cancelled the meeting', 'the summit was called off'
        if i and lem in CANCEL_VERBS and (lem != "call" or any(c.lower_ == "off" for c in h.children)):
            if below is not None and below.dep_ in ("dobj", "nsubjpass", "obj", "xcomp"):
                return "cancelled", ["cancelled"]
        if i and lem in POSTPONE_VERBS and (lem != "put" or any(c.lower_ == "off" for c in h.children)):
            if below is not None and below.dep_ in ("dobj", "nsubjpass", "obj"):
                return "planned", ["postponed"]
        if i == 0 and t.pos_ == "NOUN":
            gv = t.head
            if _lemma(gv) in CANCEL_VERBS and t.dep_ in ("dobj", "nsubjpass") and (
                    _lemma(gv) != "call" or any(c.lower_ == "off" for c in gv.children)):
                return "cancelled", ["cancelled"]
        # 'the meeting did not take place / go ahead': it was called off
        if i and _negated(h) and below is not None and below.dep_ in ("nsubj", "nsubjpass") and (
                lem in ("happen", "occur", "materialise", "materialize") or
                any(c.lower_ in ("place", "ahead") for c in h.children) and lem in ("take", "go")):
            return "cancelled", ["did-not-happen"]
        # 'has yet to apply', 'is yet to meet': not done so far
        if i and below is not None and below.dep_ == "xcomp" and lem in ("have", "be") and \
                any(c.lower_ == "yet" for c in h.children):
            return "hypothetical", ["not-yet"]
        # 'invited Xi to visit': an invitation, not yet a plan
        if i and lem == "invite" and below is not None and below.dep_ == "xcomp" and \
                _lemma(t) in ("visit", "meet", "come", "travel", "attend"):
            return "hypothetical", ["invited"]
        # denial: 'denied sending troops', 'rejected reports that ...'
        # ('rejected the charge and blamed X': a finite verb joined to the denial is asserted)
        if i and lem in DENY_VERBS and not _negated(h) and not (
                below.dep_ == "conj" and below.tag_ in ("VBD", "VBZ", "VBP")) and not (
                lem in OPPOSING_VERBS and below.dep_ in ("dobj", "obj", "nsubjpass") and below.pos_ == "NOUN"
                and _lemma(below) not in CLAIM_NOUNS):
            return "denied", ["denied"]
        # 'X accused Y of sending tanks, an allegation Y denied'
        if i and lem in ACCUSING and _denied_allegation(h):
            return "denied", ["allegation-denied"]
        # negation on the trigger or on a verb of confirmation above it
        if _negated(h):
            if i == 0 or (below is not None and below.dep_ in ("xcomp", "aux", "auxpass")):
                # 'did not meet', 'refused to send' -> the event did not happen
                return "denied", ["negated"]
            if lem in DOUBT_VERBS or lem in ("know", "say", "believe", "think", "clear"):
                return "hypothetical", ["unconfirmed"]
        if i and lem in ("refuse", "decline", "fail") and below is not None and below.dep_ == "xcomp":
            return "denied", ["refused"]
        # conditionals: 'if it is true that ...', 'If admitted, ...'
        if any(c.dep_ == "mark" and c.lower_ in COND_MARKS for c in h.children):
            return "hypothetical", ["conditional"]
        if h.dep_ == "advcl" and any(c.lower_ in COND_MARKS for c in h.children):
            return "hypothetical", ["conditional"]
        # reports, rumours, fears: 'reports that North Korean soldiers are being sent'
        if i and h.pos_ == "NOUN" and lem in REPORT_NOUNS and below is not None and below.dep_ in ("acl", "ccomp", "relcl"):
            if h.dep_ in ("dobj", "obj") and _lemma(h.head) in DENY_VERBS and not _negated(h.head):
                return "denied", ["claim-denied"]  # 'rejected claims that it had sent troops'
            return "hypothetical", ["report-noun"]
        if any(c.lower_ in RUMOUR_WORDS for c in h.children) or lem in RUMOUR_WORDS and i:
            return "hypothetical", ["rumour"]
        # 'has no intention of sending troops': a plain negation, no event (unseen5 README)
        if i and h.pos_ == "NOUN" and lem in ("intention", "plan") and _negated(h.head) or \
                i and h.pos_ == "NOUN" and lem in ("intention", "plan") and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in h.children):
            return "cancelled", ["no-intention"]
        # 'local media reported': the press, not a party, tells it (unseen3 README)
        # (state media telling of their own side's act is that side's claim: occurred)
        # ('Algerian newspapers reported' an Algerian act: the actor's own side tells it, d-008)
        if i and lem == "report" and any(c.dep_ == "nsubj" and _lemma(c) in PRESS_WORDS and not any(
                a.lower_ in ("state", "official", "government", "state-run") or a.ent_type_ in ("NORP", "GPE")
                for a in c.children) for c in h.children):
            return "hypothetical", ["press-report"]
        # stop climbing at a reporting verb: 'X said Y sent troops' keeps Y's status
        if i and lem in ("say", "tell", "announce", "confirm", "state", "report", "add", "note"):
            cues.append("reported")
            break

    # modality and tense on the trigger's own clause (and the verbs it completes)
    verb_chain = [h for h in chain[:3] if h.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    aux = [c for h in verb_chain for c in h.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    # verbs the trigger completes ('plans to send', 'approved sending'), not ones it is the
    # subject of ('the application was approved')
    heads: set[str] = set()
    for k in range(1, min(4, len(chain))):
        if chain[k - 1].dep_ not in COMPLEMENT_LINKS:  # 'after talks' is an adjunct, 'to meet' is not
            break
        if _past_clause(chain[k - 1]):  # 'announced that X has applied' tells of a past act
            break
        heads.add(_lemma(chain[k]))
    if t.pos_ == "NOUN":
        gv = t.head if t.head.pos_ in ("VERB", "AUX") else t.head.head
        aux_words |= {c.lower_ for c in gv.children if c.dep_ in ("aux", "auxpass")}
        if t.dep_ in ("dobj", "obj", "attr", "nsubjpass") or t.head.i == gv.i:
            # 'plans to hold talks' (the talks are what is planned), not 'agreed to X after talks'
            heads.add(_lemma(gv))
            if gv.dep_ in COMPLEMENT_LINKS and not _past_clause(gv):
                heads.add(_lemma(gv.head))
        elif t.dep_ == "pobj" and t.head.lower_ in ("at", "for", "during") and gv.dep_ in COMPLEMENT_LINKS \
                and not _past_clause(gv):
            heads.add(_lemma(gv.head))  # 'are expected to meet at a summit in July': the summit is planned too
    if _lemma(t) in SAID_NOUNS:
        heads.clear()  # 'offered condolences': said, and so done
    if _lemma(t) in PROMISES:  # 'Botswana has pledged troops': a promise, not yet a deployment
        return "planned", cues + ["promise"]
    if aux_words & MODALS_HYPO:
        if aux_words & {"could", "might", "may"} and not ({"will", "shall"} & aux_words):
            return "hypothetical", cues + ["modal"]
    if heads & WISH_HEADS and not (heads & {"schedule", "due", "expect", "set", "plan"}):
        return "hypothetical", cues + ["wish"]
    if "set" in heads and not any(c.lemma_ == "be" for h in chain[1:4] for c in h.children):
        heads.discard("set")  # 'the first president to set foot in X' is no plan
    # (a threat is conditional by nature: 'would respond if X joined NATO' is made, not hypothetical)
    if "would" in aux_words and etype != "THREATEN" and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in COND_MARKS for m in c.children)
            for c in chain[0].children):
        return "hypothetical", cues + ["would-if"]  # 'would join BRICS if its government approved'
    if aux_words & {"will", "shall", "'ll"} or heads & FUTURE_HEADS or "would" in aux_words and "reported" in cues:
        return "planned", cues + ["future"]
    if "would" in aux_words:
        return "hypothetical", cues + ["would"]
    if t.tag_ == "VBG" and t.dep_ in ("pcomp",) and t.head.lower_ in ("before",):
        return "occurred", cues
    if published and date and date > published and len(date) == 10:
        return "planned", cues + ["future-date"]
    return "occurred", cues


@Language.factory("eg_status")
def make_status(nlp: Language, name: str):
    ensure_extensions()

    def status(doc: Doc) -> Doc:
        for c in doc._.candidates or []:
            c.status, cues = classify(doc, c.trigger, doc._.published, c.date.date if c.date else None, c.type)
            if "stays" in c.cues and c.status == "planned":
                c.status = "occurred"  # 'the 900 US troops in Syria will stay': they are there now
            if "judged" in c.cues:
                c.status = "occurred"  # 'X's bid will be considered / was blocked': the bid was made
            if "earlier-meeting" in c.cues and c.status != "cancelled":
                c.status, cues = "occurred", ["earlier-meeting"]  # 'first talks since 2017': 2017's happened
            c.cues.extend(cues)
        return doc

    return status
