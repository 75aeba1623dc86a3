"""coder/form.py: what kind of text a story is (a report of talks, or a transcript, a fact sheet,
remarks ...), and the reporters' questions of a transcript; with the model, what that changes in
the coding (issue #12, class 6: precision on texts that are not readouts). Every story here is
written for these tests."""
import pytest

from conftest import story
from readout.coder.form import is_transcript, not_readout, question_spans
from readout.pipeline import code_story

GAGGLE = """MS. LANE: Good morning. Thank you for your patience.

MR. ORTIZ: We are here to offer the full support of the federal government to the people of Oregon.
We look forward to meeting with the governor to learn what more we can do. I have spoken several
times with the governor over the last weeks.

Q Did the President speak to President Boric of Chile? Do you agree with the senators?

MS. LANE: He did. The President spoke with President Boric of Chile yesterday. He thanked President
Boric for his leadership on the fires.
"""
READOUT = """President Biden spoke today with President Boric of Chile. He thanked him for his
leadership on the fires and offered further assistance.
"""


@pytest.mark.parametrize("text, expected", [
    (GAGGLE, True),                                           # speakers' labels and a reporter's Q
    ("THE PRESIDENT: Thank you. Please sit down.\n\nAUDIENCE MEMBER: Thank you!\n", True),
    ("SENIOR OFFICIAL: Thanks.\n\nQ Will the Prime Minister visit?\n", True),
    (READOUT, False),
    ("NOTE: The President spoke with Chancellor Scholz today.\n", False),    # one label, no question
    ("Q and A sessions were held.\n", False),                 # a "Q" with no speaker's label anywhere
])
def test_a_transcript_is_told_in_speakers_turns(text, expected):
    assert is_transcript(text) is expected


@pytest.mark.parametrize("title, text, expected", [
    ("Press Gaggle by Press Secretary Lane Aboard Air Force One", "The President arrived.", True),
    ("FACT SHEET: The United States and Peru Deepen Their Partnership", "Today, ...", True),
    ("Remarks by President Biden at a Reception", "Thank you.", True),
    ("A Proclamation on National Farm Safety Week", "Farms feed us.", True),
    ("Letter to the Speaker of the House", "Dear Madam Speaker:", True),
    ("What They Are Saying: Leaders Praise the New Monument", "Quotes.", True),
    ("Untitled", GAGGLE, True),                                               # by its form
    ("Readout of President Biden's Call with President Boric of Chile", READOUT, False),
    ("Readout of the Vice President's Remarks at a Meeting with Governors", READOUT, False),   # "Readout" first
    ("Statement from President Biden on the Fires in Chile", READOUT, False),   # a statement, as before
    (None, READOUT, False),
])
def test_what_is_no_report_of_talks(title, text, expected):
    assert not_readout(title, text) is expected


def test_a_question_runs_to_the_next_speakers_label():
    spans = question_spans(GAGGLE)
    assert len(spans) == 1
    a, b = spans[0]
    assert GAGGLE[a:b].startswith("Q Did the President") and GAGGLE[b:].startswith("MS. LANE: He did.")
    assert question_spans(READOUT) == []


def _keys(title, text, when="2024-02-05"):
    record = code_story(story("t", text, title=title, date=when, publisher="The White House",
                              url="https://www.whitehouse.gov/briefing-room/t"))
    return {(e["source"], e["type"], e["target"]) for e in record["events"]}


def test_in_a_gaggle_domestic_acts_are_not_aimed_at_the_one_country_it_names():
    keys = _keys("Press Gaggle by Press Secretary Lane Aboard Air Force One", GAGGLE)
    for kind in ("SUPPORT", "AGREE", "CONSULT", "AID", "REQUEST"):
        wrong = {k for k in keys if k[1] == kind and k[2] == "CHL" and k[0] == "USA"}
        if kind in ("CONSULT", "SUPPORT"):
            continue    # the call and the thanks in the answer are Chile's (below)
        assert not wrong, f"{wrong}: a domestic act aimed at Chile"
    assert ("CHL", "AGREE", "USA") not in keys      # the reporter's "Do you agree ...?"
    assert ("USA", "CONSULT", "CHL") in keys        # the answer: "spoke with President Boric ... yesterday"
    assert ("USA", "SUPPORT", "CHL") in keys        # "He thanked President Boric": named


def test_the_patience_thanks_of_a_gaggle_thanks_no_country():
    keys = _keys("Press Gaggle by Press Secretary Lane Aboard Air Force One",
                 GAGGLE.replace("He thanked President\nBoric for his leadership on the fires.", ""))
    assert not {k for k in keys if k[1] == "SUPPORT"}      # not Chile's, nor aimed at no one


def test_in_a_gaggle_an_unnamed_other_side_is_no_one_the_story_names_most():
    # the call is told after the opening: "him" is not Chile by default, and the thanks are not
    # coded as aimed at no one either (the other side of a text that is no readout is unknown)
    keys = _keys("Press Gaggle by Press Secretary Lane Aboard Air Force One",
                 GAGGLE.replace("He thanked President\nBoric", "He thanked him"))
    assert not {k for k in keys if k[1] == "SUPPORT"}
    keys = _keys("Readout of President Biden's Call with President Boric of Chile", READOUT)
    assert ("USA", "SUPPORT", "CHL") in keys        # a readout's "him" is the other side


def test_a_readout_still_aims_its_unnamed_acts_at_the_other_side():
    keys = _keys("Readout of President Biden's Call with President Boric of Chile", READOUT)
    assert ("USA", "CONSULT", "CHL") in keys
    assert ("USA", "SUPPORT", "CHL") in keys


def test_a_question_is_no_act_and_names_no_other_side_for_the_answer():
    text = ("MS. LANE: Good morning.\n\nQ Is the President concerned about the arrests in Belarus?\n\n"
            "MS. LANE: We have conveyed our concerns directly to the government, and we urge them to release "
            "the detainees.\n")
    question = text.split("\n\nMS. LANE: We")[0] + "\n"
    assert not _keys("Press Briefing by Press Secretary Lane", question, "2021-05-24")   # the reporter's concern
    keys = _keys("Press Briefing by Press Secretary Lane", text, "2021-05-24")
    assert ("USA", "REQUEST", "BLR") not in keys    # "them" is no one the text that is no readout names
    keys = _keys("Press Briefing by Press Secretary Lane on Belarus", text, "2021-05-24")
    assert ("USA", "REQUEST", "BLR") in keys        # the title names its other side


RECORD = """Since his first day in office, the President has been committed to restoring American leadership
at the United Nations. Our world today faces challenges that no country can confront alone.

- We demanded the release of the hostages held by Hamas and called for aid to Gaza.
"""


def test_a_record_whose_lead_says_how_things_are_today_is_still_a_record():
    keys = _keys("FACT SHEET: The Administration's Record at the United Nations", RECORD, "2024-09-24")
    assert not {k for k in keys if k[1] == "REQUEST"}


def test_a_record_whose_lead_tells_todays_news_is_news():
    text = RECORD.replace("Our world today faces challenges that no country can confront alone.",
                          "Today, the President announced new aid to Gaza.")
    text = text.replace("We demanded", "Today we demanded")
    keys = _keys("FACT SHEET: The Administration's Record at the United Nations", text, "2024-09-24")
    assert {k for k in keys if k[1] == "REQUEST"}


@pytest.mark.parametrize("opening, coded", [
    ("While I was in Lima in March, President Boluarte and I discussed", False),
    ("When we met last month, President Boluarte and I discussed", False),
    ("While I was in Lima today, President Boluarte and I discussed", True),
    ("In Lima today, President Boluarte and I discussed", True),
])
def test_a_clause_of_time_dates_the_act_it_is_on(opening, coded):
    text = f"{opening} our shared interest in deepening our trade. Peru is a valued partner.\n"
    keys = _keys("Statement by the Vice President on the Partnership with Peru", text, "2023-11-10")
    assert (("PER", "CONSULT", "USA") in keys or ("USA", "CONSULT", "PER") in keys) is coded
