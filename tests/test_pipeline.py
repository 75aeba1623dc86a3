"""pipeline.py: long stories are parsed in pieces that give the same record as one parse."""
import pytest

from conftest import story

from readout import pipeline
from readout.nlp import load_nlp

PARAGRAPHS = [
    "President Biden spoke by phone with Chancellor Olaf Scholz of Germany on Monday.",
    "The two leaders condemned the Russian missile strikes on Kyiv and reaffirmed their support for Ukraine.",
    "Biden said the United States opposes any unilateral change to the status quo in the Taiwan Strait.",
    "Scholz urged Russia to withdraw its troops and agreed to host talks in Berlin next month.",
    "We will keep supporting Ukraine, the President told reporters.",    # "we": the publisher's side
] * 6


def test_a_story_cut_at_paragraphs_codes_as_one_parse(monkeypatch):
    s = story("long", "\n\n".join(PARAGRAPHS), date="2023-03-06", publisher="The White House")
    whole = list(pipeline.code_stories([s]))
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 300)
    assert len(pipeline._pieces(load_nlp().make_doc(s.text))) > 4
    pieces = list(pipeline.code_stories([s]))
    assert pieces == whole and whole[0]["events"]


def test_a_run_without_paragraphs_or_full_stops_is_still_cut_and_keeps_its_text(monkeypatch):
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 100)
    text = " ".join(f"NAME{i} SURNAME - Springfield, Ohio" for i in range(60))
    doc = load_nlp().make_doc(text)
    pieces = pipeline._pieces(doc)
    assert len(pieces) > 3
    assert "".join(p.text for p in pieces) == text


# -- Taiwan as an actor (issue 13): must code / must not code ---------------------------------------
TAIWAN_MUST_CODE = [
    ("Taiwan condemned Chinese military drills.", ("TWN", "ACCUSE", "CHN")),
    ("President Tsai Ing-wen thanked the United States for its support.", ("TWN", "SUPPORT", "USA")),
    ("The PLA held joint drills around Taiwan on Monday.", ("CHN", "MOBILIZE", "TWN")),
    ("The Taiwan Affairs Office criticized Japan.", ("CHN", "ACCUSE", "JPN")),
]
TAIWAN_MUST_NOT_CODE = [
    ("The People's Liberation Army held military drills in the Taiwan Strait.", ("CHN", "COOPERATE", "TWN")),
    ("The PLA held joint drills around Taiwan on Monday.", ("CHN", "COOPERATE", "TWN")),
    ("China opposes any interference in the Taiwan question.", ("CHN", "REJECT", "TWN")),
    ("China and Russia oppose Taiwan independence.", ("CHN", "REJECT", "TWN")),
]


@pytest.mark.parametrize("text, event", TAIWAN_MUST_CODE)
def test_taiwan_must_code(text, event):
    from readout.pipeline import code_text

    record = code_text(text, date="2022-08-05")
    assert event in [(e["source"], e["type"], e["target"]) for e in record["events"]]


@pytest.mark.parametrize("text, event", TAIWAN_MUST_NOT_CODE)
def test_taiwan_must_not_code(text, event):
    from readout.pipeline import code_text

    record = code_text(text, date="2022-08-05")
    assert event not in [(e["source"], e["type"], e["target"]) for e in record["events"]]


# -- A government's own site, known by its URL alone: its unnamed "the Prime Minister" is its own -------
def test_a_government_site_known_only_by_its_url_speaks_for_its_country():
    text = ("The Prime Minister spoke to President Emmanuel Macron of France this evening. "
            "The Prime Minister thanked the President for France's support to Ukraine.")
    s = story("url-only", text, date="2023-05-01", url="https://www.gov.uk/government/news/pm-call-with-macron")
    record = next(pipeline.code_stories([s]))
    assert (record["headline"]["source"], record["headline"]["type"], record["headline"]["target"]) == (
        "GBR", "CONSULT", "FRA")
    assert {"code": "GBR", "name": "Rishi Sunak", "role": "Prime Minister"} in record["actors"]


def test_a_url_with_a_government_domain_in_its_path_names_no_country():
    s = story("path", "The Prime Minister spoke.", date="2023-05-01", url="https://example.com/www.gov.uk/pm")
    assert pipeline.publisher_country(s) is None


def test_a_measure_told_only_by_the_title_has_no_span_and_the_title_as_evidence():
    # the fuzz test found it: a title naming a measure over a body that names none gave an event
    # with no offsets, which the record contract did not allow for
    s = story("titled", "The Foreign Ministry spokesperson announced the decision on Friday.",
              title="China sanctions 28 former U.S. officials", date="2021-01-21", publisher="Xinhua")
    record = next(pipeline.code_stories([s]))
    titled = [e for e in record["events"] if e["start"] is None]
    assert [(e["source"], e["type"], e["target"]) for e in titled] == [("CHN", "SANCTION", "USA")]
    assert titled[0]["end"] is None and titled[0]["evidence"] == s.title


# -- A wire dateline opens the body: it is no part of the first sentence ---------------------------------
def test_a_wire_dateline_is_not_taken_for_the_subject_of_the_first_sentence():
    from readout.stories import find_dateline

    text = ("BEIJING, June 5 (Xinhua) -- Chinese President Xi Jinping on Monday held a phone conversation "
            "with Kenyan President William Ruto.")
    s = story("wire", text, date="2023-06-05", publisher="Xinhua News Agency", dateline=find_dateline(text))
    record = next(pipeline.code_stories([s]))
    assert record["headline"] == {"source": "CHN", "type": "CONSULT", "target": "KEN", "mode": "phone"}
    assert record["events"][0]["evidence"].startswith("Chinese President Xi Jinping")
    assert text[record["events"][0]["start"]:record["events"][0]["end"]] == record["events"][0]["evidence"]


@pytest.mark.parametrize("text, body", [
    ("BEIJING, March 10 (Xinhua) -- Saudi Arabia and Iran agreed to resume ties.", "Saudi Arabia"),
    # TASS signs its dateline after the date
    ("MOSCOW, July 17. /TASS/. Russia suspended the grain deal.", "Russia suspended"),
    # IRNA opens with place and agency, no date
    ("Tehran, IRNA -- Iranian President Raisi held talks with Iraq's prime minister.", "Iranian President"),
    # a sentence that only looks like one is left alone
    ("The President, USA -- and others -- met.", "The President"),
    ("Iran and Iraq held talks on Monday.", "Iran and Iraq"),
])
def test_the_coded_text_starts_after_a_wire_opening(text, body):
    from readout.pipeline import coded_start
    from readout.stories import Story, find_dateline
    story = Story(id="t", text=text, title=None, date="2023-07-17", publisher=None, url=None, path="t.jsonl",
                  line=1, body_start=0, collected=None, number=None, dateline=find_dateline(text, 0))
    assert text[coded_start(story):].lstrip().startswith(body)
