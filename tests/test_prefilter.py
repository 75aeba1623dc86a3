"""The prefilter: which word forms could be triggers, which stories skip the parser, and that
skipping changes no output."""
from pathlib import Path

import pytest

from readout.nlp import load_nlp
from readout.pipeline import code_stories
from readout.prefilter import Prefilter
from readout.stories import Story, iter_stories

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "src/readout/samples").iterdir()
                 if p.is_file() and not p.name.startswith((".", "_")))


def story(text, publisher="Test Agency", story_id="s", date="2021-08-18"):
    return Story(id=story_id, text=text, title=None, date=date, publisher=publisher, url=None,
                 path="<test>", line=None, body_start=0, collected=None, number=None, dateline=None)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def pf(nlp):
    return Prefilter(nlp)


@pytest.mark.parametrize("form, expected", [
    ("met", True), ("meets", True), ("Meeting", True), ("talks", True), ("condemned", True),
    ("spoke", True), ("visited", True), ("sanctions", True), ("must", True), ("ought", True),
    ("the", False), ("dog", False), ("blue", False), ("2021", False), (",", False),
])
def test_could_trigger(pf, form, expected):
    assert pf.could_trigger(form) is expected


def test_possible_lemmas_hold_every_lemma_the_pipeline_gives(nlp, pf):
    # The superset the skip rests on: for every token of the samples, the lemma the tagger and
    # lemmatizer chose is among the lemmas the prefilter thought possible for its form.
    with nlp.select_pipes(disable=["readout_coder"]):
        for path in SAMPLES:
            for doc in nlp.pipe(s.text for s in iter_stories([path])):
                for tok in doc:
                    assert tok.lemma_.lower() in pf.possible_lemmas(tok.lower_), (tok.text, tok.lemma_)


@pytest.mark.parametrize("text, publisher, parse, reason", [
    ("China condemned the missile test.", None, True, ""),
    ("The weather in the capital was mild and sunny.", "Xinhua", False, "no trigger"),
    ("Officials met in the afternoon and discussed the budget.", "Test Agency", False, "no actor"),
    ("We met in the afternoon and discussed the budget.", "The White House", True, ""),
    ("A statement on Xinjiang was read out.", None, False, "no actor"),
])
def test_decide(nlp, pf, text, publisher, parse, reason):
    s = story(text, publisher)
    from readout.pipeline import prepare
    norm, ctx = prepare(s)
    d = pf.decide(nlp.make_doc(norm.text), ctx)
    assert (d.parse, d.reason) == (parse, reason)


def test_issue_phrase_alone_keeps_a_story(pf):
    assert pf.has_issue("They spoke of Taiwan.")
    assert not pf.has_issue("They spoke of the weather.")


def test_skipped_story_keeps_its_actors():
    text = "Chinese President Xi Jinping was in a good mood, his aides said."
    on, off = (next(code_stories([story(text)], prefilter=p)) for p in (True, False))
    assert on == off
    assert [a["code"] for a in on["actors"]] == ["CHN"]


def test_same_output_with_and_without_prefilter():
    stories = list(iter_stories(SAMPLES)) + [
        story("The weather was mild.", story_id="w"),
        story("Officials met and agreed on the budget.", story_id="o"),
        story("Iran and China signed an agreement.", publisher=None, story_id="i"),
    ]
    assert list(code_stories(stories, prefilter=True)) == list(code_stories(stories, prefilter=False))
