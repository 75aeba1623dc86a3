"""word_index: the per-doc word positions give exactly what a scan of each sentence gives."""
import pytest
from conftest import hand_doc

from readout.coder.word_index import forms_in, with_deps, words_in


@pytest.mark.parametrize("words, how", [
    (frozenset({"meet", "talk"}), "lemma or form"),     # "Met": by its lemma; "talks" by its lemma
    (frozenset({"met", "must", "under"}), "lemma or form"),
    (frozenset({"must", "under", "meet"}), "form"),     # "Met" has the form "met", not "meet"
    (frozenset({"nsubj", "ccomp"}), "dep"),
    (frozenset({"zzz"}), "form"),
])
def test_positions_match_a_scan_of_each_sentence(parse, words, how):
    doc = parse(*hand_doc("three_sentences"))
    assert [s.start for s in doc.sents] == [0, 5, 12]
    find, read = {"lemma or form": (words_in, lambda t: {t.lemma_.lower(), t.lower_}),
                  "form": (forms_in, lambda t: {t.lower_}), "dep": (with_deps, lambda t: {t.dep_})}[how]
    for _ in range(2):      # the second time from what the doc remembers
        for sent in doc.sents:
            assert [t.i for t in find(sent, words)] == [t.i for t in sent if read(t) & words]
