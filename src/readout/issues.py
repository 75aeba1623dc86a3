"""Find the issues of GUIDE.md (taiwan, sanctions, ...) named in a text, from the issue lexicon.

An issue file is JSONL, one issue a line:
    {"issue": "taiwan", "label": "Taiwan", "phrases": ["Taiwan", "cross-Strait"], "note": "...",
     "subsumes": ["other_issue"]}
`issue` and `phrases` are required; `fields` (optional) are phrases that name the issue only as a
field of work, kept by the stance finder only where the parse hangs them on cooperation
("cooperation in the fields of energy", "trade, agriculture, energy"), not "their time, energy". Phrases match case-insensitively on word boundaries; in a
plain phrase a space or a hyphen matches any run of spaces and hyphens or dashes ("one-China" finds
"one China"), and an apostrophe matches ' or ’. A phrase starting with "re:" is a Python regular
expression (case-insensitive, word boundaries added at both ends). `subsumes` names issues whose
matches inside a longer match of this issue are dropped ("election interference" is no plain
`interference`). Users add issues, or phrases to an existing issue, in their own files of the same
format; a phrase given twice for the same issue is refused.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
try:  # CPython's own regex parser (3.11+); private, so its absence only costs speed
    from re import _constants, _parser
except ImportError:  # pragma: no cover - another Python: every regex phrase is simply always run
    _constants = _parser = None

from readout.errors import LexiconError, UnknownLexiconKey
from readout.lexicons import data_path, read_jsonl

__all__ = ["IssueMatch", "Issue", "IssueLexicon", "find_issues", "default_lexicon"]

REGEX_PREFIX = "re:"
_SEPARATOR = r"(?:[\s\-\u2010\u2011\u2012\u2013\u2014]+)"
_APOSTROPHE = "['\u2019]"


@dataclass(frozen=True)
class IssueMatch:
    """One issue named in a text: char offsets into that text, the issue key and the matched text."""

    start: int
    end: int
    issue: str
    text: str
    field: bool = False     # matched only by a `fields` phrase: the issue as a field of work


@dataclass
class Issue:
    """One issue key with its label, note, phrases (as written) and compiled patterns."""

    key: str
    label: str
    note: str = ""
    phrases: list[str] = field(default_factory=list)
    patterns: list[re.Pattern] = field(default_factory=list)
    subsumes: set[str] = field(default_factory=set)
    fields: list[str] = field(default_factory=list)     # phrases naming the issue only as a field of work
    # Per pattern, a lower-case word any match must contain (for a "re:" phrase the longest
    # literal run it needs, or None): find() runs a pattern only on texts that hold its needle,
    # so most of the 600 patterns never scan.
    needles: list[str | None] = field(default_factory=list)


def phrase_key(phrase: str) -> str:
    """Return the form under which two phrases count as the same (case, dashes, spacing ignored)."""
    if phrase.startswith(REGEX_PREFIX):
        return phrase
    text = phrase.casefold().replace("\u2019", "'")
    return " ".join(re.split(r"[\s\-\u2010-\u2014]+", text)).strip()


# re.IGNORECASE matches these to ASCII letters, but str.lower() keeps them (or, for U+0130,
# makes two characters of it); folded to their letter, a needle test never misses a match.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """The text lower-cased as re.IGNORECASE sees it, for needle tests."""
    return text.translate(_FOLD).lower()


def phrase_needle(phrase: str) -> str | None:
    """The longest plain ASCII word of a phrase, lower-cased: every match of it contains this
    word (for a "re:" phrase, the longest literal run every match needs, or None)."""
    if phrase.startswith(REGEX_PREFIX):
        return regex_needle(phrase_pattern(phrase))
    words = [w.lower() for w in re.split(r"[\s\-\u2010-\u2014]+", phrase.strip())
             if w and w.isascii() and "'" not in w]
    return max(words, key=len) if words else None


def regex_needle(pattern: re.Pattern) -> str | None:
    """The longest run of plain ASCII letters, digits and spaces that the text must hold wherever
    `pattern` matches (a lookbehind's too: it lies in the text), lower-cased; None if there is
    no run of three characters or the pattern is past reading."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this reader cannot take is simply always run
        return None
    runs: list[str] = []
    _literal_runs(tree, runs)
    runs = [r for r in runs if len(r) >= 3]
    return max(runs, key=len).lower() if runs else None


def _literal_runs(items, runs: list[str]) -> None:
    # A sequence's consecutive literals form a run; a group is part of the sequence; a repeat
    # that must happen at least once and a positive lookaround hold runs of their own; anything
    # else (alternatives, classes, optional parts, negative lookarounds) ends the run.
    run = ""
    for op, av in _flat(items):
        if op is _constants.LITERAL and (chr(av).isascii() and (chr(av).isalnum() or chr(av) == " ")):
            run += chr(av)
            continue
        runs.append(run)
        run = ""
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            _literal_runs(av[2], runs)
        elif op is _constants.ASSERT:
            _literal_runs(av[1], runs)
    runs.append(run)


def _flat(items):
    # A plain group's items in line with the sequence around it; a group that changes the flags
    # ("(?-i:...)") is left whole, and so ends a run.
    for op, av in items:
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:
            yield from _flat(av[3])
        else:
            yield op, av


def phrase_pattern(phrase: str) -> re.Pattern:
    """Compile a lexicon phrase (plain or "re:...") to a case-insensitive word-bounded pattern."""
    if phrase.startswith(REGEX_PREFIX):
        body = phrase[len(REGEX_PREFIX):]
    else:
        words = [w for w in re.split(r"[\s\-\u2010-\u2014]+", phrase.strip()) if w]
        body = _SEPARATOR.join(re.sub("['\u2019]", lambda _: _APOSTROPHE, re.escape(w)) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


class IssueLexicon:
    """The issue lexicon shipped with readout, plus any user files in the same format."""

    def __init__(self, extra_files=()):
        self.issues: dict[str, Issue] = {}
        self._subsumes_lines: list[tuple[Path, int, str]] = []
        for path in [data_path("issues.jsonl"), *map(Path, extra_files)]:
            self._load(Path(path))
        for path, number, key in self._subsumes_lines:
            if key not in self.issues:
                raise LexiconError(path, f"'subsumes' names unknown issue '{key}'", number)
        self.index()

    def index(self) -> None:
        """Build find's scan from the issues' phrases (again after a change to them)."""
        # (issue key, pattern, needle, field only) of every phrase, in file order
        self._scan = [(issue.key, p, needle, phrase in issue.fields) for issue in self.issues.values()
                      for phrase, p, needle in zip(issue.phrases, issue.patterns, issue.needles)]
        # each needle once, with the phrases that share it; the phrases without one run always
        needles: dict[str, list[int]] = {}
        for i, (_, _, needle, _) in enumerate(self._scan):
            if needle is not None:
                needles.setdefault(needle, []).append(i)
        self._needles = list(needles.items())
        self._always = [i for i, (_, _, needle, _) in enumerate(self._scan) if needle is None]

    def _load(self, path: Path) -> None:
        seen_here: dict[str, int] = {}
        for number, obj in read_jsonl(path, required=("issue", "phrases")):
            key, phrases = obj["issue"], obj["phrases"]
            if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
                raise LexiconError(path, f"issue {key!r} must be a lowercase key like 'hong_kong'", number)
            if key in seen_here:
                raise LexiconError(path, f"duplicate issue '{key}' (first on line {seen_here[key]})", number)
            seen_here[key] = number
            if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
                raise LexiconError(path, "'phrases' must be a non-empty list of non-empty strings", number)
            fields = obj.get("fields", [])
            if not isinstance(fields, list) or not all(isinstance(p, str) and p.strip() for p in fields):
                raise LexiconError(path, "'fields' must be a list of non-empty strings", number)
            issue = self.issues.setdefault(key, Issue(key, obj.get("label") or key))
            if obj.get("note"):
                issue.note = issue.note or obj["note"]
            known = {phrase_key(p) for p in issue.phrases}
            for phrase in phrases + fields:
                if phrase_key(phrase) in known:
                    raise LexiconError(path, f"phrase '{phrase}' is given twice for issue '{key}'", number)
                known.add(phrase_key(phrase))
                try:
                    pattern = phrase_pattern(phrase)
                except (re.error, OverflowError, RecursionError) as exc:
                    # OverflowError: "a{1,99999999999}"; RecursionError: a regex nested thousands deep
                    raise LexiconError(path, f"phrase '{phrase[:80]}' is not a valid regular expression "
                                             f"({exc})", number) from None
                if pattern.search(""):
                    raise LexiconError(path, f"phrase '{phrase}' matches the empty string", number)
                issue.phrases.append(phrase)
                if phrase in fields:
                    issue.fields.append(phrase)
                issue.patterns.append(pattern)
                issue.needles.append(phrase_needle(phrase))
            subsumes = obj.get("subsumes", [])
            if not isinstance(subsumes, list) or not all(isinstance(s, str) for s in subsumes):
                raise LexiconError(path, "'subsumes' must be a list of issue keys", number)
            issue.subsumes.update(subsumes)
            self._subsumes_lines.extend((path, number, s) for s in subsumes)

    def keys(self) -> list[str]:
        """Return the issue keys, in file order."""
        return list(self.issues)

    def get(self, key: str) -> Issue:
        """Return the Issue for a key; raise UnknownLexiconKey if no file defines it."""
        try:
            return self.issues[key]
        except KeyError:
            raise UnknownLexiconKey(f"unknown issue '{key}'; known issues: {', '.join(self.issues)}") from None

    def needles_in(self, text: str) -> list[tuple[str, list[int]]]:
        """The needles `text` holds: find() on any part of it needs to test no other."""
        low = fold(text)
        return [(needle, phrases) for needle, phrases in self._needles if needle in low]

    def find(self, text: str, fields: bool = False, needles: list | None = None) -> list[IssueMatch]:
        """Return the issues named in `text`, longest match per issue, sorted by position; with
        `fields`, also matches of `fields` phrases (flagged: the caller checks they name a field of work).
        `needles`: needles_in() of a text this one is part of (the coder's story, for each sentence)."""
        found: list[IssueMatch] = []
        low = fold(text)
        # The coder asks per sentence and few sentences hold a needle: one pass over every
        # pattern's needle, then only the issues with a pattern to run.
        # Each needle is tested once for all the phrases that share it (370 for 600 phrases).
        hits = list(self._always)
        for needle, phrases in self._needles if needles is None else needles:
            if needle in low:
                hits.extend(phrases)
        live: dict[str, list[tuple[re.Pattern, bool]]] = {}
        for i in sorted(hits):
            key, p, _, is_field = self._scan[i]
            if fields or not is_field:
                live.setdefault(key, []).append((p, is_field))
        for key, patterns in live.items():
            issue = self.issues[key]
            spans: dict[tuple[int, int], bool] = {}
            for p, is_field in patterns:
                for m in p.finditer(text):
                    if m.end() > m.start():     # a plain phrase's match is no field-only one
                        spans[(m.start(), m.end())] = spans.get((m.start(), m.end()), True) and is_field
            taken: list[tuple[int, int]] = []
            for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
                if all(end <= s or start >= e for s, e in taken):
                    taken.append((start, end))
            found.extend(IssueMatch(s, e, issue.key, text[s:e], spans[(s, e)]) for s, e in taken)
        found = [m for m in found if not self._subsumed(m, found)]
        return sorted(found, key=lambda m: (m.start, -m.end, m.issue))

    def _subsumed(self, match: IssueMatch, found: list[IssueMatch]) -> bool:
        return any(
            match.issue in self.issues[other.issue].subsumes
            and other.start <= match.start and match.end <= other.end
            and other.end - other.start > match.end - match.start
            for other in found
        )


@functools.cache
def default_lexicon() -> IssueLexicon:
    """Return the issue lexicon shipped with readout, loaded once."""
    return IssueLexicon()


def find_issues(text: str) -> list[IssueMatch]:
    """Return the issues named in `text` according to the shipped issue lexicon."""
    return default_lexicon().find(text)
