"""House formulas of publishers new to the corpus (tests/data/coding/house_formulas.jsonl; issue #12,
thirty-sixth session, frec36): a visitor received in a passive joined to the verb of arrival, credentials
accepted or presented, agreements signed under other names (framework, roadmap, amendment, action plan)
and a visit concluded; each with a near-miss."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("house_formulas.jsonl"), ids=lambda c: c["why"])
def test_house_formulas(case):
    events = table_case_keys(case, "house_formulas")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
