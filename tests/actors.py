"""Actors the store and integration tests build events with (one definition each)."""
from __future__ import annotations

from eventgraph.models import Actor

BRICS = Actor("BRICS", "BRICS", "organization", None)
CHN = Actor("CHN", "China", "state", "CHN")
FIN = Actor("FIN", "Finland", "state", "FIN")
IRN = Actor("IRN", "Iran", "state", "IRN")
JPN = Actor("JPN", "Japan", "state", "JPN")
KOR = Actor("KOR", "South Korea", "state", "KOR")
KOR_MOFA = Actor("ORG:kor-foreign-ministry", "South Korean foreign ministry", "agency", "KOR")
NATO = Actor("NATO", "North Atlantic Treaty Organization", "organization", None)
PRK = Actor("PRK", "North Korea", "state", "PRK")
PUTIN = Actor("PER:vladimir-putin", "Vladimir Putin", "person", "RUS")
RUS = Actor("RUS", "Russia", "state", "RUS")
SWE = Actor("SWE", "Sweden", "state", "SWE")
UKR = Actor("UKR", "Ukraine", "state", "UKR")
USA = Actor("USA", "United States", "state", "USA")
XI = Actor("PER:xi-jinping", "Xi Jinping", "person", "CHN")
