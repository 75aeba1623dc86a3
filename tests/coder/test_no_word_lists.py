"""The coder keeps its words in lexicons: no literal set, list or tuple of two or more lower-case
words anywhere in src/readout/coder/ (word_classes.tsv and the other lexicon files hold them).

Not counted: dependency labels (the parser's scheme, read from the model's meta.json, not English
words), a lexicon file's column names given to read_tsv, and __all__.
"""
import ast
import json
import re
from pathlib import Path

import pytest
import spacy.util

import readout.coder
from readout.nlp import MODEL

CODER = Path(readout.coder.__file__).parent
WORD = re.compile(r"[a-z'][a-z' .-]*")


def _labels() -> frozenset[str]:
    meta = json.loads((spacy.util.get_package_path(MODEL) / "meta.json").read_text(encoding="utf-8"))
    return frozenset(meta["labels"]["parser"])


def word_lists(source: str, labels: frozenset[str]) -> list[tuple[int, list[str]]]:
    """(line, words) of every literal collection of two or more lower-case words in the source."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            skip.add(id(node.value))
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "read_tsv":
            skip.update(id(a) for a in node.args)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and id(node) not in skip:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and WORD.fullmatch(e.value) and any(c.isalpha() for c in e.value) and e.value not in labels]
            if len(words) >= 2:
                found.append((node.lineno, words))
    return found


@pytest.mark.parametrize("path", sorted(CODER.glob("*.py")), ids=lambda p: p.name)
def test_no_word_list_in_the_coder(path):
    found = word_lists(path.read_text(encoding="utf-8"), _labels())
    assert not found, "\n".join(f"{path.name}:{line}: {words} belongs in a lexicon (word_classes.tsv)"
                                for line, words in found)


@pytest.mark.parametrize("source, flagged", [
    ('MONTHS = {"january", "february"}', True),
    ('ok = x in ("by", "from")', True),
    ('ok = x in ["never", "not", "n\'t"]', True),
    ('ok = c.dep_ in ("nsubj", "dobj", "pobj")', False),      # dependency labels
    ('ok = c.pos_ in ("VERB", "AUX")', False),                # tags are upper-case
    ('ok = c.text in (";", ".")', False),
    ('ok = c.lower_ in ("unless",)', False),                  # one word is a word, not a list
    ('__all__ = ["clause_of", "head_of"]', False),
    ('rows = read_tsv(path, ["word", "polarity"])', False),
])
def test_the_check_finds_word_lists(source, flagged):
    assert bool(word_lists(source, _labels())) == flagged
