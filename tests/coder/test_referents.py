"""Whom a phrase that names no actor itself stands for (tests/data/coding/referents.jsonl): a plural
state noun referring back to a list ("these countries"), the state holding detained people
("nationals detained in China"), partners placed in a named body ("partners in NATO")."""
import pytest

from conftest import coding_cases, table_case_keys
from conftest import event_key as key


@pytest.mark.parametrize("case", coding_cases("referents.jsonl"), ids=lambda c: c["why"])
def test_referent(case):
    keys = table_case_keys(case, "referents")
    assert (key(*case["event"]) in keys) == case["coded"], sorted(map(str, keys))


@pytest.mark.parametrize("case", coding_cases("release_holders.jsonl"), ids=lambda c: c["why"])
def test_release_holder(case):
    # a request for people's release is aimed at who holds them (issue #12, twenty-fourth session)
    events = table_case_keys(case, "release_holders")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("hearer_pledges.jsonl"), ids=lambda c: c["why"])
def test_hearer_pledge(case):
    # one side's effort pledge in talks of two is made to the other side (README decision 3; twenty-fourth session)
    events = table_case_keys(case, "hearer_pledges")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("referred_acts.jsonl"), ids=lambda c: c["why"])
def test_referred_act(case):
    # a definite or demonstrative act word is aimed at the doer of the act the clause before tells
    # (issue #12, thirty-fourth session)
    events = table_case_keys(case, "referred_acts")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
