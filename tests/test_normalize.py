"""Normalization: each operation, the variant lexicon, and offsets that survive every edit."""
import re

import pytest
from hypothesis import given, strategies as st

from readout.errors import LexiconError
from readout.lexicons import data_path, read_tsv
from readout.normalize import VARIANT_COLUMNS, load_variants, normalize

CASES = [
    # quotes and spaces
    ("He said \u201cyes\u201d and China\u2019s side agreed.", 'He said "yes" and China\'s side agreed.'),
    ("A\u00a0B\u202fC", "A B C"),
    # hard wraps, paragraphs, runs of spaces, edges
    ("one line\nwrapped here\n\nnew paragraph", "one line wrapped here\n\nnew paragraph"),
    ("crlf\r\nwrap\r\n\r\n\r\npara", "crlf wrap\n\npara"),
    ("end.  Next  \n  line", "end. Next line"),
    ("\n  padded text \n\n", "padded text"),
    ("Text.\n\n\\###\n", "Text."),
    # markdown leftovers
    ("###\nHeadline", "Headline"),
    ("## Heading\nBody", "Heading Body"),
    ("**Bold** words", "Bold words"),
    ("See [the statement](https://example.org/s) now", "See the statement now"),
    # regression: a link whose text wraps over lines kept its brackets and URL in the sentence
    ("-   [Earlier this\n    month](https://example.org/a-b) the Department said",
     "- Earlier this month the Department said"),
    ("[one\n\ntwo](https://example.org/a)", "[one\n\ntwo](https://example.org/a)"),
    ("5 \\* 3 and \\_x\\_", "5 * 3 and _x_"),
    # variants
    ("the new crown pneumonia epidemic", "the COVID-19 epidemic"),
    ("New crown\npneumonia cases", "COVID-19 cases"),
    ("against the new coronary pneumonia", "against the COVID-19"),
    ("the new crown virus spread", "the COVID-19 spread"),
    ("In the face of a century of change in the world", "In the face of changes unseen in a century in the world"),
    ("A century of change is unfolding", "Changes unseen in a century is unfolding"),
    ("amid changes unseen in a century", "amid changes unseen in a century"),
    ("oppose unilateralism. Ism, hegemonism", "oppose unilateralism, hegemonism"),
    ("promote win win cooperation", "promote win-win cooperation"),
    ("Chairman Xi Jinping met", "President Xi Jinping met"),
    ("jointly build the \u201cBelt and Road\u201d initiative", "jointly build the Belt and Road Initiative"),
    # no partial-word matches
    ("renew crown pneumonias", "renew crown pneumonias"),
]


@pytest.mark.parametrize("original, expected", CASES)
def test_normalize_table(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "original, normalized_piece, original_piece",
    [
        ("the new crown pneumonia epidemic", "COVID-19", "new crown pneumonia"),
        ("Xinhua: new crown\npneumonia.", "COVID-19", "new crown\npneumonia"),
        ("oppose unilateralism. Ism, hegemonism", "unilateralism", "unilateralism. Ism"),
        ("See [the statement](https://x.org/s) now", "the statement", "the statement"),
        ("said \u201cno\u201d", '"no"', "\u201cno\u201d"),
        ("a century of change, says **Xi**", "changes unseen in a century", "a century of change"),
        ("line one\nline two", "one line", "one\nline"),
        ("Text.\n\n\\###\n", "Text.", "Text."),
    ],
)
def test_replaced_spans_map_to_the_original_text(original, normalized_piece, original_piece):
    result = normalize(original)
    start = result.text.index(normalized_piece)
    a, b = result.span_to_original(start, start + len(normalized_piece))
    assert original[a:b] == original_piece


# Single characters that an edit may change without changing the span's length.
ONE_CHAR_EDITS = {"\u201c": '"', "\u201d": '"', "\u2019": "'", "\u00a0": " ", "\u202f": " ", "\n": " ", "\t": " "}


@pytest.mark.parametrize("original, _", CASES)
def test_untouched_characters_map_one_to_one(original, _):
    result = normalize(original)
    for i, char in enumerate(result.text):
        a, b = result.span_to_original(i, i + 1)
        if b - a == 1:
            assert original[a] == char or ONE_CHAR_EDITS.get(original[a]) == char


def test_words_outside_edits_map_exactly():
    original = "Xi said:  \u201cthe new crown pneumonia\nepidemic\u201d is over, and Raisi agreed."
    result = normalize(original)
    for word in ["Xi", "said:", "epidemic", "is over, and Raisi agreed."]:
        start = result.text.index(word)
        a, b = result.span_to_original(start, start + len(word))
        assert original[a:b] == word


def test_offsets_at_the_ends():
    original = "  **Title**\n"
    result = normalize(original)
    assert result.text == "Title"
    assert result.to_original(0) == 4
    assert result.to_original(len(result.text)) == len(original)
    assert result.span_to_original(0, 5) == (4, 9)
    assert result.span_to_original(2, 2) == (6, 6)
    with pytest.raises(IndexError):
        result.to_original(6)


TRICKY = list("ab .,*#\\[]()\n\t\u00a0\u201c\u201d_") + ["new crown pneumonia ", "\r\n", "ism. Ism,", "](x)"]


@given(st.lists(st.sampled_from(TRICKY)).map("".join))
def test_to_original_is_monotone_and_in_range_on_tricky_text(text):
    check_map(text)


@given(st.text())
def test_to_original_is_monotone_and_in_range(text):
    check_map(text)


def check_map(text):
    result = normalize(text)
    positions = [result.to_original(i) for i in range(len(result.text) + 1)]
    assert all(0 <= p <= len(text) for p in positions)
    assert positions == sorted(positions)
    assert positions[-1] == len(text)
    for i in range(len(result.text)):
        a, b = result.span_to_original(i, i + 1)
        assert 0 <= a < b <= len(text)


def test_shipped_variants_load_and_every_literal_applies():
    variants = load_variants()
    for number, row in read_tsv(data_path("variants.tsv"), VARIANT_COLUMNS, required=3):
        if row["kind"] == "literal":
            out = normalize(f"x {row['pattern']} y", variants).text
            expected = normalize(f"x {row['replacement']} y", variants).text
            assert out == expected, f"variants.tsv:{number}"
    assert variants.regexes


def test_user_variant_file(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("pattern\treplacement\tkind\tnote\nDPRK\tNorth Korea\tliteral\tmine\n", encoding="utf-8")
    assert normalize("the DPRK said", load_variants([extra])).text == "the North Korea said"


@pytest.mark.parametrize(
    "row, message",
    [
        ("new crown virus\tCOVID-19\tliteral\tdup", "duplicate pattern"),
        ("x\ty\tfuzzy\t", "kind must be 'literal' or 'regex'"),
        ("(unclosed\ty\tregex\t", "bad regex"),
        ("a*\ty\tregex\t", "matches the empty string"),
    ],
)
def test_bad_variant_files_fail_loudly(tmp_path, row, message):
    extra = tmp_path / "bad.tsv"
    extra.write_text(f"pattern\treplacement\tkind\tnote\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape(message)):
        load_variants([extra])
