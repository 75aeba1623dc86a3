"""Read stories from CSV and TSV files with a header line: one story a row, columns named `id`,
`date`, `title`, `text`, `url`, `publisher` (in any order, any case; other columns are ignored),
or other names mapped with `--column text=body`. Quoted fields may hold commas, tabs and line breaks.
"""
from __future__ import annotations

import csv
from typing import Iterator

from readout.errors import BadInput
from readout.readers.base import FIELDS, ErrorHandler, ReadOptions, Story
from readout.readers.files import Source, TooLong, capped_lines, open_source
from readout.readers.jsonl import record_story
from readout.readers.text import not_decodable

__all__ = ["read_table"]


class _Stop(Exception):
    """A line that ends the file's reading (already reported)."""


def _text_lines(source: Source, options: ReadOptions, report: ErrorHandler, state: dict) -> Iterator[str]:
    """The file's lines decoded, each within the size cap; a line past it ends the file's reading."""
    with open_source(source) as handle:
        for number, raw in enumerate(capped_lines(handle, options.max_bytes), start=1):
            state["line"] = number
            if isinstance(raw, TooLong):
                report(BadInput(source.shown, f"line longer than {options.max_bytes} bytes ({raw.size}); "
                                              "split the row or raise READOUT_MAX_INPUT_BYTES", number))
                raise _Stop
            if b"\x00" in raw:
                report(BadInput(source.shown, "binary data (NUL byte); give a CSV or TSV text file", number))
                raise _Stop
            try:
                line = raw.decode(options.encoding)
            except UnicodeDecodeError as exc:
                report(not_decodable(source.shown, raw, exc, options.encoding, number))
                raise _Stop from None
            except LookupError:
                report(BadInput(source.shown, f"unknown encoding '{options.encoding}'; try --encoding utf-8 or latin-1"))
                raise _Stop from None
            line = line.removeprefix("\ufeff") if number == 1 else line
            state["raw"] = line
            yield line


def _header_map(source: Source, header: list[str], options: ReadOptions) -> dict[str, int]:
    """field -> column index, from the header and the user's --column names."""
    names = [h.strip().lower() for h in header]
    wanted = {f: options.columns.get(f, f).strip().lower() for f in FIELDS}
    found = {f: names.index(name) for f, name in wanted.items() if name in names}
    if "text" not in found:
        shown_header = ", ".join(h.strip() for h in header)[:200]
        raise BadInput(source.shown, f"no '{wanted['text']}' column in the header ({shown_header}); "
                                     "name the story text column 'text' or give --column text=NAME", 1)
    missing = [f"{f}={wanted[f]}" for f in options.columns if f in wanted and f not in found]
    if missing:
        raise BadInput(source.shown, f"no column {', '.join(missing)} in the header; check --column", 1)
    return found


def read_table(source: Source, options: ReadOptions, report: ErrorHandler, delimiter: str) -> Iterator[Story]:
    """Yield one story a row of a CSV (delimiter ',') or TSV ('\\t') file; bad rows are reported."""
    state = {"line": 0}
    rows = csv.reader(_text_lines(source, options, report, state), delimiter=delimiter, strict=True)
    limit = csv.field_size_limit()
    csv.field_size_limit(options.max_bytes)
    try:
        yield from _rows(source, options, report, rows, state, delimiter)
    except _Stop:
        return
    finally:
        csv.field_size_limit(limit)


def _rows(source, options, report, rows, state, delimiter) -> Iterator[Story]:
    try:
        header = next(rows)
    except StopIteration:
        report(BadInput(source.shown, "empty file; give a header line (id, date, title, text, url, publisher) and one row a story"))
        return
    except csv.Error as exc:
        report(BadInput(source.shown, f"not a CSV/TSV header ({exc}); fix the first line", 1))
        return
    columns = _header_map(source, header, options)
    seen = False
    while True:
        start = state["line"] + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            if delimiter == "\t" and state["line"] == start:
                # A hand-made TSV row whose text opens with a quote ('"No," he said'): TSV needs
                # no quoting, so the line is its tabs' fields as written.
                row = state["raw"].rstrip("\r\n").split("\t")
            else:
                report(BadInput(source.shown, f"broken row ({exc}); check its quotes", start))
                continue  # the reader starts afresh on the next line
        if not any(cell.strip() for cell in row):
            continue
        seen = True
        if len(row) > len(header):
            report(BadInput(source.shown, f"{len(row)} fields but the header has {len(header)}; "
                                          "quote fields that hold the delimiter", start))
            continue
        record = {f: (row[i] if i < len(row) and row[i] != "" else None) for f, i in columns.items()}
        story = record_story(source, record, start, report)
        if story is not None:
            yield story
    if not seen:
        report(BadInput(source.shown, "no rows below the header; give one row a story"))
