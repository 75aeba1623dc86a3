"""Attacks and invasions a later story recalls by name alone (lexicons/dated_acts.tsv): history
weeks on, still the story's news within its days or where its own words date a new one."""
import pytest

from conftest import event_key as key, story

WH = "The White House"
CASES = [
    # (why, date, text, event, coded)
    ("a condemned attack recalled nine days on: history", "2023-10-16",
     "The President again condemned the brutal attack by Hamas on Israel.", ("PSE", "ASSAULT", "ISR"), False),
    ("the same attack the day after: the story's news", "2023-10-08",
     "The President condemned the brutal attack by Hamas on Israel.", ("PSE", "ASSAULT", "ISR"), True),
    ("a war's launch a year on, told by a verb of launching: history", "2023-03-10",
     "Russia launched its brutal invasion of Ukraine and our Alliance has never been stronger.",
     ("RUS", "ASSAULT", "UKR"), False),
    ("a verb of invading months on: history", "2022-06-01",
     "Putin chose to invade Ukraine in an unprovoked war.", ("RUS", "ASSAULT", "UKR"), False),
    ("a strike of the pair, told by a word the lexicon does not name: coded", "2024-07-08",
     "Russia launched a massive missile strike on Ukrainian cities.", ("RUS", "ASSAULT", "UKR"), True),
    ("an attack of the pair dated by its own words: a new one", "2024-04-20",
     "Iran launched another attack on Israel today.", ("IRN", "ASSAULT", "ISR"), True),
    ("Iran's April attack judged a week on: the charge stays", "2024-04-22",
     "Iran's attack on Israel was reckless and dangerous.", ("USA", "ACCUSE", "IRN"), True),
    ("... and no ASSAULT of that week-old attack", "2024-04-22",
     "Iran's attack on Israel was reckless and dangerous.", ("IRN", "ASSAULT", "ISR"), False),
]


@pytest.mark.parametrize("why,when,text,event,coded", CASES, ids=[c[0] for c in CASES])
def test_recalled_acts(why, when, text, event, coded):
    from readout.pipeline import code_stories

    s = story("recalled", text, title="Statement", date=when, publisher=WH,
              url="https://www.whitehouse.gov/briefing-room/statements-releases/x/")
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*event) in events) == coded, sorted(map(str, events))
