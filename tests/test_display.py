"""Text cleaned for display (readout.display) and the colours of the pages (readout.palette)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout.display import Cleaner, clean
from readout.palette import STANCE_COLOURS, TYPE_COLOURS, badge_css, contrast, text_colour
from readout.web import marks


@pytest.mark.parametrize("raw, shown", [
    ("Statement by Press Secretary Jen\\_Psaki on President\\_Biden\\u2019s Meeting\\",
     "Statement by Press Secretary Jen Psaki on President Biden’s Meeting"),
    ("the 14<sup>th</sup> President", "the 14th President"),
    ("end.\n\n\\###\n Statement", "end.\n\n###\n Statement"),
    ("**<u>Immediately Increasing Supply</u>**", "Immediately Increasing Supply"),
    ("Respond to Putin\\u20", "Respond to Putin"),
    ("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9", "It’s a café"),            # mojibake (ftfy)
    ("AT&amp;T and &#8220;quotes&#8221;", "AT&T and “quotes”"),
    ("a line<br>another", "a line\nanother"),
    ("smile \\ud83d\\ude00 here", "smile 😀 here"),
    ("Burma\\_", "Burma "),
    ("\\*not bold\\* and \\[not a link\\]", "*not bold* and [not a link]"),
    # left alone: real markup is text (the templates escape it), as are ordinary words
    ("<script>alert(1)</script> <img src=x>", "<script>alert(1)</script> <img src=x>"),
    ("C:\\Users\\x and a \\ in the middle", "C:\\Users\\x and a \\ in the middle"),
    ("It’s “fine” — really", "It’s “fine” — really"),
    ("", ""),
])
def test_clean(raw, shown):
    assert clean(raw) == shown


def test_clean_of_none_is_empty():
    assert clean(None) == ""


def test_offsets_map_into_the_cleaned_text():
    text = "Jen\\_Psaki said Bidenâ€™s plan <sup>1</sup> works."
    c = Cleaner(text)
    assert c.text == "Jen Psaki said Biden’s plan 1 works."
    word = text.index("said")
    assert c.span(word, word + 4) == "said"
    assert c.span(text.index("works"), len(text)) == "works."
    # an offset inside a rewritten unit maps to its start: no mark splits an escape
    assert c.at(text.index("_")) == c.at(text.index("\\"))


ESCAPES = st.sampled_from(["\\_", "\\u2019", "\\###", "<sup>", "</sup>", "**", "&amp;", "\\",
                           "â€™", "Ã©", "\\u20", "<br>", " ", "\n", "word", "é", "’"])


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(ESCAPES | st.text(max_size=4), max_size=30), st.lists(st.integers(0, 200)))
def test_spans_between_any_cuts_add_up_to_the_cleaned_text(pieces, cuts):
    text = "".join(pieces)
    c = Cleaner(text)
    points = sorted({0, len(text), *(x for x in cuts if x <= len(text))})
    assert "".join(c.span(a, b) for a, b in zip(points, points[1:])) == c.text
    assert [c.at(p) for p in points] == sorted(c.at(p) for p in points)


def test_story_segments_are_cleaned_and_keep_their_marks():
    text = "Officials said President\\_Biden\\u2019s envoy met Wang\\_Yi<sup>1</sup> in Rome."
    start = text.index("President")
    end = text.index(" in Rome")
    notes = marks.annotations([{"id": 1, "type": "CONSULT", "start": start, "end": end,
                                "evidence": text[start:end]}], [], text)
    segs = marks.segments(text, notes, clean=True)
    assert [(s.text, s.keys) for s in segs] == [
        ("Officials said ", []), ("President Biden’s envoy met Wang Yi1", ["e1"]),
        (" in Rome.", [])]
    assert text[start:end] == notes[0]["item"]["evidence"]     # the stored offsets are untouched


# -- the palette ----------------------------------------------------------------------------------
@pytest.mark.parametrize("colour", [*TYPE_COLOURS.values(), *STANCE_COLOURS.values()])
def test_every_badge_reads_at_4_5_to_1(colour):
    assert contrast(colour, text_colour(colour)) >= 4.5


def test_type_colours_are_distinct_and_the_greens_differ():
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS) == 16
    greens = [TYPE_COLOURS[t] for t in ("AGREE", "SUPPORT", "COOPERATE")]
    # told apart by lightness too, not only hue: at least 1.5:1 between any two of them
    assert min(contrast(a, b) for a in greens for b in greens if a != b) >= 1.5


@pytest.mark.parametrize("a, b, ratio", [("#FFFFFF", "#000000", 21.0), ("#777777", "#FFFFFF", 4.48),
                                         ("#FB9A99", "#FFFFFF", 2.06)])  # the old REJECT badge
def test_contrast_follows_wcag(a, b, ratio):
    assert round(contrast(a, b), 2) == ratio


def test_badge_css_has_a_rule_per_type_and_stance():
    css = badge_css()
    assert css.count("--ink:") == len(TYPE_COLOURS) + len(STANCE_COLOURS)
    assert ".t-REJECT, .k-REJECT { --c: #882255; --ink: #FFFFFF; }" in css
