"""coder/doers.py and coder/strikes.py on hand-built parses: who an act answers, a strike's victims
and scene, and the words that name no one (docs/coder.md, "At whom")."""
import pytest

from readout.coder.doers import cleft_focus, generic_addressee, grounds, judged, recipients
from readout.coder.strikes import by_agent, scene, victim
from readout.coder.triggers import find_triggers

PATTERNS = [
    {"verb": "condemn", "cameo": "111"},
    {"verb": "urge", "cameo": "020"},
    {"verb": "commend", "cameo": "051"},
    {"verb": "call", "prep": ["on"], "cameo": "020"},
]
ACTORS = {"Chile": "CHL", "Peru": "PER", "Lima": "PER", "Bolivia": "BOL"}
STRIKE_IN = ("Chile condemned the attack on a market in Lima by Bolivia.", """
    Chile      Chile    PROPN NNP  nsubj  1
    condemned  condemn  VERB  VBD  ROOT   1
    the        the      DET   DT   det    3
    attack     attack   NOUN  NN   dobj   1
    on         on       ADP   IN   prep   3
    a          a        DET   DT   det    6
    market     market   NOUN  NN   pobj   4
    in         in       ADP   IN   prep   6
    Lima       Lima     PROPN NNP  pobj   7
    by         by       ADP   IN   prep   3
    Bolivia    Bolivia  PROPN NNP  pobj   9
    .          .        PUNCT .    punct  1
""")
FALLOUT = ("Chile condemned the fallout from the invasion of Peru.", """
    Chile      Chile     PROPN NNP  nsubj  1
    condemned  condemn   VERB  VBD  ROOT   1
    the        the       DET   DT   det    3
    fallout    fallout   NOUN  NN   dobj   1
    from       from      ADP   IN   prep   3
    the        the       DET   DT   det    6
    invasion   invasion  NOUN  NN   pobj   4
    of         of        ADP   IN   prep   6
    Peru       Peru      PROPN NNP  pobj   7
    .          .         PUNCT .    punct  1
""")
ALL_ACTORS = ("Chile urged all actors to stop.", """
    Chile   Chile  PROPN NNP  nsubj  1
    urged   urge   VERB  VBD  ROOT   1
    all     all    DET   DT   det    3
    actors  actor  NOUN  NNS  dobj   1
    to      to     PART  TO   aux    5
    stop    stop   VERB  VB   xcomp  1
    .       .      PUNCT .    punct  1
""")
COMMENDED = ("Chile commended Peru for its aid to Bolivia.", """
    Chile      Chile    PROPN NNP  nsubj  1
    commended  commend  VERB  VBD  ROOT   1
    Peru       Peru     PROPN NNP  dobj   1
    for        for      ADP   IN   prep   1
    its        its      PRON  PRP$ poss   5
    aid        aid      NOUN  NN   pobj   3
    to         to       ADP   IN   prep   5
    Bolivia    Bolivia  PROPN NNP  pobj   6
    .          .        PUNCT .    punct  1
""")
ANNEXATION = ("Peru's annexation of Bolivia is a violation.", """
    Peru        Peru        PROPN NNP  poss   2
    's          's          PART  POS  case   0
    annexation  annexation  NOUN  NN   nsubj  5
    of          of          ADP   IN   prep   2
    Bolivia     Bolivia     PROPN NNP  pobj   3
    is          be          AUX   VBZ  ROOT   5
    a           a           DET   DT   det    7
    violation   violation   NOUN  NN   attr   5
    .           .           PUNCT .    punct  5
""")


@pytest.fixture(scope="module")
def patterns(patterns_of):
    return patterns_of(PATTERNS)


def test_a_strikes_place_and_victims_are_no_doers_but_its_by_agent_is(parse):
    doc = parse(*STRIKE_IN)
    lima, bolivia, market = doc[8], doc[10], doc[6]
    assert scene(lima) and not scene(bolivia)
    assert victim(market)                           # "on" a market, under an attack
    assert by_agent(bolivia, doc[1]) and not by_agent(lima, doc[1])


def test_from_names_a_doer_only_as_the_nearest_preposition(parse):
    doc = parse(*FALLOUT)
    peru = doc[8]
    assert victim(peru)                             # "the invasion of Peru"
    assert not by_agent(peru, doc[1])               # "from" stands above "of"


def test_all_actors_are_no_one_named(parse, analyse, patterns):
    doc = parse(*ALL_ACTORS)
    trig = find_triggers(doc[:], patterns)[0]
    assert generic_addressee(analyse(doc, ACTORS), trig)


def test_the_grounds_of_praise_are_not_searched_for_its_target(parse, patterns):
    doc = parse(*COMMENDED)
    trig = find_triggers(doc[:], patterns)[0]
    assert grounds(trig) == {3, 4, 5, 6, 7}


def test_a_judgement_of_a_subject_is_not_aimed_at_its_victims(parse, analyse):
    doc = parse(*ANNEXATION)
    assert judged(analyse(doc, ACTORS), doc[5]) == ["PER"]


def test_what_is_given_goes_to_its_recipient(parse):
    doc = parse(*COMMENDED)
    assert recipients(doc[5]) == {7}                # "aid to Bolivia"


def _called_on(word: str, lemma: str, det: str | None) -> tuple[str, str]:
    """ "Chile called on [the] <word> to stop.", parsed as the model does."""
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1)]
    if det:
        rows.append((det, det, "DET", "DT", "det", 4))
    n = len(rows)
    rows += [(word, lemma, "NOUN", "NNS", "pobj", 2), ("to", "to", "PART", "TO", "aux", n + 2),
             ("stop", "stop", "VERB", "VB", "xcomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    text = " ".join(r[0] for r in rows[:-1]) + "."
    return text, "\n".join(" ".join(map(str, r)) for r in rows)


@pytest.mark.parametrize("word, lemma, det, generic", [
    ("countries", "country", None, True),       # any country: no one named
    ("nations", "nation", None, True),
    ("countries", "country", "the", False),     # the countries the story is about
    ("parties", "party", None, False),          # "parties to the conflict": the sides fighting it
])
def test_a_bare_plural_of_countries_is_no_one_named(parse, analyse, patterns, word, lemma, det, generic):
    doc = parse(*_called_on(word, lemma, det))
    trig = next(t for t in find_triggers(doc[:], patterns) if t.token.lemma_ == "call")
    assert generic_addressee(analyse(doc, ACTORS), trig) == generic


CLEFT_RELATIVE = ("It is Peru and its allies who bear responsibility.", """
    It              it              PRON  PRP  nsubj  1
    is              be              AUX   VBZ  ROOT   1
    Peru            Peru            PROPN NNP  attr   1
    and             and             CCONJ CC   cc     2
    its             its             PRON  PRP$ poss   5
    allies          ally            NOUN  NNS  conj   2
    who             who             PRON  WP   nsubj  7
    bear            bear            VERB  VBP  relcl  5
    responsibility  responsibility  NOUN  NN   dobj   7
    .               .               PUNCT .    punct  1
""")
CLEFT_COMPLEMENT = ("It is Peru that is undermining stability.", """
    It           it          PRON  PRP  nsubj  1
    is           be          AUX   VBZ  ROOT   1
    Peru         Peru        PROPN NNP  attr   1
    that         that        PRON  WDT  nsubj  5
    is           be          AUX   VBZ  aux    5
    undermining  undermine   VERB  VBG  ccomp  1
    stability    stability   NOUN  NN   dobj   5
    .            .           PUNCT .    punct  1
""")
PLAIN_RELATIVE = ("Peru, which bears responsibility, is here.", """
    Peru            Peru            PROPN NNP  nsubj  6
    ,               ,               PUNCT ,    punct  0
    which           which           PRON  WDT  nsubj  3
    bears           bear            VERB  VBZ  relcl  0
    responsibility  responsibility  NOUN  NN   dobj   3
    ,               ,               PUNCT ,    punct  0
    is              be              AUX   VBZ  ROOT   6
    here            here            ADV   RB   advmod 6
    .               .               PUNCT .    punct  6
""")


@pytest.mark.parametrize("case, clause, focus", [
    (CLEFT_RELATIVE, 7, 2),      # the clause hangs on the last of the focus's list
    (CLEFT_COMPLEMENT, 5, 2),    # the parser's complement of "it is" with a relative pronoun subject
    (PLAIN_RELATIVE, 3, None),   # a relative clause on a subject is no cleft
])
def test_a_clefts_clause_is_said_of_its_focus(parse, case, clause, focus):
    found = cleft_focus(parse(*case)[clause])
    assert (found.i if found is not None else None) == focus


def test_a_judgement_in_a_cleft_is_aimed_at_every_item_of_its_focus(parse, analyse):
    doc = parse(*CLEFT_RELATIVE)
    assert judged(analyse(doc, {"Peru": "PER"}), doc[7]) == ["PER"]
