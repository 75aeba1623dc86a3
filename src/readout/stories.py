"""Read stories from digest text files, plain text or markdown files, and JSONL (optionally gzipped).

Every bad file or line becomes a BadInput handed to `on_error` (or raised when there is none);
the rest of the input is still read.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from readout.dates import MONTH_PATTERN, MONTHS, parse_collection_date
from readout.errors import BadInput

__all__ = ["Dateline", "Story", "iter_stories", "find_dateline", "STORY_SUFFIXES"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
GZIP_SUFFIXES = tuple(s + ".gz" for s in JSONL_SUFFIXES)
TEXT_SUFFIXES = (".txt", ".md", ".text", "")
# What a directory walk picks up; a file named on its own is read whatever its suffix.
STORY_SUFFIXES = JSONL_SUFFIXES + GZIP_SUFFIXES + TEXT_SUFFIXES


@dataclass
class Dateline:
    """The place-and-date opening of a wire story: "Xinhua News Agency, Beijing, August 18."."""

    agency: str | None
    place: str | None
    month: int
    day: int
    start: int
    end: int


@dataclass
class Story:
    """One story as read, with offsets into `text` exactly as the file held it."""

    id: str
    text: str
    title: str | None
    date: str | None
    publisher: str | None
    url: str | None
    path: str
    line: int | None
    body_start: int
    collected: str | None = None
    number: int | None = None
    dateline: Dateline | None = None


ErrorHandler = Callable[[BadInput], None]

_DIGEST_HEADER = re.compile(
    rf"(?i)^[ \t]*(?P<date>\d{{1,2}}[ \t]+(?:{MONTH_PATTERN})\.?[ \t]+(?:\d{{4}}|\d{{2}}))[ \t]*[-–—][ \t]*story[ \t]+(?P<number>\d+)[ \t]*\r?$",
    re.MULTILINE,
)
_NAME = r"[A-Z][A-Za-z.'’&/ -]{0,48}?"
_DATELINE = re.compile(
    rf"""(?x)
    [ \t]*
    (?:(?P<agency>{_NAME}),[ \t]*)?
    (?P<place>[A-Z][A-Za-z.'’ -]{{0,40}}?),[ \t]*
    (?:(?P<month>{MONTH_PATTERN})\.?[ \t]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{MONTH_PATTERN})\.?)
    (?:st|nd|rd|th)?
    (?:,?[ \t]+\d{{4}})?
    (?:[ \t]*\((?P<agency2>[^()\n]{{1,60}})\))?
    (?P<end>[ \t]*(?:--|—|–|[ \t]-|:|\.)(?=\s)|(?<=\))(?=[ \t]))
    """,
    re.IGNORECASE,
)


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """Find a dateline opening the paragraph at `start` ("BEIJING, Aug. 18 (Xinhua) --")."""
    m = _DATELINE.match(text, start)
    if not m or not (m["place"][0].isupper() and (m["agency"] is None or m["agency"][0].isupper())):
        return None
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    day = int(m["day"] or m["day2"])
    try:
        date(2000, month, day)
    except ValueError:
        return None
    agency = m["agency"] or m["agency2"]
    begin = m.start("agency") if m["agency"] else m.start("place")
    return Dateline(agency.strip() if agency else None, m["place"].strip(), month, day, begin, m.end())


def iter_stories(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    encoding: str = "utf-8",
    on_error: ErrorHandler | None = None,
) -> Iterator[Story]:
    """Yield the stories in files and directories (walked recursively, sorted, hidden files skipped)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]

    def report(error: BadInput) -> None:
        if on_error is None:
            raise error
        on_error(error)

    for path in paths:
        for file in _expand(Path(path), report):
            yield from _read_file(file, encoding, report)


def _expand(path: Path, report: ErrorHandler) -> Iterator[Path]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                # Files without a suffix are read as plain text; other suffixes are not stories.
                if name.startswith(".") or ("." in name and not name.lower().endswith(_DOTTED_SUFFIXES)):
                    continue
                yield Path(root) / name
    elif path.exists():
        yield path
    else:
        report(BadInput(path, "no such file or directory; check the path"))


_DOTTED_SUFFIXES = tuple(s for s in STORY_SUFFIXES if s)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in GZIP_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES:
        if suffix and name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def _read_file(path: Path, encoding: str, report: ErrorHandler) -> Iterator[Story]:
    name = path.name.lower()
    if name.endswith(GZIP_SUFFIXES):
        yield from _read_jsonl(path, encoding, report, gzipped=True)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        report(BadInput(path, f"cannot read the file ({exc.strerror}); check its permissions"))
        return
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, encoding, report, gzipped=False)
        return
    text = _decode_text(path, data, encoding, report)
    if text is None:
        return
    yield _text_story(path, text)


def _not_decodable(path: Path, data: bytes, exc: UnicodeDecodeError, encoding: str, line: int | None, base: int = 0) -> BadInput:
    label = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") else encoding
    byte = data[exc.start]
    return BadInput(path, f"not {label} (byte 0x{byte:02x} at offset {base + exc.start}); try --encoding latin-1", line)


def _decode_text(path: Path, data: bytes, encoding: str, report: ErrorHandler) -> str | None:
    nul = data.find(b"\x00")
    if nul >= 0:
        report(BadInput(path, f"binary file (NUL byte at offset {nul}); give a text, markdown or JSONL file "
                              "(UTF-16 text must be saved as UTF-8)"))
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        report(_not_decodable(path, data, exc, encoding, data.count(b"\n", 0, exc.start) + 1))
        return None
    except LookupError:
        report(BadInput(path, f"unknown encoding '{encoding}'; try --encoding utf-8 or latin-1"))
        return None
    # Offsets are into Story.text, so a dropped byte-order mark shifts nothing.
    text = text.removeprefix("\ufeff")
    if not text.strip():
        report(BadInput(path, "empty file; give a story with a title line and a body"))
        return None
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


def _text_story(path: Path, text: str) -> Story:
    """Build a Story from a digest file ("23 Aug 21 - story 5", title, body) or a plain text file."""
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
    if title_line:
        title = text[title_line[0] : title_line[1]].strip()
        if path.suffix.lower() == ".md":
            title = title.lstrip("#").strip() or title
        body_line = _next_content_line(text, title_line[1])
        if body_line:
            line = text[body_line[0] : body_line[1]]
            body_start = body_line[0] + len(line) - len(line.lstrip())
    return Story(
        id=_stem(path), text=text, title=title, date=collected, publisher=None, url=None,
        path=str(path), line=None, body_start=body_start, collected=collected, number=number,
        dateline=find_dateline(text, body_start) if body_start < len(text) else None,
    )


def _raw_lines(path: Path, gzipped: bool) -> Iterator[bytes]:
    """Yield the raw lines of a JSONL file, streaming a gzipped one."""
    if gzipped:
        with gzip.open(path, "rb") as handle:
            yield from handle
    else:
        with open(path, "rb") as handle:
            yield from handle


def _read_jsonl(path: Path, encoding: str, report: ErrorHandler, gzipped: bool) -> Iterator[Story]:
    stem, number, seen, offset = _stem(path), 0, False, 0
    lines = _raw_lines(path, gzipped)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            break
        except (OSError, EOFError, zlib.error) as exc:
            # gzip.BadGzipFile is an OSError; a truncated file raises EOFError.
            reason = str(exc) or type(exc).__name__
            report(BadInput(path, f"corrupt gzip file ({reason}); re-create or re-download it",
                            number + 1 if number else None))
            return
        number += 1
        base, offset = offset, offset + len(raw)
        if b"\x00" in raw:
            report(BadInput(path, "binary data (NUL byte) in the line; give JSON text, one object a line", number))
            continue
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            report(_not_decodable(path, raw, exc, encoding, number, base))
            continue
        except LookupError:
            report(BadInput(path, f"unknown encoding '{encoding}'; try --encoding utf-8 or latin-1"))
            return
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        seen = True
        story = _record_story(path, stem, line, number, report)
        if story is not None:
            yield story
    if not seen:
        report(BadInput(path, "empty file; give one JSON object a line with at least a 'text' field"))


def _record_story(path: Path, stem: str, line: str, number: int, report: ErrorHandler) -> Story | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        report(BadInput(path, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line", number))
        return None
    except RecursionError:
        report(BadInput(path, "JSON nested too deeply to read; fix or remove the line", number))
        return None
    if not isinstance(record, dict):
        report(BadInput(path, f"each line must be a JSON object, found {type(record).__name__}", number))
        return None
    problem = _record_problem(record)
    if problem:
        report(BadInput(path, problem, number))
        return None
    text = record["text"]
    published = record.get("date")
    dateline = find_dateline(text, len(text) - len(text.lstrip()))
    return Story(
        id=record.get("id") or f"{stem}#{number}", text=text, title=record.get("title"),
        date=published[:10] if published else None, publisher=record.get("publisher"),
        url=record.get("url"), path=str(path), line=number, body_start=0, dateline=dateline,
    )


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]*)?$")


def _record_problem(record: dict) -> str | None:
    """Say what is wrong with a JSONL record, or None when it can be read."""
    if "text" not in record:
        return "no 'text' field; every record needs the story text in 'text'"
    for key in ("text", "id", "title", "date", "publisher", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' must be a string, found {type(value).__name__} {json.dumps(value)[:40]}"
    if not (record["text"] or "").strip():  # null or blank
        return "'text' is empty; give the story text or remove the line"
    published = record.get("date")
    if published:
        try:
            if not _ISO_DATE.match(published):
                raise ValueError
            date.fromisoformat(published[:10])
        except ValueError:
            return f"bad 'date' {published!r}; write it as YYYY-MM-DD"
    return None
