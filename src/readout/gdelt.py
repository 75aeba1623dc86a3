"""The GDELT 2.0 event table: one row of 61 tab-separated fields per interaction."""
from __future__ import annotations

import datetime as _dt

from readout.actor_codes import actor_name, cameo_actor
from readout.interchange import clusters, side
from readout.store import Store

__all__ = ["GDELT_COLUMNS", "gdelt_rows", "quad_class"]

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


def quad_class(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 1 verbal and 2 material cooperation, 3 and 4 conflict."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _day(value: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None  # a hand-edited date ("2021-12") leaves the date fields empty


def gdelt_rows(store: Store, **filters) -> list[list[str]]:
    """The GDELT 2.0 event table: one row of 61 fields per interaction; unknown fields empty."""
    out = []
    for event, reports in clusters(store, **filters):
        row = dict.fromkeys(GDELT_COLUMNS, "")
        row["GLOBALEVENTID"] = str(event["event_id"])
        day = _day(event["date"])
        if day:
            row["SQLDATE"] = day.strftime("%Y%m%d")
            row["MonthYear"] = day.strftime("%Y%m")
            row["Year"] = str(day.year)
            row["FractionDate"] = f"{day.year + day.timetuple().tm_yday / 365:.4f}"
        for n, code in ((1, event["source"]), (2, event["target"])):
            name, role = side(reports, code)
            fields = cameo_actor(code, role)
            for key, value in fields.items():
                row[f"Actor{n}{key}"] = value
            # The named person or body where a report names one, else the country's name.
            row[f"Actor{n}Name"] = (name or actor_name(code) or "").upper()
        code = event["cameo"] or (_TYPE_ROOT[event["type"]] + "0")
        row["IsRootEvent"] = "1" if any(r.get("is_headline") for r in reports) else "0"
        row["EventCode"], row["EventBaseCode"], row["EventRootCode"] = code, code[:3], code[:2]
        row["QuadClass"] = str(quad_class(code[:2]))
        if event["goldstein"] is not None:
            row["GoldsteinScale"] = f"{event['goldstein']:g}"
        row["NumMentions"] = str(len(reports))
        row["NumSources"] = str(len({r.get("publisher") or r["story_id"] for r in reports}))
        row["NumArticles"] = str(len(event["stories"]))
        stamp = min(r.get("ingested_at") or "" for r in reports)
        row["DATEADDED"] = "".join(ch for ch in stamp[:19] if ch.isdigit())
        row["SOURCEURL"] = event["url"] or ""
        out.append([row[c] for c in GDELT_COLUMNS])
    return out
