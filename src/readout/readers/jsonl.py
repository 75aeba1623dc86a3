"""Read stories from JSONL (optionally gzipped), one JSON object a line, streamed a line at a time
with a size cap per line. Also checks a record's fields, for CSV and TSV rows too."""
from __future__ import annotations

import gzip
import json
import re
import zlib
from datetime import date
from typing import Iterator

from readout.errors import BadInput
from readout.readers.base import FIELDS, ErrorHandler, ReadOptions, Story, find_dateline
from readout.readers.files import Source, TooLong, capped_lines, open_source
from readout.readers.text import not_decodable

__all__ = ["read_jsonl", "record_story", "record_problem"]


def _lines(source: Source, gzipped: bool, limit: int) -> Iterator[bytes | TooLong]:
    with open_source(source) as raw:
        if gzipped:
            with gzip.GzipFile(fileobj=raw, mode="rb") as handle:
                yield from capped_lines(handle, limit)
        else:
            yield from capped_lines(raw, limit)


def read_jsonl(source: Source, options: ReadOptions, report: ErrorHandler, gzipped: bool) -> Iterator[Story]:
    """Yield the stories of a JSONL file; each bad line is reported and the next one read."""
    number, seen, offset = 0, False, 0
    lines = _lines(source, gzipped, options.max_bytes)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            break
        except (OSError, EOFError, zlib.error) as exc:
            # gzip.BadGzipFile is an OSError; a truncated file raises EOFError.
            reason = str(exc) or type(exc).__name__
            kind = "corrupt gzip file" if gzipped else "cannot read the file"
            report(BadInput(source.shown, f"{kind} ({reason}); re-create or re-download it",
                            number + 1 if number else None))
            return
        number += 1
        if isinstance(raw, TooLong):
            seen = True
            offset += raw.size
            report(BadInput(source.shown, f"line longer than {options.max_bytes} bytes ({raw.size}); "
                                          "split the story or raise READOUT_MAX_INPUT_BYTES", number))
            continue
        base, offset = offset, offset + len(raw)
        if b"\x00" in raw:
            report(BadInput(source.shown, "binary data (NUL byte) in the line; give JSON text, one object a line", number))
            continue
        try:
            line = raw.decode(options.encoding)
        except UnicodeDecodeError as exc:
            report(not_decodable(source.shown, raw, exc, options.encoding, number, base))
            continue
        except LookupError:
            report(BadInput(source.shown, f"unknown encoding '{options.encoding}'; try --encoding utf-8 or latin-1"))
            return
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(BadInput(source.shown, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line", number))
            continue
        except RecursionError:
            report(BadInput(source.shown, "JSON nested too deeply to read; fix or remove the line", number))
            continue
        if not isinstance(record, dict):
            report(BadInput(source.shown, f"each line must be a JSON object, found {type(record).__name__}", number))
            continue
        story = record_story(source, record, number, report)
        if story is not None:
            yield story
    if not seen:
        report(BadInput(source.shown, "empty file; give one JSON object a line with at least a 'text' field"))


def record_story(source: Source, record: dict, number: int, report: ErrorHandler) -> Story | None:
    """The Story of one record (a JSONL object, a CSV row), or None after reporting what is wrong."""
    problem = record_problem(record)
    if problem:
        report(BadInput(source.shown, problem, number))
        return None
    text = record["text"]
    published = record.get("date")
    body_start = 0
    dateline = find_dateline(text, len(text) - len(text.lstrip()))
    after = _after_title(text, record.get("title"))
    if dateline is None and after is not None:
        # "Crown Prince Receives Phone Call ...\n\nJeddah, September 14, 2019, SPA -- His Royal
        # Highness ...": a page copied with its heading; the parser would read heading, dateline and
        # first sentence as one, so the body begins at the dateline after the heading
        dateline = find_dateline(text, after)
        body_start = after if dateline is not None else 0
    return Story(
        id=record.get("id") or f"{source.id_base}#{number}", text=text, title=record.get("title"),
        date=published[:10] if published else None, publisher=record.get("publisher"),
        url=record.get("url"), path=source.shown, line=number, body_start=body_start, dateline=dateline,
    )


def _after_title(text: str, title: str | None) -> int | None:
    """Where the text goes on after repeating its title on a line of its own, or None."""
    title = (title or "").strip()
    start = len(text) - len(text.lstrip())
    end = start + len(title)
    if not title or not text.startswith(title, start) or not text[end:end + 1] == "\n":
        return None
    rest = text[end:]
    return end + len(rest) - len(rest.lstrip())


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]*)?$")


def record_problem(record: dict) -> str | None:
    """Say what is wrong with a story record, or None when it can be read."""
    if "text" not in record:
        return "no 'text' field; every record needs the story text in 'text'"
    for key in FIELDS:
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
