"""Probe sentences of our own in ordinary wire-service phrasing: the seed events each must give.

Published date is a Friday (2024-03-15): 'on Monday' is 2024-03-11. Each row lists every
seed event (type, source, target, date, status) the sentence must yield, and nothing more;
an empty list means the sentence must give no occurred or planned seed event.
"""
from __future__ import annotations

import pytest

from tests.probes import A, D, J, M, S, seed_triples, with_xfails

MEET_PROBES = [
    ("Kenyan President William Ruto held talks with German Chancellor Olaf Scholz in Berlin on Tuesday.",
     [M("KEN", "DEU", "2024-03-12")]),
    ("Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese in New Delhi on Monday.",
     [M("IND", "AUS", "2024-03-11")]),
    ("Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People on Wednesday.",
     [M("CHN", "BRA", "2024-03-13")]),
    ("Japanese Prime Minister Fumio Kishida met Canadian Prime Minister Justin Trudeau on the sidelines of a regional forum on Thursday.",
     [M("JPN", "CAN", "2024-03-14")]),
    ("Turkish President Recep Tayyip Erdogan sat down with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday.",
     [M("TUR", "EGY", "2024-03-13")]),
    ("Spanish Prime Minister Pedro Sanchez and Argentine President Javier Milei met in Madrid on Monday.",
     [M("ESP", "ARG", "2024-03-11")]),
    ("A bilateral meeting between Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda took place in Vilnius on Tuesday.",
     [M("POL", "LTU", "2024-03-12")]),
    ("The leaders of Malaysia and Indonesia held a summit in Jakarta on Thursday.",
     [M("MYS", "IDN", "2024-03-14")]),
    ("South African President Cyril Ramaphosa paid a state visit to Nigeria on Tuesday, where he was received by President Bola Tinubu.",
     [M("ZAF", "NGA", "2024-03-12")]),
    ("Italian Prime Minister Giorgia Meloni had an audience with Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.",
     [M("ITA", "SAU", "2024-03-11")]),
    ("Swedish Prime Minister Ulf Kristersson hosted his Finnish counterpart Petteri Orpo for a working lunch in Stockholm on Wednesday.",
     [M("SWE", "FIN", "2024-03-13")]),
    ("Argentina's foreign minister met her Chilean counterpart in Santiago on Tuesday. The two ministers discussed border crossings.",
     [M("ARG", "CHL", "2024-03-12")]),
    ("Vietnam's prime minister was received by Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
     [M("VNM", "JPN", "2024-03-14")]),
    ("Polish Prime Minister Donald Tusk travelled to Kyiv on Wednesday to meet President Volodymyr Zelensky.",
     [M("POL", "UKR", "2024-03-13")]),
    ("French President Emmanuel Macron will meet Chinese President Xi Jinping in Paris on May 6.",
     [M("FRA", "CHN", "2024-05-06", "planned")]),
    ("Brazilian President Luiz Inacio Lula da Silva is due to visit China in April.",
     [M("BRA", "CHN", "2024-04", "planned")]),
    ("Egypt is expected to host the leaders of Sudan and South Sudan on March 25.",
     [M("EGY", "SDN", "2024-03-25", "planned"), M("EGY", "SSD", "2024-03-25", "planned"),
      M("SDN", "SSD", "2024-03-25", "planned")]),
    ("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on Friday.",
     [M("USA", "CHN", "2024-03-15")]),
    ("Blinken's talks with Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Wednesday focused on Gaza.",
     [M("USA", "SAU", "2024-03-13")]),
    ("German Chancellor Olaf Scholz flew to Paris on Monday for talks with French President Emmanuel Macron. "
     "The two leaders discussed aid to Ukraine.",
     [M("DEU", "FRA", "2024-03-11")]),
    ("Modi and Macron met on Thursday in Marseille.",
     [M("IND", "FRA", "2024-03-14")]),
    ("Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart in Antalya on Friday.",
     [M("RUS", "TUR", "2024-03-15")]),
    ("Zelensky met Erdogan in Istanbul on Friday.",
     [M("UKR", "TUR", "2024-03-15")]),
    ("Brazil's president welcomed the Colombian president to Brasilia on Tuesday.",
     [M("BRA", "COL", "2024-03-12")]),
    ("Kishida and Yoon held a summit in Tokyo on Thursday.",
     [M("JPN", "KOR", "2024-03-14")]),
    ("Thailand's prime minister paid an official visit to Cambodia on Monday and met Prime Minister Hun Manet.",
     [M("THA", "KHM", "2024-03-11")]),
    ("Malaysian Prime Minister Anwar Ibrahim visited Germany on Monday, where he met Chancellor Olaf Scholz.",
     [M("MYS", "DEU", "2024-03-11")]),
    ("A summit of the leaders of Armenia and Azerbaijan was held in Brussels on Tuesday.",
     [M("ARM", "AZE", "2024-03-12")]),
    ("Meloni met Tunisian President Kais Saied in Tunis on Sunday.",
     [M("ITA", "TUN", "2024-03-10")]),
    ("Trudeau will host Ukrainian President Volodymyr Zelensky in Ottawa on March 22.",
     [M("CAN", "UKR", "2024-03-22", "planned")]),
    ("Ramaphosa is scheduled to meet Tinubu in Abuja next month.",
     [M("ZAF", "NGA", "2024-04", "planned")]),
    ("Ghana's president met with Ivorian President Alassane Ouattara in Abidjan on Wednesday.",
     [M("GHA", "CIV", "2024-03-13")]),
    ("The Philippine and Japanese defence ministers held talks in Manila on Tuesday.",
     [M("PHL", "JPN", "2024-03-12")]),
    ("Milei sat down with Italian Prime Minister Giorgia Meloni in Rome on Monday.",
     [M("ARG", "ITA", "2024-03-11")]),
    ("Mexico's foreign minister received her Guatemalan counterpart in Mexico City on Wednesday.",
     [M("MEX", "GTM", "2024-03-13")]),
    ("Leaders of France, Germany and Poland met in Berlin on Friday.",
     [M("FRA", "DEU", "2024-03-15"), M("FRA", "POL", "2024-03-15"), M("DEU", "POL", "2024-03-15")]),
    ("Pakistani Prime Minister Shehbaz Sharif was received by Chinese President Xi Jinping in Beijing on Thursday.",
     [M("PAK", "CHN", "2024-03-14")]),
    ("Dutch Prime Minister Mark Rutte had a meeting with Kenyan President William Ruto in Nairobi on Tuesday.",
     [M("NLD", "KEN", "2024-03-12")]),
    ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan shook hands in Ankara on Wednesday.",
     [M("GRC", "TUR", "2024-03-13")]),
    ("Erdogan will travel to Baghdad next month to meet Iraqi Prime Minister Mohammed Shia al-Sudani.",
     [M("TUR", "IRQ", "2024-04", "planned")]),
    ("Pedro Sanchez held a bilateral meeting with Moroccan King Mohammed VI in Rabat on Wednesday.",
     [M("ESP", "MAR", "2024-03-13")]),
    ("Scholz's meeting with Macron in Paris on Friday was his first since January.",
     [M("DEU", "FRA", "2024-03-15")]),
    ("Norway's foreign minister had lunch with his Danish counterpart in Oslo on Monday.",
     [M("NOR", "DNK", "2024-03-11")]),
    ("The Kenyan and Ethiopian leaders met in Addis Ababa on Saturday to discuss the Nile dam.",
     [M("KEN", "ETH", "2024-03-09")]),
    ("President Joe Biden hosted Irish Prime Minister Leo Varadkar at the White House on Friday.",
     [M("USA", "IRL", "2024-03-15")]),
]

SUMMON_PROBES = [
    ("Poland summoned the Russian ambassador on Monday after a missile entered its airspace.",
     [S("POL", "RUS", "2024-03-11")]),
    ("The Chinese foreign ministry called in the Philippine ambassador on Tuesday to protest over the collision.",
     [S("CHN", "PHL", "2024-03-12")]),
    ("Germany's foreign ministry summoned the Iranian charge d'affaires on Wednesday.",
     [S("DEU", "IRN", "2024-03-13")]),
    ("France summoned Algeria's deputy head of mission on Thursday.",
     [S("FRA", "DZA", "2024-03-14")]),
    ("The Russian ambassador was summoned to the Foreign Office in London on Friday.",
     [S("GBR", "RUS", "2024-03-15")]),
    ("Argentina's ambassador was summoned by the Venezuelan foreign ministry on Tuesday.",
     [S("VEN", "ARG", "2024-03-12")]),
    ("Lithuania's foreign ministry handed a protest note to the Belarusian charge d'affaires on Monday.",
     [S("LTU", "BLR", "2024-03-11")]),
    ("Seoul summoned Tokyo's ambassador on Wednesday over the textbook dispute.",
     [S("KOR", "JPN", "2024-03-13")]),
    ("Kenya demanded an explanation from the Ugandan envoy, who was summoned to the foreign ministry in Nairobi on Thursday.",
     [S("KEN", "UGA", "2024-03-14")]),
    ("Moscow summoned the US ambassador on Tuesday to protest against the new sanctions.",
     [S("RUS", "USA", "2024-03-12")]),
    ("The Netherlands summoned the Chinese ambassador on Friday over cyber espionage.",
     [S("NLD", "CHN", "2024-03-15")]),
    ("Bangladesh summoned India's high commissioner in Dhaka on Monday.",
     [S("BGD", "IND", "2024-03-11")]),
    ("Israel said it had summoned the Spanish and Irish ambassadors for a reprimand on Wednesday.",
     [S("ISR", "ESP", "2024-03-13"), S("ISR", "IRL", "2024-03-13")]),
    ("The Ukrainian foreign ministry summoned Hungary's ambassador on Thursday.",
     [S("UKR", "HUN", "2024-03-14")]),
    ("Canada's foreign ministry called in the Indian high commissioner on Tuesday.",
     [S("CAN", "IND", "2024-03-12")]),
    ("Tehran summoned the envoys of Britain, France and Germany on Monday.",
     [S("IRN", "GBR", "2024-03-11"), S("IRN", "FRA", "2024-03-11"), S("IRN", "DEU", "2024-03-11")]),
    ("Pakistan's foreign office summoned the Afghan charge d'affaires on Wednesday to lodge a strong protest.",
     [S("PAK", "AFG", "2024-03-13")]),
    ("Algeria summoned the French charge d'affaires on Thursday.",
     [S("DZA", "FRA", "2024-03-14")]),
    ("Colombia's foreign ministry summoned Argentina's ambassador in Bogota on Wednesday.",
     [S("COL", "ARG", "2024-03-13")]),
    ("The Japanese ambassador was summoned to the foreign ministry in Beijing on Monday.",
     [S("CHN", "JPN", "2024-03-11")]),
    ("Sweden summoned Iran's envoy on Tuesday. The envoy was told that the ruling was unacceptable.",
     [S("SWE", "IRN", "2024-03-12")]),
]

JOIN_PROBES = [
    ("Sweden joined NATO on March 7.", [J("SWE", "NATO", "2024-03-07")]),
    ("Finland became the 31st member of NATO on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("Timor-Leste was admitted to the World Trade Organization on Thursday.", [J("TLS", "WTO", "2024-03-14")]),
    ("Egypt, Ethiopia, Iran and the United Arab Emirates joined BRICS on January 1.",
     [J("EGY", "BRICS", "2024-01-01"), J("ETH", "BRICS", "2024-01-01"), J("IRN", "BRICS", "2024-01-01"),
      J("ARE", "BRICS", "2024-01-01")]),
    ("Sweden's membership of NATO took effect on March 7.", [J("SWE", "NATO", "2024-03-07")]),
    ("Sweden was formally welcomed as a member of NATO at a ceremony in Brussels on Monday.",
     [J("SWE", "NATO", "2024-03-11")]),
    ("Croatia acceded to the European Union in July 2013.", [J("HRV", "EU", "2013-07")]),
    ("Bolivia completed its accession to Mercosur on Monday.", [J("BOL", "MERCOSUR", "2024-03-11")]),
    ("Morocco rejoined the African Union in January 2017.", [J("MAR", "AU", "2017-01")]),
    ("The African Union became a permanent member of the G20 on Saturday.", [J("AU", "G20", "2024-03-09")]),
    ("Kosovo was admitted to the Council of Europe on Thursday.", [J("XKX", "COE", "2024-03-14")]),
    ("Sweden, which joined NATO on March 7, raised its flag at the alliance's headquarters on Monday.",
     [J("SWE", "NATO", "2024-03-07")]),
    ("Bulgaria and Romania joined the Schengen area on March 3.",
     [J("BGR", "SCHENGEN", "2024-03-03"), J("ROU", "SCHENGEN", "2024-03-03")]),
    ("Finland's accession to NATO was completed on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("Iran became a full member of the Shanghai Cooperation Organisation on July 4, 2023.",
     [J("IRN", "SCO", "2023-07-04")]),
    ("Belarus became the tenth member state of the SCO on Thursday.", [J("BLR", "SCO", "2024-03-14")]),
    ("East Timor joined ASEAN as its 11th member on Tuesday.", [J("TLS", "ASEAN", "2024-03-12")]),
    ("Somalia was formally admitted to the East African Community on Monday.", [J("SOM", "EAC", "2024-03-11")]),
    ("The Democratic Republic of Congo became the seventh member of the East African Community in March 2022.",
     [J("COD", "EAC", "2022-03")]),
    ("Argentina joined the Organisation for Economic Co-operation and Development on Friday.",
     [J("ARG", "OECD", "2024-03-15")]),
    ("Sweden formally became a member of the alliance on Thursday, when it deposited its instrument of accession "
     "in Washington. NATO said it was proud.",
     [J("SWE", "NATO", "2024-03-14")]),
    ("Indonesia became the ninth member of the BRICS group on Monday.", [J("IDN", "BRICS", "2024-03-11")]),
]

APPLY_PROBES = [
    ("Bosnia applied for membership of the European Union in 2016.", [A("BIH", "EU", "2016")]),
    ("Ukraine submitted its application to join the European Union on February 28, 2022.",
     [A("UKR", "EU", "2022-02-28")]),
    ("Georgia lodged a formal application for EU membership on Thursday.", [A("GEO", "EU", "2024-03-14")]),
    ("Thailand handed in its bid to join BRICS on Monday.", [A("THA", "BRICS", "2024-03-11")]),
    ("Malaysia formally requested to join BRICS on Wednesday.", [A("MYS", "BRICS", "2024-03-13")]),
    ("Sri Lanka asked to join BRICS on Tuesday, its foreign ministry said.", [A("LKA", "BRICS", "2024-03-12")]),
    ("Azerbaijan sought membership of BRICS in a letter sent on Monday.", [A("AZE", "BRICS", "2024-03-11")]),
    ("Turkey's application to join BRICS was submitted on Thursday.", [A("TUR", "BRICS", "2024-03-14")]),
    ("Moldova applied to join the EU in March 2022.", [A("MDA", "EU", "2022-03")]),
    ("Kosovo applied for membership of the Council of Europe in May 2022.", [A("XKX", "COE", "2022-05")]),
    ("Bolivia and Cuba submitted bids to join BRICS on Friday.",
     [A("BOL", "BRICS", "2024-03-15"), A("CUB", "BRICS", "2024-03-15")]),
    ("Pakistan applied for BRICS membership in November 2023.", [A("PAK", "BRICS", "2023-11")]),
    ("Sweden and Finland formally applied to join NATO on May 18, 2022.",
     [A("SWE", "NATO", "2022-05-18"), A("FIN", "NATO", "2022-05-18")]),
    ("Venezuela filed an application to join BRICS in August 2023.", [A("VEN", "BRICS", "2023-08")]),
    ("The Palestinians submitted a request for full UN membership on Tuesday.", [A("PSE", "UN", "2024-03-12")]),
    ("Timor-Leste formally applied for ASEAN membership in 2011.", [A("TLS", "ASEAN", "2011")]),
    ("Kosovo will apply for EU membership on December 15.", [A("XKX", "EU", "2024-12-15", "planned")]),
    ("Ethiopia made a formal bid to join the World Trade Organization on Monday.", [A("ETH", "WTO", "2024-03-11")]),
    ("Algeria has sought to join BRICS since it applied in November 2022.", [A("DZA", "BRICS", "2022-11")]),
    ("Georgia, whose application to join the EU was lodged on March 3, 2022, hopes to open talks soon.",
     [A("GEO", "EU", "2022-03-03")]),
]

DEPLOY_PROBES = [
    ("France deployed 200 soldiers to Estonia on Monday.", [D("FRA", "EST", "2024-03-11")]),
    ("Germany stationed a brigade in Lithuania on Tuesday.", [D("DEU", "LTU", "2024-03-12")]),
    ("Kenyan police officers arrived in Haiti on Tuesday.", [D("KEN", "HTI", "2024-03-12")]),
    ("Chad sent a contingent of 1,000 soldiers to Mali on Wednesday.", [D("TCD", "MLI", "2024-03-13")]),
    ("US Marines rotated into Australia on Monday for their annual training deployment.",
     [D("USA", "AUS", "2024-03-11")]),
    ("Rwanda deployed troops to Mozambique in July 2021.", [D("RWA", "MOZ", "2021-07")]),
    ("Turkey dispatched troops to Libya in January 2020.", [D("TUR", "LBY", "2020-01")]),
    ("Nigeria will send 500 troops to Sierra Leone next month.", [D("NGA", "SLE", "2024-04", "planned")]),
    ("Hundreds of Burundian soldiers were flown into Congo on Friday.", [D("BDI", "COD", "2024-03-15")]),
    ("Italy sent a contingent of 250 soldiers to Lebanon on Monday to join the UN peacekeeping mission.",
     [D("ITA", "LBN", "2024-03-11")]),
    ("Rwandan troops arrived in the Central African Republic on Wednesday.", [D("RWA", "CAF", "2024-03-13")]),
    ("The Czech Republic stationed a battalion in Slovakia on Tuesday.", [D("CZE", "SVK", "2024-03-12")]),
    ("Britain put boots on the ground in Estonia on Thursday with the arrival of 800 soldiers.",
     [D("GBR", "EST", "2024-03-14")]),
    ("A Ugandan contingent arrived in Somalia on Saturday.", [D("UGA", "SOM", "2024-03-09")]),
]

NEGATIVE_PROBES = [
    "Poland did not summon the Russian ambassador, a spokesman said on Monday.",
    "Macron invited Xi to visit France later this year.",
    "A planned meeting between Erdogan and Zelensky was cancelled on Monday.",
    "Scholz spoke by phone with Macron on Tuesday.",
    "Biden and Xi held a phone call on Tuesday.",
    "Kishida had a video call with Albanese on Wednesday.",
    "Armenia attended the talks as an observer on Thursday.",
    "Croatia signed its accession treaty with the European Union in December 2011.",
    "Finland became the first member of NATO to close its border with Russia.",
    "Modi met business leaders in Mumbai on Monday.",
    "Ramaphosa met a group of students in Pretoria on Tuesday.",
    "Germany sent military equipment to Ukraine on Tuesday.",
    "Japan sent humanitarian aid to Turkey on Monday.",
    "The United States sent ammunition and air defence systems to Ukraine.",
    "Serbia has no plans to join NATO, President Aleksandar Vucic said on Monday.",
    "Hungary refused to summon the Chinese ambassador on Wednesday.",
    "Georgia wants to join the European Union.",
    "Turkey has not applied for BRICS membership, a spokesman said.",
    "The meeting between Lavrov and Blinken did not take place.",
    "Sweden's foreign minister declined to meet the Russian ambassador on Tuesday.",
    "Lula rejected an invitation to meet Zelensky in New York.",
    "Norway is not a member of the European Union.",
    "Switzerland said on Monday it would not join NATO.",
    "Canada sent 20 armoured vehicles to Ukraine in February.",
    "The Kremlin denied that Russian troops had been deployed to Niger.",
    "Biden met with the families of hostages in Washington on Wednesday.",
    "The ambassador summoned reporters to the embassy on Tuesday.",
    "Iran's foreign minister said on Monday that the country had received an invitation to join BRICS.",
    "Erdogan talked to Putin by telephone on Friday.",
    "Poland called on Russia's ambassador to explain the incident.",
    "Tusk said he would never meet Lukashenko.",
    "Taiwan was not invited to take part in the World Health Assembly this year.",
    "Italy sent two field hospitals and medical staff to Gaza on Monday.",
    "Britain's ambassador to Russia, who was appointed in January, met students in Moscow on Friday.",
]


# second round: pronouns, second mentions, participles, nominalisations, relative clauses
MEET_PROBES += [
    ("Kenyan President William Ruto arrived in Beijing on Tuesday. He held talks with President Xi Jinping on Wednesday.",
     [M("KEN", "CHN", "2024-03-13")]),
    ("Macron hosted Modi at the Elysee Palace on Sunday, and the two leaders agreed to deepen defence ties.",
     [M("FRA", "IND", "2024-03-10")]),
    ("Scholz and Tusk, meeting in Warsaw on Monday, pledged more help for Ukraine.",
     [M("DEU", "POL", "2024-03-11")]),
    ("Talks between the foreign ministers of India and China took place in Moscow on Thursday.",
     [M("IND", "CHN", "2024-03-14")]),
    ("Blinken is expected to meet Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Sunday.",
     [M("USA", "ISR", "2024-03-17", "planned")]),
    ("The Japanese and Chinese foreign ministers met on the sidelines of a regional meeting in Jakarta on Thursday.",
     [M("JPN", "CHN", "2024-03-14")]),
    ("Lula received Argentina's foreign minister at the Planalto Palace on Wednesday.",
     [M("BRA", "ARG", "2024-03-13")]),
    ("On Tuesday, Kishida welcomed Philippine President Ferdinand Marcos Jr. to Tokyo for a summit.",
     [M("JPN", "PHL", "2024-03-12")]),
    ("The Egyptian president's visit to Turkey on Wednesday was the first in 12 years.",
     [M("EGY", "TUR", "2024-03-13")]),
    ("Meloni and Milei held a joint news conference in Rome after their meeting on Monday.",
     [M("ITA", "ARG", "2024-03-11")]),
    ("Saudi Arabia's crown prince met Iran's foreign minister in Riyadh on Wednesday, state media said.",
     [M("SAU", "IRN", "2024-03-13")]),
    ("Zelensky travelled to Washington on Tuesday, where he met Biden at the White House.",
     [M("UKR", "USA", "2024-03-12")]),
    ("Xi told Putin during their talks in Beijing on Thursday that ties were strong.",
     [M("CHN", "RUS", "2024-03-14")]),
    ("Wang Yi met his Australian counterpart Penny Wong in Canberra on Wednesday.",
     [M("CHN", "AUS", "2024-03-13")]),
    ("A meeting between Chinese Premier Li Qiang and Albanese is planned for June.",
     [M("CHN", "AUS", "2024-06", "planned")]),
    ("Trudeau met Modi briefly at the summit on Saturday.",
     [M("CAN", "IND", "2024-03-09")]),
    ("Duda received Hungarian Prime Minister Viktor Orban in Warsaw on Monday.",
     [M("POL", "HUN", "2024-03-11")]),
]

SUMMON_PROBES += [
    ("Warsaw summoned Moscow's ambassador on Monday. It was the third time this year.",
     [S("POL", "RUS", "2024-03-11")]),
    ("The Estonian foreign ministry said it had summoned Russia's charge d'affaires on Tuesday.",
     [S("EST", "RUS", "2024-03-12")]),
    ("India called in Canada's top diplomat in New Delhi on Tuesday.",
     [S("IND", "CAN", "2024-03-12")]),
    ("Mexico summoned the US ambassador, Ken Salazar, on Thursday over his remarks.",
     [S("MEX", "USA", "2024-03-14")]),
    ("Israel summoned the ambassadors of Norway, Ireland and Spain on Wednesday for a severe reprimand.",
     [S("ISR", "NOR", "2024-03-13"), S("ISR", "IRL", "2024-03-13"), S("ISR", "ESP", "2024-03-13")]),
    ("The Czech foreign ministry summoned the Russian ambassador for the second time in a week on Tuesday.",
     [S("CZE", "RUS", "2024-03-12")]),
    ("Kyiv summoned the Hungarian envoy on Wednesday in protest at Budapest's remarks.",
     [S("UKR", "HUN", "2024-03-13")]),
]

JOIN_PROBES += [
    ("Finland became NATO's 31st member on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("Timor-Leste, which joined the WTO on Thursday, is among the poorest members.",
     [J("TLS", "WTO", "2024-03-14")]),
    ("NATO admitted Sweden as its 32nd member on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("Sweden's accession to NATO on Thursday ended two centuries of neutrality.", [J("SWE", "NATO", "2024-03-14")]),
    ("NATO raised Sweden's flag on Monday. Sweden officially joined the alliance on Thursday.",
     [J("SWE", "NATO", "2024-03-14")]),
    ("With Sweden's entry into NATO on Thursday, the Baltic Sea is ringed by members.",
     [J("SWE", "NATO", "2024-03-14")]),
    ("Indonesia was admitted as a full member of BRICS on Monday.", [J("IDN", "BRICS", "2024-03-11")]),
    ("The Comoros became the 164th member of the WTO in August.", [J("COM", "WTO", "2023-08")]),
]

APPLY_PROBES += [
    ("Thailand formally applied on Tuesday to join BRICS.", [A("THA", "BRICS", "2024-03-12")]),
    ("Ukraine's bid to join NATO was submitted in September 2022.", [A("UKR", "NATO", "2022-09")]),
    ("Bosnia and Herzegovina lodged its EU membership application in February 2016.", [A("BIH", "EU", "2016-02")]),
    ("Kyiv signed its application for EU membership on February 28, 2022.", [A("UKR", "EU", "2022-02-28")]),
    ("Azerbaijan officially applied to join BRICS in August, Baku said.", [A("AZE", "BRICS", "2023-08")]),
    ("The application by Georgia for EU membership was filed on March 3, 2022.", [A("GEO", "EU", "2022-03-03")]),
]

DEPLOY_PROBES += [
    ("Washington will station a rotational brigade in Romania from April.", [D("USA", "ROU", "2024-04", "planned")]),
    ("The first contingent of Kenyan police arrived in Port-au-Prince on Tuesday.", [D("KEN", "HTI", "2024-03-12")]),
    ("South Africa sent 2,900 soldiers to eastern Congo in December.", [D("ZAF", "COD", "2023-12")]),
    ("Germany began deploying a combat brigade to Lithuania on Monday.", [D("DEU", "LTU", "2024-03-11")]),
    ("Egypt sent troops to Somalia on Wednesday, Somali officials said.", [D("EGY", "SOM", "2024-03-13")]),
]

NEGATIVE_PROBES += [
    "Moldova joined the EU's roaming area in 2023.",
    "Macron had dinner with business leaders in Lagos on Wednesday.",
    "A meeting of EU foreign ministers took place in Brussels on Monday.",
    "Japan sent a hospital ship to the Philippines on Tuesday.",
    "Russia recalled its ambassador from Moldova on Monday.",
    "Egypt's foreign minister spoke with his Turkish counterpart by phone on Tuesday.",
    "The president of Kenya met reporters in Nairobi on Monday.",
    "Zelensky addressed the summit by video link on Thursday.",
    "Poland will not send troops to Ukraine, Tusk said on Monday.",
    "NATO foreign ministers met in Brussels on Wednesday.",
    "Ukraine joined the UN's grain initiative in 2022.",
]

# third round: trips and visits told by their destination, envoys named by appositions, replies in kind
MEET_PROBES += [
    ("Nigeria's foreign minister is due to travel to Accra on Tuesday for talks with President Nana Akufo-Addo.",
     [M("NGA", "GHA", "2024-03-19", "planned")]),
    ("Argentina's foreign minister signed a trade agreement with her Paraguayan counterpart in Asuncion on Monday.",
     [M("ARG", "PRY", "2024-03-11")]),
    ("Iraq's prime minister was received in Tehran on Wednesday.", [M("IRQ", "IRN", "2024-03-13")]),
    ("Erdogan made his first visit to Greece in six years on Thursday.", [M("TUR", "GRC", "2024-03-14")]),
    ("During a visit to Hanoi on Tuesday, Albanese met Vietnamese leaders.", [M("AUS", "VNM", "2024-03-12")]),
    ("Chinese Foreign Minister Wang Yi began a three-day visit to Pakistan on Monday.", [M("CHN", "PAK", "2024-03-11")]),
    ("South Korea's president will make a state visit to Britain in November.",
     [M("KOR", "GBR", "2024-11", "planned")]),
    ("Albanese flew to Jakarta on Wednesday for talks with Indonesian President Joko Widodo.",
     [M("AUS", "IDN", "2024-03-13")]),
    ("The visit by the Indian prime minister to Moscow on Monday drew criticism from Kyiv.",
     [M("IND", "RUS", "2024-03-11")]),
    ("Sweden's prime minister and his Finnish counterpart met on Monday.", [M("SWE", "FIN", "2024-03-11")]),
    ("Kenya and Somalia held talks on Monday over their maritime border.", [M("KEN", "SOM", "2024-03-11")]),
    ("Officials from Armenia and Azerbaijan met in Berlin on Tuesday.", [M("ARM", "AZE", "2024-03-12")]),
    ("In Tokyo on Thursday, Philippine President Ferdinand Marcos Jr. held talks with Kishida.",
     [M("PHL", "JPN", "2024-03-14")]),
]

SUMMON_PROBES += [
    ("The Polish foreign ministry summoned the Russian ambassador, Sergei Andreev, on Monday.",
     [S("POL", "RUS", "2024-03-11")]),
    ("Ankara called in the Swedish envoy for the second time this month on Friday.",
     [S("TUR", "SWE", "2024-03-15")]),
    ("Spain summoned Argentina's ambassador on Sunday, and Argentina responded by summoning Spain's envoy on Monday.",
     [S("ESP", "ARG", "2024-03-10"), S("ARG", "ESP", "2024-03-11")]),
    ("Germany recalled its ambassador from Russia for consultations and summoned the Russian envoy on Friday.",
     [S("DEU", "RUS", "2024-03-15")]),
    ("Moscow summoned Germany's ambassador over the leaked recording, the foreign ministry said on Monday.",
     [S("RUS", "DEU", "2024-03-11")]),
]

JOIN_PROBES += [
    ("Finland's NATO membership became official on April 4, 2023.", [J("FIN", "NATO", "2023-04-04")]),
    ("On Thursday Sweden formally became NATO's 32nd member.", [J("SWE", "NATO", "2024-03-14")]),
    ("Egypt officially became a member of BRICS on January 1.", [J("EGY", "BRICS", "2024-01-01")]),
]

APPLY_PROBES += [
    ("In 2022 Moldova filed its application for membership of the European Union.", [A("MDA", "EU", "2022")]),
    ("Venezuela's request to join BRICS was lodged in August 2023.", [A("VEN", "BRICS", "2023-08")]),
    ("Turkey formally asked to join BRICS in September.", [A("TUR", "BRICS", "2023-09")]),
]

DEPLOY_PROBES += [
    ("Some 2,000 Rwandan soldiers were deployed to Mozambique's Cabo Delgado province in July.",
     [D("RWA", "MOZ", "2023-07")]),
    ("Hungary sent 200 soldiers to Chad on Monday.", [D("HUN", "TCD", "2024-03-11")]),
    ("Troops from Kenya arrived in Haiti on Tuesday.", [D("KEN", "HTI", "2024-03-12")]),
    ("Dutch F-35 fighter jets were deployed to Poland on Wednesday.", [D("NLD", "POL", "2024-03-13")]),
]

NEGATIVE_PROBES += [
    "Argentina declined an invitation to join BRICS on Friday.",
    "Thailand expressed interest in joining BRICS on Monday.",
    "Russia's ambassador met Hungarian business leaders in Budapest on Tuesday.",
    "Japan sent a disaster relief team to Turkey on Tuesday.",
    "North Korea fired missiles into the sea on Monday.",
    "The Indian navy rescued sailors off Somalia on Tuesday.",
    "Diplomats from Japan and India attended the talks as observers on Monday.",
]

# fourth round: stories over two sentences, background clauses, trips announced ahead
MEET_PROBES += [
    ("Ruto arrived in Addis Ababa on Sunday. The Kenyan leader held talks with Ethiopia's prime minister on Monday.",
     [M("KEN", "ETH", "2024-03-11")]),
    ("Lula is due to travel to Santiago on Tuesday for talks with Chilean President Gabriel Boric.",
     [M("BRA", "CHL", "2024-03-19", "planned")]),
    ("Macron flew to Brasilia on Wednesday for talks with Lula.", [M("FRA", "BRA", "2024-03-13")]),
    ("The Chinese and Vietnamese leaders last met in December.", [M("CHN", "VNM", "2023-12")]),
    # 'first talks since 2021' tells of talks in 2021 too (annotated t-080: 'first ... talks since
    # March 2022' -> a MEET dated 2022-03)
    ("Modi and Putin held their first in-person talks since 2021 in Moscow on Monday.",
     [M("IND", "RUS", "2024-03-11"), M("IND", "RUS", "2021")]),
    ("Turkish and Greek officials held a round of talks in Athens on Monday.", [M("TUR", "GRC", "2024-03-11")]),
    ("The prime ministers of Spain and Portugal will meet in Lisbon on March 25.",
     [M("ESP", "PRT", "2024-03-25", "planned")]),
    ("Hungarian Prime Minister Viktor Orban is scheduled to visit Beijing in May.",
     [M("HUN", "CHN", "2024-05", "planned")]),
    ("Putin hosted Kazakh President Kassym-Jomart Tokayev in the Kremlin on Friday, their second meeting this year.",
     [M("RUS", "KAZ", "2024-03-15")]),
    ("Lavrov and Wang Yi held talks in Beijing on Tuesday. The two ministers also discussed Ukraine.",
     [M("RUS", "CHN", "2024-03-12")]),
]

SUMMON_PROBES += [
    ("Poland summoned the Belarusian charge d'affaires on Monday. He was called in again on Wednesday after a "
     "second incident.",
     [S("POL", "BLR", "2024-03-11"), S("POL", "BLR", "2024-03-13")]),
    ("Britain's Foreign Office summoned the Chinese ambassador on Monday; it was the first such summons since 2019.",
     [S("GBR", "CHN", "2024-03-11")]),
    ("Japan's ambassador to China was summoned on Tuesday over the release of treated water.",
     [S("CHN", "JPN", "2024-03-12")]),
    ("Romania's foreign ministry summoned Russia's ambassador, a career diplomat, on Tuesday to protest against "
     "the drone incursion.",
     [S("ROU", "RUS", "2024-03-12")]),
]

JOIN_PROBES += [
    ("After two years of waiting, Sweden finally joined NATO on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("Timor-Leste will become ASEAN's 11th member next year.", [J("TLS", "ASEAN", "2025", "planned")]),
    ("Egypt and Ethiopia are among the countries that joined BRICS on January 1.",
     [J("EGY", "BRICS", "2024-01-01"), J("ETH", "BRICS", "2024-01-01")]),
]

APPLY_PROBES += [
    ("Three years after Ukraine applied to join the EU in February 2022, talks are under way.",
     [A("UKR", "EU", "2022-02")]),
    ("Bosnia, which applied for EU membership in 2016, was granted candidate status in 2022.",
     [A("BIH", "EU", "2016")]),
    ("Kazakhstan has not applied to join BRICS, but Malaysia applied in June.", [A("MYS", "BRICS", "2023-06")]),
]

DEPLOY_PROBES += [
    ("French troops deployed to Romania in 2022 will stay, Macron said on Monday.", [D("FRA", "ROU", "2022")]),
    ("North Korea sent thousands of soldiers to Russia in October.", [D("PRK", "RUS", "2023-10")]),
]

NEGATIVE_PROBES += [
    "Hungary's parliament ratified Sweden's accession to NATO on Monday.",
    "Kenya's ambassador attended the ceremony in Paris on Tuesday.",
    "Germany refused to send Taurus missiles to Ukraine.",
    "Spain said on Monday it had no plans to recall its ambassador from Argentina.",
]

# fifth round: 'also', relative clauses on the envoy, titles of rulers, visits on the way
MEET_PROBES += [
    ("Xi and Lula met on Friday. The two men discussed trade and climate.", [M("CHN", "BRA", "2024-03-15")]),
    ("Blinken, on his sixth trip to the region, met Saudi Crown Prince Mohammed bin Salman in Jeddah on Wednesday.",
     [M("USA", "SAU", "2024-03-13")]),
    ("The Brazilian and Argentine presidents are expected to meet at a regional summit in July.",
     [M("BRA", "ARG", "2024-07", "planned")]),
    ("Albanese will travel to China next month, where he is expected to meet Xi.",
     [M("AUS", "CHN", "2024-04", "planned")]),
    ("Trudeau welcomed Zelensky to Ottawa on Friday.", [M("CAN", "UKR", "2024-03-15")]),
    ("The Emir of Qatar paid a visit to Tehran on Tuesday.", [M("QAT", "IRN", "2024-03-12")]),
    ("Secretary of State Antony Blinken held talks in Cairo on Thursday with Egyptian President Abdel Fattah al-Sisi.",
     [M("USA", "EGY", "2024-03-14")]),
]

SUMMON_PROBES += [
    ("Estonia summoned the Russian ambassador on Monday. Latvia also summoned the Russian envoy.",
     [S("EST", "RUS", "2024-03-11"), S("LVA", "RUS", "2024-03-11")]),
    ("Russia's ambassador, who was summoned by the German foreign ministry on Monday, left without comment.",
     [S("DEU", "RUS", "2024-03-11")]),
]

JOIN_PROBES += [
    ("Sweden's NATO accession was completed on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
    ("Ukraine became a member of the Council of Europe in 1995.", [J("UKR", "COE", "1995")]),
    ("Sweden entered NATO on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
]

APPLY_PROBES += [
    ("Ankara submitted its membership bid to BRICS in September.", [A("TUR", "BRICS", "2023-09")]),
]

DEPLOY_PROBES += [
    ("France sent 1,500 soldiers to Estonia last month as part of a NATO battlegroup.", [D("FRA", "EST", "2024-02")]),
    ("Chadian troops crossed into Nigeria on Monday to pursue insurgents.", [D("TCD", "NGA", "2024-03-11")]),
]

NEGATIVE_PROBES += [
    "Saudi Arabia has yet to formally apply to join BRICS.",
    "Sweden's ambassador said she had not been summoned.",
    "Erdogan said he would not meet Netanyahu.",
    "Kenya has not sent police to Haiti yet.",
    # forces ordered out are leaving, not deployed
    "Niger's military junta ordered French troops to leave the country on Friday.",
    "Mali's transitional government ordered the UN peacekeepers to withdraw from the country.",
]

DEPLOY_PROBES += [
    ("Washington sent 3,000 troops to Kuwait on Monday to leave no doubt about its resolve.",
     [D("USA", "KWT", "2024-03-11")]),
]

# sixth round: several counterparts at once, hosted talks, approved and agreed deployments
MEET_PROBES += [
    ("Blinken met separately with the foreign ministers of Qatar and Egypt in Doha on Monday.",
     [M("USA", "QAT", "2024-03-11"), M("USA", "EGY", "2024-03-11")]),
    ("Wang Yi met his counterparts from Russia, Brazil and South Africa on the margins of a meeting in Rio on Wednesday.",
     [M("CHN", "RUS", "2024-03-13"), M("CHN", "BRA", "2024-03-13"), M("CHN", "ZAF", "2024-03-13")]),
    ("A trilateral meeting of the leaders of Japan, South Korea and China was held in Seoul on Monday.",
     [M("JPN", "KOR", "2024-03-11"), M("JPN", "CHN", "2024-03-11"), M("KOR", "CHN", "2024-03-11")]),
    ("Envoys of Israel and Hamas held indirect talks in Cairo on Tuesday.", []),
    ("Armenian and Azerbaijani negotiators met in talks hosted by Kazakhstan in Almaty on Friday.",
     [M("ARM", "AZE", "2024-03-15"), M("ARM", "KAZ", "2024-03-15"), M("AZE", "KAZ", "2024-03-15")]),
]

JOIN_PROBES += [
    ("Finland officially became a NATO member on Tuesday.", [J("FIN", "NATO", "2024-03-12")]),
    ("Sweden completed the process of joining NATO on Thursday.", [J("SWE", "NATO", "2024-03-14")]),
]

APPLY_PROBES += [
    ("Thailand handed over its application to join BRICS on Monday.", [A("THA", "BRICS", "2024-03-11")]),
    ("Georgia formally submitted its candidacy for EU membership on Tuesday.", [A("GEO", "EU", "2024-03-12")]),
]

DEPLOY_PROBES += [
    ("Kenya's parliament approved the deployment of 1,000 police officers to Haiti on Thursday.",
     [D("KEN", "HTI", "2024-03-14", "planned")]),
    ("Benin agreed on Monday to send 2,000 troops to Haiti.", [D("BEN", "HTI", "2024-03-11", "planned")]),
    ("The arrival of 300 Polish soldiers in Latvia on Tuesday doubled the allied presence there.",
     [D("POL", "LVA", "2024-03-12")]),
]

NEGATIVE_PROBES += [
    "Biden and Xi held a virtual summit on Monday.",
    "Sweden signed the accession protocol to NATO in July 2022.",
    "The summit between Modi and Xi, expected on Tuesday, was called off.",
    "The United States sent an aircraft carrier's worth of aid to Gaza.",
]

XFAIL: dict[str, str] = {
    "Sweden formally became a member of the alliance on Thursday, when it deposited its instrument of accession "
    "in Washington. NATO said it was proud.":
        "the bloc is named only after the sentence; 'the alliance' is resolved backwards only",
    "Azerbaijan sought membership of BRICS in a letter sent on Monday.":
        "the date sits on the letter's own clause ('sent on Monday'), not on 'sought'",
}


ALL = MEET_PROBES + SUMMON_PROBES + JOIN_PROBES + APPLY_PROBES + DEPLOY_PROBES + [(s, []) for s in NEGATIVE_PROBES]


@pytest.mark.parametrize("sentence,expected", with_xfails(ALL, XFAIL))
def test_probe(sentence, expected):
    assert seed_triples(sentence) == set(expected)


# -- second table: mini-articles (2-4 sentences) where the event is told across sentences --
# Published 2024-03-15 (a Friday) unless given. Each row: text, expected seed events (the whole
# set: background events later in the text count, traps give none).

ARTICLE_PROBES = [
    # background meetings, 'the two'
    ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Tuesday. "
     "The two leaders last met in 2023 in Hiroshima.",
     [M("JPN", "IND", "2024-03-12"), M("JPN", "IND", "2023")]),
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Wednesday, their first "
     "formal talks in five years. The two last held a bilateral meeting in 2019 in Mamallapuram.",
     [M("IND", "CHN", "2024-03-13"), M("IND", "CHN", "2019")]),
    ("Erdogan hosted Greek Prime Minister Kyriakos Mitsotakis in Ankara on Wednesday. "
     "The two men had last met in Athens in December.",
     [M("TUR", "GRC", "2024-03-13"), M("TUR", "GRC", "2023-12")]),
    ("South Korean President Yoon Suk Yeol will host Japanese Prime Minister Fumio Kishida in Seoul on March 22. "
     "The two leaders last met in November in San Francisco.",
     [M("KOR", "JPN", "2024-03-22", "planned"), M("KOR", "JPN", "2023-11")]),
    ("Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei met briefly on the "
     "sidelines of a summit in Montevideo on Monday. The two had not spoken since Milei took office.",
     [M("BRA", "ARG", "2024-03-11")]),
    # trips where the meeting is in the next sentence; surname-only second mention
    ("Kenyan President William Ruto arrived in Berlin on Monday. On Tuesday he held talks with Chancellor Olaf Scholz.",
     [M("KEN", "DEU", "2024-03-12")]),
    ("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Thursday. "
     "Sikorski met his Ukrainian counterpart Dmytro Kuleba and visited a power plant.",
     [M("POL", "UKR", "2024-03-14")]),
    ("Chinese Foreign Minister Wang Yi travelled to Canberra on Wednesday. "
     "He held talks with his Australian counterpart at Parliament House.",
     [M("CHN", "AUS", "2024-03-13")]),
    ("Hungarian Prime Minister Viktor Orban visited Moscow on Friday. "
     "Orban met Russian President Vladimir Putin at the Kremlin and discussed Ukraine.",
     [M("HUN", "RUS", "2024-03-15")]),
    ("British Foreign Secretary David Cameron travelled to Beijing on Monday. "
     "There he met Chinese Vice President Han Zheng.",
     [M("GBR", "CHN", "2024-03-11")]),
    ("Chinese Premier Li Qiang flew to Australia on Sunday, the first trip by a Chinese premier in seven years. "
     "Li held talks with Prime Minister Anthony Albanese in Canberra.",
     [M("CHN", "AUS", "2024-03-10")]),
    ("Dutch Prime Minister Mark Rutte arrived in Kyiv on Friday. "
     "Rutte held talks with Zelensky and toured a hospital.",
     [M("NLD", "UKR", "2024-03-15")]),
    ("Blinken landed in Cairo on Tuesday. He met President Abdel Fattah al-Sisi at the presidential palace.",
     [M("USA", "EGY", "2024-03-12")]),
    ("Indian Foreign Minister Subrahmanyam Jaishankar held talks in Moscow on Wednesday. "
     "He and his counterpart Sergei Lavrov discussed oil trade.",
     [M("IND", "RUS", "2024-03-13")]),
    # 'the visiting minister', 'his counterpart', the host from the place
    ("Iran's foreign minister arrived in Ankara on Tuesday. "
     "Turkish President Recep Tayyip Erdogan received the visiting minister at his palace.",
     [M("IRN", "TUR", "2024-03-12")]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday. "
     "Iranian President Ebrahim Raisi received the visiting minister later that day.",
     [M("SAU", "IRN", "2024-03-09")]),
    ("French President Emmanuel Macron arrived in Brasilia on Wednesday. "
     "He was welcomed by his counterpart at the presidential palace.",
     [M("FRA", "BRA", "2024-03-13")]),
    ("BEIJING (AP) - Spanish Prime Minister Pedro Sanchez held talks with his hosts on Friday.",
     [M("ESP", "CHN", "2024-03-15")]),
    ("German Chancellor Olaf Scholz hosted Ukrainian President Volodymyr Zelensky in Berlin on Friday. "
     "The chancellor and his guest signed a security agreement.",
     [M("DEU", "UKR", "2024-03-15")]),
    # planned visits announced in quotes
    ("\"I will travel to Washington next month to meet President Biden,\" Kishida told reporters on Thursday.",
     [M("JPN", "USA", "2024-04", "planned")]),
    ("Italian Prime Minister Giorgia Meloni said on Tuesday she would visit Japan in April. "
     "\"I look forward to meeting Prime Minister Kishida,\" she said.",
     [M("ITA", "JPN", "2024-04", "planned")]),
    ("\"I am going to Kyiv in April to meet President Zelensky,\" Spanish Prime Minister Pedro Sanchez told "
     "reporters on Monday.",
     [M("ESP", "UKR", "2024-04", "planned")]),
    # summons: envoys named by their own name, 'the envoy', summoner from the dateline
    ("South Korea's foreign ministry summoned the Russian ambassador on Tuesday. "
     "The envoy was told that the treaty threatened regional security.",
     [S("KOR", "RUS", "2024-03-12")]),
    ("Ukraine summoned Hungary's ambassador on Thursday. "
     "The envoy was given a note of protest over Budapest's remarks.",
     [S("UKR", "HUN", "2024-03-14")]),
    ("ISLAMABAD, March 12 (Reuters) - The foreign ministry summoned the Afghan charge d'affaires on Tuesday "
     "to protest cross-border attacks.",
     [S("PAK", "AFG", "2024-03-12")]),
    ("MANILA (AP) - The Department of Foreign Affairs summoned a senior Chinese diplomat on Monday "
     "after a collision near a disputed shoal.",
     [S("PHL", "CHN", "2024-03-11")]),
    ("France summoned Algeria's ambassador on Tuesday. "
     "Paris had last summoned the envoy in 2021, over a visa dispute.",
     [S("FRA", "DZA", "2024-03-12"), S("FRA", "DZA", "2021")]),
    ("Poland summoned Russia's ambassador on Monday after a missile crossed into its airspace. "
     "Ukraine's foreign ministry also summoned the Russian charge d'affaires.",
     [S("POL", "RUS", "2024-03-11"), S("UKR", "RUS", "2024-03-11")]),
    ("The Netherlands summoned China's ambassador, Tan Jian, on Friday. Tan was told that the hacking was unacceptable.",
     [S("NLD", "CHN", "2024-03-15")]),
    ("The foreign ministry in Beijing summoned the Japanese ambassador on Thursday.",
     [S("CHN", "JPN", "2024-03-14")]),
    # joining and applying, background members
    ("Sweden became NATO's 32nd member on Thursday. Finland joined the alliance in April 2023.",
     [J("SWE", "NATO", "2024-03-14"), J("FIN", "NATO", "2023-04")]),
    ("Indonesia formally joined BRICS on Monday, Brazil said. "
     "Egypt, Ethiopia, Iran and the United Arab Emirates joined the group in January.",
     [J("IDN", "BRICS", "2024-03-11"), J("EGY", "BRICS", "2024-01"), J("ETH", "BRICS", "2024-01"),
      J("IRN", "BRICS", "2024-01"), J("ARE", "BRICS", "2024-01")]),
    ("Croatia joined the EU in 2013 and adopted the euro last year.", [J("HRV", "EU", "2013")]),
    ("Thailand formally applied to join BRICS on Tuesday. Malaysia submitted its own application in July.",
     [A("THA", "BRICS", "2024-03-12"), A("MYS", "BRICS", "2023-07")]),
    ("Georgia applied for EU membership in March 2022, days after Russia's invasion of Ukraine. "
     "On Thursday the bloc granted it candidate status.",
     [A("GEO", "EU", "2022-03")]),
    ("Turkey applied to join the EU in 1987. On Monday its foreign minister met EU officials in Brussels.",
     [A("TUR", "EU", "1987")]),
    # deployments: background first deployments, 'there', planned in quotes
    ("Rwanda first deployed troops to Mozambique in 2021. On Monday Kigali sent another 2,000 soldiers there.",
     [D("RWA", "MOZ", "2021"), D("RWA", "MOZ", "2024-03-11")]),
    ("Kenya said on Wednesday it would pull 1,000 soldiers out of Somalia by June. "
     "Kenya first sent troops to Somalia in 2011.",
     [D("KEN", "SOM", "2011")]),
    ("Britain will deploy 500 troops to Estonia in April, the defence ministry said on Monday. "
     "London first sent forces to the Baltic state in 2017.",
     [D("GBR", "EST", "2024-04", "planned"), D("GBR", "EST", "2017")]),
    ("Chad deployed 1,000 soldiers to Mali on Saturday. The troops will join a regional force.",
     [D("TCD", "MLI", "2024-03-09")]),
    ("\"We will send a battalion to Lithuania next year,\" German Defence Minister Boris Pistorius said on Wednesday.",
     [D("DEU", "LTU", "2025", "planned")]),
    ("Kenya sent its first police officers to Haiti in June. "
     "On Tuesday a second contingent of 400 Kenyan officers arrived in Port-au-Prince.",
     [D("KEN", "HTI", "2023-06"), D("KEN", "HTI", "2024-03-12")]),
]

# traps: no seed event
ARTICLE_NEGATIVES = [
    "US President Joe Biden spoke by phone with Chinese President Xi Jinping on Tuesday. "
    "The two leaders discussed Taiwan.",
    "German Chancellor Olaf Scholz cancelled a planned trip to Beijing on Monday. "
    "He had been due to meet Xi Jinping on Thursday.",
    "A Russian tourist was detained in Tokyo on Monday. "
    "Japan's foreign ministry said it was in contact with the Russian embassy.",
    "Two Chinese students met the French ambassador at a university event in Lyon on Wednesday.",
    "Iran and Saudi Arabia agreed in 2023 to restore ties. The deal was brokered by China.",
    "Mexico said on Monday it had no plans to send troops to Haiti.",
    "The summit between the leaders of Serbia and Kosovo, planned for Thursday, was cancelled on Wednesday.",
    "Australian businessman Andrew Forrest met Chinese officials in Beijing on Tuesday.",
    "Turkey's parliament ratified Sweden's NATO bid in January. Hungary's parliament approved it later.",
    "The Russian ambassador to Poland was not summoned, the foreign ministry said on Monday.",
    "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a video call on Monday. "
    "The two discussed North Korea.",
    "Zelensky said on Tuesday he was ready to meet Putin, but only after a ceasefire.",
    "Kenya's High Court blocked the deployment of police to Haiti on Friday.",
    "Argentina will not join BRICS, Foreign Minister Diana Mondino said on Friday.",
    "Former British prime minister Boris Johnson met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.",
    "Poland will send 10,000 more troops to its border with Belarus, its defence minister said on Tuesday.",
    "France began withdrawing its troops from Niger on Tuesday. The last French soldiers left in December.",
    "Ukraine hopes to join NATO one day, Zelensky said on Monday.",
]

_X = {
    "The two last held a bilateral meeting": "'the two' + 'held a bilateral meeting' with a year: the background meeting is not read",
    "He and his counterpart Sergei Lavrov": "'He and his counterpart X' as a joint subject of 'discussed' gives no meeting",
    "\"I will travel to Washington next month": "the quote's event takes the speech verb's day ('on Thursday'), not 'next month'",
    "MANILA (AP)": "'the Department of Foreign Affairs' is no known agency title, so the dateline cannot resolve it",
    "On Monday Kigali sent another 2,000 soldiers there": "'sent ... there': the host is the place named in the sentence before",
    "a second contingent of 400 Kenyan officers arrived": "an arriving contingent is not read as a deployment",
}
ARTICLES = ARTICLE_PROBES + [(s, []) for s in ARTICLE_NEGATIVES]


@pytest.mark.parametrize("text,expected", with_xfails(ARTICLES, _X))
def test_article_probe(text, expected):
    assert seed_triples(text) == set(expected)


# -- applications: a lesser status is not membership; asking to become a member is applying --

def test_asking_to_become_a_member_or_requesting_admission_is_an_application():
    from tests.nlp_helpers import events, triples

    got = {x[:3] for x in triples(events("Venezuela asked to become a member of BRICS last year.", "2024-03-15"))}
    assert ("APPLY_MEMBERSHIP", "VEN", "BRICS") in got
    got = {x[:3] for x in triples(events("Argentina formally requested admission to the OECD.", "2024-03-15"))}
    assert ("APPLY_MEMBERSHIP", "ARG", "OECD") in got


def test_applying_for_partner_or_observer_status_is_not_membership():
    from tests.nlp_helpers import events

    for text in ("Cuba applied to become a BRICS partner country.",
                 "Malaysia has written to BRICS to apply for partner status.",
                 "Bangladesh applied for observer status at the SCO."):
        assert not [e for e in events(text, "2024-03-15") if e.type == "APPLY_MEMBERSHIP"], text
