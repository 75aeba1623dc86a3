"""Exports of stored events: flat CSV/JSONL/Parquet, the GDELT 2.0 event table, PLOVER JSON."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from pathlib import Path
from typing import IO

from readout.errors import ReadoutError
from readout.query import events, summarize_cluster
from readout.store import Store, cluster_events

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")

FLAT_COLUMNS = ["event_id", "cluster_id", "story_id", "date", "source", "target", "type", "mode",
                "cameo", "goldstein", "is_headline", "sentence", "start", "end", "evidence",
                "title", "publisher", "url"]

# The GDELT 2.0 event table, its 61 columns in the order GDELT ships them.
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61

# Where the coder left no CAMEO code, the root code of the PLOVER type stands in (GDELT needs one).
_TYPE_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
              "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
              "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16",
              "COERCE": "17", "ASSAULT": "18"}
IGO_CODES = {"UN", "EU", "NATO", "G7", "G20", "OPEC", "ASEAN", "SCO", "BRICS", "AU",
             "ARAB_LEAGUE"}


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


def _clusters(store: Store, **filters) -> list[tuple[dict, list[dict]]]:
    rows = events(store, reports=True, **filters)
    return [(summarize_cluster(c), c) for c in cluster_events(rows)]


def quad_class(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 1 verbal and 2 material cooperation, 3 and 4 conflict."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry
    country = pycountry.countries.get(alpha_3=code)
    return country.name.upper() if country else code


def gdelt_rows(store: Store, **filters) -> list[list[str]]:
    """The GDELT 2.0 event table: one row of 61 fields per interaction; unknown fields empty."""
    added = {r[0]: r[1] for r in store.conn.execute("SELECT id, ingested_at FROM stories")}
    out = []
    for event, reports in _clusters(store, **filters):
        row = dict.fromkeys(GDELT_COLUMNS, "")
        row["GLOBALEVENTID"] = str(event["event_id"])
        if event["date"]:
            day = _dt.date.fromisoformat(event["date"][:10])
            row["SQLDATE"] = day.strftime("%Y%m%d")
            row["MonthYear"] = day.strftime("%Y%m")
            row["Year"] = str(day.year)
            row["FractionDate"] = f"{day.year + day.timetuple().tm_yday / 365:.4f}"
        for n, code in ((1, event["source"]), (2, event["target"])):
            if code:
                row[f"Actor{n}Code"] = code
                row[f"Actor{n}Name"] = _country_name(code) if code not in IGO_CODES else code
                row[f"Actor{n}{'KnownGroupCode' if code in IGO_CODES else 'CountryCode'}"] = code
        code = event["cameo"] or (_TYPE_ROOT[event["type"]] + "0")
        row["IsRootEvent"] = "1" if any(r.get("is_headline") for r in reports) else "0"
        row["EventCode"], row["EventBaseCode"], row["EventRootCode"] = code, code[:3], code[:2]
        row["QuadClass"] = str(quad_class(code[:2]))
        if event["goldstein"] is not None:
            row["GoldsteinScale"] = f"{event['goldstein']:g}"
        row["NumMentions"] = str(len(reports))
        row["NumSources"] = str(len({r.get("publisher") or r["story_id"] for r in reports}))
        row["NumArticles"] = str(len(event["stories"]))
        stamp = min(added.get(s) or "" for s in event["stories"])
        row["DATEADDED"] = "".join(ch for ch in stamp[:19] if ch.isdigit())
        row["SOURCEURL"] = event["url"] or ""
        out.append([row[c] for c in GDELT_COLUMNS])
    return out


def plover_records(store: Store, **filters) -> list[dict]:
    """PLOVER JSON records, one per interaction, with every report that supports it."""
    issues: dict[str, set[str]] = {}
    for sid, issue in store.conn.execute("SELECT story_id, issue FROM stances"):
        if issue:
            issues.setdefault(sid, set()).add(issue)
    out = []
    for event, reports in _clusters(store, **filters):
        def actor(code):
            return [] if not code else [{"code": code, "name": _country_name(code)
                                         if code not in IGO_CODES else code}]
        out.append({
            "id": f"readout-{event['event_id']}",
            "date": event["date"],
            "event": event["type"],
            "mode": event["mode"],
            "context": sorted(set().union(*(issues.get(s, set()) for s in event["stories"]))),
            "actor": actor(event["source"]),
            "recipient": actor(event["target"]),
            "cameo": event["cameo"],
            "goldstein": event["goldstein"],
            "source_text": event["evidence"],
            "reports": [{"story_id": r["story_id"], "publisher": r.get("publisher"),
                         "url": r.get("url"), "date": r.get("date"), "source": r["source"],
                         "target": r["target"], "evidence": r.get("evidence")}
                        for r in reports],
        })
    return out


def export(store: Store, fmt: str, out: str | Path | IO | None = None, **filters) -> int:
    """Write events in `fmt` to a path or an open file (text; binary for parquet); returns rows."""
    if fmt not in FORMATS:
        raise BadExport(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _write_parquet(flat_rows(store, **filters), out)
    buf = io.StringIO()
    if fmt == "csv":
        rows = flat_rows(store, **filters)
        # CRLF as RFC 4180 has it: the csv module then quotes a field holding a lone CR too.
        writer = csv.DictWriter(buf, FLAT_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: csv_safe(v) for k, v in r.items()} for r in rows)
    elif fmt == "jsonl":
        rows = flat_rows(store, **filters)
        buf.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "gdelt":
        rows = gdelt_rows(store, **filters)
        # GDELT files: tab-separated, no header, no quoting; tabs and newlines cannot occur.
        buf.writelines("\t".join(f.replace("\t", " ").replace("\n", " ") for f in r) + "\n"
                       for r in rows)
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


def _write_parquet(rows: list[dict], out) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None or (hasattr(out, "isatty") and out.isatty()):
        raise BadExport("Parquet is binary; give a file with --output events.parquet")
    schema = pa.schema([
        ("event_id", pa.int64()), ("cluster_id", pa.int64()), ("story_id", pa.string()),
        ("date", pa.string()), ("source", pa.string()), ("target", pa.string()),
        ("type", pa.string()), ("mode", pa.string()), ("cameo", pa.string()),
        ("goldstein", pa.float64()), ("is_headline", pa.int64()), ("sentence", pa.int64()),
        ("start", pa.int64()), ("end", pa.int64()), ("evidence", pa.string()),
        ("title", pa.string()), ("publisher", pa.string()), ("url", pa.string()),
    ])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, out if not hasattr(out, "buffer") else out.buffer)
    return len(rows)
