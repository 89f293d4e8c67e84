"""Probe sentences for the material PLOVER types (ASSAULT, COERCE, SANCTION, MOBILIZE,
RETREAT): ordinary wire-service phrasings of our own, written without looking at any article
set, in varied shapes (active, passive, nominal, reported speech, titles with names,
capitals as metonyms, nationality + forces, pronouns after an earlier sentence, dates).

Each positive lists the (type, source, target) events of its types that the text must give
and no other of those types; a target of None is an event with no target actor (PLOVER's
MOBILIZE needs none: 'the US put 8,500 troops on alert'). Each negative names a type the
text must not give (as occurred or planned).

Conventions (tests/data/unseen2..4/README.md, CAMEO2PLOVER): force, strikes, clashes, wars
-> ASSAULT (both ways for clashes and wars); arrests, seizures, border closures, blockades,
deporting people -> COERCE; sanctions, expelling or recalling envoys, cut ties, trade bans ->
SANCTION (a cancelled visit is no event); alerts, massed troops, drills, call-ups ->
MOBILIZE; withdrawals, releases, lifted sanctions, returned vessels -> RETREAT.
"""
from __future__ import annotations

import pytest

from tests.probes import check_negative, check_positive, negative_ids, positive_ids, xfail


POSITIVE = [
    # ASSAULT
    ("Russia launched missile strikes on Ukrainian energy facilities on Tuesday.", [("ASSAULT", "RUS", "UKR")]),
    ("Ukrainian positions near Bakhmut came under heavy shelling by Russian forces.", [("ASSAULT", "RUS", "UKR")]),
    ("A drone strike by Turkey hit a convoy in northern Iraq.", [("ASSAULT", "TUR", "IRQ")]),
    ("Israeli jets bombed targets in Syria early on Sunday.", [("ASSAULT", "ISR", "SYR")]),
    ("Iran shot down an American drone over the Strait of Hormuz.", [("ASSAULT", "IRN", "USA")]),
    ("Clashes broke out between Indian and Chinese troops in the Galwan Valley.",
     [("ASSAULT", "IND", "CHN"), ("ASSAULT", "CHN", "IND")]),
    ("Ethiopia fought a war with Eritrea from 1998 to 2000.", [("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")]),
    ("Armenian and Azerbaijani forces clashed along the border on Monday.",
     [("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")]),
    ("Pakistan's air force struck militant hideouts in Afghanistan.", [("ASSAULT", "PAK", "AFG")]),
    ("The Houthis fired a missile at an American destroyer in the Red Sea.", [("ASSAULT", "GRP:houthis", "USA")]),
    ("Ukrainian forces attacked a Russian air base in Crimea.", [("ASSAULT", "UKR", "RUS")]),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", [("ASSAULT", "RUS", "UKR")]),
    ("Israel carried out air strikes on Hezbollah targets in Lebanon on Saturday.",
     [("ASSAULT", "ISR", "GRP:hezbollah"), ("ASSAULT", "ISR", "LBN")]),
    ("North Korea fired two ballistic missiles toward Japan on Thursday.", [("ASSAULT", "PRK", "JPN")]),
    ("Azerbaijan launched a military offensive against Armenia in September 2022.", [("ASSAULT", "AZE", "ARM")]),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat.", [("ASSAULT", "CHN", "PHL")]),
    ("A Chinese vessel rammed a Philippine coast guard ship near the Spratly Islands.", [("ASSAULT", "CHN", "PHL")]),
    ("Saudi-led coalition jets bombed the Yemeni capital.", [("ASSAULT", "SAU", "YEM")]),
    ("The United States and Britain struck Houthi targets in Yemen.",
     [("ASSAULT", "USA", "GRP:houthis"), ("ASSAULT", "GBR", "GRP:houthis"), ("ASSAULT", "USA", "YEM"),
      ("ASSAULT", "GBR", "YEM")]),
    ("Russia invaded Ukraine in February 2022.", [("ASSAULT", "RUS", "UKR")]),
    ("Turkish warplanes struck Kurdish positions in northern Syria.", [("ASSAULT", "TUR", "SYR")]),
    xfail("Britain said Russian agents had poisoned a former spy in Salisbury.", [("ASSAULT", "RUS", "GBR")],
          reason="the target is the state of a town the gazetteer does not list"),
    ("Iran launched hundreds of drones and missiles at Israel in April.", [("ASSAULT", "IRN", "ISR")]),
    ("Sudan's army shelled positions held by the Rapid Support Forces in Khartoum.",
     [("ASSAULT", "SDN", "GRP:rsf")]),
    ("India said its army had destroyed Pakistani posts along the Line of Control.", [("ASSAULT", "IND", "PAK")]),
    ("Ukraine hit a Russian warship in the Black Sea with naval drones.", [("ASSAULT", "UKR", "RUS")]),
    ("Moscow denied the report. Ukraine said it shot down 30 Russian drones overnight.", [("ASSAULT", "UKR", "RUS")]),
    ("Israeli forces opened fire on Lebanese army positions near Naqoura.", [("ASSAULT", "ISR", "LBN")]),
    # COERCE
    ("China detained two Canadian citizens in December 2018.", [("COERCE", "CHN", "CAN")]),
    ("Russian police arrested a US citizen in Moscow on Friday.", [("COERCE", "RUS", "USA")]),
    ("Iran seized a Greek-flagged tanker in the Gulf of Oman.", [("COERCE", "IRN", "GRC")]),
    ("Two British nationals were arrested by Iranian authorities.", [("COERCE", "IRN", "GBR")]),
    ("Poland closed its border with Belarus to freight traffic.", [("COERCE", "POL", "BLR")]),
    ("Finland shut its border with Russia in November.", [("COERCE", "FIN", "RUS")]),
    ("Azerbaijan blockaded the Lachin corridor to Armenia.", [("COERCE", "AZE", "ARM")]),
    ("Russia's navy blocked Ukrainian ships from leaving Odesa.", [("COERCE", "RUS", "UKR")]),
    ("Israel's navy intercepted a Turkish boat carrying aid to Gaza.", [("COERCE", "ISR", "TUR")]),
    ("Russia occupied Crimea in March 2014.", [("COERCE", "RUS", "UKR")]),
    ("Venezuela arrested three Colombian soldiers who crossed the border.", [("COERCE", "VEN", "COL")]),
    ("Burundi's government deported hundreds of Rwandan refugees.", [("COERCE", "BDI", "RWA")]),
    ("Chinese authorities detained a Japanese businessman in Beijing.", [("COERCE", "CHN", "JPN")]),
    ("Guinea closed its border with Sierra Leone on Monday.", [("COERCE", "GIN", "SLE")]),
    ("Russia seized three Ukrainian navy vessels near the Kerch Strait in 2018.", [("COERCE", "RUS", "UKR")]),
    ("The Indian navy seized a Chinese fishing trawler off the Andaman Islands.", [("COERCE", "IND", "CHN")]),
    # SANCTION
    ("The United States imposed sanctions on Russian banks on Thursday.", [("SANCTION", "USA", "RUS")]),
    ("The European Union froze the assets of Russia's central bank.", [("SANCTION", "EU", "RUS")]),
    ("Britain froze the assets of seven Russian oligarchs.", [("SANCTION", "GBR", "RUS")]),
    ("Israel recalled its ambassador from Turkey for consultations.", [("SANCTION", "ISR", "TUR")]),
    ("Poland expelled 45 Russian diplomats in March.", [("SANCTION", "POL", "RUS")]),
    ("Bolivia cut diplomatic ties with Israel on Tuesday.", [("SANCTION", "BOL", "ISR")]),
    ("Turkey suspended all trade with Israel in May.", [("SANCTION", "TUR", "ISR")]),
    ("China banned imports of Japanese seafood in August.", [("SANCTION", "CHN", "JPN")]),
    ("Russia banned imports of food from the European Union.", [("SANCTION", "RUS", "EU")]),
    ("Canada and Japan imposed new sanctions against Iran.", [("SANCTION", "CAN", "IRN"), ("SANCTION", "JPN", "IRN")]),
    ("Sanctions were imposed on North Korea by the United Nations in 2006.", [("SANCTION", "UN", "PRK")]),
    ("Algeria severed diplomatic relations with Morocco in August 2021.", [("SANCTION", "DZA", "MAR")]),
    ("Germany expelled two Russian diplomats over the killing in Berlin.", [("SANCTION", "DEU", "RUS")]),
    ("The Czech Republic ordered 18 Russian diplomats to leave the country.", [("SANCTION", "CZE", "RUS")]),
    ("Washington placed tariffs on Chinese electric vehicles.", [("SANCTION", "USA", "CHN")]),
    ("Ukraine's President Volodymyr Zelensky imposed sanctions on Iranian arms makers.", [("SANCTION", "UKR", "IRN")]),
    ("Lithuania recalled its ambassador to China in August 2021.", [("SANCTION", "LTU", "CHN")]),
    ("Niger's junta expelled the French ambassador.", [("SANCTION", "NER", "FRA")]),
    ("Australia imposed travel bans on five Russian officials.", [("SANCTION", "AUS", "RUS")]),
    ("Turkey halted exports to Israel on Thursday.", [("SANCTION", "TUR", "ISR")]),
    # MOBILIZE (a None target: no actor is mobilised against in the text)
    ("The United States put 8,500 troops on heightened alert on Monday.", [("MOBILIZE", "USA", None)]),
    ("Russia massed more than 100,000 troops near the border with Ukraine.", [("MOBILIZE", "RUS", "UKR")]),
    ("China held large-scale military drills near Taiwan in August.", [("MOBILIZE", "CHN", "TWN")]),
    ("Russia called up 300,000 reservists in September 2022.", [("MOBILIZE", "RUS", None)]),
    ("Vladimir Putin declared a partial mobilisation on Wednesday.", [("MOBILIZE", "RUS", None)]),
    ("Israel called up 300,000 reservists after the attack.", [("MOBILIZE", "ISR", None)]),
    ("North Korea put its army on high alert.", [("MOBILIZE", "PRK", None)]),
    ("Taiwan's defence ministry put its forces on high alert as Chinese ships approached.",
     [("MOBILIZE", "TWN", None)]),
    ("India deployed extra troops along its border with China.", [("MOBILIZE", "IND", "CHN")]),
    ("Belarus massed troops near the Polish border in July.", [("MOBILIZE", "BLR", "POL")]),
    ("Armenia mobilised its army after the attack.", [("MOBILIZE", "ARM", None)]),
    ("Venezuela ordered a military buildup near the border with Guyana.", [("MOBILIZE", "VEN", "GUY")]),
    ("Serbia put its army on the highest level of combat readiness.", [("MOBILIZE", "SRB", None)]),
    ("Kim Jong Un ordered his troops to be on alert. North Korea also raised the readiness of its artillery units.",
     [("MOBILIZE", "PRK", None)]),
    ("Azerbaijan held military exercises near the Armenian border.", [("MOBILIZE", "AZE", "ARM")]),
    # RETREAT
    ("France withdrew its troops from Mali in August 2022.", [("RETREAT", "FRA", "MLI")]),
    ("Russia pulled out of Kherson in November.", [("RETREAT", "RUS", "UKR")]),
    ("The United States ended its military mission in Iraq.", [("RETREAT", "USA", "IRQ")]),
    ("Iran released detained British sailors on Wednesday.", [("RETREAT", "IRN", "GBR")]),
    ("The European Union lifted sanctions on Belarusian potash.", [("RETREAT", "EU", "BLR")]),
    ("Iran returned the seized British tanker in September.", [("RETREAT", "IRN", "GBR")]),
    ("Russia returned three seized Ukrainian navy ships in November 2019.", [("RETREAT", "RUS", "UKR")]),
    ("American troops withdrew from Syria's northeast.", [("RETREAT", "USA", "SYR")]),
    ("Washington eased sanctions on Venezuela's oil sector.", [("RETREAT", "USA", "VEN")]),
    ("Germany pulled its troops out of Afghanistan in June 2021.", [("RETREAT", "DEU", "AFG")]),
    ("China freed two detained Canadian citizens in September 2021.", [("RETREAT", "CHN", "CAN")]),
    ("Russian forces withdrew from Kyiv region at the end of March.", [("RETREAT", "RUS", "UKR")]),
    ("North Korea released an American soldier who had crossed the border.", [("RETREAT", "PRK", "USA")]),
    ("Rwanda withdrew its troops from Congo in 2002.", [("RETREAT", "RWA", "COD")]),
    ("Britain lifted its arms embargo on Israel.", [("RETREAT", "GBR", "ISR")]),
    ("Mali's junta released 46 Ivorian soldiers in January.", [("RETREAT", "MLI", "CIV")]),
    ("Armenia withdrew its forces from Nagorno-Karabakh.", [("RETREAT", "ARM", "AZE")]),
    # second round: passives, nominals, titles, context
    ("About 8,500 American troops were put on high alert on Monday.", [("MOBILIZE", "USA", None)]),
    ("Defence Minister Yoav Gallant called up 50,000 reservists.", [("MOBILIZE", "ISR", None)]),
    ("Thousands of Russian reservists were called up in September.", [("MOBILIZE", "RUS", None)]),
    ("Georgia's army clashed with Russian troops in South Ossetia.", [("ASSAULT", "GEO", "RUS"), ("ASSAULT", "RUS", "GEO")]),
    xfail("Fighting between Sudanese and Ethiopian forces broke out near al-Fashaga.",
          [("ASSAULT", "SDN", "ETH"), ("ASSAULT", "ETH", "SDN")],
          reason="the parser reads the subject 'Fighting' as a verb (gerund), which has no 'between' reading"),
    ("Chinese forces came under attack by Indian troops in Ladakh, Beijing said.", [("ASSAULT", "IND", "CHN")]),
    ("Kyiv said its air defences destroyed 20 Russian drones overnight.", [("ASSAULT", "UKR", "RUS")]),
    ("Hungary withdrew from the International Criminal Court in 2025.", [("SANCTION", "HUN", "ICC")]),
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS in January.",
     [("SANCTION", "MLI", "ECOWAS"), ("SANCTION", "BFA", "ECOWAS"), ("SANCTION", "NER", "ECOWAS")]),
    ("Iran handed back the seized tanker to Britain.", [("RETREAT", "IRN", "GBR")]),
    ("The Netherlands ended its military mission in Afghanistan in 2010.", [("RETREAT", "NLD", "AFG")]),
    ("Russia freed jailed American journalist Evan Gershkovich in August.", [("RETREAT", "RUS", "USA")]),
    ("The MONUSCO peacekeepers withdrew from South Kivu. Burundi also pulled its troops out of Congo in 2024.",
     [("RETREAT", "BDI", "COD")]),
]

NEGATIVE = [
    # ASSAULT near misses
    ("Russia denied that its forces had attacked the convoy.", "ASSAULT"),
    ("Analysts warned that China could launch strikes on Taiwan.", "ASSAULT"),
    ("The launch of the satellite by Japan went smoothly.", "ASSAULT"),
    ("Ukraine launched a fundraising campaign in Germany.", "ASSAULT"),
    ("India and Pakistan struck a deal on water sharing.", "ASSAULT"),
    ("The 1998 war between Ethiopia and Eritrea killed 80,000 people.", "ASSAULT"),
    ("France shot a documentary in Morocco.", "ASSAULT"),
    ("Clashes between protesters and police erupted in Paris.", "ASSAULT"),
    ("The floods hit Pakistan and India hard in August.", "ASSAULT"),
    ("Germany fought for a deal with France at the summit.", "ASSAULT"),
    ("Ukrainian forces shot down ten Iranian-made drones over Kyiv.", "ASSAULT"),
    ("Narendra Modi began a visit to Moscow, his first since the invasion of Ukraine.", "ASSAULT"),
    # COERCE near misses
    ("Police arrested two protesters in Tbilisi.", "COERCE"),
    ("Finland reopened its border with Russia.", "COERCE"),
    ("Poland did not close its border with Ukraine.", "COERCE"),
    ("Britain seized the opportunity to deepen ties with India.", "COERCE"),
    ("China has not detained any Australian citizens since 2023.", "COERCE"),
    ("Brazil blocked a pass in the match against Argentina.", "COERCE"),
    # SANCTION near misses
    ("Japan cancelled a visit by its foreign minister to China.", "SANCTION"),
    ("The EU discussed freezing Russian assets at the summit.", "SANCTION"),
    ("Britain lifted sanctions on Syria.", "SANCTION"),
    ("Israel's ambassador to Turkey returned to Ankara.", "SANCTION"),
    ("The ban on Chinese imports was lifted by Australia.", "SANCTION"),
    ("Hungary refused to impose sanctions on Russian energy.", "SANCTION"),
    ("Canada cut its interest rates in June.", "SANCTION"),
    ("The United States recalled that it had supported Ukraine since 2014.", "SANCTION"),
    # MOBILIZE near misses
    ("Russia denied that it was massing troops near Ukraine.", "MOBILIZE"),
    ("Japan put its economy on a war footing in 1941.", "MOBILIZE"),
    ("Italy raised interest rates in July.", "MOBILIZE"),
    ("Parties mobilised voters ahead of the election in Kenya.", "MOBILIZE"),
    ("China cancelled the drills near Taiwan.", "MOBILIZE"),
    ("The weather service put Florida on alert for the hurricane.", "MOBILIZE"),
    ("Scientists in Norway called up the data from the archive.", "MOBILIZE"),
    ("India and France held joint naval drills off Goa.", "MOBILIZE"),
    # drills with nobody named near them are left out (routine exercises are mostly background)
    ("Iran's Revolutionary Guards held military drills in the Gulf on Friday.", "MOBILIZE"),
    ("Ukraine staged exercises of its own in the north.", "MOBILIZE"),
    # RETREAT near misses
    ("France refused to withdraw its troops from Niger.", "RETREAT"),
    ("The United States has not lifted sanctions on Iran.", "RETREAT"),
    ("Russia said it would not return the seized ships.", "RETREAT"),
    ("Britain withdrew from the European Union in 2020.", "RETREAT"),
    ("China released its economic data on Monday.", "RETREAT"),
    ("Germany pulled out of the race to host the games.", "RETREAT"),
    ("Mali urged France to withdraw its troops.", "RETREAT"),
    ("Hungary withdrew from the International Criminal Court in 2025.", "RETREAT"),
    ("Police released detained protesters in Tbilisi on Sunday.", "RETREAT"),
    ("Russia said it had not called up any reservists.", "MOBILIZE"),
    ("Turkey's central bank put interest rates on hold.", "MOBILIZE"),
    ("The two rival football fans clashed outside the stadium in Cairo.", "ASSAULT"),
    ("Germany and France clashed over the budget at the summit.", "ASSAULT"),
    ("Japan and South Korea fought a trade war in 2019.", "ASSAULT"),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=positive_ids(POSITIVE))
def test_material_positive(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=negative_ids(NEGATIVE))
def test_material_negative(text, kind):
    check_negative(text, kind)
