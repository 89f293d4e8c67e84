"""Third probe table for the seed types: wire phrasings that test_probes_seed.py does not hold.

Same shape as test_probes_seed.py: published 2024-03-15 (a Friday, so 'on Monday' is
2024-03-11); each row lists every occurred or planned seed event (type, source, target,
date, status) the text must yield, and nothing more. Rows are single sentences or
mini-articles of two to four sentences (pronouns, 'the two leaders', the dateline).
Conventions follow tests/data/unseen*/README.md: a clause with no date of its own gets
null, forces already stationed are occurred/null, candidate or observer status is no
application or membership, a summons is not also a meeting.
"""
from __future__ import annotations

import pytest

from tests.probes import A, D, J, M, S, seed_triples, with_xfails


MEET_PROBES = [
    ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo on Tuesday.",
     [M("EGY", "JOR", "2024-03-12")]),
    ("Nigeria's president was received by French President Emmanuel Macron at the Elysee on Wednesday.",
     [M("NGA", "FRA", "2024-03-13")]),
    ("Modi held a bilateral with Japanese Prime Minister Fumio Kishida on the sidelines of the G20 summit "
     "on Saturday.",
     [M("IND", "JPN", "2024-03-09")]),
    ("Macron and Scholz had a tete-a-tete over dinner in Paris on Tuesday.", [M("FRA", "DEU", "2024-03-12")]),
    ("Kenyan President William Ruto travelled to Tokyo on Monday for talks with Prime Minister Fumio Kishida.",
     [M("KEN", "JPN", "2024-03-11")]),
    ("Blinken met separately with Israeli Prime Minister Benjamin Netanyahu and Palestinian President "
     "Mahmoud Abbas on Wednesday.",
     [M("USA", "ISR", "2024-03-13"), M("USA", "PSE", "2024-03-13")]),
    ("Leaders of Brazil, India and South Africa met on the sidelines of the G20 summit in Rio on Monday.",
     [M("BRA", "IND", "2024-03-11"), M("BRA", "ZAF", "2024-03-11"), M("IND", "ZAF", "2024-03-11")]),
    ("Chinese President Xi Jinping began a state visit to Serbia on Tuesday.", [M("CHN", "SRB", "2024-03-12")]),
    ("The leaders of Egypt and Qatar met in Doha on Monday.", [M("EGY", "QAT", "2024-03-11")]),
    ("Indonesian President Joko Widodo received Singapore's prime minister at the Bogor Palace on Monday.",
     [M("IDN", "SGP", "2024-03-11")]),
    ("Spain's foreign minister sat down with his Moroccan counterpart in Rabat on Thursday.",
     [M("ESP", "MAR", "2024-03-14")]),
    ("Erdogan welcomed Iraqi Prime Minister Mohammed Shia al-Sudani at the presidential palace in Ankara "
     "on Thursday.",
     [M("TUR", "IRQ", "2024-03-14")]),
    ("Scholz will receive Chinese Premier Li Qiang in Berlin on March 28.",
     [M("DEU", "CHN", "2024-03-28", "planned")]),
    ("Albanese is to visit Papua New Guinea in April.", [M("AUS", "PNG", "2024-04", "planned")]),
    ("South Korean President Yoon Suk Yeol met US President Joe Biden at the White House on Wednesday.",
     [M("KOR", "USA", "2024-03-13")]),
    ("The Turkish foreign minister held talks with his Iranian counterpart in Tehran on Sunday.",
     [M("TUR", "IRN", "2024-03-10")]),
    ("Lula paid an official visit to Angola on Friday.", [M("BRA", "AGO", "2024-03-15")]),
    ("Orban, on a visit to Beijing on Monday, met Chinese President Xi Jinping.", [M("HUN", "CHN", "2024-03-11")]),
    ("At a meeting in Ankara on Thursday, Erdogan and Aliyev discussed a peace deal with Armenia.",
     [M("TUR", "AZE", "2024-03-14")]),
    ("Polish President Andrzej Duda hosted the presidents of Lithuania, Latvia and Estonia in Warsaw on Tuesday.",
     [M("POL", "LTU", "2024-03-12"), M("POL", "LVA", "2024-03-12"), M("POL", "EST", "2024-03-12"),
      M("LTU", "LVA", "2024-03-12"), M("LTU", "EST", "2024-03-12"), M("LVA", "EST", "2024-03-12")]),
    ("Saudi Crown Prince Mohammed bin Salman met separately with the presidents of Egypt and the UAE in Riyadh "
     "on Sunday.",
     [M("SAU", "EGY", "2024-03-10"), M("SAU", "ARE", "2024-03-10")]),
    ("Vietnam's president was welcomed by Chinese President Xi Jinping in Beijing on Tuesday.",
     [M("VNM", "CHN", "2024-03-12")]),
    ("The foreign ministers of Saudi Arabia and Iran held their first talks in seven years in Beijing on Thursday.",
     [M("SAU", "IRN", "2024-03-14")]),
    ("Zelensky travelled to Madrid on Monday, where he was received by Prime Minister Pedro Sanchez.",
     [M("UKR", "ESP", "2024-03-11")]),
    ("Japan's foreign minister will visit Seoul on March 20 for talks with her South Korean counterpart.",
     [M("JPN", "KOR", "2024-03-20", "planned")]),
    ("Modi's bilateral meeting with Biden on Friday lasted nearly an hour.", [M("IND", "USA", "2024-03-15")]),
    ("Scholz and Macron held a working dinner in Berlin on Tuesday.", [M("DEU", "FRA", "2024-03-12")]),
    ("Kishida and Biden met at Camp David on Friday.", [M("JPN", "USA", "2024-03-15")]),
    ("Ethiopia's prime minister and Kenya's president held a closed-door meeting in Nairobi on Monday.",
     [M("ETH", "KEN", "2024-03-11")]),
    ("Chilean President Gabriel Boric was hosted by Argentine President Javier Milei in Buenos Aires on Friday.",
     [M("CHL", "ARG", "2024-03-15")]),
    ("Putin held a meeting with Kazakhstan's president in the Kremlin on Thursday.",
     [M("RUS", "KAZ", "2024-03-14")]),
    ("French and Indian officials held a round of strategic talks in Paris on Wednesday.",
     [M("FRA", "IND", "2024-03-13")]),
    ("Albanese went to Wellington on Monday for talks with New Zealand Prime Minister Christopher Luxon.",
     [M("AUS", "NZL", "2024-03-11")]),
]

MEET_ARTICLES = [
    ("TOKYO (Reuters) - Philippine President Ferdinand Marcos Jr. held talks with his hosts on Friday. "
     "The two sides agreed to deepen security ties.",
     [M("PHL", "JPN", "2024-03-15")]),
    ("Italian Prime Minister Giorgia Meloni visited Cairo on Sunday. She met Egyptian President Abdel Fattah "
     "al-Sisi and signed an energy deal.",
     [M("ITA", "EGY", "2024-03-10")]),
    ("Chinese Foreign Minister Wang Yi is on a tour of Africa. On Thursday he was received by Egyptian President "
     "Abdel Fattah al-Sisi in Cairo.",
     [M("CHN", "EGY", "2024-03-14")]),
    ("Nigerian President Bola Tinubu met Ghana's president in Abuja on Monday. The meeting focused on regional "
     "security.",
     [M("NGA", "GHA", "2024-03-11")]),
    ("Brazilian President Luiz Inacio Lula da Silva hosted Colombian President Gustavo Petro in Brasilia on "
     "Wednesday. The two leaders discussed the Amazon.",
     [M("BRA", "COL", "2024-03-13")]),
    ("Kenyan President William Ruto landed in Seoul on Sunday. On Monday he met President Yoon Suk Yeol, and "
     "the two leaders signed a trade pact.",
     [M("KEN", "KOR", "2024-03-11")]),
    ("Xi Jinping hosted Australian Prime Minister Anthony Albanese at the Great Hall of the People on Monday. "
     "The two sat down again for a working lunch on Tuesday.",
     [M("CHN", "AUS", "2024-03-11"), M("CHN", "AUS", "2024-03-12")]),
    ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on Wednesday on a two-day visit. "
     "He was received by King Mohammed VI on Thursday.",
     [M("ESP", "MAR", "2024-03-13"), M("ESP", "MAR", "2024-03-14")]),  # the visit (a MEET with the host) and the audience
]

MEET_NEGATIVES = [
    "Macron hosted a dinner for business leaders at the Elysee on Tuesday.",
    "Blinken met with Palestinian civil society leaders in Ramallah on Tuesday.",
    "Xi will not attend the G20 summit in New Delhi, Beijing said on Monday.",
    "Erdogan received a phone call from Putin on Tuesday.",
    "Kishida received the report of the expert panel on Monday.",
    "Scholz travelled to Hamburg on Monday to open a port terminal.",
    "The summit between Biden and Xi, due on Tuesday, was called off at the last minute.",
    "Lula sat down for an interview with a French newspaper on Wednesday.",
    "Modi hosted a reception for Indian athletes in New Delhi on Thursday.",
]

SUMMON_PROBES = [
    ("Beijing called in the Dutch envoy on Monday to protest against new export controls.",
     [S("CHN", "NLD", "2024-03-11")]),
    ("The Iranian charge d'affaires was summoned to the foreign ministry in Berlin on Tuesday.",
     [S("DEU", "IRN", "2024-03-12")]),
    ("Lithuania summoned China's top diplomat in Vilnius on Wednesday.", [S("LTU", "CHN", "2024-03-13")]),
    ("The Polish foreign ministry handed a protest note to Russia's ambassador on Thursday.",
     [S("POL", "RUS", "2024-03-14")]),
    ("Rome summoned the French ambassador on Friday after remarks by a French minister.",
     [S("ITA", "FRA", "2024-03-15")]),
    ("Thailand summoned Myanmar's ambassador on Tuesday after stray shells landed on Thai soil.",
     [S("THA", "MMR", "2024-03-12")]),
    ("India's foreign ministry summoned the Maldivian high commissioner on Monday.",
     [S("IND", "MDV", "2024-03-11")]),
    ("The German ambassador to Russia was called in by the Russian foreign ministry on Wednesday.",
     [S("RUS", "DEU", "2024-03-13")]),
    ("Tokyo lodged a protest with Beijing's ambassador, who was summoned to the foreign ministry on Thursday.",
     [S("JPN", "CHN", "2024-03-14")]),
    ("Ukraine's foreign ministry summoned the Polish ambassador for talks on Tuesday.",
     [S("UKR", "POL", "2024-03-12")]),
    ("Denmark summoned the US charge d'affaires on Wednesday over reports of spying.",
     [S("DNK", "USA", "2024-03-13")]),
    ("Algeria's foreign ministry summoned the ambassador of Mali on Monday.", [S("DZA", "MLI", "2024-03-11")]),
    ("Chile summoned Venezuela's ambassador after the murder of a former Venezuelan army officer.",
     [S("CHL", "VEN", None)]),
    ("The Chinese ambassador was summoned on Tuesday, the Philippine foreign ministry said.",
     [S("PHL", "CHN", "2024-03-12")]),
    ("Sweden summoned Russia's ambassador and handed him a protest note on Monday.",
     [S("SWE", "RUS", "2024-03-11")]),
    ("Serbia summoned Croatia's envoy to Belgrade on Wednesday over a border row.",
     [S("SRB", "HRV", "2024-03-13")]),
    ("Indonesia summoned the Australian ambassador in Jakarta on Thursday to explain the spying reports.",
     [S("IDN", "AUS", "2024-03-14")]),
]

SUMMON_ARTICLES = [
    ("WARSAW (Reuters) - Poland summoned Israel's ambassador on Wednesday after an aid worker was killed in "
     "Gaza. The envoy was told that Warsaw expected an explanation.",
     [S("POL", "ISR", "2024-03-13")]),
    ("BERLIN, March 14 (Reuters) - The foreign ministry called in Russia's ambassador on Thursday over a "
     "cyber attack.",
     [S("DEU", "RUS", "2024-03-14")]),
    ("Israel summoned Norway's ambassador on Monday. It also summoned the envoys of Ireland and Spain.",
     [S("ISR", "NOR", "2024-03-11"), S("ISR", "IRL", "2024-03-11"), S("ISR", "ESP", "2024-03-11")]),
    ("Lithuania's foreign ministry summoned the Belarusian charge d'affaires on Tuesday. "
     "The diplomat was handed a note protesting against the balloons.",
     [S("LTU", "BLR", "2024-03-12")]),
]

SUMMON_NEGATIVES = [
    "Russia's new ambassador handed his credentials to President Andrzej Duda on Tuesday.",
    "The foreign ministry summoned journalists to a briefing on Monday.",
    "Serbia recalled its ambassador to Montenegro on Tuesday.",
    "France expelled two Russian diplomats on Monday.",
    "The Belgian ambassador called in sick on Monday.",
    "Italy's ambassador handed a letter from Meloni to the Tunisian president on Thursday.",
]

JOIN_PROBES = [
    ("North Macedonia became NATO's 30th member in March 2020.", [J("MKD", "NATO", "2020-03")]),
    ("Montenegro was admitted to NATO in June 2017.", [J("MNE", "NATO", "2017-06")]),
    ("South Sudan acceded to the East African Community in 2016.", [J("SSD", "EAC", "2016")]),
    ("NATO welcomed Finland as its newest member on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("Vietnam became a member of the WTO in January 2007.", [J("VNM", "WTO", "2007-01")]),
    ("The United Arab Emirates formally became a BRICS member on January 1.", [J("ARE", "BRICS", "2024-01-01")]),
    ("Finland officially joined the alliance on April 4, 2023, NATO said.", [J("FIN", "NATO", "2023-04-04")]),
    ("Somalia's admission to the East African Community took effect on Monday.", [J("SOM", "EAC", "2024-03-11")]),
    ("Egypt was among five countries that joined BRICS on January 1.", [J("EGY", "BRICS", "2024-01-01")]),
    ("Iran joined the Shanghai Cooperation Organisation as a full member in July 2023.",
     [J("IRN", "SCO", "2023-07")]),
    ("Indonesia was accepted as a full member of BRICS on Monday.", [J("IDN", "BRICS", "2024-03-11")]),
    ("East Timor will formally become ASEAN's 11th member in October.", [J("TLS", "ASEAN", "2024-10", "planned")]),
    ("Montenegro gained membership of NATO in 2017.", [J("MNE", "NATO", "2017")]),
    ("Ukraine formally joined the International Criminal Court on Monday.", [J("UKR", "ICC", "2024-03-11")]),
    ("Bolivia became a full member of Mercosur on Monday.", [J("BOL", "MERCOSUR", "2024-03-11")]),
    ("Croatia became the 28th member state of the European Union on July 1, 2013.", [J("HRV", "EU", "2013-07-01")]),
    ("Sweden's accession to NATO was finalised on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("The alliance welcomed Sweden as its 32nd member on Thursday, NATO said.", [J("SWE", "NATO", "2024-03-14")]),
]

JOIN_ARTICLES = [
    ("Finland joined NATO in April 2023. Sweden followed on Thursday, becoming the alliance's 32nd member.",
     [J("FIN", "NATO", "2023-04"), J("SWE", "NATO", "2024-03-14")]),
    ("The East African Community admitted Somalia on Monday. The country became the bloc's eighth member.",
     [J("SOM", "EAC", "2024-03-11")]),
]

JOIN_NEGATIVES = [
    "Ukraine was granted EU candidate status in June 2022.",
    "Hungary's parliament voted to approve Sweden's accession to NATO on Monday.",
    "Turkey joined Russia in criticising the sanctions on Tuesday.",
    "Finland has been a member of the European Union since 1995.",
    "Armenia joined a military exercise with US troops on Monday.",
    "NATO leaders discussed Ukraine's future membership on Wednesday.",
    "Japan is not a member of NATO.",
    "Serbia was accepted as an observer at the Eurasian Economic Union on Monday.",
]

APPLY_PROBES = [
    ("Algeria formally applied for membership of BRICS in November 2022.", [A("DZA", "BRICS", "2022-11")]),
    ("Moldova handed in its accession request to the EU in March 2022.", [A("MDA", "EU", "2022-03")]),
    ("Ukraine lodged a request to join NATO in September 2022.", [A("UKR", "NATO", "2022-09")]),
    ("Thailand submitted a letter of intent to join BRICS on Monday.", [A("THA", "BRICS", "2024-03-11")]),
    ("Georgia formally applied to become a member of the European Union on March 3, 2022.",
     [A("GEO", "EU", "2022-03-03")]),
    ("Kosovo submitted its application for EU membership in December 2022.", [A("XKX", "EU", "2022-12")]),
    ("Palestine applied for full membership of the United Nations on Tuesday.", [A("PSE", "UN", "2024-03-12")]),
    ("Nigeria will apply to join BRICS next year.", [A("NGA", "BRICS", "2025", "planned")]),
    ("Malaysia sent a formal request to join BRICS in July.", [A("MYS", "BRICS", "2023-07")]),
    ("The European Commission received Ukraine's membership application on Monday.",
     [A("UKR", "EU", "2024-03-11")]),
    ("Belarus applied for full membership of the SCO in 2022.", [A("BLR", "SCO", "2022")]),
    ("Sweden and Finland submitted their applications to join NATO at a ceremony in Brussels on May 18, 2022.",
     [A("SWE", "NATO", "2022-05-18"), A("FIN", "NATO", "2022-05-18")]),
    ("Venezuela sought to join BRICS in 2023, but its bid was vetoed by Brazil.", [A("VEN", "BRICS", "2023")]),
    ("Bosnia presented its application for EU membership in February 2016.", [A("BIH", "EU", "2016-02")]),
    ("Ukraine's bid to join the EU was lodged four days after the invasion, on February 28, 2022.",
     [A("UKR", "EU", "2022-02-28")]),
    ("Laos submitted a formal request for WTO membership in 1997.", [A("LAO", "WTO", "1997")]),
]

APPLY_ARTICLES = [
    ("Thailand wants to join BRICS. It submitted its application on Monday, the foreign ministry said.",
     [A("THA", "BRICS", "2024-03-11")]),
    ("Malaysia has long sought closer ties with BRICS. On Tuesday it formally applied to join the group.",
     [A("MYS", "BRICS", "2024-03-12")]),
]

APPLY_NEGATIVES = [
    "Serbia has been a candidate for EU membership since 2012.",
    "Albania opened accession talks with the EU on Tuesday.",
    "Colombia said on Monday it was considering applying to join BRICS.",
    "Azerbaijan applied for a World Bank loan on Monday.",
    "Kazakhstan has decided not to apply for BRICS membership.",
    "The rules of the alliance apply to all members equally.",
]

DEPLOY_PROBES = [
    ("Estonia dispatched 300 soldiers to Mali on Monday.", [D("EST", "MLI", "2024-03-11")]),
    ("Turkish troops arrived in Somalia on Wednesday to train the Somali army.", [D("TUR", "SOM", "2024-03-13")]),
    ("The deployment of Kenyan police officers to Haiti began on Tuesday.", [D("KEN", "HTI", "2024-03-12")]),
    ("Poland will station troops in Latvia from next year.", [D("POL", "LVA", "2025", "planned")]),
    ("Brazilian peacekeepers were sent to Haiti in 2004.", [D("BRA", "HTI", "2004")]),
    ("Germany moved Patriot air-defence units into Poland on Thursday.", [D("DEU", "POL", "2024-03-14")]),
    ("Britain sent a warship to Guyana on Sunday.", [D("GBR", "GUY", "2024-03-10")]),
    ("Russia deployed troops to Kazakhstan in January 2022 as part of a CSTO mission.",
     [D("RUS", "KAZ", "2022-01")]),
    ("Rwanda has 2,500 soldiers in the Central African Republic.", [D("RWA", "CAF", None)]),
    ("Some 400 Kenyan police officers landed in Port-au-Prince on Tuesday.", [D("KEN", "HTI", "2024-03-12")]),
    ("Uganda sent additional troops into eastern Congo on Monday.", [D("UGA", "COD", "2024-03-11")]),
    ("Senegalese soldiers entered Gambia on Thursday.", [D("SEN", "GMB", "2024-03-14")]),
    ("France is sending 300 soldiers to Romania next month.", [D("FRA", "ROU", "2024-04", "planned")]),
    ("Britain's deployment of 800 troops to Estonia was completed on Monday.", [D("GBR", "EST", "2024-03-11")]),
    ("Hundreds of Iranian military advisers have been deployed to Syria.", [D("IRN", "SYR", None)]),
    ("Chad's army dispatched a battalion to Niger on Friday.", [D("TCD", "NER", "2024-03-15")]),
    ("The Netherlands sent two F-35 jets to Bulgaria on Monday to help police its airspace.",
     [D("NLD", "BGR", "2024-03-11")]),
    ("Burundi deployed soldiers to eastern Congo in October, according to UN experts.",
     [D("BDI", "COD", "2023-10")]),
    ("Sweden sent troops to Latvia as part of NATO's forward presence on Monday.", [D("SWE", "LVA", "2024-03-11")]),
    ("Two thousand Ethiopian troops crossed into Somalia on Tuesday.", [D("ETH", "SOM", "2024-03-12")]),
    ("Egypt's peacekeepers were sent to Somalia on Wednesday.", [D("EGY", "SOM", "2024-03-13")]),
    ("Washington will deploy an additional 2,000 troops to Poland in May.", [D("USA", "POL", "2024-05", "planned")]),
    ("Nigeria's first contingent of soldiers reached Sierra Leone on Thursday.", [D("NGA", "SLE", "2024-03-14")]),
    ("Tanzanian troops were flown to Mozambique on Monday.", [D("TZA", "MOZ", "2024-03-11")]),
]

DEPLOY_ARTICLES = [
    ("Chad deployed 1,000 soldiers to Niger on Wednesday. The force will stay for six months.",
     [D("TCD", "NER", "2024-03-13")]),
    ("Russia sent its first troops to Syria in September 2015. On Tuesday the defence ministry said more "
     "would follow.",
     [D("RUS", "SYR", "2015-09")]),
    ("NAIROBI (Reuters) - Kenya sent 400 more police officers to Haiti on Thursday. They joined the first "
     "contingent, which arrived in Port-au-Prince in June.",
     [D("KEN", "HTI", "2024-03-14"), D("KEN", "HTI", "2023-06")]),
]

DEPLOY_NEGATIVES = [
    "France withdrew its last soldiers from Niger on Friday.",
    "Kenya trained Somali soldiers in Nairobi on Monday.",
    "Japan sent a delegation to Beijing on Monday.",
    "Egypt sent aid convoys to Gaza on Sunday.",
    "The United States sent a warning to Iran on Tuesday.",
    "Nigeria's army deployed troops to Borno state on Monday.",
    "Poland sent a letter to the European Commission on Tuesday.",
    "Greek soldiers marched in Athens on Monday.",
]

# second round: capitals as actors, reported speech, lists, passives, articles told over sentences
MEET_PROBES += [
    ("Ankara hosted the Syrian foreign minister on Monday for the first time in a decade.",
     [M("TUR", "SYR", "2024-03-11")]),
    ("The Kenyan president and his Tanzanian counterpart held talks in Arusha on Tuesday.",
     [M("KEN", "TZA", "2024-03-12")]),
    ("Qatar's emir met Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan separately "
     "on Wednesday.",
     [M("QAT", "IRN", "2024-03-13"), M("QAT", "TUR", "2024-03-13")]),
    ("Xi received Vietnamese Prime Minister Pham Minh Chinh in Beijing on Tuesday, Chinese state media said.",
     [M("CHN", "VNM", "2024-03-12")]),
    ("Japan's prime minister is set to hold talks with the Philippine president in Manila in April.",
     [M("JPN", "PHL", "2024-04", "planned")]),
    ("The presidents of Rwanda and Congo met in Luanda on Tuesday in talks mediated by Angola.",
     [M("RWA", "COD", "2024-03-12"), M("RWA", "AGO", "2024-03-12"), M("COD", "AGO", "2024-03-12")]),
    ("Greek Prime Minister Kyriakos Mitsotakis paid a visit to Ankara on Thursday.", [M("GRC", "TUR", "2024-03-14")]),
]

MEET_ARTICLES += [
    ("The Indonesian president arrived in Canberra on Monday. He held talks with Anthony Albanese the same day "
     "and addressed parliament.",
     [M("IDN", "AUS", "2024-03-11")]),
    ("Germany's foreign minister visited Beijing on Tuesday. During her visit she met Foreign Minister Wang Yi.",
     [M("DEU", "CHN", "2024-03-12")]),
]

SUMMON_PROBES += [
    ("Russia's envoy to Moldova was summoned by the Moldovan foreign ministry on Tuesday.",
     [S("MDA", "RUS", "2024-03-12")]),
    ("Britain and France summoned the Iranian ambassadors in London and Paris on Monday.",
     [S("GBR", "IRN", "2024-03-11"), S("FRA", "IRN", "2024-03-11")]),
    ("The Kenyan foreign ministry said on Monday it had summoned the Ugandan high commissioner.",
     [S("KEN", "UGA", None)]),
]

SUMMON_ARTICLES += [
    ("The Philippines summoned China's deputy ambassador on Monday. Manila also lodged a diplomatic protest.",
     [S("PHL", "CHN", "2024-03-11")]),
]

JOIN_PROBES += [
    ("Finland completed its accession to NATO on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("Ethiopia, which joined BRICS in January, hosted a BRICS meeting on Tuesday.",
     [J("ETH", "BRICS", "2024-01")]),
    ("Timor-Leste was granted full membership of ASEAN on Thursday.", [J("TLS", "ASEAN", "2024-03-14")]),
]

JOIN_ARTICLES += [
    ("Sweden formally joined NATO on Thursday. The Nordic country had applied in May 2022 together with Finland.",
     [J("SWE", "NATO", "2024-03-14"), A("SWE", "NATO", "2022-05"), A("FIN", "NATO", "2022-05")]),
]

APPLY_PROBES += [
    ("Kazakhstan and Uzbekistan have applied for membership of the Organization of Turkic States.", []),
    ("The foreign ministry said on Tuesday that Sri Lanka had applied to join BRICS.", [A("LKA", "BRICS", None)]),
    ("Cuba formally requested membership of BRICS in a letter to Russia on Monday.",
     [A("CUB", "BRICS", "2024-03-11")]),
]

DEPLOY_PROBES += [
    ("Moscow sent 1,000 troops to Belarus on Tuesday for joint drills.", [D("RUS", "BLR", "2024-03-12")]),
    ("Paris will send 200 soldiers to Romania in May, the French defence ministry said on Wednesday.",
     [D("FRA", "ROU", "2024-05", "planned")]),
    ("South Korea dispatched an army unit to the United Arab Emirates on Monday.", [D("KOR", "ARE", "2024-03-11")]),
    ("Indian troops have been stationed in Bhutan since the 1960s.", [D("IND", "BTN", None)]),
    ("Two US destroyers were sent to the Red Sea on Monday.", []),
]

DEPLOY_ARTICLES += [
    ("Sierra Leone deployed 400 soldiers to Somalia on Tuesday. The troops will serve with the African Union mission.",
     [D("SLE", "SOM", "2024-03-12")]),
]

MEET_NEGATIVES += [
    "Macron and Scholz were absent from the dinner on Tuesday.",
    "The bilateral trade between China and Russia grew by a quarter in 2023.",
    "Lula held a bilateral on Tuesday.",
]
JOIN_NEGATIVES += [
    "Ukraine hopes to gain NATO membership within a decade.",
    "NATO will not grant Ukraine membership while the war goes on.",
    "Kosovo failed to gain membership of UNESCO in 2015.",
    "Ukraine was accepted as a candidate for EU membership in June 2022.",
]
DEPLOY_NEGATIVES += [
    "Ukrainian troops reached the Dnipro river on Monday.",
    "The talks reached a deadlock on Monday.",
    "Egyptian officials entered Gaza on Tuesday to inspect the crossing.",
]
SUMMON_NEGATIVES += [
    "The ambassador was not summoned, the foreign ministry said on Monday.",
]

# third round: chaired and attended sessions, arrivals 'for a visit', talks scheduled after a meeting
MEET_PROBES += [
    ("Ethiopian and Eritrean delegations held talks in Nairobi on Monday, in a session chaired by Kenyan President "
     "William Ruto.",
     [M("ETH", "ERI", "2024-03-11"), M("ETH", "KEN", "2024-03-11"), M("ERI", "KEN", "2024-03-11")]),
    ("Brazilian President Lula hosted a summit of Amazon nations in Belem on Tuesday, attended by the presidents "
     "of Colombia and Peru.",
     [M("BRA", "COL", "2024-03-12"), M("BRA", "PER", "2024-03-12"), M("COL", "PER", "2024-03-12")]),
    ("Saudi Arabia hosted talks between US and Ukrainian officials in Jeddah on Tuesday.",
     [M("SAU", "USA", "2024-03-12"), M("SAU", "UKR", "2024-03-12"), M("USA", "UKR", "2024-03-12")]),
]

MEET_ARTICLES += [
    ("Modi arrived in Moscow on Monday for a two-day visit. Formal talks with Putin are scheduled for Tuesday.",
     [M("IND", "RUS", "2024-03-11"), M("IND", "RUS", "2024-03-19", "planned")]),
    ("Indian Prime Minister Narendra Modi was hosted by Putin for informal talks at his residence on Monday. "
     "Formal talks are scheduled for Tuesday.",
     [M("IND", "RUS", "2024-03-11"), M("IND", "RUS", "2024-03-19", "planned")]),
]

MEET_NEGATIVES += [
    "Modi arrived in Mumbai on Monday for a two-day visit to his home state.",
    "Further talks are scheduled for next month, the UN envoy said on Monday.",
    "The Kenyan delegation held talks in a session chaired by a UN official on Monday.",
]

# a bare 'the leaders' / 'the countries' is the pair in play, only when exactly two are
MEET_ARTICLES += [
    ("Donald Trump and Kim Jong Un cut short their summit in Hanoi on Thursday. "
     "The leaders first met in Singapore in June last year.",
     [M("USA", "PRK", "2024-03-14"), M("USA", "PRK", "2023-06")]),
    ("Japan and South Korea held talks in Tokyo on Monday. The countries last met at this level in 2019.",
     [M("JPN", "KOR", "2024-03-11"), M("JPN", "KOR", "2019")]),
    ("Lula welcomed Biden, Xi and Modi to Rio on Monday. The leaders met behind closed doors.",
     [M("BRA", "USA", "2024-03-11"), M("BRA", "CHN", "2024-03-11"), M("BRA", "IND", "2024-03-11")]),
]

# a bid 'submitted' in an article telling of joining is a membership bid; a bid to host is not
APPLY_ARTICLES += [
    ("Timor-Leste joined the WTO on Friday. The Comoros, an Indian Ocean archipelago, submitted its bid in 2007.",
     [J("TLS", "WTO", "2024-03-15"), A("COM", "WTO", "2007")]),
    ("Kosovo applied to join the EU on Thursday. Serbia, which lodged its own bid in 2009, objected.",
     [A("XKX", "EU", "2024-03-14"), A("SRB", "EU", "2009")]),
    ("Timor-Leste joined the WTO on Friday. Brazil submitted its bid to host the next ministerial conference.",
     [J("TLS", "WTO", "2024-03-15")]),
]

XFAIL: dict[str, str] = {
    "had a tete-a-tete":
        "'tete-a-tete' is split into verb and noun pieces; no token carries the word",
}


ALL = (MEET_PROBES + MEET_ARTICLES + SUMMON_PROBES + SUMMON_ARTICLES + JOIN_PROBES + JOIN_ARTICLES
       + APPLY_PROBES + APPLY_ARTICLES + DEPLOY_PROBES + DEPLOY_ARTICLES
       + [(s, []) for s in MEET_NEGATIVES + SUMMON_NEGATIVES + JOIN_NEGATIVES + APPLY_NEGATIVES
          + DEPLOY_NEGATIVES])


@pytest.mark.parametrize("text,expected", with_xfails(ALL, XFAIL))
def test_probe(text, expected):
    assert seed_triples(text) == set(expected)
