"""A brief of what the corpus says for a day or a range: interactions, stances, dyads that moved."""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from pathlib import Path

from markupsafe import Markup

from readout import query
from readout.display import clean
from readout.palette import SIDE_COLOURS, TYPE_COLOURS, UNKNOWN_COLOUR, badge_css
from readout.query import BadQuery
from readout.store import Store

# A dyad's recent average is taken over this many days before the brief's first day.
BASELINE_DAYS = 28
# Markdown syntax and HTML's < > &: a backslash makes each one literal (CommonMark, GitHub).
_MD_SYNTAX = re.compile(r"[\\`*_\[\]<>#|~&]")


def _day(value: str, what: str) -> _dt.date:
    query.check_date(value, what)
    if len(value) != 10:
        raise BadQuery(f"{what} date {value!r} must be a day; use YYYY-MM-DD")
    return _dt.date.fromisoformat(value)


def brief_range(store: Store, date: str | None = None, since: str | None = None,
                until: str | None = None) -> tuple[str, str]:
    """The days a brief covers: --date, or --since/--until, or else the latest day in the store."""
    if date and (since or until):
        raise BadQuery("give --date, or --since and --until, not both")
    if date:
        return str(_day(date, "date")), str(_day(date, "date"))
    if since or until:
        latest = store.conn.execute("SELECT MAX(date) FROM events").fetchone()[0]
        start = _day(since, "since") if since else None
        end = _day(until, "until") if until else (_day(latest[:10], "until") if latest else None)
        if start is None:
            start = end
        if end is None or end < start:
            raise BadQuery(f"until {end} is before since {start}")
        return str(start), str(end)
    latest = store.conn.execute("SELECT MAX(date) FROM events").fetchone()[0]
    if not latest:
        raise BadQuery("the database has no dated events; ingest stories first")
    return latest[:10], latest[:10]


def _pair(e: dict) -> tuple[str, str] | None:
    a, b = e.get("source"), e.get("target")
    if not a or not b or a == b:
        return None
    return (a, b) if a < b else (b, a)


def _dyad_moves(store: Store, since: str, until: str, limit: int) -> list[dict]:
    start, end = _dt.date.fromisoformat(since), _dt.date.fromisoformat(until)
    days = (end - start).days + 1
    base_start = start - _dt.timedelta(days=BASELINE_DAYS)
    now: dict = defaultdict(lambda: {"n": 0, "g": 0.0})
    base: dict = defaultdict(lambda: {"n": 0, "g": 0.0})
    for e in query.events(store, since=str(base_start), until=until):
        pair = _pair(e)
        if pair is None or not e.get("date"):
            continue
        bucket = now if e["date"][:10] >= since else base
        bucket[pair]["n"] += 1
        bucket[pair]["g"] += e["goldstein"] or 0.0
    scale = days / BASELINE_DAYS
    moves = []
    for pair in now:
        n, g = now[pair]["n"], now[pair]["g"]
        bn, bg = base[pair]["n"] if pair in base else 0, base[pair]["g"] if pair in base else 0.0
        moves.append({
            "a": pair[0], "b": pair[1], "events": n, "expected": round(bn * scale, 2),
            "goldstein_sum": round(g, 2), "expected_goldstein": round(bg * scale, 2),
            "goldstein_mean": round(g / n, 2) if n else None,
            "baseline_mean": round(bg / bn, 2) if bn else None,
            "change": round(g - bg * scale, 2),
        })
    # Biggest departure from the recent average first: Goldstein mass, then the event count.
    moves.sort(key=lambda m: (-abs(m["change"]), -abs(m["events"] - m["expected"]), m["a"], m["b"]))
    return moves[:limit]


def _stance_groups(store: Store, since: str, until: str, limit: int) -> list[dict]:
    start = _dt.date.fromisoformat(since)
    before = query.stances(store, since=str(start - _dt.timedelta(days=BASELINE_DAYS)),
                           until=str(start - _dt.timedelta(days=1)))
    seen = {(t["holder"], t["polarity"], t["issue"]) for t in before}
    groups: dict[tuple, dict] = {}
    for t in query.stances(store, since=since, until=until):
        key = (t["holder"], t["polarity"], t["issue"], t["toward"])
        g = groups.setdefault(key, {"holder": t["holder"], "polarity": t["polarity"],
                                    "issue": t["issue"], "toward": t["toward"], "count": 0,
                                    "stories": [], "evidence": t["evidence"],
                                    "new": key[:3] not in seen})
        g["count"] += 1
        if t["story_id"] not in g["stories"]:
            g["stories"].append(t["story_id"])
    # New positions first (a side said something it had not said lately), then the most repeated.
    return sorted(groups.values(), key=lambda g: (not g["new"], -g["count"], g["holder"] or "",
                                                  g["issue"] or ""))[:limit]


def build_brief(store: Store, date: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 15) -> dict:
    """The brief's content for a day or range as plain data (render_html / render_markdown)."""
    since, until = brief_range(store, date, since, until)
    found = query.events(store, since=since, until=until)
    # Interactions are between two actors; "USA SUPPORT -" from sixteen fact sheets is not one.
    interactions = [e for e in found if _pair(e)]
    titles = {}
    for e in interactions:
        for sid in e["stories"]:
            if sid not in titles:
                row = store.story_row(sid)
                titles[sid] = (row["title"] if row else None) or sid
    by_type: dict[str, int] = defaultdict(int)
    for e in interactions:
        by_type[e["type"]] += 1
    n_stories = store.conn.execute(
        "SELECT COUNT(*) FROM stories WHERE COALESCE(event_date, date) BETWEEN ? AND ?",
        (since, until + "\uffff")).fetchone()[0]
    return {"since": since, "until": until, "stories": n_stories, "reports": sum(
        e["reports"] for e in interactions), "interactions": interactions, "titles": titles,
        "one_sided": len(found) - len(interactions),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1])),
        "stances": _stance_groups(store, since, until, limit),
        "dyads": _dyad_moves(store, since, until, limit), "baseline_days": BASELINE_DAYS}


# -- rendering ------------------------------------------------------------------------------------
def _period(brief: dict) -> str:
    return brief["since"] if brief["since"] == brief["until"] else \
        f"{brief['since']} to {brief['until']}"


def _md(text) -> str:
    """Text as the HTML brief shows it (display.clean), escaped once for Markdown: each character
    Markdown or the HTML a mail client makes of it would read as syntax gets a backslash."""
    text = " ".join(clean(str(text) if text is not None else "").split())
    return _MD_SYNTAX.sub(r"\\\g<0>", text)


def render_markdown(brief: dict) -> str:
    """The brief as Markdown, for e-mail."""
    out = [f"# readout brief: {_period(brief)}", "",
           f"{brief['stories']} stories, {len(brief['interactions'])} interactions "
           f"({brief['reports']} reports, deduplicated); {brief['one_sided']} events with no "
           "second actor left out.", "", "## Interactions", ""]
    for e in brief["interactions"]:
        mode = f" ({_md(e['mode'])})" if e.get("mode") else ""
        g = f", Goldstein {e['goldstein']}" if e.get("goldstein") is not None else ""
        stories = "; ".join(_md(brief["titles"].get(s, s)) for s in e["stories"][:3])
        if len(e["stories"]) > 3:
            stories += f"; and {len(e['stories']) - 3} more"
        out.append(f"- {_md(e['date'] or 'undated')} **{_md(e['source'] or '-')} {_md(e['type'])} "
                   f"{_md(e['target'] or '-')}**{mode}{g}, {e['reports']} report"
                   f"{'s' if e['reports'] != 1 else ''}: \"{_md(e['evidence'])}\" ({stories})")
    if not brief["interactions"]:
        out.append("None.")
    out += ["", "## Notable stances", ""]
    for t in brief["stances"]:
        toward = f" toward {_md(t['toward'])}" if t.get("toward") else ""
        new = " *new*" if t["new"] else ""
        out.append(f"- **{_md(t['holder'])} {_md(t['polarity'])}s {_md(t['issue'])}**{toward}{new}"
                   f" ({t['count']}x): \"{_md(t['evidence'])}\"")
    if not brief["stances"]:
        out.append("None.")
    out += ["", f"## Dyads against their {brief['baseline_days']}-day average", "",
            "| dyad | events | expected | Goldstein sum | expected | change |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for d in brief["dyads"]:
        out.append(f"| {_md(d['a'])}-{_md(d['b'])} | {d['events']} | {d['expected']} | "
                   f"{d['goldstein_sum']} | {d['expected_goldstein']} | {d['change']:+} |")
    return "\n".join(out) + "\n"


def _bars(items: list[tuple[str, float, str]], width: int = 600, row: int = 22) -> dict:
    """Horizontal bars (label, value, colour) laid out for the brief's inline SVG.

    Labels on the left, values in a column on the right, so neither collides with a long bar.
    """
    top = max((abs(v) for _, v, _ in items), default=0) or 1
    signed = any(v < 0 for _, v, _ in items)
    label_w, value_w = 110, 60
    plot_w = width - label_w - value_w - 10
    zero = label_w + (plot_w / 2 if signed else 0)
    span = plot_w / 2 if signed else plot_w
    bars = []
    for i, (label, value, colour) in enumerate(items):
        w = abs(value) / top * span
        bars.append({"label": label, "value": value, "colour": colour, "y": i * row,
                     "x": round(zero - w if value < 0 else zero, 1), "w": round(max(w, 1), 1)})
    return {"bars": bars, "width": width, "height": len(items) * row + 4, "zero": zero,
            "row": row, "label_w": label_w, "value_x": width - 4}


def render_html(brief: dict) -> str:
    """The brief as one self-contained HTML file with inline SVG charts (no scripts, no network)."""
    from jinja2 import Environment, PackageLoader

    types = _bars([(t, n, TYPE_COLOURS.get(t, UNKNOWN_COLOUR))
                   for t, n in brief["by_type"].items()])
    moves = _bars([(f"{d['a']}-{d['b']}", d["change"], SIDE_COLOURS["cooperation"]
                    if d["change"] >= 0 else SIDE_COLOURS["conflict"]) for d in brief["dyads"]])
    env = Environment(loader=PackageLoader("readout", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["show"] = clean
    return env.get_template("brief.html").render(b=brief, period=_period(brief),
                                                 types_chart=types, moves_chart=moves,
                                                 badge_css=Markup(badge_css()))


def write_brief(store: Store, output: str | Path, **kwargs) -> Path:
    """Write the brief to OUTPUT: Markdown for .md, else HTML; returns the path."""
    output = Path(output)
    brief = build_brief(store, **kwargs)
    text = render_markdown(brief) if output.suffix.lower() in (".md", ".markdown") \
        else render_html(brief)
    output.write_text(text, encoding="utf-8")
    return output


def write_demo_brief(db_path: str | Path, path: str | Path) -> Path:
    """The brief over every day of a (demo) database, for `make demo`."""
    with Store(db_path) as store:
        first, last = store.conn.execute("SELECT MIN(date), MAX(date) FROM events").fetchone()
        if not first:
            raise BadQuery(f"{db_path} has no dated events; ingest the samples first")
        return write_brief(store, path, since=first[:10], until=last[:10])
