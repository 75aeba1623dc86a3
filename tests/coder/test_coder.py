"""The whole coder, with the model, on sentences written for these tests: what must be coded and
what must not (tests/data/coding/*.jsonl)."""
import json
from pathlib import Path

import pytest

from readout.cameo import types_with
from readout.pipeline import code_text

DATA = Path(__file__).parents[1] / "data" / "coding"


def cases(name):
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key(source, type_, target):
    if type_ in types_with("symmetric") and source and target:
        source, target = sorted((source, target))
    return (source, type_, target)


def code(case):
    text = case.get("context", "") + case["text"]
    record = code_text(text, date=case["date"], publisher=case.get("publisher"), domestic=case.get("domestic", False))
    return record, {key(e["source"], e["type"], e["target"]): e for e in record["events"]}


@pytest.mark.parametrize("case", cases("must_code.jsonl"), ids=lambda c: c["text"][:60])
def test_must_code(case):
    record, events = code(case)
    wanted = key(*case["event"])
    assert wanted in events, f"{wanted} not in {sorted(map(str, events))}"
    if "mode" in case:
        assert events[wanted]["mode"] == case["mode"]


@pytest.mark.parametrize("case", cases("must_not_code.jsonl"), ids=lambda c: c["why"])
def test_must_not_code(case):
    record, events = code(case)
    assert key(*case["event"]) not in events


def test_every_event_carries_cameo_goldstein_and_evidence():
    text = "Chancellor Merkel thanked President Macron for his support. Germany condemned the attack by Iran."
    record = code_text(text, date="2019-06-01")
    assert record["events"]
    for e in record["events"]:
        assert e["cameo"] and isinstance(e["goldstein"], float)
        assert text[e["start"]:e["end"]] == e["evidence"]


def test_plover_type_always_follows_the_cameo_code():
    from readout.cameo import plover_type

    for case in cases("must_code.jsonl"):
        record, events = code(case)
        for e in record["events"]:
            assert plover_type(e["cameo"]) == e["type"]


def test_one_event_per_source_type_target():
    text = ("China supports Iran. China firmly supports Iran again. "
            "China appreciates Iran's role.")
    record = code_text(text, date="2021-08-18")
    keys = [key(e["source"], e["type"], e["target"]) for e in record["events"]]
    assert keys.count(("CHN", "SUPPORT", "IRN")) == 1
    first = next(e for e in record["events"] if e["type"] == "SUPPORT")
    assert first["evidence"].startswith("China supports Iran")


def test_headline_is_the_call_with_its_mode():
    text = ("President Xi Jinping had a phone conversation with Iranian President Ebrahim Raisi on August 18. "
            "Iran thanks China for its support.")
    record = code_text(text, date="2021-08-18")
    assert record["headline"] == {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone"}


def test_domestic_events_are_dropped_unless_asked():
    text = "Serbian police arrested dozens of Serbian protesters in Belgrade."
    assert not [e for e in code_text(text, date="2020-07-08")["events"] if e["type"] == "COERCE"]
    assert [e for e in code_text(text, date="2020-07-08", domestic=True)["events"] if e["type"] == "COERCE"]
