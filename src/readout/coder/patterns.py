"""Event trigger patterns: verbs and event nouns with their CAMEO codes, loaded from JSONL lexicons.

A pattern says which word triggers an event, what must stand around it (a particle or
preposition, an object noun, a light verb), which CAMEO code it carries, what it becomes when
it is only intended or announced ("will meet" is AGREE, not CONSULT), and where its target is
found when no actor stands in its arguments.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from readout.cameo import cameo
from readout.errors import LexiconError, UnknownLexiconKey
from readout.lexicons import data_path, read_jsonl

__all__ = ["Pattern", "PatternSet", "load_patterns"]

TARGET_RULES = {"object", "counterpart", "none", "require", "other"}
KINDS = {"verb", "noun", "adj"}
MODES = {None, "phone", "video", "visit", "third-party", "multilateral"}


@dataclass(frozen=True)
class Pattern:
    """One trigger: a lemma plus the context it needs and the event it codes."""

    kind: str                      # verb | noun | adj
    lemma: str
    cameo: str
    prep: tuple[str, ...] = ()     # one of these preposition/particle children is required
    obj: tuple[str, ...] = ()      # the direct object (or pobj of prep) must have one of these lemmas
    light: tuple[str, ...] = ()    # for nouns: the governing verb must be one of these lemmas
    mode: str | None = None
    target: str = "object"         # object | counterpart | none | require | other (the actor a statement is about)
    future: str | None = None      # CAMEO code to use when the act is only announced or intended
    only_future: bool = False      # code only when announced or intended ("will deepen ties")
    needs_neg: bool = False        # code only when negated ("will not hesitate")
    intent: bool = False           # an intent word: its complement clause holds the target
    reach: str = "deep"            # deep: any actor in the arguments; close: the object or its possessor
    no_obj: bool = False           # code only without a direct object or that-clause
    voice: str = "actor"           # actor: the subject acts; author: the story's speaker acts on the subject
    source: str = ""               # file:line the pattern came from

    @property
    def key(self) -> tuple:
        return (self.kind, self.lemma, self.prep, self.obj, self.light, self.needs_neg)


DEFAULT_LIGHT = ("have", "hold", "express", "extend", "convey", "voice", "raise", "offer", "reaffirm",
                 "reiterate", "affirm", "underscore", "emphasize", "stress", "share", "send", "pay",
                 "give", "make", "conduct", "note", "state", "declare", "announce", "confirm",
                 "welcome", "receive", "accept", "deliver", "provide", "present", "register",
                 "lodge", "issue", "renew", "begin", "start", "launch", "continue", "take")


@dataclass
class PatternSet:
    """Patterns indexed by (kind, lemma) for fast lookup."""

    by_lemma: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)

    def add(self, p: Pattern, path, line):
        bucket = self.by_lemma.setdefault((p.kind, p.lemma), [])
        for other in bucket:
            if other.key == p.key:
                raise LexiconError(path, f"duplicate pattern {p.kind} '{p.lemma}' (first at {other.source})", line)
        bucket.append(p)

    def candidates(self, kind: str, lemma: str) -> list[Pattern]:
        """Patterns for a word, the most specific (most constraints) first."""
        return self.by_lemma.get((kind, lemma), [])

    def __len__(self):
        return sum(len(v) for v in self.by_lemma.values())


def _tuple(value, path, line, name) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.lower(),)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.lower() for v in value)
    raise LexiconError(path, f"'{name}' must be a string or a list of strings", line)


def _check_code(code, path, line, name):
    if not isinstance(code, str):
        raise LexiconError(path, f"'{name}' must be a CAMEO code as a string", line)
    try:
        cameo(code)
    except UnknownLexiconKey:
        raise LexiconError(path, f"unknown CAMEO code '{code}' in '{name}'", line) from None


def _parse(obj: dict, path, line) -> Pattern:
    kinds = [k for k in KINDS if k in obj]
    if len(kinds) != 1:
        raise LexiconError(path, "each pattern needs exactly one of 'verb', 'noun', 'adj'", line)
    kind = kinds[0]
    lemma = obj[kind]
    if not isinstance(lemma, str) or not lemma.strip():
        raise LexiconError(path, f"'{kind}' must be a non-empty string", line)
    _check_code(obj.get("cameo"), path, line, "cameo")
    if obj.get("future") is not None:
        _check_code(obj["future"], path, line, "future")
    target = obj.get("target", "object")
    if target not in TARGET_RULES:
        raise LexiconError(path, f"'target' must be one of {sorted(TARGET_RULES)}", line)
    mode = obj.get("mode")
    if mode not in MODES:
        raise LexiconError(path, "'mode' must be one of phone, video, visit, third-party, multilateral", line)
    known = {"verb", "noun", "adj", "cameo", "prep", "obj", "light", "mode", "target", "future",
             "only_future", "needs_neg", "intent", "reach", "voice", "no_obj", "note"}
    unknown = set(obj) - known
    if unknown:
        raise LexiconError(path, f"unknown key(s): {', '.join(sorted(unknown))}", line)
    voice = obj.get("voice", "actor")
    if voice not in ("actor", "author"):
        raise LexiconError(path, "'voice' must be 'actor' or 'author'", line)
    reach = obj.get("reach", "deep")
    if reach not in ("deep", "close"):
        raise LexiconError(path, "'reach' must be 'deep' or 'close'", line)
    light = _tuple(obj.get("light"), path, line, "light")
    if kind == "noun" and not light:
        light = DEFAULT_LIGHT
    return Pattern(kind=kind, lemma=lemma.lower(), cameo=obj["cameo"],
                   prep=_tuple(obj.get("prep"), path, line, "prep"),
                   obj=_tuple(obj.get("obj"), path, line, "obj"), light=light, mode=mode,
                   target=target, future=obj.get("future"), only_future=bool(obj.get("only_future")),
                   needs_neg=bool(obj.get("needs_neg")), intent=bool(obj.get("intent")), reach=reach, voice=voice, no_obj=bool(obj.get("no_obj")),
                   source=f"{Path(path).name}:{line}")


def load_pattern_files(paths) -> PatternSet:
    """Load pattern files into one set; a duplicate pattern across files is refused."""
    ps = PatternSet()
    for path in paths:
        for line, obj in read_jsonl(path):
            ps.add(_parse(obj, path, line), path, line)
    for bucket in ps.by_lemma.values():
        bucket.sort(key=lambda p: -(bool(p.prep) + bool(p.obj) + p.needs_neg + (p.light != DEFAULT_LIGHT)))
    return ps


@cache
def _default() -> PatternSet:
    return load_pattern_files([data_path("verbs.jsonl"), data_path("nouns.jsonl")])


def load_patterns(extra_files=()) -> PatternSet:
    """The shipped verb and noun patterns, plus a user's own pattern files."""
    if not extra_files:
        return _default()
    return load_pattern_files([data_path("verbs.jsonl"), data_path("nouns.jsonl"), *extra_files])
