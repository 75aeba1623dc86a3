"""A transcript's speaker labels in capitals name whose side speaks ("PRIME MINISTER KISHIDA:",
"CHANCELLOR SCHOLZ:"; tests/data/coding/speaker_labels.jsonl; issue #12, class 6): a guest's
thanks and first person in his own turn are his country's, the host's own turn stays the host's,
and a label naming no one known ("SENIOR ADMINISTRATION OFFICIAL:") gives the words back to the
publisher's side."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys
from readout.coder.form import speaker_labels


@pytest.mark.parametrize("case", coding_cases("speaker_labels.jsonl"), ids=lambda c: c["why"])
def test_speaker_labels(case):
    events = table_case_keys(case, "speaker_labels")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


def test_labels_in_capitals_are_read_as_names():
    text = "THE PRESIDENT:  Welcome.\n\nPRIME MINISTER KISHIDA:  Thank you.\n\nQ  A question."
    assert speaker_labels(text) == [(0, "The President"), (26, "Prime Minister Kishida")]


def test_a_text_with_no_turns_has_no_labels():
    assert speaker_labels("NOTE: the President met Prime Minister Kishida.") == []
