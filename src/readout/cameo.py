"""CAMEO event codes: descriptions, Goldstein scale values and the PLOVER 2.0 type of each code.

The facts live in three lexicon files: cameo.tsv (code, description, goldstein),
cameo_plover.tsv (code prefix -> PLOVER type and CONSULT mode; the longest matching prefix wins)
and plover_types.tsv (the PLOVER types in order, each with its side and the flags readout's rules
test: symmetric, joint ...). The coder, the store, scoring, queries and the web read the types
from here, and nowhere else.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

from readout.errors import LexiconError, UnknownLexiconKey
from readout.lexicons import data_path, read_tsv

__all__ = [
    "CONSULT_MODES",
    "PloverType",
    "plover_types",
    "plover_info",
    "types_with",
    "types_on_side",
    "read_plover_types",
    "CameoCode",
    "CameoTable",
    "cameo",
    "plover_type",
    "codes_for",
    "cameo_depth",
]

CONSULT_MODES = ("phone", "visit", "third-party", "multilateral", "video")
NO_TYPE = "-"  # in cameo_plover.tsv: the code is no PLOVER event (plain public statements, 01)

_CODE = re.compile(r"[0-9]{2,4}")
_TYPE = re.compile(r"[A-Z]+")
SIDES = ("cooperation", "conflict")
# The flags of plover_types.tsv; its header comment says what each means.
TYPE_FLAGS = ("symmetric", "joint", "needs_foreign", "foreign_frame", "aims_at_doer", "never_threat", "done_at_scene",
              "needs_target", "deed", "welcomed", "titled", "on_people", "in_forum", "consoles")


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type, its side (cooperation or conflict) and the flags readout's rules test."""

    name: str
    side: str
    flags: frozenset[str]


def read_plover_types(path: str | Path) -> dict[str, PloverType]:
    """Return {type: PloverType} in the file's order from a plover_types.tsv-format file."""
    types: dict[str, PloverType] = {}
    for number, row in read_tsv(path, ["type", "side", "flags"], required=2):
        name, side = row["type"], row["side"]
        if not _TYPE.fullmatch(name):
            raise LexiconError(path, f"type '{name}' is not an upper-case word", number)
        if name in types:
            raise LexiconError(path, f"duplicate type '{name}'", number)
        if side not in SIDES:
            raise LexiconError(path, f"side '{side}' must be one of {', '.join(SIDES)}", number)
        flags = [f.strip() for f in row["flags"].split("|")] if row["flags"] else []
        bad = [f for f in flags if f not in TYPE_FLAGS]
        if bad or len(set(flags)) != len(flags):
            raise LexiconError(path, f"flags must be given once each, from {', '.join(TYPE_FLAGS)}; "
                                     f"found '{row['flags']}'", number)
        types[name] = PloverType(name, side, frozenset(flags))
    if not types:
        raise LexiconError(path, "no PLOVER types")
    return types


@functools.cache
def _plover_types() -> dict[str, PloverType]:
    return read_plover_types(data_path("plover_types.tsv"))


def plover_types() -> tuple[str, ...]:
    """The PLOVER types in their canonical order (AGREE, CONSULT, ...)."""
    return tuple(_plover_types())


def plover_info(name: str) -> PloverType:
    """The PloverType of a type name; UnknownLexiconKey for a name that is no PLOVER type."""
    try:
        return _plover_types()[name]
    except KeyError:
        raise UnknownLexiconKey(f"unknown PLOVER type {name!r}; use one of {', '.join(plover_types())}") from None


@functools.cache
def types_with(flag: str) -> frozenset[str]:
    """The PLOVER types carrying a flag of plover_types.tsv ("symmetric": CONSULT, COOPERATE)."""
    if flag not in TYPE_FLAGS:
        raise UnknownLexiconKey(f"unknown PLOVER type flag {flag!r}; use one of {', '.join(TYPE_FLAGS)}")
    return frozenset(t.name for t in _plover_types().values() if flag in t.flags)


@functools.cache
def types_on_side(side: str) -> frozenset[str]:
    """The PLOVER types on one side: "cooperation" or "conflict"."""
    if side not in SIDES:
        raise UnknownLexiconKey(f"unknown side {side!r}; use one of {', '.join(SIDES)}")
    return frozenset(t.name for t in _plover_types().values() if t.side == side)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its description, Goldstein value and PLOVER type (None: no event)."""

    code: str
    description: str
    goldstein: float
    plover: str | None
    mode: str | None


def _check_code(path, number: int, code: str, what: str = "code") -> None:
    if not _CODE.fullmatch(code):
        raise LexiconError(path, f"{what} '{code}' is not a CAMEO code of 2 to 4 digits", number)
    if not 1 <= int(code[:2]) <= 20:
        raise LexiconError(path, f"{what} '{code}' has no CAMEO root 01-20", number)


def _read_codes(path: Path) -> dict[str, tuple[int, str, float]]:
    """Return {code: (line, description, goldstein)} from a cameo.tsv-format file."""
    codes: dict[str, tuple[int, str, float]] = {}
    for number, row in read_tsv(path, ["code", "description", "goldstein"]):
        code = row["code"]
        _check_code(path, number, code)
        if code in codes:
            raise LexiconError(path, f"duplicate code '{code}' (first on line {codes[code][0]})", number)
        try:
            value = float(row["goldstein"])
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise LexiconError(path, f"goldstein '{row['goldstein']}' is not a number", number)
        if not -10.0 <= value <= 10.0:
            raise LexiconError(path, f"goldstein {value} is outside the scale -10 to 10", number)
        codes[code] = (number, row["description"], value)
    return codes


def _read_mapping(path: Path, types) -> dict[str, tuple[int, str | None, str | None]]:
    """Return {prefix: (line, plover type or None, mode or None)} from a cameo_plover.tsv-format file."""
    mapping: dict[str, tuple[int, str | None, str | None]] = {}
    for number, row in read_tsv(path, ["prefix", "plover", "mode"], required=2):
        prefix, plover, mode = row["prefix"], row["plover"], row["mode"] or None
        _check_code(path, number, prefix, "prefix")
        if prefix in mapping:
            raise LexiconError(path, f"duplicate prefix '{prefix}' (first on line {mapping[prefix][0]})", number)
        if plover != NO_TYPE and plover not in types:
            raise LexiconError(path, f"'{plover}' is no PLOVER type; use one of {', '.join(types)} or '-'", number)
        if mode is not None and (plover != "CONSULT" or mode not in CONSULT_MODES):
            raise LexiconError(path, f"mode '{mode}' needs type CONSULT and one of {', '.join(CONSULT_MODES)}", number)
        mapping[prefix] = (number, None if plover == NO_TYPE else plover, mode)
    return mapping


class CameoTable:
    """The CAMEO code table joined with its PLOVER mapping; refuses codes that no prefix maps."""

    def __init__(self, codes_file: str | Path | None = None, mapping_file: str | Path | None = None,
                 types_file: str | Path | None = None):
        codes_path = Path(codes_file) if codes_file else data_path("cameo.tsv")
        mapping_path = Path(mapping_file) if mapping_file else data_path("cameo_plover.tsv")
        self.types = read_plover_types(types_file) if types_file else _plover_types()
        codes = _read_codes(codes_path)
        mapping = _read_mapping(mapping_path, self.types)
        for prefix, (number, _, _) in mapping.items():
            if not any(code.startswith(prefix) for code in codes):
                raise LexiconError(mapping_path, f"prefix '{prefix}' matches no code in {codes_path}", number)
        self._codes: dict[str, CameoCode] = {}
        for code, (number, description, goldstein) in codes.items():
            prefix = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in mapping), None)
            if prefix is None:
                raise LexiconError(codes_path, f"code '{code}' has no PLOVER mapping in {mapping_path}", number)
            _, plover, mode = mapping[prefix]
            self._codes[code] = CameoCode(code, description, goldstein, plover, mode)

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self):
        return iter(self._codes.values())

    def get(self, code: str) -> CameoCode:
        """Return the CameoCode for `code` ("042"); raise UnknownLexiconKey if no such code."""
        key = code.strip() if isinstance(code, str) else code
        try:
            return self._codes[key]
        except (KeyError, TypeError):
            hint = " (give codes as strings with leading zeros, e.g. '042')" if not isinstance(code, str) else ""
            raise UnknownLexiconKey(f"unknown CAMEO code {code!r}{hint}") from None

    def codes_for(self, plover: str) -> list[str]:
        """Return the sorted CAMEO codes (roots included) that map to the PLOVER type `plover`."""
        name = plover.strip().upper() if isinstance(plover, str) else plover
        if name not in self.types:
            raise UnknownLexiconKey(f"unknown PLOVER type {plover!r}; use one of {', '.join(self.types)}")
        return sorted(c.code for c in self._codes.values() if c.plover == name)


@functools.cache
def default_table() -> CameoTable:
    """Return the CAMEO table shipped with readout, loaded once."""
    return CameoTable()


def cameo(code: str) -> CameoCode:
    """Return the CameoCode for `code`; raise UnknownLexiconKey for an unknown code."""
    return default_table().get(code)


def plover_type(code: str) -> str | None:
    """Return the PLOVER type of a CAMEO code, or None for a code that is no PLOVER event."""
    return default_table().get(code).plover


def codes_for(plover: str) -> list[str]:
    """Return the CAMEO codes that map to a PLOVER type."""
    return default_table().codes_for(plover)


# CONSULT at the depth the coding shows (CAMEO 04x). Trigger lemmas that make the source the host
# of a visit (043) or the visitor (042); talks named as negotiations are 046.
HOST_LEMMAS = frozenset({"host", "receive", "welcome"})
VISIT_LEMMAS = frozenset({"visit", "travel", "fly", "arrive", "tour"})
_NEGOTIATION = re.compile(r"\bnegotiat", re.IGNORECASE)


def cameo_depth(code: str | None, type_: str, mode: str | None, *, lemma: str | None = None,
                evidence: str = "", place: str | None = None, source: str | None = None,
                target: str | None = None) -> str | None:
    """A CONSULT coded only at its root (040) made as specific as its mode and words allow.

    negotiations -> 046; phone and video -> 041 (CAMEO has no video code: talks at a distance);
    third-party -> 045 (mediation); a visit -> 043 when the source hosts (its trigger is host,
    receive, welcome, or the place named is the source's), 042 when the source travels (visit,
    travel ..., or the place is the target's), 044 at a third country's place. Anything else,
    and every code the coder already gave below the root, is returned unchanged.
    """
    if type_ != "CONSULT" or code not in (None, "04", "040"):
        return code
    if _NEGOTIATION.search(evidence or ""):
        return "046"
    if mode in ("phone", "video"):
        return "041"
    if mode == "third-party":
        return "045"
    if mode == "visit":
        if lemma in HOST_LEMMAS:
            return "043"
        if place and place in (source, target):
            return "042" if place == target else "043"
        if place:
            return "044"
        if lemma in VISIT_LEMMAS:
            return "042"
    return code
