"""The actor gazetteer: states, blocs, people with dated roles, agencies and groups.

Everything is read from package data (eventgraph/data/*.csv|yaml) once and validated; a bad row
raises GazetteerDataError naming the file, line and field.

Time rules (documented choices):
  - A date may be YYYY, YYYY-MM or YYYY-MM-DD; a role holds on a date when their periods overlap
    (so 'Trump, 2021' is president either way).
  - A person out of office maps to the state of their last role before the date (Trump 2022 -> USA);
    before their first role, to that role's state. Officials of an IGO (role with 'org') map to None.
  - sector_of a person out of office is None.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from eventgraph import yamlwords
from eventgraph.errors import ConfigError
from eventgraph.models import Actor

DATA_PACKAGE = "eventgraph.data"
SECTORS = frozenset({"government", "military", "diplomat", "intelligence", "opposition", "legislature",
                     "party", "international", "police", "rebels"})
MEMBERSHIP_KINDS = frozenset({"founder", "joined", "left", "applied", "partner", "suspended", "observer",
                              "invited"})
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")



# demonyms that take an -s plural as nouns ('Russians', 'Filipinos', 'Czechs', 'Serbs', 'Poles')
PLURAL_ENDINGS = ("n", "i", "o", "k", "h", "e", "t", "b")
NO_PLURAL_ENDINGS = ("sh", "tch", "ese")


class GazetteerDataError(ConfigError):
    """A gazetteer data file is malformed; the message names file, line and field."""

    def __init__(self, message: str, *, file: str, line: int | None = None, field: str | None = None):
        self.file, self.line, self.field = file, line, field
        where = file + (f":{line}" if line is not None else "") + (f": field '{field}'" if field else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Role:
    person: str
    role: str
    country: str | None  # ISO3, or None for an IGO official
    org: str | None  # bloc id for IGO officials
    sector: str
    start: str
    until: str | None = None  # first day out of office; None = still in office
    uncertain: bool = False


@dataclass(frozen=True)
class Membership:
    bloc: str
    member: str
    kind: str  # MEMBERSHIP_KINDS
    date: str | None
    uncertain: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Entry:
    """One surface form the matcher looks for."""

    text: str
    actor_id: str
    kind: str  # state | organization | person | agency | group
    via: str  # name | short | demonym | metonym | person | agency | group
    sector: str | None = None


def norm(text: str) -> str:
    """Lookup key: lower case, curly quotes straightened, no leading 'the '."""
    t = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()
    return t[4:] if t.startswith("the ") else t


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _start(d: str) -> str:
    return d + "-01-01"[len(d) - 4:] if len(d) < 10 else d


def _end(d: str) -> str:
    return d + "-12-31"[len(d) - 4:] if len(d) < 10 else d


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


class _LineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader that records each mapping's line as '__line__'."""


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    m = loader.construct_mapping(node, deep=True)
    m["__line__"] = node.start_mark.line + 1
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# dates stay strings, so that _date() validates them and names the line; and, as in every
# lexicon (eventgraph.yamlwords), only true/false are booleans: an alias 'No' stays a word
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yamlwords.WordLoader.yaml_implicit_resolvers.items()}




class Gazetteer:
    """Read-only actor tables. Use Gazetteer.load() (cached) rather than the constructor."""

    def __init__(self, base: Any = None) -> None:
        self._base = base if base is not None else resources.files(DATA_PACKAGE)
        self._actors: dict[str, Actor] = {}
        self._state_status: dict[str, str] = {}
        self._roles: dict[str, list[Role]] = {}
        self._members: dict[str, list[Membership]] = {}
        self._entries: list[Entry] = []
        self._alias: dict[str, Entry] = {}
        self._alias_origin: dict[str, str] = {}
        self._agency_types: dict[str, dict[str, Any]] = {}
        self._agency_sector: dict[str, str] = {}
        self._group_sector: dict[str, str] = {}
        self.rules: dict[str, Any] = {}  # titles.yaml: titles, modifiers, agencies, name_like, ...

    # ---------------------------------------------------------------- loading
    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        """The package's gazetteer, read once per process."""
        return cls.from_dir(None)

    @classmethod
    def from_dir(cls, base: Any) -> "Gazetteer":
        """Read the four data files from a directory (a Path or importlib Traversable); None = package data."""
        g = cls(base)
        g._load_countries("countries.csv")
        g._load_blocs("blocs.yaml")
        g._load_titles("titles.yaml")
        g._load_people("people.yaml")
        g._add_variants()
        return g

    def _read(self, name: str) -> str:
        return self._base.joinpath(name).read_text(encoding="utf-8")

    def _add_entry(self, e: Entry, origin: str, generated: bool = False) -> None:
        key = norm(e.text)
        if not key:
            return
        old = self._alias.get(key)
        if old is not None:
            if old.actor_id == e.actor_id or generated:
                return
            file, _, line = origin.rpartition(":")
            raise GazetteerDataError(
                f"alias {e.text!r} already names {old.actor_id} (at {self._alias_origin[key]})",
                file=file, line=int(line) if line.isdigit() else None, field="aliases")
        self._alias[key] = e
        self._alias_origin[key] = origin
        self._entries.append(e)

    def _load_countries(self, fname: str) -> None:
        text = self._read(fname)
        lines = [(i, ln) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(ln for _, ln in lines)))
        need = {"id", "name", "status", "aliases", "demonyms", "metonyms"}
        if set(reader.fieldnames or ()) != need:
            raise GazetteerDataError(f"header must be {sorted(need)}", file=fname, line=lines[0][0])
        for (lineno, _), row in zip(lines[1:], reader):
            where = f"{fname}:{lineno}"
            if None in row or any(v is None for v in row.values()):
                raise GazetteerDataError("wrong number of columns", file=fname, line=lineno)
            iso = row["id"].strip()
            if not _ISO3_RE.match(iso):
                raise GazetteerDataError(f"id {iso!r} is not an ISO3 code", file=fname, line=lineno, field="id")
            if iso in self._actors:
                raise GazetteerDataError(f"duplicate id {iso}", file=fname, line=lineno, field="id")
            if row["status"] not in ("un", "observer", "other"):
                raise GazetteerDataError(f"status {row['status']!r} not un|observer|other", file=fname,
                                         line=lineno, field="status")
            name = row["name"].strip()
            self._actors[iso] = Actor(iso, name, "state", iso)
            self._state_status[iso] = row["status"]
            self._add_entry(Entry(name, iso, "state", "name"), where)
            for a in _split(row["aliases"]):
                self._add_entry(Entry(a, iso, "state", "name" if " " in a else "short"), where)
            for d in _split(row["demonyms"]):
                self._add_entry(Entry(d, iso, "state", "demonym"), where)
            for m in _split(row["metonyms"]):
                surface, _, sector = m.partition("=")
                sector = sector or "government"
                if sector not in SECTORS:
                    raise GazetteerDataError(f"unknown sector {sector!r}", file=fname, line=lineno,
                                             field="metonyms")
                self._add_entry(Entry(surface.strip(), iso, "state", "metonym", sector), where)

    def _date(self, value: Any, fname: str, line: int, field: str, required: bool = True) -> str | None:
        if value is None:
            if required:
                raise GazetteerDataError("missing date", file=fname, line=line, field=field)
            return None
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()[:10]
        s = str(value)
        if not _DATE_RE.match(s):
            raise GazetteerDataError(f"{s!r} is not YYYY, YYYY-MM or YYYY-MM-DD", file=fname, line=line,
                                     field=field)
        try:
            _dt.date.fromisoformat(_start(s))
        except ValueError:
            raise GazetteerDataError(f"{s!r} is not a real date", file=fname, line=line, field=field) from None
        return s

    def _yaml(self, fname: str) -> Any:
        try:
            return yaml.load(self._read(fname), Loader=_LineLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise GazetteerDataError(str(getattr(exc, "problem", exc)), file=fname,
                                     line=mark.line + 1 if mark else None) from None

    @staticmethod
    def _check_keys(d: dict[str, Any], allowed: set[str], fname: str) -> None:
        extra = set(d) - allowed - {"__line__"}
        if extra:
            raise GazetteerDataError(f"unknown field(s) {sorted(extra)}", file=fname, line=d.get("__line__"),
                                     field=sorted(extra)[0])

    def _load_blocs(self, fname: str) -> None:
        data = self._yaml(fname)
        pending: list[tuple[dict[str, Any], str]] = []
        for b in data:
            line = b["__line__"]
            self._check_keys(b, {"id", "name", "aliases", "founded", "note", "members"}, fname)
            bid = b.get("id")
            if not bid or not re.match(r"^[A-Z0-9+]+$", str(bid)):
                raise GazetteerDataError(f"bloc id {bid!r} must be capitals", file=fname, line=line, field="id")
            if bid in self._actors:
                raise GazetteerDataError(f"duplicate id {bid}", file=fname, line=line, field="id")
            if not b.get("name"):
                raise GazetteerDataError("missing name", file=fname, line=line, field="name")
            self._date(b.get("founded"), fname, line, "founded", required=False)
            self._actors[bid] = Actor(bid, b["name"], "organization", None)
            where = f"{fname}:{line}"
            for a in [bid, b["name"], *(b.get("aliases") or [])]:
                self._add_entry(Entry(str(a), bid, "organization", "name"), where)
            self._members[bid] = []
            pending.append((b, bid))
        for b, bid in pending:  # members may name blocs defined later (G20 has EU and AU)
            for fact in b.get("members") or []:
                fl = fact["__line__"]
                self._check_keys(fact, {"member", "kind", "date", "uncertain", "note"}, fname)
                if fact.get("kind") not in MEMBERSHIP_KINDS:
                    raise GazetteerDataError(f"kind {fact.get('kind')!r} not one of {sorted(MEMBERSHIP_KINDS)}",
                                             file=fname, line=fl, field="kind")
                date = self._date(fact.get("date"), fname, fl, "date")
                members = fact.get("member")
                for m in members if isinstance(members, list) else [members]:
                    if m not in self._actors:
                        raise GazetteerDataError(f"unknown member {m!r}", file=fname, line=fl, field="member")
                    self._members[bid].append(Membership(bid, m, fact["kind"], date, bool(fact.get("uncertain")),
                                                         fact.get("note")))
            self._members[bid].sort(key=lambda f: _start(f.date or "0000"))

    def _load_titles(self, fname: str) -> None:
        data = self._yaml(fname)
        self.rules = data
        for sector in data["titles"]:
            if sector != "__line__" and sector not in SECTORS:
                raise GazetteerDataError(f"unknown sector {sector!r}", file=fname, field="titles")
        for key, spec in data["agencies"].items():
            if key == "__line__":
                continue
            if spec.get("sector") not in SECTORS:
                raise GazetteerDataError(f"unknown sector {spec.get('sector')!r}", file=fname,
                                         line=spec.get("__line__"), field="sector")
            self._agency_types[key] = spec
        for kind, section, prefix in (("agency", "named_agencies", "ORG:"), ("group", "groups", "GRP:")):
            for a in data.get(section) or []:
                line = a["__line__"]
                self._check_keys(a, {"id", "country", "sector", "name", "aliases"}, fname)
                aid, country = a.get("id", ""), a.get("country")
                if not str(aid).startswith(prefix):
                    raise GazetteerDataError(f"id {aid!r} must start with {prefix}", file=fname, line=line,
                                             field="id")
                if country is not None and country not in self._state_status:
                    raise GazetteerDataError(f"unknown country {country!r}", file=fname, line=line,
                                             field="country")
                if a.get("sector") not in SECTORS:
                    raise GazetteerDataError(f"unknown sector {a.get('sector')!r}", file=fname, line=line,
                                             field="sector")
                self._actors[aid] = Actor(aid, a["name"], kind, country)
                (self._agency_sector if kind == "agency" else self._group_sector)[aid] = a["sector"]
                for alias in [a["name"], *(a.get("aliases") or [])]:
                    self._add_entry(Entry(alias, aid, kind, kind, a["sector"]), f"{fname}:{line}")

    def _load_people(self, fname: str) -> None:
        for p in self._yaml(fname):
            line = p["__line__"]
            self._check_keys(p, {"id", "name", "aliases", "roles"}, fname)
            pid = p.get("id", "")
            if not re.match(r"^PER:[a-z0-9-]+$", pid):
                raise GazetteerDataError(f"person id {pid!r} must look like PER:given-family", file=fname,
                                         line=line, field="id")
            if pid in self._actors:
                raise GazetteerDataError(f"duplicate id {pid}", file=fname, line=line, field="id")
            roles: list[Role] = []
            for r in p.get("roles") or []:
                rl = r["__line__"]
                self._check_keys(r, {"role", "country", "org", "sector", "from", "until", "uncertain", "note"},
                                 fname)
                country, org = r.get("country"), r.get("org")
                if (country is None) == (org is None):
                    raise GazetteerDataError("a role needs exactly one of country or org", file=fname, line=rl,
                                             field="country")
                if country is not None and country not in self._state_status:
                    raise GazetteerDataError(f"unknown country {country!r}", file=fname, line=rl, field="country")
                if org is not None and self._actors.get(org, Actor("", "", "")).kind != "organization":
                    raise GazetteerDataError(f"unknown org {org!r}", file=fname, line=rl, field="org")
                if r.get("sector") not in SECTORS:
                    raise GazetteerDataError(f"unknown sector {r.get('sector')!r}", file=fname, line=rl,
                                             field="sector")
                if not r.get("role"):
                    raise GazetteerDataError("missing role", file=fname, line=rl, field="role")
                start = self._date(r.get("from"), fname, rl, "from")
                until = self._date(r.get("until"), fname, rl, "until", required=False)
                if until is not None and _start(until) <= _start(start):
                    raise GazetteerDataError(f"until {until} is not after from {start}", file=fname, line=rl,
                                             field="until")
                for o in roles:  # the same office twice must not overlap
                    if o.role == r["role"] and _start(start) < _start(o.until or "9999") and \
                            _start(o.start) < _start(until or "9999"):
                        raise GazetteerDataError(f"role {o.role!r} overlaps an earlier one", file=fname, line=rl,
                                                 field="from")
                roles.append(Role(pid, r["role"], country, org, r["sector"], start, until,
                                  bool(r.get("uncertain"))))
            if not roles:
                raise GazetteerDataError("a person needs at least one role", file=fname, line=line, field="roles")
            roles.sort(key=lambda x: _start(x.start))
            self._roles[pid] = roles
            self._actors[pid] = Actor(pid, p["name"], "person", None)
            for alias in [p["name"], *(p.get("aliases") or [])]:
                self._add_entry(Entry(str(alias), pid, "person", "person"), f"{fname}:{line}")

    def _add_variants(self) -> None:
        """Accent-free spellings and plural demonyms ('Erdogan', 'Russians'); never override data."""
        for e in list(self._entries):
            if e.via == "metonym":
                continue  # 'Malé' must not become 'Male'
            plain = strip_accents(e.text)
            if plain != e.text:
                self._add_entry(Entry(plain, e.actor_id, e.kind, e.via, e.sector), "generated", generated=True)
            if e.via == "demonym" and " " not in e.text and e.text.endswith(PLURAL_ENDINGS) \
                    and not e.text.endswith(NO_PLURAL_ENDINGS):  # 'Filipinos', 'Serbs'; not 'Britishs'
                self._add_entry(Entry(e.text + "s", e.actor_id, e.kind, e.via, e.sector), "generated",
                                generated=True)

    # ---------------------------------------------------------------- lookups
    def actor(self, actor_id: str, date: str | None = None) -> Actor | None:
        """The Actor for an id; people get the country they act for at `date`."""
        a = self._actors.get(actor_id)
        if a is None and actor_id.startswith("ORG:"):
            a = self._agency_actor(actor_id)
        if a is not None and a.kind == "person":
            return Actor(a.id, a.name, a.kind, self.state_of(a.id, date))
        return a

    def _agency_actor(self, actor_id: str) -> Actor | None:
        iso, _, key = actor_id[4:].partition("-")
        spec = self._agency_types.get(key)
        state = self._actors.get(iso.upper())
        if spec is None or state is None or state.kind != "state":
            return None
        return Actor(actor_id, f"{state.name} {spec['name']}", "agency", state.id)

    def agency_id(self, iso3: str, agency_key: str) -> str:
        return f"ORG:{iso3.lower()}-{agency_key}"

    def agency_types(self) -> dict[str, dict[str, Any]]:
        return self._agency_types

    def entries(self) -> list[Entry]:
        """Every surface form with its actor, for the matcher."""
        return self._entries

    def lookup(self, text: str) -> Entry | None:
        """The entry for an exact surface form (case-insensitive, optional leading 'the')."""
        return self._alias.get(norm(text)) or self._alias.get(norm(strip_accents(text)))

    def ids(self, kind: str | None = None) -> list[str]:
        return [i for i, a in self._actors.items() if kind is None or a.kind == kind]

    def is_bloc(self, actor_id: str) -> bool:
        a = self._actors.get(actor_id)
        return a is not None and a.kind == "organization"

    def is_state(self, actor_id: str) -> bool:
        return actor_id in self._state_status

    def state_status(self, iso3: str) -> str | None:
        return self._state_status.get(iso3)

    def roles(self, person_id: str) -> list[Role]:
        return list(self._roles.get(person_id, ()))

    def role_at(self, person_id: str, date: str | None) -> Role | None:
        """The role held at `date` (latest-started if several); None when out of office on that date.
        With no date: the current role, else the last one held."""
        roles = self._roles.get(person_id)
        if not roles:
            return None
        if date is None:  # the current role, else the last one held
            current = [r for r in roles if r.until is None]
            return current[-1] if current else max(roles, key=lambda x: _start(x.until or "9999"))
        lo, hi = _start(date), _end(date)
        held = [r for r in roles if _start(r.start) <= hi and (r.until is None or _start(r.until) > lo)]
        return held[-1] if held else None

    def state_of(self, actor_id: str, date: str | None = None) -> str | None:
        if actor_id in self._state_status:
            return actor_id
        if actor_id.startswith("PER:"):
            roles = self._roles.get(actor_id)
            if not roles:
                return None
            r = self.role_at(actor_id, date)
            if r is None:
                if date is None:
                    r = roles[-1]
                else:
                    before = [x for x in roles if _start(x.start) <= _end(date)]
                    r = max(before, key=lambda x: _start(x.until or "9999")) if before else roles[0]
            return r.country
        a = self.actor(actor_id)
        if a is None or a.kind == "organization":
            return None
        return a.country

    def sector_of(self, actor_id: str, date: str | None = None) -> str | None:
        if actor_id.startswith("PER:"):
            r = self.role_at(actor_id, date)
            return r.sector if r else None
        if actor_id in self._agency_sector:
            return self._agency_sector[actor_id]
        if actor_id in self._group_sector:
            return self._group_sector[actor_id]
        if actor_id.startswith("ORG:"):
            spec = self._agency_types.get(actor_id[4:].partition("-")[2])
            return spec["sector"] if spec else None
        return None

    def bloc_members(self, bloc_id: str) -> list[Membership]:
        return list(self._members.get(bloc_id, ()))

    def members_at(self, bloc_id: str, date: str | None = None) -> list[str]:
        """Members on `date` (today's list if None): founders and joins up to the date, minus leavers."""
        if bloc_id == "UN" and not self._members.get("UN"):
            return sorted(i for i, s in self._state_status.items() if s == "un")
        cut = _end(date) if date else "9999-12-31"
        members: set[str] = set()
        for f in self._members.get(bloc_id, ()):
            if f.date and _start(f.date) > cut:
                break
            if f.kind in ("founder", "joined"):
                members.add(f.member)
            elif f.kind in ("left", "suspended"):
                members.discard(f.member)
        return sorted(members)

    def search(self, q: str, kind: str | None = None, limit: int = 10) -> list[Actor]:
        """Actors whose name or alias matches q: exact, then word prefix, then substring; states first."""
        key = norm(strip_accents(q))
        if not key:
            return []
        ranked: dict[str, int] = {}
        for alias, e in self._alias.items():
            a = strip_accents(alias)
            rank = 0 if a == key else 1 if (a.startswith(key) or " " + key in a) else 2 if key in a else None
            if rank is None or (kind and e.kind != kind):
                continue
            if rank < ranked.get(e.actor_id, 9):
                ranked[e.actor_id] = rank
        prio = {"state": 0, "organization": 1, "person": 2, "agency": 3, "group": 4}
        order = sorted(ranked, key=lambda i: (ranked[i], prio.get(self._actors[i].kind, 5), self._actors[i].name))
        return [a for a in (self.actor(i) for i in order[:limit]) if a is not None]

    def counts(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for a in self._actors.values():
            kinds[a.kind] = kinds.get(a.kind, 0) + 1
        return {
            "states": kinds.get("state", 0),
            "un_members": sum(1 for s in self._state_status.values() if s == "un"),
            "blocs": kinds.get("organization", 0),
            "membership_facts": sum(len(v) for v in self._members.values()),
            "people": kinds.get("person", 0),
            "roles": sum(len(v) for v in self._roles.values()),
            "named_agencies": kinds.get("agency", 0),
            "groups": kinds.get("group", 0),
            "aliases": len(self._alias),
        }

