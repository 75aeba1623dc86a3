"""Background told by machinery every text goes through (tests/data/coding/record_background.jsonl;
issue #12, class 6, thirteenth session), in several house styles with near-misses that must still
code: a complement set back by the "since" of the verb it hangs on ("Since Russia began deploying
troops"), a warning by litotes told in the past ("has not hesitated to respond"), places joined
before the thing they name ("the Nairobi and Luanda processes"), the actor a backed course of
action is about ("support for an approach to North Korea"), a bare participle of an act done to
someone ("Americans detained in Afghanistan": a state), and a condemned "this attack" or "the test"
aimed at the doer the sentences before named; and (fifteenth session) a nominee's career told in the
past in a text whose title announces nominations or appointments (a record), with near-misses: the
appointing statement's own demand, its act of "today", and the same past sentence in a statement."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("record_background.jsonl"), ids=lambda c: c["why"])
def test_record_background(case):
    events = table_case_keys(case, "record_background")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


def test_a_nominees_career_states_no_position_of_the_side():
    """Stances told in a nominations text's past sentences are the nominee's career, not the side's
    (history.career_sentences); the same sentence in a statement still states one."""
    from readout.pipeline import code_stories
    from conftest import story

    text = ("Today, President Biden announced his intent to nominate the following individuals.\n\n"
            "As Deputy Director, she led the federal response to the climate crisis and advocated for religious freedom.")
    issues = {}
    for title in ("President Biden Announces His Intent to Nominate Key Administration Leaders", "Statement by the President"):
        s = story("career", text, title=title, date="2024-03-01", publisher="The White House",
                  url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/01/x/")
        issues[title] = {st["issue"] for st in next(code_stories([s]))["stances"]}
    assert not issues["President Biden Announces His Intent to Nominate Key Administration Leaders"]
    assert issues["Statement by the President"]
