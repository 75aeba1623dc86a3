"""nlp.py: the pipeline's own components, on sentences written for these tests."""
import numpy
import pytest
from thinc.api import get_current_ops
from threadpoolctl import threadpool_info

from readout.nlp import BlasOps, load_nlp, plain


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


def test_the_model_multiplies_with_numpys_blas_on_one_thread_and_leaves_the_rest_as_it_was():
    nlp = load_nlp()
    assert all(isinstance(nlp.get_pipe(name).model.ops, BlasOps) for name in ("tok2vec", "tagger", "parser"))
    assert not isinstance(get_current_ops(), BlasOps)     # models built after load_nlp keep thinc's own
    threads = [lib["num_threads"] for lib in threadpool_info()]
    x = numpy.arange(12, dtype="float32").reshape(3, 4)
    y = numpy.ones((5, 4), dtype="float32")
    assert numpy.array_equal(BlasOps().gemm(x, y, trans2=True), x @ y.T)
    assert [lib["num_threads"] for lib in threadpool_info()] == threads


def test_a_title_is_parsed_once_per_story():
    # two rules read the title (its signers, its act): one parse serves both, and no other story
    nlp = load_nlp()
    parse = nlp.get_pipe("readout_coder").parse_title
    title = "Australia Summons the Ambassador of Iran."
    first = parse(title)
    assert parse(title) is first and [t.text for t in first][:2] == ["Australia", "Summons"]
    nlp("The Prime Minister spoke with the President of France.")     # the next story begins
    assert parse(title) is not first


@pytest.mark.parametrize("text", [
    # the parser hangs "to continue" on "resolve" and "to support" under it: re-hanging it on that
    # infinitive would make a cycle (the coder then never ends)
    "Fifth, we resolve to protect our lead in science to serve our common security and create jobs at home; "
    "to open new markets; to promote the spread of new technologies to support open societies; to continue to "
    "invest in research into the hardest problems facing the world; and to foster sustainable growth.",
])
def test_stranded_infinitives_make_no_cycle(text):
    from readout.nlp import load_nlp

    doc = load_nlp()(text)
    for tok in doc:
        seen, t = set(), tok
        while t.head.i != t.i:
            assert t.i not in seen, f"cycle through {t.text!r}"
            seen.add(t.i)
            t = t.head


@pytest.mark.parametrize("text, obj, head", [
    # an object moved after the verb's adverbial phrase, with a participle on it: the parser reads it
    # as the subject of a past tense hung on the phrase
    ("I am continuing for 2 years the national emergency declared in Executive Order 14001.", "emergency", "continuing"),
    ("We are extending for six months the measures adopted in March.", "measures", "extending"),
    # a past tense with its own object stays a clause
    ("For two hours the ministers discussed the crisis.", "ministers", "discussed"),
])
def test_shifted_objects(text, obj, head):
    from readout.nlp import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == obj)
    assert tok.head.text == head


@pytest.mark.parametrize("text, name, head", [
    # the last titled name of a list after "and", hung on the verb as if a clause of its own
    ("I want to thank the Amir of Qatar, President el-Sisi of Egypt, and Prime Minister Netanyahu of Israel.",
     "Netanyahu", "Sisi"),
    ("I would like to thank President Tokayev of Kazakhstan, President Japarov of Kyrgyzstan, and President "
     "Rahmon of Tajikistan for their hospitality.", "Rahmon", "Japarov"),
    # a name that heads a clause of its own keeps its verb
    ("Vladimir Putin thanked the people of Kazakhstan, and President Tokayev said the visit had been useful.",
     "Tokayev", "said"),
])
def test_stranded_name_conjuncts(text, name, head):
    from readout.nlp import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == name)
    assert tok.head.text == head


@pytest.mark.parametrize("text, name, dep, head", [
    # names after an opening phrase's comma, hung on its last noun as an apposition: the verb's subject
    ("On the margins of the forum, President of Ghana Kwame Mensah and President of Togo Ama Koffi held a meeting.",
     "President", "nsubj", "held"),
    ("On the sidelines of the summit, President of Ghana Nana Akufo-Addo and President of Togo Faure Gnassingbe "
     "held a meeting.", "President", "nsubj", "held"),
    # a place's country after the phrase, the subject a common noun after it: left as parsed
    ("At the recent summit in Cornwall, United Kingdom, the world's leading democracies stood united against "
     "forced labor.", "Kingdom", "appos", "Cornwall"),
    # an apposition inside the subject's own phrase stays one
    ("The minister of Ghana, Kwame Mensah, held a meeting.", "Kwame", "compound", "Mensah"),
    # a verb with its own subject keeps it
    ("On the sidelines of the summit, President Macron, the host, held a meeting.", "Macron", "nsubj", "held"),
])
def test_fronted_phrase_subjects(text, name, dep, head):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == name)
    assert (tok.dep_, tok.head.text) == (dep, head)


@pytest.mark.parametrize("text, prep, head", [
    # a pledge or backing noun owned by "of": its own "to"/"for" phrase, hung on the verb by the parser
    ("The Vice President reaffirmed the unwavering commitment of the United States to the security of Lithuania.",
     "to", "commitment"),
    ("The Prime Minister reiterated the commitment of India to the security of the Maldives.", "to", "commitment"),
    ("Wang Yi reaffirmed the firm support of China for Pakistan in safeguarding its sovereignty.", "for", "support"),
    # handed over to someone: the "to" phrase names who receives it and stays the verb's
    ("The President conveyed the support of the American people to President Zelenskyy.", "to", "conveyed"),
])
def test_owned_pledge_complements(text, prep, head):
    from readout.nlp import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == prep)
    assert tok.head.text == head


@pytest.mark.parametrize("text, verb, head", [
    # a verb of asking hung on the reported clause as its conjunct: the speaker asks
    ("The Prime Minister said that Turkey's actions undermine the efforts for peace, and called on Turkey to "
     "reverse its decision.", "called", "said"),
    ("The Minister said that Russia's strikes were unacceptable and urged Russia to stop the attacks.", "urged", "said"),
    # a verb of asking with its own subject, or in another tense than the verb of saying, stays as parsed
    ("The Minister said that Russia's strikes were unacceptable and Japan urged Russia to stop the attacks.",
     "urged", "were"),
    ("The Minister says that Iran's drills raise tensions and urged Iran to show restraint.", "urged", "raise"),
])
def test_reported_asks(text, verb, head):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.head.text == head
