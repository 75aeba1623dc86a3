"""Two accounts of one interaction side by side: shared and one-sided events, stances, issues, words."""
from __future__ import annotations

import datetime as _dt
import json
import re
from collections import Counter

from readout.dedup import CLUSTER_DAYS, SYMMETRIC_TYPES, cluster_events, cluster_key
from readout.errors import ReadoutError
from readout.store import Store

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


class StoryNotFound(ReadoutError):
    """A story id that is not in the database."""


def _story(store: Store, story_id: str) -> dict:
    row = store.story_row(story_id)
    if row is None:
        raise StoryNotFound(f"no story {story_id!r} in {store.path}; "
                            "find ids with `readout search` or `readout events`")
    return dict(row)


def _split(a: dict, b: dict) -> tuple[list, list, list]:
    both = [k for k in a if k in b]
    return both, [k for k in a if k not in b], [k for k in b if k not in a]


def _events(store: Store, story_id: str) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for r in store.conn.execute('SELECT source, target, type, mode, evidence FROM events'
                                ' WHERE story_id = ? ORDER BY id', (story_id,)):
        out.setdefault(cluster_key(r["source"], r["type"], r["target"]), dict(r))
    return out


def _stances(store: Store, story_id: str) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for r in store.conn.execute('SELECT holder, polarity, issue, toward, evidence FROM stances'
                                ' WHERE story_id = ? ORDER BY id', (story_id,)):
        out.setdefault((r["holder"], r["polarity"], r["issue"], r["toward"]), dict(r))
    return out


def _words(text: str) -> Counter:
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's list; loaded only when comparing

    return Counter(w for w in (m.group().lower().strip("'’-") for m in _WORD.finditer(text))
                   if len(w) > 3 and w not in STOP_WORDS)


def _paired(keys, a: dict, b: dict) -> list[dict]:
    return [{**a[k], "evidence_a": a[k]["evidence"], "evidence_b": b[k]["evidence"]}
            for k in keys]


def compare(store: Store, id_a: str, id_b: str, words: int = 12) -> dict:
    """Compare two stored stories: events and stances in both or one, issues one left out, words."""
    sa, sb = _story(store, id_a), _story(store, id_b)
    ea, eb = _events(store, id_a), _events(store, id_b)
    ta, tb = _stances(store, id_a), _stances(store, id_b)
    e_both, e_a, e_b = _split(ea, eb)
    t_both, t_a, t_b = _split(ta, tb)
    ia = {k[2] for k in ta if k[2]}
    ib = {k[2] for k in tb if k[2]}
    wa, wb = _words(sa["text"]), _words(sb["text"])
    meta = ("id", "title", "date", "publisher", "url")
    return {
        "a": {k: sa[k] for k in meta},
        "b": {k: sb[k] for k in meta},
        "warnings": _warnings(store, sa, sb),
        "events": {"both": _paired(e_both, ea, eb), "only_a": [ea[k] for k in e_a],
                   "only_b": [eb[k] for k in e_b]},
        "stances": {"both": _paired(t_both, ta, tb), "only_a": [ta[k] for k in t_a],
                    "only_b": [tb[k] for k in t_b]},
        "issues": {"both": sorted(ia & ib), "only_a": sorted(ia - ib), "only_b": sorted(ib - ia)},
        "words": {"only_a": [w for w, _ in wa.most_common() if w not in wb][:words],
                  "only_b": [w for w, _ in wb.most_common() if w not in wa][:words]},
    }


def _pairs(store: Store, story: dict) -> set[frozenset]:
    # The headline's two sides where the story has a headline event, else every event's dyad.
    head = json.loads(story["headline"]) if story.get("headline") else None
    if head and head.get("source") and head.get("target") and head["source"] != head["target"]:
        return {frozenset((head["source"], head["target"]))}
    return {frozenset((r[0], r[1])) for r in store.conn.execute(
        "SELECT source, target FROM events WHERE story_id = ? AND source IS NOT NULL"
        " AND target IS NOT NULL AND source != target", (story["id"],))}


def _warnings(store: Store, sa: dict, sb: dict) -> list[str]:
    """Why A and B may not be accounts of one interaction: dates apart, other participants."""
    out = []
    da, db = sa.get("event_date") or sa.get("date"), sb.get("event_date") or sb.get("date")
    days = _days_apart(da, db)
    if days is not None and days > CLUSTER_DAYS:
        out.append(f"A reports events of {da[:10]} and B of {db[:10]}, {days} days apart: they may "
                   "be accounts of different interactions")
    pa, pb = _pairs(store, sa), _pairs(store, sb)
    if pa and pb and not pa & pb:
        show = lambda pairs: ", ".join(sorted("-".join(sorted(p)) for p in pairs))  # noqa: E731
        out.append(f"A and B report different participants (A: {show(pa)}; B: {show(pb)})")
    return out


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((_dt.date.fromisoformat(a[:10]) - _dt.date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def find_accounts(store: Store, story_id: str, limit: int = 10) -> list[dict]:
    """Other stored accounts of this story's interactions, best first: stories with a report in
    the same interaction (readout.dedup: same dyad and type, anchored date), ranked by how many of
    the story's interactions they share, other publishers first, then by overlap of all events."""
    story = _story(store, story_id)
    own = store.conn.execute("SELECT type, source, target FROM events WHERE story_id = ?"
                             " AND source IS NOT NULL AND target IS NOT NULL AND source != target",
                             (story_id,)).fetchall()
    keys = {cluster_key(r["source"], r["type"], r["target"]) for r in own}
    if not keys:
        return []
    rows = []
    for type_, a, b in keys:
        # cluster_key orders a symmetric type's pair: its reports may run either way.
        both = type_ in SYMMETRIC_TYPES
        rows += [dict(r) for r in store.conn.execute(
            "SELECT id, story_id, date, source, target, type, mode FROM events WHERE type = ?"
            " AND ((source = ? AND target = ?) OR (? AND source = ? AND target = ?))",
            (type_, a, b, both, b, a))]
    shared: Counter = Counter()
    mine = 0
    for cluster in cluster_events(rows):
        stories = {r["story_id"] for r in cluster}
        if story_id in stories:
            mine += 1
            shared.update(stories - {story_id})
    out = []
    for other, n in shared.items():
        row = store.story_row(other)
        theirs = {cluster_key(r["source"], r["type"], r["target"]) for r in store.conn.execute(
            "SELECT type, source, target FROM events WHERE story_id = ? AND source IS NOT NULL"
            " AND target IS NOT NULL AND source != target", (other,))}
        out.append({"id": other, "title": row["title"], "date": row["event_date"] or row["date"],
                    "publisher": row["publisher"], "shared": n, "of": mine,
                    "overlap": round(len(keys & theirs) / len(keys | theirs), 2)})
    other_publisher = lambda r: r["publisher"] == story["publisher"] and bool(r["publisher"])  # noqa: E731
    out.sort(key=lambda r: (-r["shared"], other_publisher(r), -r["overlap"], r["date"] or "", r["id"]))
    return out[:limit]


def render_accounts(story_id: str, rows: list[dict]) -> str:
    """The accounts find_accounts found, as plain text."""
    if not rows:
        return f"No other stored account of the interactions of {story_id}.\n"
    lines = [f"Other accounts of the interactions of {story_id}, best first:"]
    for r in rows:
        lines.append(f"  {r['id']}  {r['date'] or '?'}  {r['publisher'] or '-'}  shares "
                     f"{r['shared']} of {r['of']} interactions, overlap {r['overlap']:.2f}  "
                     f"{r['title'] or ''}".rstrip())
    return "\n".join(lines) + "\n"


def _event_label(e: dict) -> str:
    mode = f" ({e['mode']})" if e.get("mode") else ""
    return f"{e['source'] or '-'} {e['type']} {e['target'] or '-'}{mode}"


def _stance_label(s: dict) -> str:
    toward = f" toward {s['toward']}" if s.get("toward") else ""
    return f"{s['holder']} {s['polarity']}s {s['issue']}{toward}"


def render_compare(result: dict) -> str:
    """The comparison as plain text for a terminal."""
    lines = [f"Warning: {w}" for w in result.get("warnings", ())]
    for side in ("a", "b"):
        s = result[side]
        lines.append(f"{side.upper()}: {s['id']}  {s['date'] or '?'}  {s['publisher'] or ''}  "
                     f"{s['title'] or ''}".rstrip())
    for what, label in (("events", _event_label), ("stances", _stance_label)):
        part = result[what]
        lines.append("")
        lines.append(f"{what.capitalize()} both report ({len(part['both'])}):")
        for item in part["both"]:
            lines.append(f"  {label(item)}")
            lines.append(f"    A: \"{item['evidence_a'] or ''}\"")
            lines.append(f"    B: \"{item['evidence_b'] or ''}\"")
        for side in ("a", "b"):
            items = part[f"only_{side}"]
            lines.append(f"{what.capitalize()} only {side.upper()} reports ({len(items)}):")
            for item in items:
                lines.append(f"  {label(item)}  \"{item['evidence'] or ''}\"")
    issues, words = result["issues"], result["words"]
    lines.append("")
    lines.append("Issues both raised: " + (", ".join(issues["both"]) or "none"))
    lines.append("Issues only A raised: " + (", ".join(issues["only_a"]) or "none"))
    lines.append("Issues only B raised: " + (", ".join(issues["only_b"]) or "none"))
    lines.append("Words only A used: " + (", ".join(words["only_a"]) or "none"))
    lines.append("Words only B used: " + (", ".join(words["only_b"]) or "none"))
    return "\n".join(lines) + "\n"
