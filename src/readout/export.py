"""Exports of stored events and stances: flat CSV/JSONL/Parquet rows, the GDELT 2.0 event table
(gdelt.py) and PLOVER JSON records (plover.py)."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from pathlib import Path
from typing import IO

from readout.dedup import cluster_events
from readout.errors import ReadoutError
from readout.gdelt import GDELT_COLUMNS, gdelt_rows, quad_class  # noqa: F401
from readout.plover import plover_records  # noqa: F401
from readout.query import events, stances
from readout.store import Store

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
WHAT = ("events", "stances")

FLAT_COLUMNS = ["event_id", "cluster_id", "story_id", "date", "source", "target", "type", "mode",
                "cameo", "goldstein", "is_headline", "sentence", "start", "end", "evidence",
                "title", "publisher", "url", "source_name", "source_role", "target_name",
                "target_role"]
STANCE_COLUMNS = ["stance_id", "story_id", "date", "holder", "polarity", "issue", "toward",
                  "sentence", "start", "end", "evidence", "title"]

# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), =cmd|...,
# @SUM(...)); tab and carriage return are on OWASP's list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A CSV cell a spreadsheet shows as text: a string starting with = + - @ (or tab, CR) gets a
    leading single quote, as spreadsheets expect; numbers and other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class BadExport(ReadoutError):
    """An export readout cannot write: an unknown format, or Parquet to a terminal."""


def flat_rows(store: Store, **filters) -> list[dict]:
    """One row per stored report of an event, with the id of the interaction it belongs to."""
    rows = events(store, reports=True, **filters)
    for cluster in cluster_events(rows):
        cid = min(r["id"] for r in cluster)
        for r in cluster:
            r["cluster_id"] = cid
    return [{c: r.get("id" if c == "event_id" else c) for c in FLAT_COLUMNS} for r in rows]


def stance_rows(store: Store, **filters) -> list[dict]:
    """One row per stored stance (filters as query.stances)."""
    return [{c: r.get("id" if c == "stance_id" else c) for c in STANCE_COLUMNS}
            for r in stances(store, **filters)]


def export(store: Store, fmt: str, out: str | Path | IO | None = None, what: str = "events",
           **filters) -> int:
    """Write events (or stances) in `fmt` to a path or an open file (text; binary for parquet);
    returns the number of rows."""
    if fmt not in FORMATS:
        raise BadExport(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if what not in WHAT:
        raise BadExport(f"cannot export {what!r}; use one of {', '.join(WHAT)}")
    if what == "stances":
        if fmt in ("gdelt", "plover"):
            raise BadExport(f"stances have no {fmt} format; export them as csv, jsonl or parquet")
        rows, columns = stance_rows(store, **filters), STANCE_COLUMNS
    elif fmt in ("csv", "jsonl", "parquet"):
        rows, columns = flat_rows(store, **filters), FLAT_COLUMNS
    if fmt == "parquet":
        return _write_parquet(rows, columns, out)
    buf = io.StringIO()
    if fmt == "csv":
        # CRLF as RFC 4180 has it: the csv module then quotes a field holding a lone CR too.
        writer = csv.DictWriter(buf, columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: csv_safe(v) for k, v in r.items()} for r in rows)
    elif fmt == "jsonl":
        buf.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "gdelt":
        rows = gdelt_rows(store, **filters)
        # GDELT files: tab-separated, no header, no quoting; tabs and newlines cannot occur.
        buf.writelines("\t".join(f.replace("\t", " ").replace("\n", " ").replace("\r", " ")
                                 for f in r) + "\n" for r in rows)
    else:
        rows = plover_records(store, **filters)
        buf.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if out is None or hasattr(out, "write"):
        (out or _stdout()).write(buf.getvalue())
    else:
        Path(out).write_text(buf.getvalue(), encoding="utf-8")
    return len(rows)


def _stdout():
    import sys
    return sys.stdout


def _date(value) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value[:10]) if value else None
    except (TypeError, ValueError):
        return None  # a hand-edited date ("2021-12") is null in a date column


_INTS = {"event_id", "cluster_id", "stance_id", "is_headline", "sentence", "start", "end"}
_FLOATS = {"goldstein"}


def parquet_schema(columns: list[str]):
    """The Arrow schema of an export: dates as date32, ids and offsets int64, scores float64."""
    import pyarrow as pa

    def kind(c):
        if c == "date":
            return pa.date32()
        return pa.int64() if c in _INTS else pa.float64() if c in _FLOATS else pa.string()
    return pa.schema([(c, kind(c)) for c in columns])


def _write_parquet(rows: list[dict], columns: list[str], out) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None or (hasattr(out, "isatty") and out.isatty()):
        raise BadExport("Parquet is binary; give a file with --output events.parquet")
    typed = [{**r, "date": _date(r.get("date"))} for r in rows]
    table = pa.Table.from_pylist(typed, schema=parquet_schema(columns))
    pq.write_table(table, out if not hasattr(out, "buffer") else out.buffer)
    return len(rows)
