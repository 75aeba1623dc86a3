"""Load the actor lexicons (countries, IGOs, groups, people, titles, not-actors) into one index.

Each file kind is recognised by its header line, so a user's file needs no name convention. Loading
fails with a LexiconError naming file and line on a duplicate or ambiguous key, an unknown code or
role, a bad date, or a term that ends before it starts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from readout.lexicons import LexiconError, data_path, read_tsv, word_class

__all__ = ["ActorData", "Entry", "Term", "load_actor_data", "actor_overrides", "tokenize", "file_kind",
           "COLUMNS"]

# Header columns of each file kind, and how many leading columns must be non-empty.
COLUMNS = {
    "countries": (["code", "name", "aliases", "adjectives", "metonyms"], 2),
    "igos": (["code", "name", "aliases"], 2),
    "titles": (["title", "role", "aliases"], 2),
    "groups": (["name", "aliases", "code"], 1),
    "people": (["name", "aliases", "country", "role", "start", "end", "source"], 1),
    "not_actors": (["phrase", "note"], 1),
    "place_nouns": (["noun", "note"], 1),
}
# Load order: codes and roles first, so groups and people can be checked against them.
ORDER = ["countries", "igos", "titles", "groups", "people", "not_actors", "place_nouns"]
# Shipped files as (kind, file name): one per kind, plus the people of 1979-2014 for older news.
BUILTIN = [(kind, f"{kind}.tsv") for kind in ORDER] + [("people", "people_historical.tsv")]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")
_IGO_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
_PARTICLES = word_class("name_particle")      # "El-Sisi" / "el-Sisi", "Van der Bellen" / "van der Bellen"


def _norm(token: str) -> str:
    # Curly apostrophes are common in scraped text; sentence-initial "The" is the same word as "the";
    # a name's particle is written either way ("El-Sisi", "el-Sisi"; "Van der Bellen", "bin Salman").
    token = token.replace("\u2019", "'")
    if token == "The":
        return "the"
    low = token.lower()
    return low if low in _PARTICLES else token


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split text into (start, end, normalised token): words and single punctuation marks."""
    return [(m.start(), m.end(), _norm(m.group())) for m in _TOKEN.finditer(text)]


def surface_key(surface: str) -> tuple[str, ...]:
    """The token tuple a surface form is matched by."""
    return tuple(tok for _, _, tok in tokenize(surface))


@dataclass(frozen=True)
class Entry:
    """What one surface form means: kind, code (None for a person) and key (person name or role key)."""

    kind: str  # "country" | "igo" | "group" | "person" | "title" | "block"
    code: str | None
    key: str | None = None
    form: str = "name"  # for countries: "name" | "alias" | "adjective" | "metonym"


@dataclass(frozen=True)
class Term:
    """One person holding one role in one country or body over a span of dates."""

    name: str
    code: str
    role: str  # as written in people.tsv
    role_key: str  # from titles.tsv
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        """True when the person held this role on `day` (both ends inclusive)."""
        return self.start <= day and (self.end is None or day <= self.end)

    def distance(self, day: date) -> int:
        """Days from `day` to the nearest day of this term (0 inside it)."""
        if day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@dataclass
class ActorData:
    """Every surface form with its meaning, plus dated terms by person and by (code, role key)."""

    countries: dict[str, str] = field(default_factory=dict)  # code -> canonical name
    igos: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # title surface -> role key
    surfaces: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)  # token key -> surface as written
    origin: dict[tuple[str, ...], str] = field(default_factory=dict)  # token key -> "file:line"
    terms: dict[str, list[Term]] = field(default_factory=dict)  # person name -> terms
    holders: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    # nouns that after a capital name a thing called after it ("the Kigali Amendment"), lower case
    place_nouns: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)  # where a user's file overrode the shipped one

    def codes(self) -> set[str]:
        """All actor codes: countries, IGOs and the transnational NGO code."""
        return set(self.countries) | set(self.igos) | TRANSNATIONAL

    def add(self, surface: str, entry: Entry, path: Path, line: int) -> None:
        """Index one surface form; refuse one that already means another actor or role."""
        key = surface_key(surface)
        if not key:
            raise LexiconError(path, f"empty surface form {surface!r}", line)
        old = self.surfaces.get(key)
        if old is None:
            self.surfaces[key] = entry
            self.forms[key] = surface
            self.origin[key] = f"{path}:{line}"
            return
        if (old.kind, old.code, old.key) == (entry.kind, entry.code, entry.key):
            return
        if old.code is not None and old.code == entry.code and "block" not in (old.kind, entry.kind):
            return  # the same actor reached two ways ("U.S." as alias and adjective): keep the first
        raise LexiconError(
            path, f"{surface!r} already means {_describe(old)} (at {self.origin[key]}); "
            f"a surface form can name only one actor: drop or change one of the two", line)


def _describe(entry: Entry) -> str:
    if entry.kind == "person":
        return f"the person {entry.key}"
    if entry.kind == "title":
        return f"the title {entry.key}"
    if entry.kind == "block":
        return "a not-actor phrase"
    return f"{entry.kind} {entry.code}"


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def file_kind(path: str | Path) -> str:
    """Tell which actor lexicon a file is by its header line."""
    path = Path(path)
    try:
        # utf-8-sig: a byte-order mark (Excel, Notepad) is not part of the header
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise LexiconError(path, "no such lexicon file") from None
    except UnicodeDecodeError:
        raise LexiconError(path, "not UTF-8; save the file as UTF-8") from None
    except OSError as exc:
        raise LexiconError(path, f"cannot read the lexicon file ({exc.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        for kind, (columns, _) in COLUMNS.items():
            if cells == columns:
                return kind
        known = "; ".join(" TAB ".join(cols) for cols, _ in COLUMNS.values())
        raise LexiconError(path, f"unknown header; an actor file starts with one of: {known}", number)
    raise LexiconError(path, "empty lexicon file: it needs a header line")


def _parse_date(path: Path, line: int, column: str, value: str) -> date:
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise LexiconError(path, f"bad {column} date {value!r}; write YYYY-MM-DD", line) from None


def _load_countries(data: ActorData, path: Path) -> None:
    seen: set[str] = set()
    for line, row in read_tsv(path, *COLUMNS["countries"]):
        code = row["code"]
        if not _COUNTRY_CODE.fullmatch(code):
            raise LexiconError(path, f"country code {code!r} is not three capital letters (ISO 3166-1 alpha-3)", line)
        if code in seen:
            raise LexiconError(path, f"duplicate code {code}: one line per country", line)
        seen.add(code)
        # A user's line for a known code adds forms to it; the built-in name stays canonical.
        data.countries.setdefault(code, row["name"])
        data.add(row["name"], Entry("country", code, form="name"), path, line)
        for column, form in (("aliases", "alias"), ("adjectives", "adjective"), ("metonyms", "metonym")):
            for surface in _split(row[column]):
                data.add(surface, Entry("country", code, form=form), path, line)


def _load_igos(data: ActorData, path: Path) -> None:
    seen: set[str] = set()
    for line, row in read_tsv(path, *COLUMNS["igos"]):
        code = row["code"]
        if not _IGO_CODE.fullmatch(code):
            raise LexiconError(path, f"IGO code {code!r}: use capital letters, digits and _", line)
        if code in seen:
            raise LexiconError(path, f"duplicate code {code}: one line per body", line)
        if code in data.countries:
            raise LexiconError(path, f"IGO code {code} is already a country code", line)
        seen.add(code)
        data.igos.setdefault(code, row["name"])
        for surface in [row["name"], *_split(row["aliases"])]:
            data.add(surface, Entry("igo", code), path, line)


def _load_titles(data: ActorData, path: Path) -> None:
    for line, row in read_tsv(path, *COLUMNS["titles"]):
        role = row["role"]
        for surface in [row["title"], *_split(row["aliases"])]:
            if data.roles.get(surface, role) != role:
                raise LexiconError(path, f"title {surface!r} already maps to role {data.roles[surface]!r}", line)
            data.roles[surface] = role
            data.add(surface, Entry("title", None, key=role), path, line)


# International NGOs act from no one country; CAMEO's actor codebook gives them the code NGO.
TRANSNATIONAL = {"NGO"}


def _known_code(data: ActorData, path: Path, line: int, code: str) -> str:
    if code not in data.codes():
        raise LexiconError(path, f"unknown country code {code!r}; use a code from countries.tsv or igos.tsv (or NGO)", line)
    return code


def _load_groups(data: ActorData, path: Path) -> None:
    seen: set[str] = set()
    for line, row in read_tsv(path, *COLUMNS["groups"]):
        if not row["code"]:
            raise LexiconError(path, "column 'code' is empty", line)
        code = _known_code(data, path, line, row["code"])
        if row["name"] in seen:
            raise LexiconError(path, f"duplicate group {row['name']!r}: one line per group", line)
        seen.add(row["name"])
        for surface in [row["name"], *_split(row["aliases"])]:
            data.add(surface, Entry("group", code, key=row["name"]), path, line)


def _overlaps(a: Term, start: date, end: date | None) -> bool:
    return (a.end is None or start <= a.end) and (end is None or a.start <= end)


def _override(data: ActorData, path: Path, line: int, name: str, code: str, start: date,
              end: date | None) -> None:
    """A user's term puts a person the shipped files know in another country over the same days:
    the user's file wins; the shipped terms it overlaps are dropped and a note says so."""
    for old in [t for t in data.terms.get(name, []) if t.code != code and _overlaps(t, start, end)]:
        data.terms[name].remove(old)
        data.holders[(old.code, old.role_key)].remove(old)
        span = f"{old.start}..{old.end or ''}"
        data.notes.append(f"{path}:{line}: {name} is {code} here; the shipped term as {old.role} of "
                          f"{old.code} ({span}) is dropped (a user's actor file wins over the shipped "
                          "lexicon)")


def _load_people(data: ActorData, path: Path, user: bool = False) -> None:
    seen: set[tuple[str, str, str, date]] = set()
    for line, row in read_tsv(path, *COLUMNS["people"]):
        for column in ("country", "role", "start"):
            if not row[column]:
                raise LexiconError(path, f"column '{column}' is empty", line)
        code = _known_code(data, path, line, row["country"])
        role_key = data.roles.get(row["role"])
        if role_key is None:
            raise LexiconError(path, f"unknown role {row['role']!r}; add it to titles.tsv", line)
        start = _parse_date(path, line, "start", row["start"])
        end = _parse_date(path, line, "end", row["end"]) if row["end"] else None
        if end is not None and end < start:
            raise LexiconError(path, f"term ends ({end}) before it starts ({start})", line)
        name = row["name"]
        if (name, code, role_key, start) in seen:
            raise LexiconError(path, f"duplicate term: {name}, {row['role']} of {code} from {start}", line)
        seen.add((name, code, role_key, start))
        if user:
            _override(data, path, line, name, code, start, end)
        term = Term(name, code, row["role"], role_key, start, end)
        data.terms.setdefault(name, []).append(term)
        data.holders.setdefault((code, role_key), []).append(term)
        for surface in [name, *_split(row["aliases"])]:
            data.add(surface, Entry("person", None, key=name), path, line)


def _load_not_actors(data: ActorData, path: Path) -> None:
    for line, row in read_tsv(path, *COLUMNS["not_actors"]):
        data.add(row["phrase"], Entry("block", None), path, line)


def _load_place_nouns(data: ActorData, path: Path) -> None:
    for line, row in read_tsv(path, *COLUMNS["place_nouns"]):
        noun = row["noun"]
        if not noun.isalpha():
            raise LexiconError(path, f"place noun {noun!r}: one word of letters", line)
        data.place_nouns.add(noun.lower())


_LOADERS = {
    "countries": _load_countries,
    "igos": _load_igos,
    "titles": _load_titles,
    "groups": _load_groups,
    "people": _load_people,
    "not_actors": _load_not_actors,
    "place_nouns": _load_place_nouns,
}


@cache
def load_actor_data(extra_files: tuple[str, ...] = ()) -> ActorData:
    """Load the shipped actor lexicons plus `extra_files` (each recognised by its header), once."""
    files: list[tuple[str, Path, bool]] = [(kind, data_path(name), False) for kind, name in BUILTIN]
    files += [(file_kind(p), Path(p), True) for p in extra_files]
    files.sort(key=lambda f: ORDER.index(f[0]))  # stable: built-in before user files of one kind
    data = ActorData()
    for kind, path, user in files:
        if kind == "people":
            _load_people(data, path, user)
        else:
            _LOADERS[kind](data, path)
    return data


def actor_overrides(extra_files: tuple[str, ...]) -> list[str]:
    """Where the user's actor files override the shipped lexicon (one note each)."""
    return list(load_actor_data(tuple(str(p) for p in extra_files)).notes)
