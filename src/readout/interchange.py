"""What the interchange exports (GDELT, PLOVER) share: interactions with their reports, and the
person or body each report names for a side."""
from __future__ import annotations

from collections import Counter

from readout.dedup import cluster_events
from readout.query import events, summarize_cluster
from readout.store import Store

__all__ = ["clusters", "side"]


def clusters(store: Store, **filters) -> list[tuple[dict, list[dict]]]:
    """(interaction summary, its reports) for the events matching the filters."""
    rows = events(store, reports=True, **filters)
    return [(summarize_cluster(c), c) for c in cluster_events(rows)]


def side(reports: list[dict], code: str | None) -> tuple[str | None, str | None]:
    """The (name, role) most reports give for the side coded `code` (either direction)."""
    if not code:
        return None, None
    seen: Counter = Counter()
    for r in reports:
        for part in ("source", "target"):
            if r.get(part) == code and (r.get(f"{part}_name") or r.get(f"{part}_role")):
                seen[(r.get(f"{part}_name"), r.get(f"{part}_role"))] += 1
    if not seen:
        return None, None
    # Most often given; a named person beats a bare title; ties by name for a stable export.
    return min(seen, key=lambda k: (-seen[k], k[0] is None, k[0] or "", k[1] or ""))
