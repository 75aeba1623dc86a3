"""Background told by machinery every text goes through (tests/data/coding/record_background.jsonl;
issue #12, class 6, thirteenth session), in several house styles with near-misses that must still
code: a complement set back by the "since" of the verb it hangs on ("Since Russia began deploying
troops"), a warning by litotes told in the past ("has not hesitated to respond"), places joined
before the thing they name ("the Nairobi and Luanda processes"), the actor a backed course of
action is about ("support for an approach to North Korea"), a bare participle of an act done to
someone ("Americans detained in Afghanistan": a state), and a condemned "this attack" or "the test"
aimed at the doer the sentences before named."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("record_background.jsonl"), ids=lambda c: c["why"])
def test_record_background(case):
    events = table_case_keys(case, "record_background")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
