"""Read-only queries the web pages need beyond readout.query: overview, story, search, matrix."""
from __future__ import annotations

import json
import threading

from readout.cameo import types_on_side
from readout.errors import ReadoutError
from readout.query import (BadQuery, _until_bound, check_actor, check_date, check_type,
                           month_range)
from readout.search import HIT_END, HIT_START, bounded, match_expression, run_match
from readout.store import Store

_DATE = "COALESCE(s.event_date, s.date)"


class NotFound(ReadoutError):
    """A story, dyad or page that is not in the database."""


def side(type_: str) -> str:
    """'cooperation' or 'conflict' for a PLOVER type."""
    return "cooperation" if type_ in types_on_side("cooperation") else "conflict"


def overview(store: Store, dyads: int = 10, latest: int = 15) -> dict:
    """Story count and date range, the most active dyads, the latest stories, types per month."""
    conn = store.conn
    n, first, last = conn.execute(
        "SELECT COUNT(*), MIN(COALESCE(event_date, date)), MAX(COALESCE(event_date, date))"
        " FROM stories").fetchone()
    counts = store.counts()
    top = [dict(r) for r in conn.execute(
        "SELECT MIN(source, target) AS a, MAX(source, target) AS b, COUNT(*) AS reports,"
        " COUNT(DISTINCT story_id) AS stories, ROUND(AVG(goldstein), 2) AS goldstein"
        " FROM events WHERE source IS NOT NULL AND target IS NOT NULL AND source != target"
        " GROUP BY 1, 2 ORDER BY reports DESC, a, b LIMIT ?", (dyads,))]
    recent = [dict(r) for r in conn.execute(
        f"SELECT s.id, s.title, {_DATE} AS date, s.publisher,"
        " (SELECT COUNT(*) FROM events e WHERE e.story_id = s.id) AS events"
        f" FROM stories s ORDER BY {_DATE} DESC, s.pk DESC LIMIT ?", (latest,))]
    by_month = [dict(r) for r in conn.execute(
        "SELECT substr(date, 1, 7) AS month, type, COUNT(*) AS reports FROM events"
        " WHERE date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")]
    return {"stories": n, "first": first, "last": last, "events": counts["events"],
            "stances": counts["stances"], "dyads": top, "latest": recent,
            "types_by_month": by_month}


def story(store: Store, story_id: str) -> dict:
    """One story with its events, stances and actors, or NotFound."""
    row = store.story_row(story_id)
    if row is None:
        raise NotFound(f"no story {story_id!r} in this database")
    out = {k: row[k] for k in ("id", "title", "date", "event_date", "publisher", "url", "text",
                               "body_start")}
    out["headline"] = json.loads(row["headline"]) if row["headline"] else None
    conn = store.conn
    out["events"] = [dict(r) for r in conn.execute(
        'SELECT id, source, target, type, mode, cameo, goldstein, date, start, "end", evidence,'
        " is_headline FROM events WHERE story_id = ? ORDER BY start, id", (story_id,))]
    out["stances"] = [dict(r) for r in conn.execute(
        'SELECT id, holder, polarity, issue, toward, start, "end", evidence FROM stances'
        " WHERE story_id = ? ORDER BY start, id", (story_id,))]
    out["actors"] = [dict(r) for r in conn.execute(
        "SELECT DISTINCT code, name, role FROM actors WHERE story_id = ? ORDER BY code, name",
        (story_id,))]
    pairs = {tuple(sorted((e["source"], e["target"]))) for e in out["events"]
             if e["source"] and e["target"] and e["source"] != e["target"]}
    out["dyads"] = [f"{a}-{b}" for a, b in sorted(pairs)]
    out["related"] = related(store, story_id)
    return out


def related(store: Store, story_id: str, limit: int = 10) -> list[dict]:
    """Other stored accounts of this story's interactions (compare.find_accounts), best first."""
    from readout.compare import find_accounts

    return find_accounts(store, story_id, limit)


def search(store: Store, q: str | None = None, since: str | None = None,
           until: str | None = None, actor: str | None = None, type: str | None = None,
           limit: int = 50, fts: bool = False, cancel: threading.Event | None = None) -> list[dict]:
    """Stories matching a search (readout.search: plain words, or FTS5 syntax with fts) and the
    filters, with a snippet at the match (matches between HIT_START and HIT_END)."""
    since, until = check_date(since, "since"), check_date(until, "until")
    actor, type = check_actor(actor), check_type(type)
    where, args = [], []
    if since:
        where.append(f"{_DATE} >= ?")
        args.append(since)
    if until:
        where.append(f"{_DATE} <= ?")
        args.append(_until_bound(until))
    if actor:
        where.append("(EXISTS (SELECT 1 FROM actors a WHERE a.story_id = s.id AND a.code = ?)"
                     " OR EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id"
                     " AND (e.source = ? OR e.target = ?)))")
        args += [actor, actor, actor]
    if type:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND e.type = ?)")
        args.append(type)
    if q and q.strip():
        sql = (f"SELECT s.id, s.title, {_DATE} AS date, s.publisher,"
               f" snippet(stories_fts, -1, '{HIT_START}', '{HIT_END}', ' … ', 24) AS snippet"
               " FROM stories_fts JOIN stories s ON s.pk = stories_fts.rowid"
               " WHERE stories_fts MATCH ?" + "".join(f" AND {w}" for w in where)
               + " ORDER BY stories_fts.rank LIMIT ?")
        return run_match(store, sql, [match_expression(q, fts), *args, limit], q, fts, cancel)
    if not where:
        return []
    sql = (f"SELECT s.id, s.title, {_DATE} AS date, s.publisher, substr(s.text, 1, 200)"
           f" AS snippet FROM stories s WHERE {' AND '.join(where)}"
           f" ORDER BY {_DATE} DESC LIMIT ?")
    with bounded(store.conn, cancel=cancel):
        return [dict(r) for r in store.conn.execute(sql, [*args, limit])]


def snippet_parts(snippet: str | None) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) parts, so a template escapes each and marks matches."""
    parts, hit = [], False
    for piece in (snippet or "").replace(HIT_END, HIT_START).split(HIT_START):
        if piece:
            parts.append((piece, hit))
        hit = not hit
    return parts


def stance_matrix(store: Store, holders: int = 25, issues: int = 30) -> dict:
    """Holder-by-issue counts of support and oppose, the busiest holders and issues first."""
    rows = [dict(r) for r in store.conn.execute(
        "SELECT holder, issue, SUM(polarity = 'support') AS support,"
        " SUM(polarity = 'oppose') AS oppose FROM stances"
        " WHERE holder IS NOT NULL AND issue IS NOT NULL GROUP BY holder, issue")]
    h_tot: dict[str, int] = {}
    i_tot: dict[str, int] = {}
    for r in rows:
        h_tot[r["holder"]] = h_tot.get(r["holder"], 0) + r["support"] + r["oppose"]
        i_tot[r["issue"]] = i_tot.get(r["issue"], 0) + r["support"] + r["oppose"]
    top_h = sorted(h_tot, key=lambda k: (-h_tot[k], k))[:holders]
    top_i = sorted(i_tot, key=lambda k: (-i_tot[k], k))[:issues]
    cells = {f"{r['holder']}|{r['issue']}": {"support": r["support"], "oppose": r["oppose"]}
             for r in rows if r["holder"] in top_h and r["issue"] in top_i}
    return {"holders": top_h, "issues": top_i, "cells": cells}


def dyad_months(events: list[dict]) -> list[dict]:
    """Per month: cooperation and conflict counts and the mean Goldstein of a dyad's events."""
    months: dict[str, dict] = {}
    for e in events:
        if not e.get("date"):
            continue
        m = months.setdefault(e["date"][:7], {"month": e["date"][:7], "cooperation": 0,
                                              "conflict": 0, "_g": []})
        m[side(e["type"])] += 1
        if e.get("goldstein") is not None:
            m["_g"].append(e["goldstein"])
    out = []
    for key in month_range(min(months), max(months)) if months else []:
        m = months.get(key) or {"month": key, "cooperation": 0, "conflict": 0, "_g": []}
        g = m.pop("_g")
        m["goldstein_mean"] = round(sum(g) / len(g), 2) if g else None
        out.append(m)
    return out


def dyad_stances(store: Store, a: str, b: str, since: str | None = None,
                 until: str | None = None) -> list[dict]:
    """What each side of a dyad said about the other: per issue, A's and B's support and oppose
    counts over the stances one side took toward the other and the stances on issues both raised
    (a stance either took on an issue the other never mentioned is not about the pair)."""
    where, args = ["t.holder IN (:a, :b)", "t.issue IS NOT NULL"], {"a": a, "b": b}
    if since:
        where.append(f"{_DATE} >= :since")
        args["since"] = check_date(since, "since")
    if until:
        where.append(f"{_DATE} <= :until")
        args["until"] = _until_bound(check_date(until, "until"))
    rows = store.conn.execute(
        "WITH said AS (SELECT t.issue, t.holder, t.toward, t.polarity FROM stances t"
        f" JOIN stories s ON s.id = t.story_id WHERE {' AND '.join(where)})"
        " SELECT issue, holder, SUM(polarity = 'support') AS support,"
        " SUM(polarity = 'oppose') AS oppose,"
        " MAX((holder = :a AND toward = :b) OR (holder = :b AND toward = :a)) AS toward_other"
        " FROM said WHERE (holder = :a AND toward = :b) OR (holder = :b AND toward = :a)"
        " OR issue IN (SELECT issue FROM said WHERE holder = :a"
        " INTERSECT SELECT issue FROM said WHERE holder = :b)"
        " GROUP BY issue, holder ORDER BY issue", args).fetchall()
    issues: dict[str, dict] = {}
    for r in rows:
        row = issues.setdefault(r["issue"], {"issue": r["issue"], "toward": [],
                                             a: {"support": 0, "oppose": 0},
                                             b: {"support": 0, "oppose": 0}})
        row[r["holder"]] = {"support": r["support"], "oppose": r["oppose"]}
        if r["toward_other"]:
            row["toward"].append(r["holder"])
    return list(issues.values())
