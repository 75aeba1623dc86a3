"""Several actors at once in titled texts (tests/data/coding/titled.jsonl): who a joint text's "we"
is where the title tells what kind of text it is (GUIDE.md: joint acts once per party)."""
import pytest

from conftest import coding_cases, event_key as key, story
from readout.pipeline import code_stories


@pytest.mark.parametrize("case", coding_cases("titled.jsonl"), ids=lambda c: c["why"])
def test_titled(case):
    s = story("titled", case["text"], title=case["title"], date=case["date"], publisher=case["publisher"])
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
