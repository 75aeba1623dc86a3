"""Who acted for each side of an event (speakers.speakers) and the depth of its CAMEO code."""
from types import SimpleNamespace

import pytest

from readout.actors import Mention

TEXT = "Chinese President Xi Jinping told Iranian Foreign Minister Hossein Amir-Abdollahian that China supports Iran."


def m(text, code, kind, name=None, role=None):
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, code, kind, name, role)


MENTIONS = [m("Chinese President Xi Jinping", "CHN", "person", "Xi Jinping", "President"),
            m("Iranian Foreign Minister Hossein Amir-Abdollahian", "IRN", "person",
              "Hossein Amir-Abdollahian", "Foreign Minister"),
            m("China", "CHN", "country"), m("Iran", "IRN", "country")]


def event(source, target, start=0, end=len(TEXT)):
    return SimpleNamespace(source=source, target=target, start=start, end=end)


@pytest.mark.parametrize("ev, at, expected", [
    (event("CHN", "IRN"), TEXT.index("told"),
     ("Xi Jinping", "President", "Hossein Amir-Abdollahian", "Foreign Minister")),
    # only the country is named inside the span: no person, no role
    (event("CHN", "IRN", TEXT.index("China"), len(TEXT)), TEXT.index("supports"),
     (None, None, None, None)),
    (event("CHN", None), 30, ("Xi Jinping", "President", None, None)),
    (event("RUS", "IRN"), 30, (None, None, "Hossein Amir-Abdollahian", "Foreign Minister")),
])
def test_speakers(ev, at, expected):
    from readout.speakers import speakers

    got = speakers(ev, MENTIONS, at)
    assert (got["source_name"], got["source_role"], got["target_name"], got["target_role"]) == expected


def test_a_title_gives_the_role_and_a_body_its_name():
    from readout.speakers import speakers

    text_mentions = [Mention(0, 24, "The UN Secretary-General", "UN", "title", None, "Secretary-General"),
                     Mention(40, 45, "Hamas", "PSE", "group", None, None)]
    got = speakers(event("UN", "PSE", 0, 60), text_mentions, 25)
    assert (got["source_name"], got["source_role"], got["target_name"]) == (None, "Secretary-General", "Hamas")


@pytest.mark.parametrize("text, expected", [
    ("Chinese President Xi Jinping held a phone call with Iranian President Ebrahim Raisi.",
     ("CHN", "041", "Xi Jinping", "President", "Ebrahim Raisi", "President")),
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vienna.",
     ("USA", "044", "Antony Blinken", "Secretary of State", "Wang Yi", "Foreign Minister")),
])
def test_coded_records_carry_speakers_and_cameo_depth(text, expected):
    from readout.pipeline import code_text

    (e,) = [e for e in code_text(text, date="2021-08-18")["events"] if e["type"] == "CONSULT"]
    assert (e["source"], e["cameo"], e["source_name"], e["source_role"], e["target_name"],
            e["target_role"]) == expected
