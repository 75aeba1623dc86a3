"""word_index: the per-doc word positions give exactly what a scan of each sentence gives."""
import pytest

from readout.coder.word_index import forms_in, with_deps, words_in

TEXT = "Ministers Met in Oslo. They said the talks must resume. Under the deal , Norway will build-up aid."
TABLE = """
Ministers minister NOUN NNS nsubj 1
Met meet VERB VBD ROOT 1
in in ADP IN prep 1
Oslo Oslo PROPN NNP pobj 2
. . PUNCT . punct 1
They they PRON PRP nsubj 6
said say VERB VBD ROOT 6
the the DET DT det 8
talks talk NOUN NNS nsubj 10
must must AUX MD aux 10
resume resume VERB VB ccomp 6
. . PUNCT . punct 6
Under under ADP IN prep 20
the the DET DT det 14
deal deal NOUN NN pobj 12
, , PUNCT , punct 20
Norway Norway PROPN NNP nsubj 20
will will AUX MD aux 20
build build VERB VB compound 20
- - PUNCT HYPH punct 20
up up NOUN NN ROOT 20
aid aid NOUN NN dobj 20
. . PUNCT . punct 20
"""


@pytest.mark.parametrize("words, how", [
    (frozenset({"meet", "talk"}), "lemma or form"),     # "Met": by its lemma; "talks" by its lemma
    (frozenset({"met", "must", "under"}), "lemma or form"),
    (frozenset({"must", "under", "meet"}), "form"),     # "Met" has the form "met", not "meet"
    (frozenset({"nsubj", "ccomp"}), "dep"),
    (frozenset({"zzz"}), "form"),
])
def test_positions_match_a_scan_of_each_sentence(parse, words, how):
    doc = parse(TEXT, TABLE)
    assert [s.start for s in doc.sents] == [0, 5, 12]
    find, read = {"lemma or form": (words_in, lambda t: {t.lemma_.lower(), t.lower_}),
                  "form": (forms_in, lambda t: {t.lower_}), "dep": (with_deps, lambda t: {t.dep_})}[how]
    for _ in range(2):      # the second time from what the doc remembers
        for sent in doc.sents:
            assert [t.i for t in find(sent, words)] == [t.i for t in sent if read(t) & words]
