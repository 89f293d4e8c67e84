"""Probe table for APPLY_MEMBERSHIP and JOIN_BLOC: wire phrasings that test_probes_seed.py and
test_probes_seed3.py do not hold.

Same shape as test_probes_seed3.py: published 2024-03-15 (a Friday, so 'on Monday' is
2024-03-11); each row lists every occurred or planned seed event (type, source, target, date,
status) the text must yield, and nothing more. Rows are single sentences or mini-articles.
Conventions follow tests/data/unseen*/README.md: candidate, observer and partner status are no
application or membership; 'said in June it had applied' has a null date; 'rejoined' and
'returned to' a bloc are JOIN_BLOC; signing an accession protocol is no JOIN_BLOC; founding a
bloc and 'belongs to' are no JOIN_BLOC.
"""
from __future__ import annotations

import pytest

from tests.probes import A, J, seed_triples, with_xfails


# background applications: relative clauses, participles, nominal bids, bids a bloc weighs
APPLY_PROBES = [
    ("The European Union opened talks with Albania on Tuesday. Bosnia, which applied in 2016, was granted "
     "candidate status in 2022.",
     [A("BIH", "EU", "2016")]),
    ("Serbia, which lodged its bid in 2009 and has negotiated since 2014, has made little progress towards "
     "EU membership.",
     [A("SRB", "EU", "2009")]),
    ("Georgia's EU bid, filed in March 2022, stalled after the government passed a foreign agent law.",
     [A("GEO", "EU", "2022-03")]),
    ("The CPTPP is also weighing a competing bid from Taiwan.", [A("TWN", "CPTPP", None)]),
    ("Britain joined the CPTPP in December. The pact has received bids from several economies, including China, "
     "Taiwan and Ukraine.",
     [J("GBR", "CPTPP", "2023-12"), A("CHN", "CPTPP", None), A("TWN", "CPTPP", None), A("UKR", "CPTPP", None)]),
    ("Algeria's application to join BRICS, submitted in November 2022, was rejected in August.",
     [A("DZA", "BRICS", "2022-11")]),
    ("Turkey, which applied to join the EU in 1987, has been a candidate since 1999.", [A("TUR", "EU", "1987")]),
]

APPLY_NEGATIVES = [
    "Pakistan applied for a loan from the IMF on Tuesday.",
    "The EU applied sanctions on Russian banks on Monday.",
    "Brazil launched a bid to host the 2030 World Cup on Monday.",
    "Iceland withdrew its EU application in 2015.",
    "Membership talks between Turkey and the EU stalled in 2018.",
    "Bosnia, a candidate since 2022, hopes to open EU accession talks this year.",
    "Mexico has no intention of applying to join BRICS.",
    "Turkey's parliament ratified Sweden's NATO bid in January.",
]

JOIN_PROBES = [
    ("Saudi Arabia, Iran, Egypt, Ethiopia and the UAE joined BRICS on January 1.",
     [J("SAU", "BRICS", "2024-01-01"), J("IRN", "BRICS", "2024-01-01"), J("EGY", "BRICS", "2024-01-01"),
      J("ETH", "BRICS", "2024-01-01"), J("ARE", "BRICS", "2024-01-01")]),
    ("Morocco returned to the African Union in January 2017 after a 33-year absence.", [J("MAR", "AU", "2017-01")]),
    ("The United States returned to UNESCO in July 2023.", [J("USA", "UNESCO", "2023-07")]),
    ("Bolivia formally took its place as a full member of Mercosur on Monday.", [J("BOL", "MERCOSUR", "2024-03-11")]),
    ("South Sudan took its seat as the 193rd member of the United Nations in July 2011.",
     [J("SSD", "UN", "2011-07")]),
    ("South Sudan became part of the East African Community in 2016.", [J("SSD", "EAC", "2016")]),
    ("Timor-Leste formally became part of ASEAN on Monday.", [J("TLS", "ASEAN", "2024-03-11")]),
    ("Ethiopia and Egypt officially became full members of BRICS on January 1, along with Iran and the United "
     "Arab Emirates.",
     [J("ETH", "BRICS", "2024-01-01"), J("EGY", "BRICS", "2024-01-01"), J("IRN", "BRICS", "2024-01-01"),
      J("ARE", "BRICS", "2024-01-01")]),
]

JOIN_ARTICLES = [
    ("The African Union readmitted Morocco in January. King Mohammed VI had formally asked to rejoin in "
     "September.",
     [J("MAR", "AU", "2024-01"), A("MAR", "AU", "2023-09")]),
]

JOIN_NEGATIVES = [
    "Argentina rejoined Mercosur's trade talks on Monday.",
    "Argentina would join BRICS if its new government approved, officials said.",
    "Mexico has no plans to join BRICS, its president said on Monday.",
    "Armenia was granted observer status at the Arab League on Monday.",
    "Colombia became a NATO partner country in 2018.",
    "The Finnish president returned to Brussels on Monday for the NATO summit.",
    "Ukraine returned to the negotiating table with the EU on Tuesday.",
    "Crimea became part of Russia after the 2014 referendum, Moscow says.",
    "Kenya took its seat on the UN Security Council in January.",
    "Russian agents plotted to stop Montenegro's accession to NATO in 2016.",
]

# second round: bloc from context, 'one of the countries that applied', the day hung on 'join',
# lists of applicants, bids a bloc will consider, 'accepted into', 'inducted', 'expanded to include'
APPLY_PROBES += [
    ("BRICS leaders met in Kazan on Tuesday. Thailand submitted a formal application to join the bloc in June.",
     [A("THA", "BRICS", "2023-06")]),
    ("Bolivia asked to be admitted to Mercosur in 2012.", [A("BOL", "MERCOSUR", "2012")]),
    ("Somalia lodged a membership request with the East African Community in 2012.", [A("SOM", "EAC", "2012")]),
    ("Cuba sent a letter requesting membership of BRICS on Monday.", [A("CUB", "BRICS", "2024-03-11")]),
    ("Thailand became the latest country to apply to join BRICS on Monday.", [A("THA", "BRICS", "2024-03-11")]),
    ("Bolivia, one of more than 30 countries that have applied to join BRICS, welcomed the decision.",
     [A("BOL", "BRICS", None)]),
    ("The membership application that Kosovo submitted in May 2022 is still pending at the Council of Europe.",
     [A("XKX", "COE", "2022-05")]),
    ("The applications of Bolivia and Cuba will be considered at the BRICS summit in October.",
     [A("BOL", "BRICS", None), A("CUB", "BRICS", None)]),
    ("Serbia had applied for EU membership in 2009, officials recalled.", [A("SRB", "EU", "2009")]),
    ("The Palestinian envoy handed the application to the Secretary-General of the United Nations on Tuesday.",
     [A("PSE", "UN", "2024-03-12")]),
]

APPLY_NEGATIVES += [
    "BRICS met on Monday. Iran asked to join the talks on Tuesday.",
    "NATO met on Monday. The injured soldiers asked to be admitted to a hospital in Poland.",
    "Canada, one of the countries that applied sanctions on Russia, welcomed the decision.",
    "The application of EU law in Kosovo was discussed on Monday.",
    "NATO will consider Ukraine's request for air defence systems on Monday.",
    "The EU is weighing a request from Ukraine for more ammunition.",
]

JOIN_PROBES += [
    ("Sweden was formally accepted into NATO on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("NATO formally welcomed Sweden into the alliance on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("Timor-Leste was inducted into ASEAN at a ceremony in Kuala Lumpur on Monday.", [J("TLS", "ASEAN", "2024-03-11")]),
    ("BRICS expanded on January 1 to include Egypt, Ethiopia, Iran and the United Arab Emirates.",
     [J("EGY", "BRICS", "2024-01-01"), J("ETH", "BRICS", "2024-01-01"), J("IRN", "BRICS", "2024-01-01"),
      J("ARE", "BRICS", "2024-01-01")]),
    ("Morocco was readmitted to the African Union in January 2017.", [J("MAR", "AU", "2017-01")]),
]

JOIN_NEGATIVES += [
    "The EU delegation was welcomed into the headquarters of the African Union on Monday.",
    "Syrian refugees were accepted into Germany in 2015.",
    "The general was inducted into the army's hall of fame on Monday.",
    "BRICS leaders met on Monday. The EU delegation grew to include officials from France and Germany.",
    "NATO held talks on Monday. The talks expanded to include Turkey and Greece.",
    "South Sudan's admission as the 193rd member of the UN was approved in July 2011.",
]

# third round: which bloc a sentence that names none means (the lead's bloc; not one named as a
# state's affiliation, not a bloc in an office title), lists hung on the verb
APPLY_ARTICLES = [
    ("The CPTPP, an 11-nation trade pact, held a ministerial meeting in Auckland on Tuesday. Uruguay, which belongs "
     "to Mercosur, and Costa Rica have lodged their own bids. Mercosur has warned Montevideo against going alone, "
     "and Mercosur leaders will discuss the issue in July.",
     [A("URY", "CPTPP", None), A("CRI", "CPTPP", None)]),
    ("Britain formally joined the CPTPP, the Asia-Pacific trade pact, on Sunday. Its members include Japan, Canada "
     "and Australia. Uruguay, a member of Mercosur, and Costa Rica have lodged their own bids.",
     [J("GBR", "CPTPP", "2024-03-10"), A("URY", "CPTPP", None), A("CRI", "CPTPP", None)]),
    ("NATO leaders met in Washington on Wednesday. UN Secretary-General Antonio Guterres warned of escalation. "
     "Sweden formally applied in May 2022.",
     [A("SWE", "NATO", "2022-05")]),
    ("The European Union opened accession talks with Ukraine and Moldova on Tuesday. The United Nations welcomed "
     "the step. Georgia, which applied in March 2022, was left out.",
     [A("GEO", "EU", "2022-03")]),
    ("Uruguay applied to join the CPTPP in December 2022. The move angered its partners in Mercosur, which forbids "
     "members from striking trade deals alone. Costa Rica also applied, in August 2022.",
     [A("URY", "CPTPP", "2022-12"), A("CRI", "CPTPP", "2022-08")]),
    ("The BRICS summit opened in Johannesburg on Tuesday. More than 20 countries have formally applied to join, "
     "including Saudi Arabia, Iran and Argentina.",
     [A("SAU", "BRICS", None), A("IRN", "BRICS", None), A("ARG", "BRICS", None)]),
]

APPLY_NEGATIVES += [
    # a bare bid with no bloc in the lead, no membership word and no earlier accession is no application
    "Saudi Arabia lodged its bid on Monday, the sports ministry said.",
    "The World Cup draw was held on Monday. Morocco, Spain and Portugal submitted their joint bid in 2023.",
]

# fourth round: 'filed for membership', 'along with' under 'applied to join', an aside's date stays
# in the aside, lists of blocs joined
APPLY_PROBES += [
    ("Kyiv filed for EU membership on February 28, 2022.", [A("UKR", "EU", "2022-02-28")]),
    ("Finland applied to join NATO in May 2022, along with Sweden.",
     [A("FIN", "NATO", "2022-05"), A("SWE", "NATO", "2022-05")]),
    ("Timor-Leste, which has been seeking to join ASEAN since 2011, was granted observer status in 2022.",
     [A("TLS", "ASEAN", None)]),
    ("Ankara submitted its formal request for admission to BRICS in September.", [A("TUR", "BRICS", "2023-09")]),
    ("The accession request was handed to the WTO director-general on Tuesday by Uzbekistan's trade minister.",
     [A("UZB", "WTO", "2024-03-12")]),
    ("Pakistan, whose bid to join BRICS was submitted in November 2023, hopes for a decision in Kazan.",
     [A("PAK", "BRICS", "2023-11")]),
    ("Thai Foreign Minister Maris Sangiampongsa submitted the application to join BRICS on Monday.",
     [A("THA", "BRICS", "2024-03-11")]),
    ("Azerbaijan said on Tuesday it had formally applied to join BRICS.", [A("AZE", "BRICS", None)]),
]

APPLY_NEGATIVES += [
    "The airline filed for bankruptcy on Monday.",
    "Ukraine filed a complaint against Russia at the WTO on Monday.",
    "Brazil filed for arbitration at the WTO on Tuesday.",
    "On Monday, Vietnam applied to join the group as a partner country.",
]

JOIN_PROBES += [
    ("Montenegro joined NATO and the Council of Europe.", [J("MNE", "NATO", None), J("MNE", "COE", None)]),
    ("Timor-Leste joined ASEAN on Sunday, becoming the bloc's 11th member.", [J("TLS", "ASEAN", "2024-03-10")]),
]

JOIN_NEGATIVES += [
    "Serbia joined Russia and China in condemning the sanctions on Monday.",
    "Sweden signed the accession protocol to NATO on Tuesday.",
    "BRICS was launched by Brazil, Russia, India and China in 2009.",
    "Iran is a member of the SCO.",
    "The Philippines took its seat on the UN Human Rights Council on Monday.",
    "Ukraine took part in the NATO summit on Tuesday.",
    "Vietnam became a BRICS partner country on January 1.",
    "Argentina, which was invited to join BRICS in August, declined the invitation.",
]

# near-misses of the lead-bloc rules: a bid with a complement, a protest, a return to a city
APPLY_NEGATIVES += [
    "The EU fined Google on Monday. France submitted its bid for the contract on Tuesday.",
    "NATO warned Russia on Monday. Poland lodged a formal protest on Tuesday.",
    "The EU imposed tariffs on Chinese cars on Monday. Beijing filed a complaint at the WTO on Tuesday.",
    "The EU held talks on Monday. Italy submitted its bid to host the 2030 Expo on Tuesday.",
]
JOIN_NEGATIVES += [
    "The African Union held a summit in Addis Ababa on Sunday. Morocco returned to Rabat on Monday.",
]

XFAIL: dict[str, str] = {
    "the eurozone and the Schengen":
        "a lower-case 'eurozone' is not matched: the bloc's name 'Eurozone' sets the case rule for its spelling",
}

JOIN_PROBES += [
    ("Croatia joined the eurozone and the Schengen area on January 1, 2023.",
     [J("HRV", "EUROZONE", "2023-01-01"), J("HRV", "SCHENGEN", "2023-01-01")]),
]


ALL = (APPLY_PROBES + APPLY_ARTICLES + JOIN_PROBES + JOIN_ARTICLES + [(s, []) for s in APPLY_NEGATIVES + JOIN_NEGATIVES])


@pytest.mark.parametrize("text,expected", with_xfails(ALL, XFAIL))
def test_probe(text, expected):
    assert seed_triples(text) == set(expected)
