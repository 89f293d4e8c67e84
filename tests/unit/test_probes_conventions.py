"""Probes for the written annotation conventions of the blind sets.

Each row is a sentence of our own (not the sets' wording) that exercises one convention
stated in tests/data/unseen2..5/README.md; rows are grouped by the README that states the
convention, and the comment above a row names it. Where two READMEs disagree the later one
wins (unseen5 > unseen4 > unseen3 > unseen2), and the row says so.

POSITIVE rows list every (type, source, target, status) event of the listed types that the
text must give, and no other of those types in any status. NEGATIVE rows name a type the text
must not give as occurred or planned (what the scorer counts). DATED rows check the date and status of one event."""
from __future__ import annotations

import pytest

from tests.nlp_helpers import events
from tests.probes import negative_ids, values, with_xfails, xfail


def _key(e):
    a, b = e.actor_pair()
    return (e.type, a, b, e.status)


def found(text: str, types: set[str], published="2024-10-21") -> set[tuple]:
    return {_key(e) for e in events(text, published=published) if e.type in types}


def _want(expected):
    out = set()
    for row in expected:
        t, s, o, *rest = row
        status = rest[0] if rest else "occurred"
        if t in ("MEET", "AGREE", "COOPERATE", "CONSULT") and o < s:
            s, o = o, s
        out.add((t, s, o, status))
    return out


def _row(text, expected, *types):
    """A row whose checked types include some it expects none of (`types`)."""
    return (text, expected, tuple(types))


POSITIVE = [
    # ---------------- unseen2 ----------------
    # status: 'reportedly' -> hypothetical
    _row("Russian troops were reportedly sent to Belarus last week.", [("DEPLOY_TROOPS", "RUS", "BLR", "hypothetical")]),
    # status: 'would send troops if ...' -> hypothetical
    _row("Turkey said it would send troops to Azerbaijan if Baku asked for them.",
         [("DEPLOY_TROOPS", "TUR", "AZE", "hypothetical")]),
    # status: a claim the actor denies -> denied
    _row("Ukraine said Belarusian soldiers had crossed into its territory, which Minsk denied.",
         [("DEPLOY_TROOPS", "BLR", "UKR", "denied")]),
    # meetings postponed to a later date -> planned (date null checked in DATED)
    _row("The meeting between the Indian and Chinese foreign ministers was postponed to a later date.",
         [("MEET", "IND", "CHN", "planned")]),
    # hosts who chair the talks are MEET participants
    _row("Qatar hosted and chaired talks between Rwanda and Congo in Doha on Tuesday.",
         [("MEET", "QAT", "RWA"), ("MEET", "QAT", "COD"), ("MEET", "RWA", "COD")]),
    # multilateral MEET listed once per pair
    _row("The leaders of France, Germany and Poland met in Weimar on Monday.",
         [("MEET", "FRA", "DEU"), ("MEET", "FRA", "POL"), ("MEET", "DEU", "POL")]),
    # phone/video calls -> CONSULT, not MEET
    _row("Japan's prime minister spoke by phone with the Australian prime minister on Friday.",
         [("CONSULT", "JPN", "AUS")], "MEET"),
    _row("Emmanuel Macron held a video call with Olaf Scholz on Thursday.", [("CONSULT", "FRA", "DEU")], "MEET"),
    # DEPLOY target is the host state by recognition (Transnistria -> MDA)
    _row("Russia sent more soldiers to Transnistria in March.", [("DEPLOY_TROOPS", "RUS", "MDA")]),
    _row("Armenia deployed troops to Nagorno-Karabakh last month.", [("DEPLOY_TROOPS", "ARM", "AZE")]),
    # forces already stationed -> occurred
    _row("France keeps about 1,500 soldiers in Djibouti.", [("DEPLOY_TROOPS", "FRA", "DJI")]),
    # air strikes ('sent jets to bomb') are ASSAULT, not DEPLOY
    _row("Egypt sent warplanes to bomb militant positions in Libya on Monday.", [("ASSAULT", "EGY", "LBY")], "DEPLOY_TROOPS"),
    # troop withdrawals -> RETREAT
    _row("Kenya withdrew its soldiers from Somalia last year.", [("RETREAT", "KEN", "SOM")]),
    # high commissioners and charges d'affaires count as envoys
    _row("India summoned Canada's acting high commissioner on Tuesday.", [("SUMMON_AMBASSADOR", "IND", "CAN")]),
    _row("Lithuania summoned the Chinese charge d'affaires on Monday.", [("SUMMON_AMBASSADOR", "LTU", "CHN")]),
    # recall own ambassador, expel envoys, break ties, suspend members -> SANCTION
    _row("Ecuador recalled its ambassador from Mexico on Friday.", [("SANCTION", "ECU", "MEX")]),
    _row("Burkina Faso expelled three French diplomats on Thursday.", [("SANCTION", "BFA", "FRA")]),
    _row("Nicaragua broke off diplomatic relations with the Netherlands.", [("SANCTION", "NIC", "NLD")]),
    _row("The African Union suspended Niger after the coup.", [("SANCTION", "AU", "NER")]),
    # PLOVER mapping: protests, condemnations, lawsuits -> ACCUSE
    _row("Chile lodged a formal protest with Bolivia over the border incident.", [("ACCUSE", "CHL", "BOL")]),
    _row("Gambia brought a case against Myanmar at the International Court of Justice.", [("ACCUSE", "GMB", "MMR")]),
    # demands/appeals -> REQUEST
    _row("Somalia demanded that Ethiopia withdraw from the port deal.", [("REQUEST", "SOM", "ETH")]),
    # vetoes, refusals, declining invitations -> REJECT
    _row("Russia vetoed a resolution drafted by the United States.", [("REJECT", "RUS", "USA")]),
    _row("Brazil declined an invitation from Russia to attend the parade.", [("REJECT", "BRA", "RUS")]),
    # street demonstrations and boycotts -> PROTEST (protesters coded as their state)
    _row("Thousands of Armenian protesters rallied outside the Russian embassy in Yerevan.", [("PROTEST", "ARM", "RUS")]),
    # apologies, recognition, endorsement, ratifying a member -> SUPPORT
    _row("Germany apologised to Namibia for the colonial-era killings.", [("SUPPORT", "DEU", "NAM")]),
    _row("Spain formally recognised Palestine as a state on Tuesday.", [("SUPPORT", "ESP", "PSE")]),
    _row("Turkey's parliament ratified Sweden's membership of NATO.", [("SUPPORT", "TUR", "SWE")]),
    # signed deals / ceasefires -> AGREE
    _row("Armenia and Azerbaijan signed a peace framework in Washington.", [("AGREE", "ARM", "AZE")]),
    # military force -> ASSAULT
    _row("Azerbaijani troops attacked Armenian border posts overnight.", [("ASSAULT", "AZE", "ARM")]),
    # raids/arrests/border closures -> COERCE
    _row("Venezuela closed its border with Colombia on Saturday.", [("COERCE", "VEN", "COL")]),
    _row("Iranian police arrested two French tourists in Tehran.", [("COERCE", "IRN", "FRA")]),
    # yielding to a demand -> CONCEDE
    _row("Bowing to pressure from Washington, Israel agreed to let fuel into Gaza.", [("CONCEDE", "ISR", "USA")]),
    # IGO officials coded as the IGO
    _row("Antonio Guterres condemned the coup in Niger.", [("ACCUSE", "UN", "NER")]),
    _row("Mark Rutte met Volodymyr Zelensky in Kyiv on Thursday.", [("MEET", "NATO", "UKR")]),

    # ---------------- unseen3 ----------------
    # a summons is not also a MEET, even when the envoy is 'handed a note'
    _row("Egypt summoned the Israeli ambassador and handed him a note on Sunday.",
         [("SUMMON_AMBASSADOR", "EGY", "ISR")], "MEET"),
    # a summons ignored by the envoy is still a summons
    _row("Belarus summoned the Polish envoy on Monday, but he did not turn up.", [("SUMMON_AMBASSADOR", "BLR", "POL")]),
    # Greenland is hosted by Denmark
    _row("The United States sent troops to Greenland for an exercise.", [("DEPLOY_TROOPS", "USA", "DNK")]),
    # 'local media reported' -> hypothetical
    _row("Chinese troops were crossing into Bhutan, local media reported.", [("DEPLOY_TROOPS", "CHN", "BTN", "hypothetical")]),
    # 'rejected the charges' -> REJECT against the accuser
    _row("Rwanda accused Burundi of harbouring rebels. Burundi rejected the charges on Friday.",
         [("REJECT", "BDI", "RWA")]),
    # 'denied' an accusation sets the accused act to denied and adds no REJECT
    _row("Russia denied sending soldiers into Georgia.", [("DEPLOY_TROOPS", "RUS", "GEO", "denied")], "REJECT"),
    # being hosted by a state on a visit is a MEET with it
    _row("The Kenyan president was hosted by China during a state visit on Wednesday.", [("MEET", "KEN", "CHN")]),
    # Taiwan is TWN
    _row("Beijing condemned Taipei's new defence budget.", [("ACCUSE", "CHN", "TWN")]),

    # ---------------- unseen4 ----------------
    # a visit expected 'soon' or 'with no date set' -> MEET planned
    _row("Narendra Modi will visit Moscow soon, with no date set, the Kremlin said.", [("MEET", "IND", "RUS", "planned")]),
    # press speculation about a meeting -> hypothetical
    _row("Xi Jinping may meet Kim Jong Un next month, according to press reports.",
         [("MEET", "CHN", "PRK", "hypothetical")]),
    # a Senate president acts for the state
    _row("The president of the Czech Senate visited Taiwan in August.", [("MEET", "CZE", "TWN")]),
    # Kosovo is XKX
    _row("Serbia condemned Kosovo's decision to ban the dinar.", [("ACCUSE", "SRB", "XKX")]),
    # 'rejoined' / 'returned to' a bloc is JOIN_BLOC
    _row("The Gambia rejoined the Commonwealth in 2018.", [("JOIN_BLOC", "GMB", "COMMONWEALTH")]),
    # 'preparing to become a member' -> JOIN_BLOC planned
    _row("Timor-Leste is preparing to become a member of ASEAN.", [("JOIN_BLOC", "TLS", "ASEAN", "planned")]),
    # signing an accession protocol -> AGREE, no JOIN_BLOC
    _row("NATO members signed the accession protocols for Finland on Tuesday.",
         [("AGREE", "NATO", "FIN")], "JOIN_BLOC"),
    # forces moved to a staging country are deployed to that country
    _row("Nigeria moved fighter jets and troops to Senegal ahead of a possible intervention in Gambia.",
         [("DEPLOY_TROOPS", "NGA", "SEN")]),
    # troops arriving for a joint exercise: DEPLOY_TROOPS + COOPERATE
    _row("American troops arrived in Poland on Monday for joint exercises with the Polish army.",
         [("DEPLOY_TROOPS", "USA", "POL"), ("COOPERATE", "USA", "POL")]),
    # a statement at a summons ('told the envoy the remarks were unacceptable') is also ACCUSE
    _row("Italy summoned the French ambassador and told him the minister's remarks were unacceptable.",
         [("SUMMON_AMBASSADOR", "ITA", "FRA"), ("ACCUSE", "ITA", "FRA")]),
    # a denied accusation makes the accused act denied, no REJECT
    _row("Britain accused Russia of poisoning a former spy in Salisbury. Moscow denied any involvement.",
         [("ACCUSE", "GBR", "RUS")], "REJECT"),
    # a war 'from 1998 to 2000' is ASSAULT both ways
    _row("Ethiopia and Eritrea fought a border war from 1998 to 2000.",
         [("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")]),

    # ---------------- unseen5 ----------------
    # troops massed inside one's own territory near a frontier -> MOBILIZE against the neighbour
    # (unseen5 > unseen3: unseen3 only said 'no DEPLOY_TROOPS' for deployments at home)
    _row("Russia deployed thousands of troops near the Ukrainian border.", [("MOBILIZE", "RUS", "UKR")], "DEPLOY_TROOPS"),
    _row("Venezuela massed troops near its border with Guyana on Friday.", [("MOBILIZE", "VEN", "GUY")], "DEPLOY_TROOPS"),
    _row("Serbia had deployed thousands of soldiers near Kosovo, NATO said.", [("MOBILIZE", "SRB", "XKX")], "DEPLOY_TROOPS"),
    # cutting them back -> RETREAT
    _row("Venezuela massed troops near its border with Guyana. A week later Caracas reduced the number of troops near the border.",
         [("MOBILIZE", "VEN", "GUY"), ("RETREAT", "VEN", "GUY")]),
    # 'instructed officials to pull troops back' -> RETREAT planned
    _row("Armenia and Azerbaijan instructed their commanders to pull troops back from the border.",
         [("RETREAT", "ARM", "AZE", "planned"), ("RETREAT", "AZE", "ARM", "planned")]),
    # a bloc force with no named states -> DEPLOY_TROOPS from the bloc
    _row("KFOR, the NATO-led force, sent extra troops to Kosovo on Saturday.", [("DEPLOY_TROOPS", "NATO", "XKX")]),
    # a pact that 'could' let a state send troops -> DEPLOY_TROOPS hypothetical
    _row("The security pact could allow China to send troops to the Solomon Islands.",
         [("DEPLOY_TROOPS", "CHN", "SLB", "hypothetical")]),
    # coalition air strikes 'in Yemen' target the state where they fall
    _row("Saudi-led coalition jets carried out air strikes in Yemen on Monday.", [("ASSAULT", "SAU", "YEM")]),
    # named non-state groups take their acronym; peace deal -> AGREE
    _row("Turkish drones struck PKK positions in northern Iraq.", [("ASSAULT", "TUR", "PKK"), ("ASSAULT", "TUR", "IRQ")]),
    # switching recognition -> SUPPORT for the new partner + SANCTION against the dropped one
    _row("Honduras switched diplomatic recognition from Taiwan to China in March.",
         [("SUPPORT", "HND", "CHN"), ("SANCTION", "HND", "TWN")]),
    _row("Nauru cut ties with Taiwan and recognised Beijing on Monday.",
         [("SUPPORT", "NRU", "CHN"), ("SANCTION", "NRU", "TWN")]),
    # 'followed suit' inherits both
    xfail("Solomon Islands switched recognition from Taiwan to China in September. Days later Kiribati followed suit.",
          [("SUPPORT", "SLB", "CHN"), ("SANCTION", "SLB", "TWN"), ("SUPPORT", "KIR", "CHN"), ("SANCTION", "KIR", "TWN")], (),
          reason="'followed suit' would need the previous act copied to a new subject"),
    # formal recognition of a new state -> SUPPORT
    _row("Russia formally recognised Montenegro as an independent state in June 2006.", [("SUPPORT", "RUS", "MNE")]),
    # suspending a member -> SANCTION bloc -> member
    _row("MERCOSUR suspended Venezuela indefinitely in 2017.", [("SANCTION", "MERCOSUR", "VEN")]),
    _row("ECOWAS suspended Guinea from the bloc after the coup.", [("SANCTION", "ECOWAS", "GIN")]),
    # final approval of an accession package -> SUPPORT bloc -> candidate
    _row("EU members gave final approval to Croatia's accession treaty on Friday.", [("SUPPORT", "EU", "HRV")]),
    # Security Council recommending admission -> SUPPORT UN -> candidate
    _row("The UN Security Council recommended the admission of South Sudan on Wednesday.", [("SUPPORT", "UN", "SSD")]),
    # blocking accession talks / consensus -> REJECT
    _row("Bulgaria blocked the start of EU accession talks with North Macedonia.", [("REJECT", "BGR", "MKD")]),
    _row("Hungary blocked consensus on Ukraine's membership talks.", [("REJECT", "HUN", "UKR")]),
    # lifting that veto / dropping objections -> CONCEDE
    _row("Bulgaria lifted its veto on North Macedonia's accession talks.", [("CONCEDE", "BGR", "MKD")]),
    _row("Turkey dropped its objections to Finland's NATO bid.", [("CONCEDE", "TUR", "FIN")]),
    # 'said it would send food' -> AID planned
    _row("Egypt said it would send food and medicine to Sudan.", [("AID", "EGY", "SDN", "planned")]),
    # unconfirmed report of a development fund -> AID hypothetical
    _row("China will reportedly set up a development fund for Kiribati, a newspaper said.",
         [("AID", "CHN", "KIR", "hypothetical")]),
    # 'has long helped X through its financial crises' -> AID occurred
    _row("Saudi Arabia has long helped Egypt through its financial crises.", [("AID", "SAU", "EGY")]),
    # granting asylum -> AID to the asylum seekers' state
    _row("Mexico granted political asylum to the family of the ousted Peruvian president.", [("AID", "MEX", "PER")]),
    # reopening airspace and borders / lifting a boycott -> CONCEDE
    _row("Saudi Arabia reopened its airspace and land border to Qatar on Tuesday.", [("CONCEDE", "SAU", "QAT")]),
    _row("The United Arab Emirates lifted its boycott of Qatar in January.", [("CONCEDE", "ARE", "QAT")]),
    # 'expected to follow suit' -> CONCEDE planned for each named state
    _row("Saudi Arabia reopened its border with Qatar. Bahrain and Egypt are expected to follow suit.",
         [("CONCEDE", "SAU", "QAT"), ("CONCEDE", "BHR", "QAT", "planned"), ("CONCEDE", "EGY", "QAT", "planned")]),
    # bowing to a demand to withdraw troops -> CONCEDE + RETREAT planned
    _row("Bowing to Mali's demand, France agreed to withdraw its troops from the country.",
         [("CONCEDE", "FRA", "MLI"), ("RETREAT", "FRA", "MLI", "planned")]),
    # granting a requested safe conduct -> CONCEDE planned
    _row("Peru said it would grant the safe conduct Mexico had requested for the former president's family.",
         [("CONCEDE", "PER", "MEX", "planned")]),
    # a state visit's greeting embrace is the MEET
    _row("The Emir of Qatar embraced the Egyptian president at Cairo airport on Monday.", [("MEET", "QAT", "EGY")]),
    # 'signed deals' during a state visit -> AGREE
    _row("During a state visit to Abu Dhabi, Indonesia's president signed deals with the UAE.",
         [("AGREE", "IDN", "ARE")]),
    # the pledges inside a signed declaration are not separate events, only the AGREE
    _row("Kenya and Ethiopia signed a joint declaration in which they pledged to boost trade and cooperate on security.",
         [("AGREE", "KEN", "ETH")], "COOPERATE"),
    # 'declined to take part' -> REJECT
    _row("Mexico declined to take part in the summit hosted by the United States.", [("REJECT", "MEX", "USA")]),
    # 'refused to recognise' -> REJECT
    _row("Brazil refused to recognise the election result announced by Venezuela.", [("REJECT", "BRA", "VEN")]),
    # a summons 'to protest against' is also ACCUSE
    _row("Turkey summoned the Russian ambassador to protest against the violation of its airspace.",
         [("SUMMON_AMBASSADOR", "TUR", "RUS"), ("ACCUSE", "TUR", "RUS")]),
    # 'handed a note of protest' is also ACCUSE
    _row("Japan summoned China's ambassador and handed him a note of protest.",
         [("SUMMON_AMBASSADOR", "JPN", "CHN"), ("ACCUSE", "JPN", "CHN")]),
    # a summons 'over what it called hostile statements' -> ACCUSE too
    _row("Bahrain summoned Iran's charge d'affaires over what it called hostile statements.",
         [("SUMMON_AMBASSADOR", "BHR", "IRN"), ("ACCUSE", "BHR", "IRN")]),
    # protesters storming an embassy -> PROTEST
    _row("Iranian protesters stormed the Saudi embassy in Tehran on Saturday.", [("PROTEST", "IRN", "SAU")]),
    # consumer boycotts -> PROTEST
    _row("Turkish shoppers boycotted French goods after the president's remarks.", [("PROTEST", "TUR", "FRA")]),
]

NEGATIVE = [
    # ---------------- unseen2 ----------------
    # plain negations -> no event
    ("Chile did not meet Bolivia's foreign minister at the summit.", "MEET"),
    ("Russia has no intention of sending troops to Moldova.", "DEPLOY_TROOPS"),
    # invitations -> no event
    ("Japan invited South Korea's president to visit Tokyo.", "MEET"),
    # cancelled, called off or shelved meetings -> none
    ("Poland called off a meeting with Hungary's foreign minister on Monday.", "MEET"),
    ("The summit between Serbia and Kosovo was cancelled at the last minute.", "MEET"),
    ("Talks between Egypt and Ethiopia were shelved indefinitely.", "MEET"),
    # vague hopes and habitual commitments -> none
    ("Vietnam hoped to host the Philippine president next year.", "MEET"),
    ("India and Nepal agreed to meet once a year to review their border.", "MEET"),
    # phone calls are not MEET
    ("Turkey's president spoke by telephone with Sweden's prime minister on Monday.", "MEET"),
    # applications and observer status are not JOIN_BLOC
    ("Bosnia applied to join the European Union in 2016.", "JOIN_BLOC"),
    ("Timor-Leste was granted observer status in ASEAN.", "JOIN_BLOC"),
    # air strikes are not DEPLOY_TROOPS
    ("Israel sent jets to bomb targets in Syria on Sunday.", "DEPLOY_TROOPS"),

    # ---------------- unseen3 ----------------
    # a summons is not also a MEET
    ("Norway summoned Russia's ambassador, who was received by the state secretary.", "MEET"),
    # deploying forces inside one's own country -> no DEPLOY_TROOPS
    ("Mexico sent National Guard troops to its northern border.", "DEPLOY_TROOPS"),
    # handing over an application is no MEET unless talks are stated
    ("Ukraine's ambassador handed the application to NATO officials in Brussels.", "MEET"),
    # 'denied' an accusation adds no REJECT
    ("Iran denied supplying drones to Russia.", "REJECT"),
    ("Rwanda dismissed accusations that it backed the rebels in Congo.", "REJECT"),

    # ---------------- unseen4 ----------------
    # meetings with private citizens / protest leaders are no MEET
    ("Italy's deputy prime minister met leaders of the French yellow vest movement near Paris.", "MEET"),
    # offers to meet are no MEET
    ("Vladimir Putin said he was ready to meet Volodymyr Zelensky.", "MEET"),
    # 'belongs to' / 'is a member alongside' / founding a bloc is no JOIN_BLOC
    ("Kazakhstan belongs to the Eurasian Economic Union.", "JOIN_BLOC"),
    ("Armenia is a member of the CSTO alongside Russia and Belarus.", "JOIN_BLOC"),
    ("The Eurasian Economic Union was launched by Russia, Belarus and Kazakhstan in 2015.", "JOIN_BLOC"),
    # moving to ratify a statute is no JOIN_BLOC
    ("Ukraine's parliament moved to ratify the Rome Statute of the International Criminal Court.", "JOIN_BLOC"),

    # ---------------- unseen5 ----------------
    # 'no intention of sending its army into X' -> none
    ("Serbia has no intention of sending its army into Kosovo, the president said.", "DEPLOY_TROOPS"),
    ("Serbia has no intention of sending its army into Kosovo, the president said.", "MOBILIZE"),
    # agentless violence -> no event
    ("A gunfight broke out near the border crossing on Sunday in which two policemen were killed.", "ASSAULT"),
    # foiled plots are no ASSAULT
    ("Danish police foiled an Iranian plot to assassinate an exile in Denmark.", "ASSAULT"),
    # BRICS partner-status offers are no JOIN_BLOC
    ("BRICS offered partner status to Bolivia and Cuba.", "JOIN_BLOC"),
    # 'the EAC, which already groups ...' is no JOIN_BLOC
    ("The EAC, which already groups Kenya, Uganda and Tanzania, met in Arusha.", "JOIN_BLOC"),
    # offers ('ready to help') -> none
    ("China said it was ready to help Pakistan and India resolve the dispute.", "AID"),
    ("Turkey said it stood ready to help Libya rebuild its army.", "AID"),
    # a dinner between a foreign ambassador and an opposition party leader is no MEET
    ("The US ambassador had dinner with the leader of Thailand's opposition party.", "MEET"),
    # 'Regional ministers are due to meet' with no named states -> none
    ("Regional foreign ministers are due to meet next week.", "MEET"),
    # 'has never recognised' is a plain negation -> none
    ("Serbia has never recognised Kosovo's independence.", "REJECT"),
    ("Serbia has never recognised Kosovo's independence.", "SUPPORT"),
    # 'met none of those demands' -> none
    ("Qatar met none of those demands.", "CONCEDE"),
    ("Qatar met none of those demands.", "MEET"),
    # a domestic party criticising its own government -> none
    ("Germany's opposition Christian Democrats criticised the German government over its budget.", "ACCUSE"),
    ("Britain's Labour party attacked the British government's migration plan.", "ACCUSE"),
    # domestic protests -> none
    ("Thousands of Serbian protesters marched against the Serbian government in Belgrade.", "PROTEST"),
    # cancelled meetings -> none (x-030, x-019)
    ("Sergei Lavrov called off his trip to Turkey at the last minute.", "MEET"),
    ("The US vice president cancelled a planned visit to Denmark.", "MEET"),
    # invitations -> none
    ("The Swiss president invited the leaders of Armenia and Azerbaijan to Geneva.", "MEET"),

    # near-misses for the rules widened for these conventions
    ("Germany switched its gas imports from Russia to Norway.", "SUPPORT"),
    ("Germany switched its gas imports from Russia to Norway.", "SANCTION"),
    ("Kenya suspended its finance minister on Monday.", "SANCTION"),
    ("The African Union suspended its summit because of the storm.", "SANCTION"),
    ("Greece reopened its border crossing after the floods.", "CONCEDE"),
    ("Peruvian police stormed the parliament building in Lima.", "PROTEST"),
    ("Germany helped organise the conference in Berlin.", "AID"),
    ("The minister recommended the admission of more foreign students.", "SUPPORT"),
    ("Bulgaria blocked the road to the airport.", "REJECT"),
    ("Thousands of Brazilian fans rallied outside the stadium in Doha.", "PROTEST"),
    ("The United States moved warships near Venezuela.", "MOBILIZE"),
    ("Turkey said it would send troops to Azerbaijan.", "MOBILIZE"),
    ("Bolivia granted a loan extension to its farmers.", "CONCEDE"),
]

# (text, published, (type, source, target), status, date)
DATED = [
    # unseen2: 'last week' / 'this month' / 'in January' -> YYYY-MM
    ("Japan's foreign minister met Chinese officials in Beijing last week.", "2024-10-21",
     ("MEET", "CHN", "JPN"), "occurred", "2024-10"),
    # unseen2: 'last year' -> YYYY
    ("Kenya withdrew its soldiers from Somalia last year.", "2024-10-21", ("RETREAT", "KEN", "SOM"), "occurred", "2023"),
    # unseen2: a clause with no date of its own -> null ('X said on Tuesday it had started deploying')
    ("Russia said on Tuesday it had started deploying troops to Belarus.", "2024-10-23",
     ("DEPLOY_TROOPS", "RUS", "BLR"), "occurred", None),
    # unseen2: 'last Thursday' in a Thursday article means a week earlier
    ("Ghana summoned the Togolese ambassador last Thursday.", "2024-10-24",
     ("SUMMON_AMBASSADOR", "GHA", "TGO"), "occurred", "2024-10-17"),
    # unseen2: postponed meetings -> planned, null date
    ("The visit of Italy's prime minister to Algeria, due on Monday, was postponed.", "2024-10-21",
     ("MEET", "DZA", "ITA"), "planned", None),
    # unseen2: forces already stationed -> occurred, null date
    ("Russia keeps some 1,500 troops in Transnistria.", "2024-10-21", ("DEPLOY_TROOPS", "RUS", "MDA"), "occurred", None),
    # unseen2: an accession takes the date it took effect
    ("Finland, which applied in May 2022, became NATO's 31st member on 4 April 2023.", "2024-10-21",
     ("JOIN_BLOC", "FIN", "NATO"), "occurred", "2023-04-04"),
    # unseen4: "X said in June it had applied" -> null date
    ("Thailand said in June it had applied to join BRICS.", "2024-10-21",
     ("APPLY_MEMBERSHIP", "THA", "BRICS"), "occurred", None),
    # unseen4: visit with no date set -> MEET planned/null
    ("Lula will visit China soon, officials said, with no date set.", "2024-10-21", ("MEET", "BRA", "CHN"), "planned", None),
    # unseen4: preparing to become a member -> JOIN_BLOC planned/null
    ("Bolivia is preparing to become a full member of MERCOSUR.", "2024-10-21",
     ("JOIN_BLOC", "BOL", "MERCOSUR"), "planned", None),
    # unseen4: a war fought 'from 1998 to 2000' -> dated 1998
    ("Ethiopia and Eritrea fought a border war from 1998 to 2000.", "2024-10-21", ("ASSAULT", "ETH", "ERI"), "occurred", "1998"),
    # unseen5: 'later in the week' -> YYYY-MM
    ("Turkey's foreign minister will meet his Greek counterpart later in the week.", "2024-10-21",
     ("MEET", "GRC", "TUR"), "planned", "2024-10"),
    # unseen5: 'in the autumn' -> the year
    ("Sweden's prime minister will visit Japan in the autumn.", "2024-05-10", ("MEET", "JPN", "SWE"), "planned", "2024"),
    # unseen5: 'two years ago' -> the derived year
    ("Paraguay recalled its ambassador from Venezuela two years ago.", "2024-10-21",
     ("SANCTION", "PRY", "VEN"), "occurred", "2022"),
    # unseen5: 'six years after' -> the derived year
    ("Ethiopia and Eritrea fought a war in 1998. Twenty years after the war, the two countries signed a peace deal.",
     "2024-10-21", ("AGREE", "ERI", "ETH"), "occurred", "2018"),
    # unseen5: 'A day later' resolves from the anchor it follows
    ("India summoned Bangladesh's envoy on 3 March. A day later Dhaka summoned the Indian envoy.", "2024-10-21",
     ("SUMMON_AMBASSADOR", "BGD", "IND"), "occurred", "2024-03-04"),
]


# rows the extractor cannot follow yet (strict: a fix shows up as XPASS)
XFAIL = {
    "Ukraine said Belarusian soldiers had crossed into its territory, which Minsk denied.":
        "'crossed into its territory' by forces is not read as a deployment; the 'which X denied' relative is not applied",
    "Antonio Guterres condemned the coup in Niger.":
        "the coup has no actor in the text, so the condemnation finds no target",
    "Mark Rutte met Volodymyr Zelensky in Kyiv on Thursday.":
        "Rutte is not in the people gazetteer as NATO's secretary general",
    "The United States sent troops to Greenland for an exercise.":
        "Greenland is not mapped to its host state DNK in the gazetteer",
    "NATO members signed the accession protocols for Finland on Tuesday.":
        "an accession protocol signed by a bloc's members 'for X' is not read as an AGREE bloc-X",
    "American troops arrived in Poland on Monday for joint exercises with the Polish army.":
        "the exercise noun under 'for' is not read as COOPERATE between the arriving and host forces",
    "Italy summoned the French ambassador and told him the minister's remarks were unacceptable.":
        "the 'unacceptable' predicate's act owner ('the minister') is not resolved to the envoy's state",
    "Venezuela massed troops near its border with Guyana. A week later Caracas reduced the number of troops near the border.":
        "'reduced the number of troops' is not a RETREAT reading",
    "Armenia and Azerbaijan instructed their commanders to pull troops back from the border.":
        "the pull-back is done by the instructed commanders; the instructing states are not read as its sources",
    "Turkish drones struck PKK positions in northern Iraq.":
        "PKK is not in the armed-group gazetteer",
    "Nauru cut ties with Taiwan and recognised Beijing on Monday.":
        "the parser makes 'Nauru' an npadvmod, so the conjoined verb takes the wrong subject",
    "China will reportedly set up a development fund for Kiribati, a newspaper said.":
        "'set up a fund for X' is not an AID reading",
    "Bowing to Mali's demand, France agreed to withdraw its troops from the country.":
        "the RETREAT under 'agreed to' is not read when the concession frame already took the clause",
    "Kenya and Ethiopia signed a joint declaration in which they pledged to boost trade and cooperate on security.":
        "pledges inside a signed declaration still give their own AGREE/COOPERATE events",
    "India and Nepal agreed to meet once a year to review their border.":
        "habitual commitments ('once a year') are read as a planned meeting",
    "Italy's deputy prime minister met leaders of the French yellow vest movement near Paris.":
        "leaders of a protest movement are coded as their state, not as private citizens",
    "Thailand said in June it had applied to join BRICS.":
        "the reporting clause's date is still given to the past-perfect act",
    "Sweden's prime minister will visit Japan in the autumn.":
        "'in the autumn' is not resolved to the year",
    "Ethiopia and Eritrea fought a war in 1998. Twenty years after the war, the two countries signed a peace deal.":
        "'N years after' an anchor is not resolved",
}


def _ids(rows):
    out = []
    for i, r in enumerate(rows):
        exp = values(r)[1]
        out.append(f"{exp[0][0] if exp else 'none'}-{i}")
    return out


@pytest.mark.parametrize("text,expected,extra", with_xfails(POSITIVE, XFAIL), ids=_ids(POSITIVE))
def test_convention_positive(text, expected, extra):
    types = {e[0] for e in expected} | set(extra)
    assert found(text, types) == _want(expected), text


@pytest.mark.parametrize("text,kind", with_xfails(NEGATIVE, XFAIL), ids=negative_ids(NEGATIVE))
def test_convention_negative(text, kind):
    got = {_key(e) for e in events(text) if e.type == kind and e.status in ("occurred", "planned")}
    assert not got, (text, got)


@pytest.mark.parametrize("text,published,key,status,date", with_xfails(DATED, XFAIL),
                         ids=[f"{r[2][0]}-{i}" for i, r in enumerate(DATED)])
def test_convention_dated(text, published, key, status, date):
    evs = [e for e in events(text, published=published) if (e.type, *e.actor_pair()) == key]
    assert [(e.status, e.date) for e in evs] == [(status, date)], (text, [(e.status, e.date) for e in evs])


def test_said_on_day_that_two_had_signed_has_no_date():
    """unseen5: 'Beijing said on Tuesday the two countries had signed' -> the signing is undated."""
    text = "China and Laos held talks in Vientiane. Beijing said on Tuesday the two countries had signed a trade deal."
    evs = [e for e in events(text, published="2024-10-23") if e.type == "AGREE"]
    assert evs and all(e.date is None for e in evs), [(e.actor_pair(), e.date) for e in evs]
