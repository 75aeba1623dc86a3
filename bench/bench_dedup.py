"""Pairwise precision and recall of deduplication on the labelled report pairs of
tests/data/dedup (readout's own test stories): the anchored clustering of readout.dedup, and for
comparison the transitive chaining it replaced (reports within two days of the previous one).

    .venv/bin/python bench/bench_dedup.py
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from readout.dedup import cluster_events, cluster_key, pair_scores
from readout.query import events
from readout.store import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "dedup"


def chained(rows: list[dict], days: int = 2) -> list[list[dict]]:
    """The old clustering: same key, each report within `days` of the previous one (transitive)."""
    by_key: dict = {}
    for r in rows:
        by_key.setdefault(cluster_key(r["source"], r["type"], r["target"]), []).append(r)
    out = []
    for reports in by_key.values():
        current, last = [], None
        for r in sorted(reports, key=lambda r: (r["date"], r["id"])):
            day = dt.date.fromisoformat(r["date"][:10])
            if current and (day - last).days > days:
                out.append(current)
                current = []
            current.append(r)
            last = day
        out.append(current)
    return out


def labelled_reports(db: Path) -> tuple[list[dict], callable]:
    """Ingest the stories, return their reports and the gold label of a report."""
    from readout.cli import main
    from click.testing import CliRunner

    r = CliRunner().invoke(main, ["ingest", str(DATA / "stories.jsonl"), "--db", str(db),
                                  "--workers", "1", "-q"])
    if r.exit_code != 0:
        sys.exit(r.output)
    gold = {}
    for line in (DATA / "gold.jsonl").read_text().splitlines():
        g = json.loads(line)
        gold[g["story_id"], g["type"]] = g["interaction"]
    with Store(db, readonly=True) as store:
        rows = events(store, reports=True)
    return rows, lambda r: gold.get((r["story_id"], r["type"]))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows, label = labelled_reports(Path(tmp) / "dedup.db")
    print(f"{len(rows)} reports coded from {DATA / 'stories.jsonl'}")
    for name, clusters in (("anchored (readout.dedup)", cluster_events(rows)),
                           ("chained, 2 days (before)", chained(rows))):
        s = pair_scores(clusters, label)
        print(f"{name:26} reports {s['reports']}, pairs {s['pairs']}, same {s['same']}, "
              f"predicted same {s['predicted_same']}: precision {s['precision']:.3f}, "
              f"recall {s['recall']:.3f}")
        ids = {r["id"]: f"{r['story_id']}/{r['type']}" for r in rows}
        for what in ("false_merges", "missed"):
            if s[what]:
                print(f"  {what}: " + "; ".join(f"{ids[a]} + {ids[b]}" for a, b in s[what]))


if __name__ == "__main__":
    main()
