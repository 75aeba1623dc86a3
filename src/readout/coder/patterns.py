"""Event trigger patterns: verbs and event nouns with their CAMEO codes, loaded from JSONL lexicons.

A pattern says which word triggers an event, what must stand around it (a particle or
preposition, an object noun, a light verb), which CAMEO code it carries, what it becomes when
it is only intended or announced ("will meet" is AGREE, not CONSULT), and where its target is
found when no actor stands in its arguments. This module reads the coder's pattern lexicons:
verbs.jsonl, nouns.jsonl and a user's own files, rule_codes.tsv (the codes the coder's rules
give: a threat for an ultimatum ...) and lemma_guesses.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import cache
from pathlib import Path

from readout.cameo import CONSULT_MODES, cameo
from readout.errors import LexiconError, UnknownLexiconKey
from readout.lexicons import data_path, read_jsonl, read_tsv, word_class

__all__ = ["Kind", "TargetRule", "Reach", "Voice", "Pattern", "PatternSet", "load_patterns",
           "load_pattern_files", "rule_codes", "lemma_guesses"]


class Kind(Enum):
    """The part of speech a pattern's word has: the pattern file's key for the word."""

    VERB = "verb"
    NOUN = "noun"
    ADJ = "adj"

    # Looked up for every word of every sentence (PatternSet.by_lemma's keys): Enum's own hash is
    # Python code, eight times slower than this identity hash, which its singletons allow.
    __hash__ = object.__hash__


class TargetRule(Enum):
    """Whom the act is aimed at when no actor stands in its arguments."""

    OBJECT = "object"              # no one
    COUNTERPART = "counterpart"    # the other side of the story's main interaction
    NONE = "none"                  # no one, even where a reciprocal word stands near
    REQUIRE = "require"            # no event without a named target
    OTHER = "other"                # the actor a statement is about
    FINITE = "finite"              # no one, but only as a stated position ("We support efforts toward
                                   # a ceasefire"), not an infinitive or participle ("funding to support")


class Reach(Enum):
    """Where the target may be named."""

    DEEP = "deep"      # any actor in the trigger's arguments
    CLOSE = "close"    # only the object or its possessor


class Voice(Enum):
    """Who acts."""

    ACTOR = "actor"    # the subject
    AUTHOR = "author"  # the story's speaker, on the subject ("Russia alone is responsible for ...")


# A field the loader fills, not a key of the pattern file.
_LOADED = {"key": False}
# Light verbs of event nouns whose pattern names none ("had a conversation", "lodged a protest").
DEFAULT_LIGHT = tuple(sorted(word_class("light_verb")))


@dataclass(frozen=True)
class Pattern:
    """One trigger: a lemma plus the context it needs and the event it codes."""

    kind: Kind = field(metadata=_LOADED)
    lemma: str = field(metadata=_LOADED)
    cameo: str
    prep: tuple[str, ...] = ()     # one of these preposition/particle children is required
    prep_noun: bool = False        # ... governing a noun phrase, not a clause ("commitment to Israel's security")
    obj: tuple[str, ...] = ()      # the direct object (or pobj of prep) must have one of these lemmas
    not_obj: tuple[str, ...] = ()  # no direct object may have one of these lemmas ("meeting needs" is no meeting)
    subj: tuple[str, ...] = ()     # the subject's head must have one of these lemmas ("a missile hit the city")
    light: tuple[str, ...] = ()    # for nouns: the governing verb must be one of these lemmas
    mode: str | None = None
    target: TargetRule = TargetRule.OBJECT
    future: str | None = None      # CAMEO code to use when the act is only announced or intended
    only_future: bool = False      # code only when announced or intended ("will deepen ties")
    needs_neg: bool = False        # code only when negated ("will not hesitate")
    on_condition: bool = False     # with voice author: code only on a condition naming an actor ("should X ..., we will take further action")
    intent: bool = False           # an intent word: its complement clause holds the target
    said: bool = False             # a saying (thanks, praise): announced, it is not yet said, no event
    reach: Reach = Reach.DEEP
    no_obj: bool = False           # code only without a direct object or that-clause
    needs_clause: bool = False     # code only with a that-clause ("protested that ...")
    no_complement: bool = False    # code only without an object complement or particle ("called X a Y")
    no_clause: bool = False        # code only without a to-clause ("called on President X", not "... to act")
    to_clause: bool = False        # code only with a to-clause ("ready to help", not "ready for war")
    no_gerund: bool = False        # code only without a gerund after its preposition ("insisted on resorting to force")
    purpose: tuple[str, ...] = ()  # one of these lemmas must be in what the act is for or answers
    voice: Voice = Voice.ACTOR
    unvoiced: str | None = None    # with voice author: the subject's own act (CAMEO code) in domestic mode
    note: str = ""                 # the pattern file's comment
    source: str = field(default="", metadata=_LOADED)      # file:line the pattern came from

    @property
    def key(self) -> tuple:
        """What makes two patterns the same: a second one is refused."""
        return (self.kind, self.lemma, self.prep, self.prep_noun, self.obj, self.not_obj, self.subj, self.light, self.needs_neg,
                self.no_obj, self.needs_clause, self.purpose)


# The keys a pattern file's object may carry: the word's kind and the fields above.
KEYS = {k.value for k in Kind} | {f.name for f in fields(Pattern) if f.metadata.get("key", True)}


@dataclass
class PatternSet:
    """Patterns indexed by (kind, lemma) for fast lookup."""

    by_lemma: dict[tuple[Kind, str], list[Pattern]] = field(default_factory=dict)
    lemmas: set[str] = field(default_factory=set)      # every lemma with a pattern, of any kind
    # triggers.py's memo, (lemma id, word id) -> whether a word could match: kept across docs
    word_memo: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False, compare=False)

    def add(self, p: Pattern, path, line):
        """Add a pattern; LexiconError for one that repeats an earlier one."""
        self.lemmas.add(p.lemma)
        self.word_memo.clear()
        bucket = self.by_lemma.setdefault((p.kind, p.lemma), [])
        for other in bucket:
            if other.key == p.key:
                raise LexiconError(path, f"duplicate pattern {p.kind.value} '{p.lemma}' (first at {other.source})", line)
        bucket.append(p)

    def candidates(self, kind: Kind | str, lemma: str) -> list[Pattern]:
        """Patterns for a word (kind: a Kind, or its name in the pattern file: "verb"), the most
        specific (most constraints) first."""
        if isinstance(kind, str):
            kind = Kind(kind)
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


def _choice(obj: dict, name: str, enum: type[Enum], default: Enum, path, line) -> Enum:
    try:
        return enum(obj.get(name, default.value))
    except ValueError:
        raise LexiconError(path, f"'{name}' must be {' or '.join(repr(e.value) for e in enum)}", line) from None


def _parse(obj: dict, path, line) -> Pattern:
    kinds = [k for k in Kind if k.value in obj]
    if len(kinds) != 1:
        raise LexiconError(path, "each pattern needs exactly one of 'verb', 'noun', 'adj'", line)
    kind = kinds[0]
    lemma = obj[kind.value]
    if not isinstance(lemma, str) or not lemma.strip():
        raise LexiconError(path, f"'{kind.value}' must be a non-empty string", line)
    _check_code(obj.get("cameo"), path, line, "cameo")
    if obj.get("future") is not None:
        _check_code(obj["future"], path, line, "future")
    if obj.get("unvoiced") is not None:
        _check_code(obj["unvoiced"], path, line, "unvoiced")
    target = obj.get("target", TargetRule.OBJECT.value)
    if target not in {t.value for t in TargetRule}:
        raise LexiconError(path, f"'target' must be one of {sorted(t.value for t in TargetRule)}", line)
    mode = obj.get("mode")
    if mode is not None and mode not in CONSULT_MODES:
        raise LexiconError(path, f"'mode' must be one of {', '.join(CONSULT_MODES)}", line)
    unknown = set(obj) - KEYS
    if unknown:
        raise LexiconError(path, f"unknown key(s): {', '.join(sorted(unknown))}", line)
    voice = _choice(obj, "voice", Voice, Voice.ACTOR, path, line)
    reach = _choice(obj, "reach", Reach, Reach.DEEP, path, line)
    light = _tuple(obj.get("light"), path, line, "light")
    if obj.get("prep_noun") and not obj.get("prep"):
        raise LexiconError(path, "'prep_noun' needs a 'prep'", line)
    if kind == Kind.NOUN and not light:
        light = DEFAULT_LIGHT
    return Pattern(kind=kind, lemma=lemma.lower(), cameo=obj["cameo"],
                   prep=_tuple(obj.get("prep"), path, line, "prep"), prep_noun=bool(obj.get("prep_noun")),
                   obj=_tuple(obj.get("obj"), path, line, "obj"), not_obj=_tuple(obj.get("not_obj"), path, line, "not_obj"),
                   subj=_tuple(obj.get("subj"), path, line, "subj"), light=light, mode=mode,
                   target=TargetRule(target), future=obj.get("future"), unvoiced=obj.get("unvoiced"), only_future=bool(obj.get("only_future")),
                   on_condition=bool(obj.get("on_condition")), needs_neg=bool(obj.get("needs_neg")), intent=bool(obj.get("intent")), said=bool(obj.get("said")), reach=reach, voice=voice,
                   no_obj=bool(obj.get("no_obj")), needs_clause=bool(obj.get("needs_clause")), no_complement=bool(obj.get("no_complement")), no_clause=bool(obj.get("no_clause")),
                   to_clause=bool(obj.get("to_clause")), no_gerund=bool(obj.get("no_gerund")),
                   purpose=_tuple(obj.get("purpose"), path, line, "purpose"), note=str(obj.get("note", "")), source=f"{Path(path).name}:{line}")


def load_pattern_files(paths) -> PatternSet:
    """Load pattern files into one set; a duplicate pattern across files is refused."""
    ps = PatternSet()
    for path in paths:
        for line, obj in read_jsonl(path):
            ps.add(_parse(obj, path, line), path, line)
    for bucket in ps.by_lemma.values():
        bucket.sort(key=lambda p: -(bool(p.prep) + p.prep_noun + bool(p.obj) + p.needs_neg + bool(p.purpose)
                                    + (p.light != DEFAULT_LIGHT)))
    return ps


@cache
def _default() -> PatternSet:
    return load_pattern_files([data_path("verbs.jsonl"), data_path("nouns.jsonl")])


def load_patterns(extra_files=()) -> PatternSet:
    """The shipped verb and noun patterns, plus a user's own pattern files."""
    if not extra_files:
        return _default()
    return load_pattern_files([data_path("verbs.jsonl"), data_path("nouns.jsonl"), *extra_files])


def read_rule_codes(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a rule_codes.tsv-format file (rule TAB codes separated by | TAB note), refusing a rule
    given twice and codes that are no CAMEO codes or repeated."""
    rules: dict[str, tuple[str, ...]] = {}
    for number, row in read_tsv(path, ["rule", "codes", "note"], required=2):
        if row["rule"] in rules:
            raise LexiconError(path, f"duplicate rule {row['rule']!r}: one line per rule", number)
        codes = tuple(c.strip() for c in row["codes"].split("|"))
        if len(set(codes)) != len(codes):
            raise LexiconError(path, f"rule {row['rule']!r}: a code is given twice", number)
        for code in codes:
            _check_code(code, path, number, row["rule"])
        rules[row["rule"]] = codes
    return rules


@cache
def _rule_codes() -> dict[str, tuple[str, ...]]:
    return read_rule_codes(data_path("rule_codes.tsv"))


def rule_codes(name: str) -> tuple[str, ...]:
    """The CAMEO codes of one rule of rule_codes.tsv ("ultimatum": ("130",))."""
    rules = _rule_codes()
    if name not in rules:
        raise LexiconError(data_path("rule_codes.tsv"), f"no rule {name!r}")
    return rules[name]


_SUFFIX = re.compile(r"[a-z]+")


def read_lemma_guesses(path: str | Path) -> tuple[tuple[str, str], ...]:
    """Read a lemma_guesses.tsv-format file: (suffix, replacement) pairs in order, refusing a pair
    given twice and affixes that are not lower-case letters."""
    out: list[tuple[str, str]] = []
    for number, row in read_tsv(path, ["suffix", "replace", "note"], required=1):
        pair = (row["suffix"], row["replace"])
        if not _SUFFIX.fullmatch(pair[0]) or (pair[1] and not _SUFFIX.fullmatch(pair[1])):
            raise LexiconError(path, "suffix and replacement must be lower-case letters", number)
        if pair in out:
            raise LexiconError(path, f"suffix {pair[0]!r} -> {pair[1]!r} is given twice", number)
        out.append(pair)
    return tuple(out)


@cache
def lemma_guesses() -> tuple[tuple[str, str], ...]:
    """The shipped lemma guesses of lemma_guesses.tsv, in order."""
    return read_lemma_guesses(data_path("lemma_guesses.tsv"))
