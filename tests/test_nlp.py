"""nlp.py: the pipeline's own components, on sentences written for these tests."""
import pytest

from readout.nlp import load_nlp, plain


@pytest.mark.parametrize("word, expected", [
    ("communiqué", "communique"),
    ("démarche", "demarche"),
    ("Chargé", "Charge"),
    ("naïve", "naive"),
    ("statement", "statement"),
])
def test_plain_drops_diacritics(word, expected):
    assert plain(word) == expected


@pytest.mark.parametrize("text, word, lemma", [
    ("The two governments issued a joint communiqué on Friday.", "communiqué", "communique"),
    ("Ankara delivered a démarche to the envoy.", "démarche", "demarche"),
    ("Joint Communiqué of the Governments of Chile and Peru", "Communiqué", "communique"),
])
def test_words_with_diacritics_take_plain_lemmas(text, word, lemma):
    doc = load_nlp()(text)
    assert next(t for t in doc if t.text == word).lemma_.lower() == lemma


def test_names_keep_their_letters_in_the_text():
    doc = load_nlp()("President Erdoğan of Türkiye met President López Obrador.")
    assert "Türkiye" in [t.text for t in doc] and "Erdoğan" in [t.text for t in doc]


def test_a_title_is_parsed_once_per_story():
    # two rules read the title (its signers, its act): one parse serves both, and no other story
    nlp = load_nlp()
    parse = nlp.get_pipe("readout_coder").parse_title
    title = "Australia Summons the Ambassador of Iran."
    first = parse(title)
    assert parse(title) is first and [t.text for t in first][:2] == ["Australia", "Summons"]
    nlp("The Prime Minister spoke with the President of France.")     # the next story begins
    assert parse(title) is not first
