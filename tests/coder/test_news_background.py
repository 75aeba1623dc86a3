"""Background a news report recalls (coder/clause_history.py, history_clues.told_then): a conjunct
that shares a past perfect's "had" or a lapse's time, what a report that far back told, a past act
a verb of recalling tells, a past act at an occasion dated months back
(history.clause_date), and an act dated "at the time" (the time of an earlier act the
text has told) are history; the story's own act beside them is coded."""
import pytest

from conftest import event_key as key, story

NEWS = "Example News Agency"
CASES = [
    # (why, date, text, event, coded)
    ("a conjunct sharing the past perfect's had: history", "2023-05-29",
     "Under the previous government, Chile had withdrawn its diplomats from Lima and recognised "
     "the opposition leader as interim president of Peru.", ("CHL", "SUPPORT", "PER"), False),
    ("... whatever the verbs", "2023-05-29",
     "Japan had criticised China and imposed sanctions on Russia.", ("JPN", "SANCTION", "RUS"), False),
    ("... a conjunct with its own subject does not share it", "2023-05-29",
     "Chile had withdrawn its diplomats from Lima, and on Monday Chile recognised the new government of Peru.",
     ("CHL", "SUPPORT", "PER"), True),
    ("a past perfect's conjunct of another clause: the act of the day is coded", "2023-05-29",
     "Chile recognised the new government of Peru on Monday.", ("CHL", "SUPPORT", "PER"), True),
    ("a past perfect under a report does not lend its had to a conjunct the report may own", "2020-08-17",
     "President Akufo-Addo said Ghana, as host country, had fulfilled its obligation to provide an office for the "
     "Secretariat, and pledged the Government's continued support to Nigeria.",
     ("GHA", "AGREE", "NGA"), True),
    ("... nor does a past relative clause: a call's content is news", "2023-02-07",
     "The President made a phone call with President Assad of Syria, in which he offered his condolences "
     "and affirmed Egypt's readiness to provide aid to the Syrian people.", ("EGY", "AGREE", "SYR"), True),
    ("what a report two weeks back told: history", "2025-03-14",
     "The talks came two weeks after Japan announced it had imposed sanctions on Russia.", ("JPN", "SANCTION", "RUS"), False),
    ("... a report of the day before: news", "2025-03-14",
     "The talks came a day after Japan announced it had imposed sanctions on Russia.", ("JPN", "SANCTION", "RUS"), True),
    ("a past act a verb of recalling tells: history", "2024-10-01",
     "The ministry recalled that Japan imposed sanctions on Russia.", ("JPN", "SANCTION", "RUS"), False),
    ("... opening the sentence", "2024-10-01",
     "Recalling that Chile signed a trade agreement with Peru, the minister praised the ties.",
     ("CHL", "SUPPORT", "PER"), False),
    ("... an act noun recalled", "2024-10-01",
     "Putin recalled the US withdrawal from the ABM Treaty and the INF Treaty.", ("USA", "REJECT", None), False),
    ("... recalled, but dated on the story's days: news", "2024-10-01",
     "The minister recalled that Chile signed a trade agreement with Peru on Monday.", ("CHL", "SUPPORT", "PER"), True),
    ("... recalling an ambassador is the act itself", "2024-10-01",
     "Chile recalled its ambassador from Peru.", ("CHL", "SANCTION", "PER"), True),
    ("an act at an occasion dated months back: history", "2019-07-23",
     "During President Xi Jinping's state visit to Russia in June, the two heads of state agreed to upgrade "
     "bilateral ties.", ("CHN", "AGREE", "RUS"), False),
    ("... an occasion dated on the story's days: news", "2019-07-23",
     "During President Xi Jinping's state visit to Russia on Monday, the two heads of state agreed to upgrade "
     "bilateral ties.", ("CHN", "AGREE", "RUS"), True),
    ("an act dated at the time: history", "2024-03-18",
     "Several governments had criticised the vote, and Peru condemned Chile at the time as meddling.",
     ("PER", "ACCUSE", "CHL"), False),
    ("at that time, opening the sentence: history", "2024-03-18",
     "At that time, Peru condemned Chile over the border incident.", ("PER", "ACCUSE", "CHL"), False),
    ("a report dated at the time dates what it reports", "2023-10-04",
     "Turkey carried out airstrikes against targets in northern Iraq, the ministry said at the time.",
     ("TUR", "ASSAULT", "IRQ"), False),
    ("... a report dated on a weekday does not", "2023-10-04",
     "Turkey carried out airstrikes against targets in northern Iraq, the ministry said on Tuesday.",
     ("TUR", "ASSAULT", "IRQ"), True),
    ("at the same time: alongside, not back then", "2024-03-18",
     "At the same time, Peru condemned Chile over the border incident.", ("PER", "ACCUSE", "CHL"), True),
    ("at the time of the visit: a time the text names", "2024-03-18",
     "Peru condemned Chile at the time of the visit.", ("PER", "ACCUSE", "CHL"), True),
]


@pytest.mark.parametrize("why,when,text,event,coded", CASES, ids=[c[0] for c in CASES])
def test_news_background(why, when, text, event, coded):
    from readout.pipeline import code_stories

    s = story("background", text, title="Report", date=when, publisher=NEWS, url="https://news.example/x")
    events = {key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}
    assert (key(*event) in events) == coded, sorted(map(str, events))
