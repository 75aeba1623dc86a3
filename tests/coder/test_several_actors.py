"""Several actors at once in titled texts (tests/data/coding/titled.jsonl): who a joint text's "we"
is where the title tells what kind of text it is (GUIDE.md: joint acts once per party)."""
import json
from pathlib import Path

import pytest

from readout.cameo import types_with

DATA = Path(__file__).parents[1] / "data" / "coding" / "titled.jsonl"


def cases():
    with open(DATA, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key(source, type_, target):
    if type_ in types_with("symmetric") and source and target:
        source, target = sorted((source, target))
    return (source, type_, target)


@pytest.mark.parametrize("case", cases(), ids=lambda c: c["why"])
def test_titled(case):
    from conftest import story
    from readout.pipeline import code_stories

    s = story("titled", case["text"], title=case["title"], date=case["date"], publisher=case["publisher"])
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
