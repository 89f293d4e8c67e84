"""Probe round 4 for the PLOVER types: shapes where the text leaves the target (or the source)
to context or to a weapon, written as ordinary wire-service phrasings of our own, without
looking at any article set:

1. targets known only from the story so far ('Rabat responded by recalling its envoy');
2. weapons and forces as doers ('Iranian missiles and drones hit targets in ...');
3. objects as 'what' clauses and places ('struck what it called hideouts inside X');
4. several addressees and bloc partners ('called on ECOWAS and the UN', 'its partners in NATO');
5. accusations by characterisation ('called the seizure a violation', 'described the move as');
6. threats in warnings ('said any attack would be met with force', 'warned of a crushing
   response if attacked').

Each positive lists the (type, source, target) events of its types that the text must give
and no other of those types; each negative names a type the text must not give (as occurred
or planned). Conventions: tests/data/unseen2..5/README.md (recalls and expulsions ->
SANCTION, withdrawals -> RETREAT, calls and consultations -> CONSULT, strikes 'in Yemen'
count against the state they fall in, x-004)."""
from __future__ import annotations

import pytest

from tests.nlp_helpers import events
from tests.probes import check_negative, check_positive, negative_ids, positive_ids

POSITIVE = [
    # 1. targets known only from context
    ("Spain summoned Morocco's ambassador on Monday over the migrant crossings. "
     "Rabat responded by recalling its envoy for consultations.", [("SANCTION", "MAR", "ESP")]),
    ("The Netherlands expelled two Russian diplomats on Tuesday. Moscow retaliated by recalling its ambassador.",
     [("SANCTION", "NLD", "RUS"), ("SANCTION", "RUS", "NLD")]),
    ("Colombia expelled Argentina's diplomats over the president's remarks. "
     "Buenos Aires responded by recalling its ambassador.", [("SANCTION", "COL", "ARG"), ("SANCTION", "ARG", "COL")]),
    ("Lithuania expelled a Russian diplomat on Friday. The next day Moscow expelled a Lithuanian diplomat in return.",
     [("SANCTION", "LTU", "RUS"), ("SANCTION", "RUS", "LTU")]),
    ("Algeria accused France of interfering in its affairs. Algiers then withdrew its ambassador for consultations.",
     [("SANCTION", "DZA", "FRA")]),
    ("France sent troops to Mali in 2013 to fight jihadist groups. "
     "France ended its military operation in the country in 2022 and pulled out its soldiers.",
     [("RETREAT", "FRA", "MLI")]),
    ("Britain deployed soldiers to Sierra Leone in 2000. Britain pulled its troops out of the country two years later.",
     [("RETREAT", "GBR", "SLE")]),
    ("Russia sent peacekeepers to Kazakhstan in January. Moscow withdrew its troops a week later.",
     [("RETREAT", "RUS", "KAZ")]),
    ("Canada's ambassador in Beijing criticised the trial. Beijing said the diplomat must leave by Friday.",
     [("SANCTION", "CHN", "CAN")]),
    ("Moscow said the two Estonian diplomats must leave Russia within a week.", [("SANCTION", "RUS", "EST")]),
    ("Poland banned imports of Ukrainian grain on Friday. Kyiv said it reserved the right to take further measures.",
     [("SANCTION", "POL", "UKR"), ("THREATEN", "UKR", "POL")]),
    ("Hungary blocked the funds for Ukraine. Kyiv said it reserved the right to respond.", [("THREATEN", "UKR", "HUN")]),
    ("Israel struck the Iranian consulate in Damascus. Iran said it reserved the right to respond.",
     [("ASSAULT", "ISR", "IRN"), ("THREATEN", "IRN", "ISR")]),
    ("Azerbaijan accused Armenia of shelling its positions. Baku said it reserved the right to retaliate.",
     [("ACCUSE", "AZE", "ARM"), ("THREATEN", "AZE", "ARM")]),
    ("Israel vowed to retaliate against Iran. Tehran warned of a crushing response if attacked.",
     [("THREATEN", "ISR", "IRN"), ("THREATEN", "IRN", "ISR")]),
    ("Israel struck Iranian air defences on Saturday. "
     "Iran's foreign minister said Tehran had no red lines in defending its people.",
     [("ASSAULT", "ISR", "IRN"), ("THREATEN", "IRN", "ISR")]),
    ("The United States moved warships near Venezuela. Caracas said any attack would be met with force.",
     [("THREATEN", "VEN", "USA")]),
    ("Ukraine's defence minister said Kyiv had struck a Russian airfield. Moscow vowed to retaliate.",
     [("ASSAULT", "UKR", "RUS"), ("THREATEN", "RUS", "UKR")]),
    # 2. weapons and forces as doers
    ("Iranian missiles and drones hit targets in Pakistan's Balochistan province.", [("ASSAULT", "IRN", "PAK")]),
    ("Russian artillery shelled Ukrainian positions near Bakhmut.", [("ASSAULT", "RUS", "UKR")]),
    ("A Chinese coast guard vessel rammed a Philippine boat near the shoal.", [("ASSAULT", "CHN", "PHL")]),
    ("Israeli jets struck Hezbollah positions in Lebanon.", [("ASSAULT", "ISR", "GRP:hezbollah"), ("ASSAULT", "ISR", "LBN")]),
    ("Saudi warplanes pounded Houthi positions in Yemen.", [("ASSAULT", "SAU", "GRP:houthis"), ("ASSAULT", "SAU", "YEM")]),
    ("Turkish drones struck Kurdish militant positions in northern Iraq.", [("ASSAULT", "TUR", "IRQ")]),
    ("Ukrainian drones hit an oil refinery in Russia's Ryazan region.", [("ASSAULT", "UKR", "RUS")]),
    ("Russian warplanes bombed rebel-held towns in Syria's Idlib province.", [("ASSAULT", "RUS", "SYR")]),
    ("Azerbaijani forces shelled Armenian villages on Tuesday.", [("ASSAULT", "AZE", "ARM")]),
    ("Indian fighter jets struck a militant camp in Pakistan.", [("ASSAULT", "IND", "PAK")]),
    ("A Russian fighter jet shot down an American drone over the Black Sea.", [("ASSAULT", "RUS", "USA")]),
    ("Israeli tanks shelled a town in southern Lebanon.", [("ASSAULT", "ISR", "LBN")]),
    ("Hezbollah fired rockets from southern Lebanon at northern Israel.", [("ASSAULT", "GRP:hezbollah", "ISR")]),
    ("Sudan's army shelled positions held by the Rapid Support Forces in Khartoum.", [("ASSAULT", "SDN", "GRP:rsf")]),
    ("Russian missiles struck the Ukrainian capital on Monday.", [("ASSAULT", "RUS", "UKR")]),
    ("Eritrean troops killed dozens of civilians in Ethiopia's Tigray region.", [("ASSAULT", "ERI", "ETH")]),
    ("North Korean artillery shelled a South Korean island near the sea border.", [("ASSAULT", "PRK", "KOR")]),
    ("Thai F-16 jets bombed Cambodian military positions along the border.", [("ASSAULT", "THA", "KHM")]),
    ("Chinese navy ships fired flares at an Australian patrol aircraft.", [("ASSAULT", "CHN", "AUS")]),
    # 3. 'what' clauses and places
    ("Pakistan struck what it called militant hideouts inside Iran.", [("ASSAULT", "PAK", "IRN")]),
    ("India said its jets had struck what it called terrorist camps in Pakistan.", [("ASSAULT", "IND", "PAK")]),
    ("Israel struck targets in Iran's Isfahan province.", [("ASSAULT", "ISR", "IRN")]),
    ("Iran launched missiles at a base used by US forces in western Iraq.", [("ASSAULT", "IRN", "USA")]),
    ("Iranian drones hit a base used by American forces in Jordan.", [("ASSAULT", "IRN", "USA")]),
    ("Israel bombed what it said were Hezbollah weapons depots in Lebanon.",
     [("ASSAULT", "ISR", "GRP:hezbollah"), ("ASSAULT", "ISR", "LBN")]),
    ("Pakistan launched strikes on what it described as Taliban hideouts in Afghanistan.", [("ASSAULT", "PAK", "AFG")]),
    ("Turkey shelled positions held by Syrian government forces.", [("ASSAULT", "TUR", "SYR")]),
    ("Russia struck energy facilities across Ukraine.", [("ASSAULT", "RUS", "UKR")]),
    ("Iran fired ballistic missiles at what it called Israeli spy headquarters in Iraq's Kurdistan region.",
     [("ASSAULT", "IRN", "ISR")]),
    ("The United States bombed facilities used by Iranian forces in eastern Syria.", [("ASSAULT", "USA", "IRN")]),
    # 4. several addressees and bloc partners
    ("Niger's junta called on ECOWAS and the United Nations to help end the crisis.",
     [("REQUEST", "NER", "ECOWAS"), ("REQUEST", "NER", "UN")]),
    ("Germany would consult its partners in NATO and the European Union, the chancellor said.",
     [("CONSULT", "DEU", "NATO"), ("CONSULT", "DEU", "EU")]),
    ("France will consult Germany and Britain before deciding, the foreign minister said.",
     [("CONSULT", "FRA", "DEU"), ("CONSULT", "FRA", "GBR")]),
    ("Sudan's army appealed to the UN and the AU to stop the flow of weapons.", [("REQUEST", "SDN", "UN"), ("REQUEST", "SDN", "AU")]),
    ("Fighting broke out between Armenia and Azerbaijan on Tuesday. Russia urged both sides to show restraint.",
     [("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")]),
    ("Clashes erupted on the border between Thailand and Cambodia. China called on the two countries to exercise restraint.",
     [("REQUEST", "CHN", "THA"), ("REQUEST", "CHN", "KHM")]),
    ("India and Pakistan exchanged fire across the Line of Control. The United States urged both sides to de-escalate.",
     [("REQUEST", "USA", "IND"), ("REQUEST", "USA", "PAK")]),
    ("Libya asked the European Union and Turkey to help with the migrant crisis.", [("REQUEST", "LBY", "EU"), ("REQUEST", "LBY", "TUR")]),
    ("Somalia called on Kenya and Ethiopia to withdraw their troops.", [("REQUEST", "SOM", "KEN"), ("REQUEST", "SOM", "ETH")]),
    ("Kosovo and Serbia traded accusations after the shooting. The European Union urged the two sides to calm tensions.",
     [("REQUEST", "EU", "XKX"), ("REQUEST", "EU", "SRB")]),
    ("Mali's junta asked Russia and Turkey for drones and instructors.", [("REQUEST", "MLI", "RUS"), ("REQUEST", "MLI", "TUR")]),
    ("Ukraine urged its partners in the European Union and the G7 to speed up deliveries.",
     [("REQUEST", "UKR", "EU"), ("REQUEST", "UKR", "G7")]),
    ("Japan consulted its allies in the G7 on the response.", [("CONSULT", "JPN", "G7")]),
    # 5. accusations by characterisation
    ("Russian forces seized three Ukrainian navy ships near the Kerch Strait. "
     "Kyiv called the seizure an outrageous violation of Ukrainian sovereignty.",
     [("ACCUSE", "UKR", "RUS"), ("COERCE", "RUS", "UKR")]),
    ("China sent dozens of warplanes near Taiwan on Sunday. Taipei described the move as a provocation.",
     [("ACCUSE", "TWN", "CHN")]),
    ("North Korea fired two ballistic missiles on Sunday. "
     "Japan's foreign ministry said the tests were a threat to regional peace.", [("ACCUSE", "JPN", "PRK")]),
    ("Russia annexed four Ukrainian regions in September. Germany called the annexation illegal.",
     [("ACCUSE", "DEU", "RUS"), ("COERCE", "RUS", "UKR")]),
    ("Israel expanded settlements in the West Bank. Jordan described the decision as a flagrant violation of international law.",
     [("ACCUSE", "JOR", "ISR")]),
    ("Iran seized a British tanker in the Strait of Hormuz. London called the seizure illegal.",
     [("ACCUSE", "GBR", "IRN"), ("COERCE", "IRN", "GBR")]),
    ("China held drills around Taiwan. Washington called the drills destabilising.", [("ACCUSE", "USA", "CHN")]),
    ("Venezuela held a referendum on annexing Essequibo. Guyana called the vote a threat to its sovereignty.",
     [("ACCUSE", "GUY", "VEN")]),
    ("North Korea launched a spy satellite on Tuesday. Seoul called the launch a grave provocation.",
     [("ACCUSE", "KOR", "PRK")]),
    ("Belarus moved troops to its border with Lithuania. Vilnius described the step as an attempt at intimidation.",
     [("ACCUSE", "LTU", "BLR")]),
    ("Turkey closed its airspace to Israeli planes. Israel called the decision hostile.", [("ACCUSE", "ISR", "TUR")]),
    ("Niger revoked its military agreement with France. Paris said the move was unacceptable.", [("ACCUSE", "FRA", "NER")]),
    ("Kosovo police raided Serb-run offices on Tuesday. Belgrade said the action was a provocation.",
     [("ACCUSE", "SRB", "XKX")]),
    # 6. threats in warnings
    ("Venezuela said any strike by the United States would be met with force.", [("THREATEN", "VEN", "USA")]),
    ("North Korea warned of a crushing response if attacked by the United States.", [("THREATEN", "PRK", "USA")]),
    ("China warned that Japan would pay a heavy price if it intervened in Taiwan.", [("THREATEN", "CHN", "JPN")]),
    ("Iran warned Israel that any attack on its nuclear sites would be met with a decisive response.",
     [("THREATEN", "IRN", "ISR")]),
    ("Pakistan said it would respond with full force to any Indian aggression.", [("THREATEN", "PAK", "IND")]),
    ("Russia's foreign ministry warned that Washington was putting its troops at risk.", [("THREATEN", "RUS", "USA")]),
    ("Beijing warned that Manila was playing with fire.", [("THREATEN", "CHN", "PHL")]),
    ("Hezbollah said any Israeli incursion would be met with force.", [("THREATEN", "GRP:hezbollah", "ISR")]),
    ("Algeria said any French interference would be met with a firm response.", [("THREATEN", "DZA", "FRA")]),
    ("India conducted air strikes in Pakistan. Islamabad warned of a befitting response.",
     [("ASSAULT", "IND", "PAK"), ("THREATEN", "PAK", "IND")]),
    ("Seoul said on Monday it reserved the right to respond to North Korea's provocations.", [("THREATEN", "KOR", "PRK")]),
]

NEGATIVE = [
    # context targets: nothing hostile to reach for
    ("Spain recalled its ambassador for consultations.", "SANCTION"),
    ("Japan appointed a new ambassador to China. Tokyo recalled its previous envoy in May.", "ASSAULT"),
    ("Germany said it reserved the right to review the contract.", "THREATEN"),
    ("The court reserved the right to rule later.", "THREATEN"),
    ("Brazil said it had no plans to change its policy.", "THREATEN"),
    ("Pakistan warned of heavy rain and floods in Punjab.", "THREATEN"),
    ("Germany warned that inflation was putting pressure on households.", "THREATEN"),
    ("The ministry said the meeting would be met with great interest.", "THREATEN"),
    ("Beijing said Canada must leave the talks.", "SANCTION"),
    ("France's ambassador said the team must leave Kyiv for safety reasons.", "SANCTION"),
    ("The diplomat said he must leave early to catch his flight.", "SANCTION"),
    ("Poland's army pulled out of the exercise because of bad weather.", "RETREAT"),
    ("Germany ended its military operation in the Baltic Sea after the drill.", "RETREAT"),
    ("Unemployment in the country rose last year, Germany's statistics office said.", "RETREAT"),
    ("Germany hosted talks with France on Monday. Berlin expelled two diplomats on Tuesday.", "SANCTION"),
    ("Japan and India signed a defence pact. Tokyo later recalled its ambassador for consultations.", "SANCTION"),
    ("Egypt and Qatar brokered a truce. Cairo then withdrew its troops from the border area.", "RETREAT"),
    ("Brazil hosted a summit on Monday. Argentina said it reserved the right to respond.", "THREATEN"),
    # weapons and places
    ("Iranian missiles were displayed at a parade in Tehran.", "ASSAULT"),
    ("A Chinese coast guard vessel sailed near a Philippine boat.", "ASSAULT"),
    ("Israeli jets flew over Beirut during the ceremony.", "ASSAULT"),
    ("Pakistan described what it called militant hideouts inside Iran.", "ASSAULT"),
    ("Turkey hosts a base used by US forces.", "ASSAULT"),
    ("The storm hit targets in Florida's Panhandle.", "ASSAULT"),
    # addressees
    ("Germany would consult its lawyers in Berlin, the chancellor said.", "CONSULT"),
    ("Japan consulted its allies on the crisis.", "CONSULT"),
    ("Kenya's partners in the EAC welcomed the plan.", "CONSULT"),
    ("Both sides said the talks were useful.", "REQUEST"),
    # characterisation
    ("Russia annexed four Ukrainian regions in September. Moscow called the annexation historic.", "ACCUSE"),
    ("China held drills around Taiwan. Beijing called the drills routine.", "ACCUSE"),
    ("North Korea fired two ballistic missiles on Sunday. Pyongyang called the launch a success.", "ACCUSE"),
    ("Greece welcomed the decision by the European Union.", "ACCUSE"),
    ("Lebanon described the move as necessary.", "ACCUSE"),
    ("Kenya's president called the move a provocation.", "ACCUSE"),
    ("Japan raised its defence budget. Tokyo called the decision a response to threats.", "ACCUSE"),
    ("The decision was called a provocation by analysts.", "ACCUSE"),
    ("Poland said the tests were a success for its army.", "ACCUSE"),
    ("India held elections in April. The opposition called the vote a fraud.", "ACCUSE"),
    # warnings
    ("Japan said any delay would be met with concern by investors.", "THREATEN"),
    ("The minister warned that the economy was at risk of recession.", "THREATEN"),
    ("Greece warned that its forests were at risk of fire.", "THREATEN"),
    ("Italy warned that Spain was playing with its budget rules.", "THREATEN"),
    ("Israel said Hamas fighters had put their own people at risk.", "THREATEN"),
    ("Germany said it would respond to the letter next week.", "THREATEN"),
    ("Canada said its troops had no red lines on the map.", "ASSAULT"),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=positive_ids(POSITIVE))
def test_positive(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=negative_ids(NEGATIVE))
def test_negative(text, kind):
    check_negative(text, kind)


def test_the_ministry_summons_the_envoy_named_before():
    """'The ministry summoned him': the ministry and the envoy are the ones named before."""
    evs = events("Germany's foreign ministry said Iran's ambassador had defended the execution. "
                 "The ministry summoned him on Tuesday.")
    assert {(e.type, *e.actor_pair()) for e in evs if e.type == "SUMMON_AMBASSADOR"} == \
        {("SUMMON_AMBASSADOR", "DEU", "IRN")}


def test_a_threat_said_with_would_is_made_when_said():
    """'X said any attack would be met with force' is a threat made on the day it is said."""
    evs = events("Venezuela said on Tuesday that any attack by the United States would be met with force.",
                 published="2025-09-03")
    got_ = [(e.type, *e.actor_pair(), e.status, e.date) for e in evs if e.type == "THREATEN"]
    assert got_ == [("THREATEN", "VEN", "USA", "occurred", "2025-09-02")]
