"""The lexicon loaders: the word classes the coder's grammar rules read from word_classes.tsv."""
import pytest

from readout.errors import LexiconError
from readout.lexicons import data_path, load_word_classes, word_class

HEADER = "class\twords\tnote\n"


def test_shipped_word_classes_load_and_are_used():
    classes = load_word_classes(data_path("word_classes.tsv"))
    assert "rebel" in classes["nonstate_agent"] and "say" in classes["reporting_verb"]
    assert word_class("nonstate_agent") == classes["nonstate_agent"]


@pytest.mark.parametrize("body, line, words", [
    ("agent\trebel|militant\t\nagent\tsettler\t\n", 3, "duplicate class 'agent'"),
    ("agent\trebel|Militant\t\n", 2, "lower-case"),
    ("agent\trebel||militant\t\n", 2, "non-empty"),
    ("agent\trebel|rebel\t\n", 2, "given once"),
    ("agent\t\t\n", 2, "column 'words' is empty"),
])
def test_bad_word_class_file_is_refused_naming_file_and_line(tmp_path, body, line, words):
    path = tmp_path / "classes.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_word_classes(path)
    assert f"{path}:{line}" in str(err.value) and words in str(err.value)


def test_unknown_word_class_is_an_error():
    with pytest.raises(LexiconError, match="no word class 'weather'"):
        word_class("weather")
