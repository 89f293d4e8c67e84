"""SUMMON_AMBASSADOR: 'X summoned Y's ambassador', 'the envoy was called in'.

A mixin of triggers.Frames, which sets self.doc, self.ctx (nlp/context.py) and self.lex.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..types import ActorMention, Candidate
from ..parse import (
    children, governing_verb, is_passive, left_list, lemma, _mention, _noun_in, np_actors, OBJ, prep_objects,
    subjects,
)

PROTEST_NOTES = {"note", "protest", "demarche", "démarche"}
REPORTING = {"say", "announce", "confirm", "report", "state", "tell", "add"}


class SummonFrame:
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
