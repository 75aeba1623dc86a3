"""Several actors at once in titled texts (tests/data/coding/titled.jsonl): who a joint text's "we"
is where the title tells what kind of text it is (GUIDE.md: joint acts once per party)."""
import pytest

from conftest import coding_cases, event_key as key, story, table_case_keys
from readout.pipeline import code_stories


@pytest.mark.parametrize("case", coding_cases("titled.jsonl"), ids=lambda c: c["why"])
def test_titled(case):
    s = story("titled", case["text"], title=case["title"], date=case["date"], publisher=case["publisher"])
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("parallel.jsonl"), ids=lambda c: c["why"])
def test_parallel_or_mutual(case):
    """Seventeenth session: an act several parties do at once that names no partner is toward one
    another (mutual) unless a floating "each"/"all"/"respectively" hands it to each in turn and nothing
    in it is done with one another (parallel: each one's own, toward no one named)."""
    events = table_case_keys(case, "parallel")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("actor_pairs.jsonl"), ids=lambda c: c["why"])
def test_which_actors(case):
    """Twenty-first session: right type, wrong actor (the other side's unnamed office, two named sides
    of a joint act, a signing's venue, lists of formal state names)."""
    events = table_case_keys(case, "actor_pairs")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("shared_we.jsonl"), ids=lambda c: c["why"])
def test_shared_we(case):
    """Twenty-second session: one side's leader saying "we agreed to ..." after talks tells an agreement
    of both sides (GUIDE.md joint acts), not of the speaker alone."""
    events = table_case_keys(case, "shared_we")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


@pytest.mark.parametrize("case", coding_cases("listed_names.jsonl"), ids=lambda c: c["why"])
def test_listed_names(case):
    """Twenty-sixth session (issue #12): the last of a list of titled names ("the Amir of Qatar,
    President el-Sisi of Egypt, and Prime Minister Netanyahu of Israel") is one more of those thanked,
    in every house style, though the parser hangs it on the verb (nlp.stranded_name_conjuncts);
    near-miss: a name after "and" that heads a clause of its own."""
    events = table_case_keys(case, "listed_names")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))
