"""Text as a person should read it: scraped markup and escape leftovers (`<sup>`, `\\###`,
`\\u2019`, `\\_`, `&amp;`) and mojibake cleaned at render time, never in the store.

The stored text stays as read, so every offset into it stays exact; `Cleaner.at(offset)` maps an
offset of the stored text into the cleaned one, so evidence marks still fall on their words.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from functools import lru_cache

import ftfy
from ftfy.badness import is_bad

__all__ = ["clean", "Cleaner"]

# Inline formatting tags a scraper left in (`14<sup>th</sup>`, `**<u>Title</u>**`): the tag goes,
# its text stays. Any other tag (`<script>`) is text, shown as such by the escaping templates.
_TAGS = "sup|sub|u|b|i|em|strong|span|small|big|font|p|div|a|br"
_RULES = re.compile(r"""
    (?P<pair>\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})  # escaped surrogate pair
  | (?P<uni>\\u[0-9a-fA-F]{4})                        # \u2019 written out
  | (?P<cut>\\u[0-9a-fA-F]{0,3}(?=\s|$|\\))            # \u20 at a truncated title's end
  | (?P<space>\\_)                                    # a no-break space a converter escaped
  | (?P<punct>\\[!-/:-@\[-`{-~])                      # \#, \*, \[ ...: markdown escapes
  | (?P<dangling>\\(?=\r?\n|$))                        # a lone backslash ending a line
  | (?P<tag></?(?:""" + _TAGS + r""")\b[^<>]{0,200}>)   # inline formatting tags
  | (?P<bold>\*\*)                                    # markdown bold markers
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)
""", re.VERBOSE | re.IGNORECASE)
_FTFY = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False, fix_line_breaks=False,
                             normalization=None, explain=False)
_TOKEN = re.compile(r"\S+")


def _replacement(m: re.Match) -> str:
    kind, text = m.lastgroup, m.group()
    if kind == "pair":
        high, low = int(text[2:6], 16), int(text[8:12], 16)
        return chr(0x10000 + (high - 0xD800) * 0x400 + (low - 0xDC00))
    if kind == "uni":
        code = int(text[2:], 16)
        return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)
    if kind == "space":
        return " "
    if kind == "punct":
        return text[1]
    if kind == "tag":
        return "\n" if text[1:3].lower() == "br" else ""
    if kind == "entity":
        return html.unescape(text)
    return ""   # cut, dangling, bold


class Cleaner:
    """A text cleaned for display, with a map from offsets of the original into the cleaned text.

    Each rewrite (an escape, a tag, a mojibake word) is a unit: an offset inside a unit maps to
    its start, so a mark never splits one; offsets elsewhere move by what was removed before them.
    """

    def __init__(self, text: str):
        self.original = text
        # (start in the original, end in the original, start in the output, replacement or None)
        units: list[tuple[int, int, str]] = []
        for m in _RULES.finditer(text):
            new = _replacement(m)
            if new != m.group():
                units.append((m.start(), m.end(), new))
        if is_bad(text):
            units = _merge(units, _mojibake(text, units))
        out, self._starts, self._pieces, at, pos = [], [], [], 0, 0
        for start, end, new in units:
            if start > at:
                self._add(at, start, pos, None)
                out.append(text[at:start])
                pos += start - at
            self._add(start, end, pos, len(new))
            out.append(new)
            pos += len(new)
            at = end
        self._add(at, len(text), pos, None)
        out.append(text[at:])
        self.text = "".join(out)

    def _add(self, start: int, end: int, out_start: int, out_len: int | None) -> None:
        self._starts.append(start)
        self._pieces.append((start, end, out_start, out_len))

    def at(self, offset: int) -> int:
        """The offset in the cleaned text of an offset in the original."""
        if offset >= len(self.original):
            return len(self.text)
        i = max(0, bisect_right(self._starts, offset) - 1)
        start, end, out_start, out_len = self._pieces[i]
        if out_len is None:          # text kept as it was
            return out_start + (offset - start)
        return out_start             # inside a rewritten unit: its start

    def span(self, start: int, end: int) -> str:
        """The cleaned text of the original's [start, end)."""
        return self.text[self.at(start):self.at(end)]


def _mojibake(text: str, units: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # Word by word, so each fix is a unit of the offset map; words inside a rewrite are left.
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word.isascii() or not is_bad(word):
            continue
        fixed = ftfy.fix_text(word, _FTFY)
        if fixed != word:
            out.append((m.start(), m.end(), fixed))
    return out


def _merge(units: list, more: list) -> list:
    """Rule rewrites and word fixes in order; a word fix overlapping a rule rewrite is dropped."""
    merged = sorted(units)
    for unit in more:
        i = bisect_right(merged, (unit[0],))
        before = merged[i - 1] if i else None
        after = merged[i] if i < len(merged) else None
        if (before and before[1] > unit[0]) or (after and after[0] < unit[1]):
            continue
        merged.insert(i, unit)
    return merged


@lru_cache(maxsize=4096)
def clean(text: str | None) -> str:
    """A title, snippet, name or piece of evidence as a person should read it ('' for None)."""
    if not text:
        return ""
    return Cleaner(str(text)).text
