"""Cooperative acts in several house styles (tests/data/coding/cooperative.jsonl): at whom praise,
backing and meetings are aimed and who gives them (GUIDE.md: a welcomed act is aimed at its actor,
joint acts once per party, no event of a party on itself, a meeting in a third country between two
sides, recognition is SUPPORT)."""
import json
from pathlib import Path

import pytest

from readout.cameo import types_with

DATA = Path(__file__).parents[1] / "data" / "coding" / "cooperative.jsonl"


def cases():
    with open(DATA, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key(source, type_, target):
    if type_ in types_with("symmetric") and source and target:
        source, target = sorted((source, target))
    return (source, type_, target)


@pytest.mark.parametrize("case", cases(), ids=lambda c: c["why"])
def test_cooperative(case):
    from conftest import story
    from readout.pipeline import code_stories

    s = story("cooperative", case["text"], title=case["title"], date="2024-03-01", publisher=case["publisher"],
              url=case["url"])
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
