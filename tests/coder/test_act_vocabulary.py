"""Plain act words any publisher uses (tests/data/coding/named_acts.jsonl; issue #12, thirty-third
session, lex33): a state decoration awarded, presented or conferred and a wreath laid on a visit
(SUPPORT), a foreign national sentenced or taken into custody (COERCE), a vessel rammed (ASSAULT);
each with near-misses (a contract awarded, a domestic sentence); thirty-fourth session, lex34: strikes with their
doer after "by", fire opened, water cannon fired and military operations carried out (ASSAULT), agreements secured
and negotiations announced as concluded (AGREE), vaccines handed over (AID)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("named_acts.jsonl"), ids=lambda c: c["why"])
def test_named_acts(case):
    events = table_case_keys(case, "named_acts")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
