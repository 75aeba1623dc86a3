"""Talks held with go-betweens (tests/data/coding/mediated_talks.jsonl; issue #12, thirteenth session), in
several house styles, with near-misses that must not code: "under the mediation of", "with the mediation
of", "under the auspices of", "in talks facilitated by", "negotiations mediated by" make each go-between a
party that meets each side and the other go-betweens (`multilateral`), the sides meeting `third-party`
(eval/styles README decision 12, FRESH.md decision 32); talks told as what the sides' act followed ("A and B
agreed ... following talks held in X under the mediation of C") are the two sides' talks and the setting of
that act, which stays the headline. Not: talks discussed, announced, of an earlier year, merely hosted, or
followed by one actor's act."""
import pytest

from conftest import coding_cases, event_key as key, story


def _coded(case):
    from readout.pipeline import code_stories

    s = story("mediated_talks", case["text"], title=case["title"], date="2024-03-01", publisher=case["publisher"],
              url=case["url"])
    return next(code_stories([s]))


@pytest.mark.parametrize("case", coding_cases("mediated_talks.jsonl"), ids=lambda c: c["why"])
def test_mediated_talks(case):
    rec = _coded(case)
    events = {key(e["source"], e["type"], e["target"]): e.get("mode") for e in rec["events"]}
    want = key(*case["event"])
    assert (want in events) == case["coded"], sorted(map(str, events))
    if case["coded"] and case.get("mode"):
        assert events[want] == case["mode"]
    if case.get("headline"):
        h = rec["headline"]
        assert f"{h['source']} {h['type']} {h['target']}" == case["headline"]
