"""Documents that act, in the legal register of several governments (tests/data/coding/operative.jsonl;
issue #12, thirteenth session): an order's operative section blocking property (its long subject of
relative clauses mended), "I hereby order:" asking nothing, a document's joined participles, one
object shared by verbs joined by "or", a measure with its start date enacted, and companies coded by
the nationality the text gave them; each with near-misses that must not code (history, a road blocked,
another government's order, a condition, a company of no stated nationality)."""
import pytest

from conftest import coding_cases, event_key as key, table_case_keys


@pytest.mark.parametrize("case", coding_cases("operative.jsonl"), ids=lambda c: c["why"])
def test_operative(case):
    events = table_case_keys(case, "operative")
    assert (key(*case["event"]) in events) == case["coded"], sorted(map(str, events))


MISPARSED = """
Section section NOUN NN npadvmod 12
1 1 NUM CD nummod 0
. . PUNCT . punct 0
All all DET DT det 4
property property NOUN NN appos 0
of of ADP IN prep 4
Cuba Cuba PROPN NNP pobj 5
that that PRON WDT nsubj 8
is be AUX VBZ relcl 6
here here ADV RB advmod 8
, , PUNCT , punct 12
that that PRON WDT advmod 12
comes come VERB VBZ ROOT 12
here here ADV RB advmod 12
, , PUNCT , punct 12
is be AUX VBZ auxpass 16
blocked block VERB VBN conj 12
. . PUNCT . punct 12
"""

WELL_PARSED = """
The the DET DT det 1
sanctions sanction NOUN NNS nsubj 5
that that PRON WDT nsubjpass 4
were be AUX VBD auxpass 4
imposed impose VERB VBN relcl 1
remain remain VERB VBP ROOT 5
and and CCONJ CC cc 5
are be AUX VBP auxpass 8
expected expect VERB VBN conj 5
to to PART TO aux 10
last last VERB VB xcomp 8
. . PUNCT . punct 5
"""


def test_lost_passive_subject_rehung(parse):
    """A legal provision's subject long with relative clauses: the parser's relative verb taken for
    the main one is mended, the passive the root and the noun its subject."""
    from readout.nlp import lost_passive_subjects

    doc = lost_passive_subjects(parse("Section 1. All property of Cuba that is here, that comes here, is blocked.", MISPARSED))
    blocked, prop, comes, section = doc[16], doc[4], doc[12], doc[0]
    assert blocked.dep_ == "ROOT" and blocked.head.i == blocked.i
    assert (prop.dep_, prop.head.i) == ("nsubjpass", blocked.i)
    assert (comes.dep_, comes.head.i) == ("relcl", prop.i)
    assert section.head.i == blocked.i


def test_shared_subject_kept(parse):
    """A relative clause inside the subject's own phrase is no misparse: two verbs share the subject."""
    from readout.nlp import lost_passive_subjects

    doc = lost_passive_subjects(parse("The sanctions that were imposed remain and are expected to last.", WELL_PARSED))
    assert doc[5].dep_ == "ROOT" and doc[8].dep_ == "conj" and doc[1].head.i == 5


HUNG_PASSIVE = """
Section section NOUN NN nsubjpass 8
1 1 NUM CD nummod 0
. . PUNCT . punct 0
All all DET DT det 4
property property NOUN NN appos 0
of of ADP IN prep 4
persons person NOUN NNS pobj 5
are be AUX VBP auxpass 8
blocked block VERB VBN amod 11
: : PUNCT : punct 11
any any DET DT det 11
person person NOUN NN ROOT 11
. . PUNCT . punct 11
"""

LABEL = """
the the DET DT det 2
blocked block VERB VBN amod 2
road road NOUN NN ROOT 2
. . PUNCT . punct 2
"""


@pytest.mark.parametrize("table, text, word, finite", [
    (HUNG_PASSIVE, "Section 1. All property of persons are blocked: any person.", "blocked", True),
    (LABEL, "the blocked road.", "blocked", False),
], ids=["a passive with its own auxiliary and subject hung on a later noun", "an attributive participle"])
def test_finite_passive_hung_on_a_noun(parse, table, text, word, finite):
    """A long legal sentence's passive the parser hangs on a later noun as a modifier, though it has
    its own auxiliary and subject, is a finite act; "the blocked road" is a label."""
    from readout.coder.grammar import finite_passive

    doc = parse(text, table)
    assert finite_passive(next(t for t in doc if t.text == word)) == finite


CITED_AS_CLAUSE = """
I I PRON PRP nsubj 2
hereby hereby ADV RB advmod 2
terminate terminate VERB VBP ROOT 2
the the DET DT det 5
national national ADJ JJ amod 5
emergency emergency NOUN NN nsubj 6
declared declare VERB VBD ccomp 2
in in ADP IN prep 6
Executive Executive PROPN NNP compound 9
Order Order PROPN NNP pobj 7
12 12 NUM CD nummod 9
. . PUNCT . punct 2
"""

REPORTED_CLAUSE = """
He he PRON PRP nsubj 1
said say VERB VBD ROOT 1
the the DET DT det 3
order order NOUN NN nsubj 4
expired expire VERB VBD ccomp 1
under under ADP IN prep 4
the the DET DT det 7
decree decree NOUN NN pobj 5
. . PUNCT . punct 1
"""


@pytest.mark.parametrize("text, table, mended", [
    ("I hereby terminate the national emergency declared in Executive Order 12.", CITED_AS_CLAUSE, True),
    ("He said the order expired under the decree.", REPORTED_CLAUSE, False),
])
def test_cited_participle(parse, text, table, mended):
    """ "terminate the national emergency declared in Executive Order 12": the parser's clause under a
    verb with no object is the verb's object with a participle citing its document; a reported
    clause under "said" stays a clause."""
    from readout.nlp import shifted_objects

    doc = shifted_objects(parse(text, table))
    noun = doc[5] if mended else doc[3]
    assert (noun.dep_ == "dobj" and noun.head.i == 2) == mended
    assert (doc[noun.i + 1].dep_ == "acl") == mended
