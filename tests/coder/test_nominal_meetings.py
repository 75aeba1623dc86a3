"""Meetings told as noun phrases with no light verb of their own (tests/data/coding/nominal_meetings.jsonl;
issue #12, twentieth session, class CONSULT recall): talks that are the occasion of an act told as done or
that it followed ("at the start of his meeting with X", "after talks between the two delegations", "at their
meeting in Paris", "after two days of talks, A and B reached ..."), talks held between two delegations; a
document two sides signed at a named place (README decision 12: several parties in one place). Not: an act
still to come or denied at a meeting, talks with no partner named, one side's act after talks, a speaker
after talks between others, a signing "in English" or "in May"."""
import pytest

from conftest import coding_cases, event_key as key, story


def _coded(case):
    from readout.pipeline import code_stories

    s = story("nominal_meetings", case["text"], title=case["title"], date=case.get("date", "2024-03-01"), publisher=case["publisher"],
              url=case["url"])
    return next(code_stories([s]))


@pytest.mark.parametrize("case", coding_cases("nominal_meetings.jsonl"), ids=lambda c: c["why"])
def test_nominal_meetings(case):
    rec = _coded(case)
    events = {key(e["source"], e["type"], e["target"]) for e in rec["events"]}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
    if case.get("headline"):
        h = rec["headline"]
        assert f"{h['source']} {h['type']} {h['target']}" == case["headline"]
