"""Deduplication: reports of one interaction grouped into one event, anchored on its date.

Several stories often report one interaction (the Chinese and the Iranian readout of one call).
An interaction is anchored on its event date and its participants: a report joins it only if it
has the same type and dyad (the pair unordered for the mutual types), a date at most
CLUSTER_DAYS from the anchor's (the slack of one story's "yesterday"), and no other mode. A
report never joins through another report, so a chain of daily statements stays apart.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import Iterable

from readout.cameo import types_with
from readout.lexicons import data_path, read_tsv

__all__ = ["SYMMETRIC_TYPES", "CLUSTER_DAYS", "cluster_key", "cluster_events", "cluster_date",
           "pair_scores"]

# Types whose two actors play the same part: A CONSULT B and B CONSULT A are one interaction
# (the "symmetric" flag of lexicons/plover_types.tsv).
SYMMETRIC_TYPES = types_with("symmetric")
# CAMEO codes two named parties do together and are coded toward each other though their type is
# not symmetric (rule_codes.tsv `joint_act`: signing an agreement, recognition): the two
# directions ("India signed an agreement with Japan" is IND SUPPORT JPN and JPN SUPPORT IND) are
# one interaction too.
# Read here, not through readout.coder (whose package loads spaCy): store commands stay light;
# the coder's own reader (coder.patterns.read_rule_codes) checks the file.
MUTUAL_CAMEOS = frozenset(c.strip() for _, row in read_tsv(data_path("rule_codes.tsv"), ["rule", "codes", "note"], required=2)
                          if row["rule"] == "joint_act" for c in row["codes"].split("|"))
# A report joins an interaction if its date is at most this many days from the anchor date.
CLUSTER_DAYS = 1


def cluster_key(source: str | None, type_: str, target: str | None, cameo: str | None = None) -> tuple:
    """The dedup key of an event: (type, source, target), the pair unordered for symmetric types
    and for the acts two parties do together (MUTUAL_CAMEOS)."""
    if (type_ in SYMMETRIC_TYPES or cameo in MUTUAL_CAMEOS) and source and target and target < source:
        source, target = target, source
    return (type_, source, target)


def cluster_events(rows: Iterable[dict]) -> list[list[dict]]:
    """Group event reports (dicts with id, source, type, target, date, mode) into interactions."""
    by_key: dict[tuple, list[dict]] = {}
    for row in rows:
        by_key.setdefault(cluster_key(row["source"], row["type"], row["target"], row.get("cameo")), []).append(row)
    clusters: list[list[dict]] = []
    for reports in by_key.values():
        dated = []
        for r in reports:
            day = _day(r.get("date"))
            if day is None:
                clusters.append([r])  # an undated report cannot be placed in time: its own event
            else:
                dated.append((day, r))
        clusters.extend(_anchored(dated))
    clusters.sort(key=lambda c: (cluster_date(c) or "", min(r["id"] for r in c)))
    return clusters


def _anchored(dated: list[tuple[_dt.date, dict]]) -> list[list[dict]]:
    # The anchor is the day most reports give (ties: the earliest), so one story that places the
    # event a day off cannot pull the interaction away from what the others say.
    left = sorted(dated, key=lambda p: (p[0], p[1]["id"]))
    out = []
    while left:
        days = Counter(day for day, _ in left)
        anchor = min(days, key=lambda d: (-days[d], d))
        modes = Counter(r.get("mode") for day, r in left if day == anchor and r.get("mode"))
        mode = min(modes, key=lambda m: (-modes[m], m)) if modes else None
        members, rest = [], []
        for day, r in left:
            near = abs((day - anchor).days) <= CLUSTER_DAYS
            if near and mode is None and r.get("mode") and day != anchor:
                mode = r.get("mode")  # the first mode seen fixes the interaction's mode
            fits = near and (not r.get("mode") or mode is None or r["mode"] == mode)
            (members if fits else rest).append((day, r))
        out.append([r for _, r in members])
        left = rest
    return out


def cluster_date(reports: list[dict]) -> str | None:
    """An interaction's date: the one most of its reports give (ties: the earliest)."""
    dates = Counter(r["date"][:10] for r in reports if r.get("date"))
    return min(dates, key=lambda d: (-dates[d], d)) if dates else None


def _day(value: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def pair_scores(clusters: list[list[dict]], label) -> dict:
    """Pairwise precision and recall of a clustering against labels: `label(report)` gives a
    report's gold interaction (None: unlabelled, left out). A pair is right if both reports share a
    cluster exactly when they share a gold interaction."""
    cluster_of, gold = {}, {}
    for i, cluster in enumerate(clusters):
        for r in cluster:
            g = label(r)
            if g is not None:
                cluster_of[r["id"]], gold[r["id"]] = i, g
    ids = sorted(gold)
    pairs = [(a, b) for n, a in enumerate(ids) for b in ids[n + 1:]]
    predicted = {p for p in pairs if cluster_of[p[0]] == cluster_of[p[1]]}
    true = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    hit = len(predicted & true)
    return {"reports": len(ids), "pairs": len(pairs), "same": len(true),
            "predicted_same": len(predicted), "right": hit,
            "precision": hit / len(predicted) if predicted else 1.0,
            "recall": hit / len(true) if true else 1.0,
            "false_merges": sorted(predicted - true), "missed": sorted(true - predicted)}
