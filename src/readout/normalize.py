"""Canonical text for the coder, with a map from every offset back into the original.

Passes run in order: characters (quotes, non-breaking spaces), markdown leftovers, line wraps and
spacing, then the phrase variants of variants.tsv. Each pass records, for every output character,
the original span it came from; the maps compose, so the whole run stays O(n).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from readout.errors import LexiconError
from readout.lexicons import data_path, read_tsv

__all__ = ["Normalized", "Variants", "normalize", "load_variants"]

VARIANT_COLUMNS = ["pattern", "replacement", "kind", "note"]


@dataclass
class Normalized:
    """Normalized text plus, for each of its characters, the original span it stands for."""

    text: str
    _starts: list[int] = field(repr=False)
    _ends: list[int] = field(repr=False)
    original_length: int = field(repr=False)

    def to_original(self, i: int) -> int:
        """Map an offset in .text (0..len inclusive) to an offset in the original."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside 0..{len(self.text)}")
        return self._starts[i] if i < len(self.text) else self.original_length

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of .text to the original span it came from (ends map to ends)."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}..{end} outside 0..{len(self.text)}")
        if start == end:
            at = self.to_original(start)
            return at, at
        return self._starts[start], self._ends[end - 1]


# A replacement piece: text mapped to the whole match, or (text, offset) copied 1:1 from offset.
Piece = str | tuple[str, int]


def _pass(text: str, pattern: re.Pattern, replace: Callable[[re.Match], list[Piece] | None]):
    """Apply one substitution; return the new text and each new character's (start, end) in `text`
    (None, None when nothing was replaced)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kept = 0

    def copy(a: int, b: int) -> None:
        out.append(text[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    for m in pattern.finditer(text):
        pieces = replace(m)
        if pieces is None or m.start() == m.end():
            continue
        copy(kept, m.start())
        for piece in pieces:
            if isinstance(piece, tuple):
                copy(piece[1], piece[1] + len(piece[0]))
            else:
                out.append(piece)
                starts.extend([m.start()] * len(piece))
                ends.extend([m.end()] * len(piece))
        kept = m.end()
    if kept == 0:
        return text, None, None         # nothing replaced: the text and its map stay as they are
    copy(kept, len(text))
    return "".join(out), starts, ends


def _compose(outer_starts, outer_ends, starts, ends):
    """Map a pass's (start, end) in its input through the earlier passes' maps."""
    return [outer_starts[s] for s in starts], [outer_ends[e - 1] for e in ends]


_CHARS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u200b": "", "\ufeff": "", "\u00ad": "",
}
_CHAR_RE = re.compile("[" + "".join(_CHARS) + "]")
_MARKDOWN = re.compile(
    r"""\\\#+                                  # the "\###" end marker of press releases
      | \#{3,}                                 # a bare "###" marker
      | (?m:^[ \t]*\#{1,6}[ \t]+)              # a heading marker at a line start
      | \*\*|__                                # bold
      | \[(?P<label>(?:[^\[\]\n]|\n(?![ \t]*\n))+)\]\((?P<url>[^()\s]+)\)   # [text](url), text wrapped
                                                                    # over lines but not paragraphs
      | \\(?P<escaped>[\\`*_{}\[\]()\#+\-.!>~|"'])      # a backslash escape
    """,
    re.VERBOSE,
)
_SPACING = re.compile(
    r"(?P<edge>\A\s+|\s+\Z)"                        # space opening or closing the text
    r"|(?P<para>[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*)"    # blank line(s): one paragraph break
    r"|(?P<wrap>[ \t]*\r?\n[ \t]*)"                   # a hard wrap inside a paragraph
    r"|(?P<run>[ \t]{2,}|\t)"                         # runs of spaces
)


def _markdown(m: re.Match) -> list[Piece]:
    if m["label"]:
        return [(m["label"], m.start("label"))]
    if m["escaped"]:
        return [(m["escaped"], m.start("escaped"))]
    return []


def _spacing(m: re.Match) -> list[Piece] | None:
    if m["edge"]:
        return []
    if m["para"]:
        return None if m["para"] == "\n\n" else ["\n\n"]
    if m["wrap"]:
        return [" "]
    return None if m["run"] == " " else [" "]


@dataclass
class Variants:
    """Phrase variants: literals (case-insensitive, whole words) and regexes, applied in one pass each."""

    literals: dict[str, str]
    regexes: list[tuple[re.Pattern, str]]

    def passes(self) -> Iterable[tuple[re.Pattern, Callable[[re.Match], list[Piece] | None]]]:
        """The substitution passes these variants make."""
        if self.literals:
            words = sorted(self.literals, key=len, reverse=True)
            alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
            yield re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), self._literal
        for regex, template in self.regexes:
            yield regex, (lambda m, t=template: None if m.expand(t) == m.group() else [m.expand(t)])

    def _literal(self, m: re.Match) -> list[Piece] | None:
        found = m.group()
        replacement = self.literals[" ".join(found.split()).lower()]
        if found[0].isupper() and replacement[0].islower():
            replacement = replacement[0].upper() + replacement[1:]
        return None if replacement == found else [replacement]


def load_variants(extra_files: Iterable[str | Path] = ()) -> Variants:
    """Load variants.tsv and any user files in the same format; duplicates fail loudly."""
    files = (data_path("variants.tsv"), *map(Path, extra_files))
    return _load_variants(tuple(str(f) for f in files))


@lru_cache(maxsize=8)
def _load_variants(files: tuple[str, ...]) -> Variants:
    literals: dict[str, str] = {}
    regexes: list[tuple[re.Pattern, str]] = []
    seen: dict[str, str] = {}
    for file in files:
        for number, row in read_tsv(file, VARIANT_COLUMNS, required=3):
            kind, pattern = row["kind"], row["pattern"]
            key = f"{kind}:{' '.join(pattern.split()).lower() if kind == 'literal' else pattern}"
            if key in seen:
                raise LexiconError(file, f"duplicate pattern {pattern!r} (first at {seen[key]})", number)
            seen[key] = f"{file}:{number}"
            if kind == "literal":
                literals[" ".join(pattern.split()).lower()] = row["replacement"]
            elif kind == "regex":
                try:
                    regex = re.compile(pattern)
                except re.error as exc:
                    raise LexiconError(file, f"bad regex ({exc}); fix the pattern", number) from None
                if regex.match(""):
                    raise LexiconError(file, "the regex matches the empty string; make it match text", number)
                regexes.append((regex, row["replacement"]))
            else:
                raise LexiconError(file, f"kind must be 'literal' or 'regex', found {kind!r}", number)
    return Variants(literals, regexes)


def normalize(text: str, variants: Variants | None = None) -> Normalized:
    """Return the canonical form of `text` with an offset map back into it."""
    variants = variants if variants is not None else load_variants()
    starts = list(range(len(text)))
    ends = list(range(1, len(text) + 1))
    current = text
    steps = [
        (_CHAR_RE, lambda m: [_CHARS[m.group()]]),
        (_MARKDOWN, _markdown),
        (_SPACING, _spacing),
        *variants.passes(),
    ]
    for pattern, replace in steps:
        current, new_starts, new_ends = _pass(current, pattern, replace)
        if new_starts is not None:      # (composing the maps costs a step per character)
            starts, ends = _compose(starts, ends, new_starts, new_ends)
    return Normalized(current, starts, ends, len(text))
