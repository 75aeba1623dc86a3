"""Read one story from a digest text file ("23 Aug 21 - story 5", title, body), a plain text file or
a markdown file. Offsets are into the text exactly as the file held it (less a byte-order mark)."""
from __future__ import annotations

import re
from typing import Iterator

from readout.dates import MONTH_PATTERN, parse_collection_date
from readout.errors import BadInput
from readout.readers.base import ReadOptions, Story, find_dateline
from readout.readers.files import Source

__all__ = ["decode_text", "text_story", "not_decodable"]

_DIGEST_HEADER = re.compile(
    rf"(?i)^[ \t]*(?P<date>\d{{1,2}}[ \t]+(?:{MONTH_PATTERN})\.?[ \t]+(?:\d{{4}}|\d{{2}}))[ \t]*[-–—][ \t]*story[ \t]+(?P<number>\d+)[ \t]*\r?$",
    re.MULTILINE,
)
# A headline is short; a first line longer than this is the start of the body.
MAX_TITLE_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def not_decodable(where: str, data: bytes, exc: UnicodeDecodeError, encoding: str, line: int | None,
                  base: int = 0) -> BadInput:
    """The error for bytes that are not in `encoding`, naming the byte and its offset."""
    label = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") else encoding
    byte = data[exc.start]
    return BadInput(where, f"not {label} (byte 0x{byte:02x} at offset {base + exc.start}); try --encoding latin-1", line)


def decode_text(where: str, data: bytes, encoding: str) -> str:
    """Decode a whole text file, dropping a byte-order mark; BadInput for binary, undecodable or empty."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(where, f"binary file (NUL byte at offset {nul}); give a text, markdown or JSONL file "
                              "(UTF-16 text must be saved as UTF-8)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise not_decodable(where, data, exc, encoding, data.count(b"\n", 0, exc.start) + 1) from None
    except LookupError:
        raise BadInput(where, f"unknown encoding '{encoding}'; try --encoding utf-8 or latin-1") from None
    # Offsets are into Story.text, so a dropped byte-order mark shifts nothing.
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BadInput(where, "empty file; give a story with a title line and a body")
    return text


_LINE = re.compile(r"[^\n]*\n?")


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each line from `start`, end excluding the line break."""
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            return
        yield m.start(), m.start() + len(m.group().rstrip("\r\n"))


def _next_content_line(text: str, start: int) -> tuple[int, int] | None:
    for a, b in _lines(text, start):
        if text[a:b].strip():
            return a, b
    return None


def _is_title(text: str, line: tuple[int, int], body: tuple[int, int] | None, markdown: bool) -> bool:
    """Whether the first line is a title: not when it is the only line (a short text is all body), is
    as long as a paragraph, or runs on into the next line as a sentence does."""
    first = text[line[0]:line[1]].strip()
    if markdown and first.startswith("#"):
        return True
    if body is None or len(first) > MAX_TITLE_CHARS:
        return False
    between = text[line[1]:body[0]]
    blank_after = between.count("\n") > 1
    if blank_after:
        return True
    following = text[body[0]:body[1]].lstrip()
    return not (_SENTENCE_END.search(first) or following[:1].islower())


def text_story(source: Source, text: str, options: ReadOptions) -> Story:
    """Build a Story from a digest file or a plain text or markdown file."""
    collected = number = None
    title_line = _next_content_line(text, 0)
    header = _DIGEST_HEADER.match(text, title_line[0], title_line[1]) if title_line else None
    if header:
        try:
            collected = parse_collection_date(header["date"]).isoformat()
            number = int(header["number"])
            title_line = _next_content_line(text, title_line[1])
        except ValueError:
            pass  # "31 Feb 21 - story 1" is no digest header: read the line as a title
    title, body_start = None, len(text)
    markdown = source.path.suffix.lower() == ".md"
    if title_line:
        body_line = _next_content_line(text, title_line[1])
        if _is_title(text, title_line, body_line, markdown):
            title = text[title_line[0]:title_line[1]].strip()
            if markdown:
                title = title.lstrip("#").strip() or title
        else:
            body_line = title_line
        if body_line:
            line = text[body_line[0]:body_line[1]]
            body_start = body_line[0] + len(line) - len(line.lstrip())
    return Story(
        id=source.id_base, text=text, title=title, date=collected, publisher=None, url=None,
        path=source.shown, line=None, body_start=body_start, collected=collected, number=number,
        dateline=find_dateline(text, body_start) if body_start < len(text) else None,
    )
