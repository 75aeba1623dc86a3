"""Several parties met as a group (tests/data/coding/rosters.jsonl): a delegation and its members, a
group with the leaders it includes, a meeting attended by several, the guests' own talks
(GUIDE.md, several parties: one CONSULT per pair; joint acts per party)."""
import pytest

from conftest import coding_cases, event_key as key, story
from readout.pipeline import code_stories


@pytest.mark.parametrize("case", coding_cases("rosters.jsonl"), ids=lambda c: c["why"])
def test_rosters(case):
    s = story("rosters", case["text"], title=case["title"], date=case["date"], publisher=case["publisher"],
              url=case.get("url"))
    coded = next(code_stories([s]))["events"]
    events = {key(e["source"], e["type"], e["target"]) for e in coded}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
    if "mode" in case:      # how the pair met (GUIDE.md: three or more in person are multilateral)
        assert {e.get("mode") for e in coded if key(e["source"], e["type"], e["target"]) == key(*case["event"])} \
            == {case["mode"]}
