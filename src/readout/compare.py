"""Two accounts of one interaction side by side: shared and one-sided events, stances, issues, words."""
from __future__ import annotations

import re
from collections import Counter

from readout.errors import ReadoutError
from readout.store import Store, cluster_key

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
        "events": {"both": _paired(e_both, ea, eb), "only_a": [ea[k] for k in e_a],
                   "only_b": [eb[k] for k in e_b]},
        "stances": {"both": _paired(t_both, ta, tb), "only_a": [ta[k] for k in t_a],
                    "only_b": [tb[k] for k in t_b]},
        "issues": {"both": sorted(ia & ib), "only_a": sorted(ia - ib), "only_b": sorted(ib - ia)},
        "words": {"only_a": [w for w, _ in wa.most_common() if w not in wb][:words],
                  "only_b": [w for w, _ in wb.most_common() if w not in wa][:words]},
    }


def _event_label(e: dict) -> str:
    mode = f" ({e['mode']})" if e.get("mode") else ""
    return f"{e['source'] or '-'} {e['type']} {e['target'] or '-'}{mode}"


def _stance_label(s: dict) -> str:
    toward = f" toward {s['toward']}" if s.get("toward") else ""
    return f"{s['holder']} {s['polarity']}s {s['issue']}{toward}"


def render_compare(result: dict) -> str:
    """The comparison as plain text for a terminal."""
    lines = []
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
