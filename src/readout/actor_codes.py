"""Actor codes for the interchange formats: CAMEO actor and type codes (GDELT), PLOVER actor
objects, and the names of countries and bodies, from the lexicon files."""
from __future__ import annotations

from functools import cache

from readout.lexicons import data_path, read_tsv

__all__ = ["actor_name", "cameo_actor", "sector", "is_body", "CameoActor"]


@cache
def _bodies() -> dict[str, dict]:
    return {row["code"]: row for _, row in read_tsv(
        data_path("cameo_actors.tsv"), ["code", "cameo", "known_group", "type", "name"], required=2)}


@cache
def _countries() -> dict[str, str]:
    columns = ["code", "name", "aliases", "adjectives", "metonyms"]
    return {row["code"]: row["name"] for _, row in read_tsv(data_path("countries.tsv"), columns,
                                                             required=2)}


@cache
def _sectors() -> dict[str, str]:
    return {row["role"].lower(): row["sector"]
            for _, row in read_tsv(data_path("role_sectors.tsv"), ["role", "sector"])}


def is_body(code: str | None) -> bool:
    """True for an inter-governmental body or the NGO code (no ISO 3166 country)."""
    return bool(code) and code in _bodies()


def actor_name(code: str | None) -> str | None:
    """The name of a country or body code: countries.tsv's name, or cameo_actors.tsv's."""
    if not code:
        return None
    if code in _bodies():
        return _bodies()[code]["name"]
    return _countries().get(code, code)


def sector(code: str | None, role: str | None) -> str | None:
    """The CAMEO/PLOVER sector of an actor: the body's type (IGO, NGO), else that of its
    official's role (GOV unless role_sectors.tsv says otherwise), else None (unknown)."""
    if is_body(code):
        return _bodies()[code]["type"] or None
    if role:
        return _sectors().get(role.lower(), "GOV")
    return None


class CameoActor(dict):
    """GDELT's actor fields of one side: Code, CountryCode, KnownGroupCode, Type1Code."""


def cameo_actor(code: str | None, role: str | None = None) -> CameoActor:
    """A side's CAMEO actor fields: country + type (CHNGOV), or the body's code (IGOUNO)."""
    if not code:
        return CameoActor(Code="", CountryCode="", KnownGroupCode="", Type1Code="")
    if is_body(code):
        body = _bodies()[code]
        return CameoActor(Code=body["cameo"], CountryCode="", KnownGroupCode=body["known_group"],
                          Type1Code=body["type"])
    kind = sector(code, role) or ""
    return CameoActor(Code=code + kind, CountryCode=code, KnownGroupCode="", Type1Code=kind)
