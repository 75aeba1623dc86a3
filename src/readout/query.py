"""Queries over a Store: events, stances and a dyad's time series (full-text search: search.py)."""
from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections import Counter

from readout.cameo import plover_types
from readout.errors import ReadoutError
from readout.dedup import SYMMETRIC_TYPES, cluster_date, cluster_events
from readout.store import Store

PERIODS = ("month", "week", "day", "year")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")


class BadQuery(ReadoutError):
    """A query argument readout cannot use: a bad date, actor code, type or search expression."""


# -- argument checks ------------------------------------------------------------------------------
def check_date(value: str | None, what: str) -> str | None:
    """A YYYY-MM-DD (or YYYY-MM, YYYY) date, else BadQuery naming the argument."""
    if value is None:
        return None
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(value) == n:
            try:
                _dt.datetime.strptime(value, fmt)
                return value
            except ValueError:
                break
    raise BadQuery(f"{what} date {value!r} is not a date; use YYYY-MM-DD")


def check_actor(value: str | None, what: str = "actor") -> str | None:
    """An actor code (CHN, UN, ARAB_LEAGUE), upper-cased, else BadQuery."""
    if value is None:
        return None
    code = value.strip().upper()
    if not _CODE.match(code):
        raise BadQuery(f"{what} {value!r} is not an actor code; use a code like CHN, USA or UN")
    return code


def check_type(value: str | None) -> str | None:
    """A PLOVER event type, upper-cased, else BadQuery listing the types."""
    if value is None:
        return None
    t = value.strip().upper()
    if t not in plover_types():
        raise BadQuery(f"event type {value!r} is not a PLOVER type; use one of "
                       + ", ".join(plover_types()))
    return t


def parse_dyad(value: str) -> tuple[str, str]:
    """'CHN-IRN' -> ('CHN', 'IRN')."""
    parts = value.split("-") if "-" in value else value.split()
    if len(parts) != 2:
        raise BadQuery(f"dyad {value!r} is not two actor codes; write it as CHN-IRN")
    return check_actor(parts[0], "dyad actor"), check_actor(parts[1], "dyad actor")


def _until_bound(until: str) -> str:
    # "2021-08" as an upper bound means the whole of August.
    return until + "\uffff"


# -- events ---------------------------------------------------------------------------------------
def _event_rows(store: Store, actor=None, dyad=None, type=None, since=None, until=None,
                story=None) -> list[dict]:
    where, args = [], []
    if actor:
        where.append("(e.source = ? OR e.target = ?)")
        args += [actor, actor]
    if dyad:
        a, b = dyad
        where.append("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))")
        args += [a, b, b, a]
    if type:
        where.append("e.type = ?")
        args.append(type)
    if since:
        where.append("e.date >= ?")
        args.append(since)
    if until:
        where.append("e.date <= ?")
        args.append(_until_bound(until))
    if story:
        where.append("e.story_id = ?")
        args.append(story)
    sql = ('SELECT e.id, e.story_id, e.date, e.source, e.target, e.type, e.mode, e.cameo,'
           ' e.goldstein, e.sentence, e.start, e."end", e.evidence, e.is_headline,'
           ' e.source_name, e.source_role, e.target_name, e.target_role,'
           ' s.title, s.publisher, s.url, s.ingested_at FROM events e JOIN stories s ON s.id = e.story_id')
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.date, e.id"
    return [dict(r) for r in store.conn.execute(sql, args)]


def summarize_cluster(reports: list[dict]) -> dict:
    """One interaction from its reports: the date most give, the commonest mode/CAMEO, mean Goldstein."""
    first = reports[0]
    modes = Counter(r["mode"] for r in reports if r.get("mode"))
    cameos = Counter(r["cameo"] for r in reports if r.get("cameo"))
    scores = [r["goldstein"] for r in reports if r.get("goldstein") is not None]
    dates = [r["date"] for r in reports if r.get("date")]
    return {
        "event_id": min(r["id"] for r in reports),
        "date": cluster_date(reports),
        "date_first": min(dates) if dates else None,
        "date_last": max(dates) if dates else None,
        "source": first["source"], "target": first["target"], "type": first["type"],
        "mode": modes.most_common(1)[0][0] if modes else None,
        "cameo": cameos.most_common(1)[0][0] if cameos else None,
        "goldstein": round(sum(scores) / len(scores), 2) if scores else None,
        "reports": len(reports),
        "stories": sorted({r["story_id"] for r in reports}),
        "evidence": first.get("evidence"),
        "url": first.get("url"),
    }


def events(store: Store, actor: str | None = None, dyad: str | tuple | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           reports: bool = False, story: str | None = None) -> list[dict]:
    """Events matching the filters: one dict per interaction (clustered), or per report."""
    actor = check_actor(actor)
    if isinstance(dyad, str):
        dyad = parse_dyad(dyad)
    elif dyad is not None:
        dyad = (check_actor(dyad[0], "dyad actor"), check_actor(dyad[1], "dyad actor"))
    rows = _event_rows(store, actor, dyad, check_type(type), check_date(since, "since"),
                       check_date(until, "until"), story)
    if reports:
        return rows
    return [summarize_cluster(c) for c in cluster_events(rows)]


# -- stances --------------------------------------------------------------------------------------
def stances(store: Store, holder: str | None = None, issue: str | None = None,
            polarity: str | None = None, toward: str | None = None, since: str | None = None,
            until: str | None = None, actor: str | None = None,
            dyad: str | tuple | None = None) -> list[dict]:
    """Stances matching the filters, one dict per stored stance with its story's date and title.

    actor: held by or toward that actor; dyad "A-B": held by A toward B or by B toward A.
    """
    where, args = [], []
    if actor:
        where.append("(t.holder = ? OR t.toward = ?)")
        args += [check_actor(actor)] * 2
    if dyad:
        a, b = parse_dyad(dyad) if isinstance(dyad, str) else (
            check_actor(dyad[0], "dyad actor"), check_actor(dyad[1], "dyad actor"))
        where.append("((t.holder = ? AND t.toward = ?) OR (t.holder = ? AND t.toward = ?))")
        args += [a, b, b, a]
    if holder:
        where.append("t.holder = ?")
        args.append(check_actor(holder, "holder"))
    if toward:
        where.append("t.toward = ?")
        args.append(check_actor(toward, "toward"))
    if issue:
        if not re.match(r"^[a-z0-9_]+$", issue):
            raise BadQuery(f"issue {issue!r} is not an issue key; use a key like taiwan or trade")
        where.append("t.issue = ?")
        args.append(issue)
    if polarity:
        if polarity not in ("support", "oppose"):
            raise BadQuery(f"polarity {polarity!r} must be support or oppose")
        where.append("t.polarity = ?")
        args.append(polarity)
    date = "COALESCE(s.event_date, s.date)"
    if since:
        where.append(f"{date} >= ?")
        args.append(check_date(since, "since"))
    if until:
        where.append(f"{date} <= ?")
        args.append(_until_bound(check_date(until, "until")))
    sql = (f'SELECT t.id, t.story_id, {date} AS date, t.holder, t.polarity, t.issue, t.toward,'
           ' t.evidence, t.sentence, t.start, t."end", s.title FROM stances t JOIN stories s ON s.id = t.story_id')
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date, t.id"
    return [dict(r) for r in store.conn.execute(sql, args)]


# -- dyad time series -----------------------------------------------------------------------------
def period_of(date: str, by: str) -> str | None:
    """The period label of a date: 2021-08 (month), 2021-W33 (ISO week), 2021-08-18, 2021; None
    for a date too coarse or malformed for the period (a hand-edited '2021-12' by week)."""
    try:
        if by == "year":
            return f"{int(date[:4]):04d}" if len(date) >= 4 else None
        if by == "month":
            return _dt.datetime.strptime(date[:7], "%Y-%m").strftime("%Y-%m")
        day = _dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last (YYYY-MM), so a chart or series shows quiet months as zero."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period label from first to last (labels as period_of gives them)."""
    if by == "month":
        return month_range(first, last)
    if by == "year":
        return [f"{y:04d}" for y in range(int(first), int(last) + 1)]
    if by == "day":
        start, end = _dt.date.fromisoformat(first), _dt.date.fromisoformat(last)
        return [str(start + _dt.timedelta(days=i)) for i in range((end - start).days + 1)]
    start = _dt.date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    end = _dt.date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
    return [period_of(str(start + _dt.timedelta(weeks=i)), "week")
            for i in range((end - start).days // 7 + 1)]


def dyad_series(store: Store, a: str, b: str, by: str = "month", reports: bool = False,
                since: str | None = None, until: str | None = None) -> list[dict]:
    """A dyad as a time series: per period and direction, counts per type and Goldstein mean/sum.

    Directions are "A>B", "B>A", and "A<>B" for the symmetric types (CONSULT, COOPERATE), whose
    reports from either side are one interaction. Every period from the first to the last (or
    from since to until) is there for every direction, quiet ones with zeros.
    """
    if by not in PERIODS:
        raise BadQuery(f"period {by!r} is not one of {', '.join(PERIODS)}")
    a, b = check_actor(a, "dyad actor"), check_actor(b, "dyad actor")
    items = events(store, dyad=(a, b), since=since, until=until, reports=reports)
    rows: dict[tuple[str, str], dict] = {}
    for e in items:
        period = period_of(e["date"], by) if e.get("date") else None
        if period is None:
            continue
        if e["type"] in SYMMETRIC_TYPES:
            direction = f"{a}<>{b}"
        else:
            direction = f"{e['source']}>{e['target']}"
        row = rows.setdefault((period, direction), _empty_row(period, direction))
        row["events"] += 1
        row["types"][e["type"]] += 1
        if e.get("goldstein") is not None:
            row["goldstein_sum"] += e["goldstein"]
            row["_scored"] += 1
    if not rows:
        return []
    bounds = [p for p, _ in rows]
    bounds += [p for p in (period_of(since or "", by), period_of(until or "", by)) if p]
    directions = sorted({d for _, d in rows})
    out = []
    for period in period_range(min(bounds), max(bounds), by):
        for direction in directions:
            row = rows.get((period, direction)) or _empty_row(period, direction)
            scored = row.pop("_scored")
            row["goldstein_sum"] = round(row["goldstein_sum"], 2)
            row["goldstein_mean"] = round(row["goldstein_sum"] / scored, 2) if scored else None
            row["types"] = dict(sorted(row["types"].items()))
            out.append(row)
    return out


def _empty_row(period: str, direction: str) -> dict:
    return {"period": period, "direction": direction, "events": 0, "goldstein_sum": 0.0,
            "_scored": 0, "types": Counter()}


# -- actors ---------------------------------------------------------------------------------------
class UnknownActor(BadQuery):
    """An actor code the database does not hold (the CLI exits 2, as for a bad argument)."""

    exit_code = 2


def actor_codes(store: Store) -> set[str]:
    """Every code that appears as an actor, an event's source or target, or a stance holder."""
    return {r[0] for r in store.conn.execute(
        "SELECT code FROM actors UNION SELECT source FROM events UNION SELECT target FROM events"
        " UNION SELECT holder FROM stances UNION SELECT toward FROM stances") if r[0]}


def known_actor(store: Store, code: str) -> bool:
    """True if the code appears as an actor, an event's source or target, or a stance's holder or toward."""
    return store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM actors WHERE code = ?1)"
        " OR EXISTS (SELECT 1 FROM events WHERE source = ?1 OR target = ?1)"
        " OR EXISTS (SELECT 1 FROM stances WHERE holder = ?1 OR toward = ?1)", (code,)).fetchone()[0] == 1


def require_actor(store: Store, value: str, what: str = "actor") -> str:
    """The code of an actor the database holds, else UnknownActor naming the closest codes."""
    code = check_actor(value, what)
    if known_actor(store, code):
        return code
    close = difflib.get_close_matches(code, sorted(actor_codes(store)), n=4, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else \
        "`readout events` lists the actors it holds"
    raise UnknownActor(f"{what} {code!r} does not occur in this database; {hint}")
