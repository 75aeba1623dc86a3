"""coder/triggers.py on hand-built parses, with patterns written for these tests: which words
carry an event, in the context their pattern asks for."""
import pytest
from conftest import hand_doc

from readout.coder.patterns import Kind
from readout.coder.patterns import load_patterns
from readout.coder.triggers import _trigger_words, find_triggers, governor, held_firm, lemma_candidates, own_phrase

PATTERNS = [
    {"verb": "support", "cameo": "051"},
    {"verb": "call", "prep": "on", "cameo": "020"},
    {"verb": "call", "no_complement": True, "cameo": "041"},
    {"verb": "host", "obj": "minister", "cameo": "043"},
    {"verb": "impose", "obj": "sanction", "cameo": "163"},
    {"verb": "occupy", "cameo": "192"},
    {"verb": "stage", "obj": "rally", "cameo": "141"},
    {"noun": "talk", "cameo": "040"},       # under the default light verbs (light_verb): "held talks"
    {"noun": "commitment", "cameo": "030"},
    {"noun": "commitment", "prep": "to", "prep_noun": True, "cameo": "051"},
    {"noun": "build-up", "light": ["*"], "cameo": "154"},
]
SUPPORTS = ("China supports Iran.", """
    China     China    PROPN NNP  nsubj     1
    supports  support  VERB  VBZ  ROOT      1
    Iran      Iran     PROPN NNP  dobj      1
    .         .        PUNCT .    punct     1
""")
HELD_TALKS = ("Turkey held talks with Iran.", """
    Turkey  Turkey  PROPN NNP  nsubj     1
    held    hold    VERB  VBD  ROOT      1
    talks   talk    NOUN  NNS  dobj      1
    with    with    ADP   IN   prep      2
    Iran    Iran    PROPN NNP  pobj      3
    .       .       PUNCT .    punct     1
""")
TALKS_COLLAPSED = ("The talks collapsed.", """
    The        the       DET   DT   det       1
    talks      talk      NOUN  NNS  nsubj     2
    collapsed  collapse  VERB  VBD  ROOT      2
    .          .         PUNCT .    punct     2
""")
CALLED_ON = ("China called on Russia to withdraw.", """
    China     China     PROPN NNP  nsubj     1
    called    call      VERB  VBD  ROOT      1
    on        on        ADP   IN   prep      1
    Russia    Russia    PROPN NNP  pobj      2
    to        to        PART  TO   aux       5
    withdraw  withdraw  VERB  VB   xcomp     1
    .         .         PUNCT .    punct     1
""")
CALLED = ("China called Russia.", """
    China   China   PROPN NNP  nsubj     1
    called  call    VERB  VBD  ROOT      1
    Russia  Russia  PROPN NNP  dobj      1
    .       .       PUNCT .    punct     1
""")
CALLED_A_THREAT = ("China called Russia a threat.", """
    China   China   PROPN NNP  nsubj     1
    called  call    VERB  VBD  ROOT      1
    Russia  Russia  PROPN NNP  dobj      1
    a       a       DET   DT   det       4
    threat  threat  NOUN  NN   oprd      1
    .       .       PUNCT .    punct     1
""")
CALLED_IN = ("China called in the envoy.", """
    China   China   PROPN NNP  nsubj     1
    called  call    VERB  VBD  ROOT      1
    in      in      ADP   RP   prt       1
    the     the     DET   DT   det       4
    envoy   envoy   NOUN  NN   dobj      1
    .       .       PUNCT .    punct     1
""")
# The object is a name under its title: "Prime Minister" is what was hosted.
HOSTED_MINISTER = ("Japan hosted Prime Minister Modi.", """
    Japan     Japan     PROPN NNP  nsubj     1
    hosted    host      VERB  VBD  ROOT      1
    Prime     Prime     PROPN NNP  compound  3
    Minister  Minister  PROPN NNP  compound  4
    Modi      Modi      PROPN NNP  dobj      1
    .         .         PUNCT .    punct     1
""")
TALKS_WERE_USEFUL = ("The talks were useful.", """
    The     the     DET   DT   det       1
    talks   talk    NOUN  NNS  nsubj     2
    were    be      AUX   VBD  ROOT      2
    useful  useful  ADJ   JJ   acomp     2
    .       .       PUNCT .    punct     2
""")
TALKS_HELD = ("Iran welcomed the talks held in Baghdad.", """
    Iran      Iran      PROPN NNP  nsubj     1
    welcomed  welcome   VERB  VBD  ROOT      1
    the       the       DET   DT   det       3
    talks     talk      NOUN  NNS  dobj      1
    held      hold      VERB  VBN  acl       3
    in        in        ADP   IN   prep      4
    Baghdad   Baghdad   PROPN NNP  pobj      5
    .         .         PUNCT .    punct     1
""")
SANCTIONS = ("The United States imposed sanctions on Iran.", """
    The        the       DET   DT   det       2
    United     United    PROPN NNP  compound  2
    States     States    PROPN NNP  nsubj     3
    imposed    impose    VERB  VBD  ROOT      3
    sanctions  sanction  NOUN  NNS  dobj      3
    on         on        ADP   IN   prep      4
    Iran       Iran      PROPN NNP  pobj      5
    .          .         PUNCT .    punct     3
""")
CURFEW = ("The United States imposed a curfew.", """
    The      the     DET   DT   det       2
    United   United  PROPN NNP  compound  2
    States   States  PROPN NNP  nsubj     3
    imposed  impose  VERB  VBD  ROOT      3
    a        a       DET   DT   det       5
    curfew   curfew  NOUN  NN   dobj      3
    .        .       PUNCT .    punct     3
""")
# "occupied" as a participle before its noun (amod): a description, no act.
OCCUPIED = ("Troops entered occupied Crimea.", """
    Troops    troop   NOUN  NNS  nsubj     1
    entered   enter   VERB  VBD  ROOT      1
    occupied  occupy  VERB  VBN  amod      3
    Crimea    Crimea  PROPN NNP  dobj      1
    .         .       PUNCT .    punct     1
""")
# The lemmatizer gives "stag" for "staged".
STAGED = ("Protesters staged a rally.", """
    Protesters  protester  NOUN  NNS  nsubj     1
    staged      stag       VERB  VBD  ROOT      1
    a           a          DET   DT   det       3
    rally       rally      NOUN  NN   dobj      1
    .           .          PUNCT .    punct     1
""")


COMMITTED_TO_SECURITY = ("Chile reaffirmed its commitment to the security of Peru.", """
    Chile       Chile       PROPN NNP  nsubj     1
    reaffirmed  reaffirm    VERB  VBD  ROOT      1
    its         its         PRON  PRP$ poss      3
    commitment  commitment  NOUN  NN   dobj      1
    to          to          ADP   IN   prep      3
    the         the         DET   DT   det       6
    security    security    NOUN  NN   pobj      4
    of          of          ADP   IN   prep      6
    Peru        Peru        PROPN NNP  pobj      7
    .           .           PUNCT .    punct     1
""")
COMMITTED_TO_TALKS = ("Chile stated its commitment to continued cooperation.", """
    Chile       Chile       PROPN NNP  nsubj     1
    stated      state       VERB  VBD  ROOT      1
    its         its         PRON  PRP$ poss      3
    commitment  commitment  NOUN  NN   dobj      1
    to          to          ADP   IN   prep      3
    continued   continue    VERB  VBN  amod      6
    cooperation cooperation NOUN  NN   pobj      4
    .           .           PUNCT .    punct     1
""")
COMMITTED_TO_HELPING = ("Chile stated its commitment to helping Peru.", """
    Chile       Chile       PROPN NNP  nsubj     1
    stated      state       VERB  VBD  ROOT      1
    its         its         PRON  PRP$ poss      3
    commitment  commitment  NOUN  NN   dobj      1
    to          to          ADP   IN   prep      3
    helping     help        VERB  VBG  pcomp     4
    Peru        Peru        PROPN NNP  dobj      5
    .           .           PUNCT .    punct     1
""")
# "build-up" split by the tokenizer into "build", "-", "up"
BUILD_UP = ("Chile's build-up worried Peru.", """
    Chile    Chile    PROPN NNP  poss      4
    's       's       PART  POS  case      0
    build    build    NOUN  NN   compound  4
    -        -        PUNCT HYPH punct     4
    up       up       NOUN  NN   nsubj     5
    worried  worry    VERB  VBD  ROOT      5
    Peru     Peru     PROPN NNP  dobj      5
    .        .        PUNCT .    punct     5
""")


@pytest.mark.parametrize("case, cameo", [
    (COMMITTED_TO_SECURITY, "051"),     # "prep_noun": backing what the noun phrase names
    (COMMITTED_TO_TALKS, "030"),        # an activity: an intent after all
    (COMMITTED_TO_HELPING, "030"),      # a clause, not a noun phrase
])
def test_prep_noun_asks_for_a_noun_phrase_that_names_no_activity(parse, patterns, case, cameo):
    assert [t.pattern.cameo for t in find_triggers(parse(*case)[:], patterns)] == [cameo]


def test_a_hyphenated_noun_split_by_the_tokenizer_is_matched_whole(parse, patterns):
    triggers = find_triggers(parse(*BUILD_UP)[:], patterns)
    assert [(t.token.text, t.pattern.lemma) for t in triggers] == [("up", "build-up")]


@pytest.fixture(scope="module")
def patterns(patterns_of):
    return patterns_of(PATTERNS)


@pytest.mark.parametrize("case, found", [
    (SUPPORTS, [("supports", "051", "supports")]),
    (HELD_TALKS, [("talks", "040", "held")]),       # an event noun acts in its light verb's clause
    (TALKS_COLLAPSED, []),                           # no light verb: the talks are only mentioned
    (CALLED_ON, [("called", "020", "called")]),      # "call on": the prep the pattern asks for
    (CALLED, [("called", "041", "called")]),        # no "on": the bare call
    (CALLED_A_THREAT, []),                           # an object complement: a judgement, no call
    (CALLED_IN, []),                                 # a particle: summoned, no call
    (HOSTED_MINISTER, [("hosted", "043", "hosted")]),   # the title of a named object counts
    (SANCTIONS, [("imposed", "163", "imposed")]),    # "impose" with the object it asks for
    (CURFEW, []),
    (OCCUPIED, []),                                  # a participle before its noun is no act
    (STAGED, [("staged", "141", "staged")]),         # found through the lemma guess "stage"
])
def test_find_triggers(parse, patterns, case, found):
    triggers = find_triggers(parse(*case)[:], patterns)
    assert [(t.token.text, t.pattern.cameo, t.clause.text) for t in triggers] == found


def test_governor_of_an_event_noun(parse):
    assert governor(parse(*HELD_TALKS)[2]).text == "held"
    assert governor(parse(*TALKS_WERE_USEFUL)[1]) is None      # a copula describes, no talks held
    assert governor(parse(*TALKS_HELD)[3]).text == "held"     # "the talks held in ...": they were held
    assert governor(parse(*TALKS_COLLAPSED)[1]) is None


def test_lemma_candidates_add_the_guesses_of_lemma_guesses_tsv(parse):
    assert lemma_candidates(parse(*STAGED)[1]) == ["stag", "staged", "stage"]
    assert lemma_candidates(parse(*SUPPORTS)[1]) == ["support", "supports"]


def test_patterns_are_looked_up_by_kind(patterns):
    assert patterns.candidates(Kind.NOUN, "talk") and not patterns.candidates(Kind.VERB, "talk")
    assert patterns.candidates("verb", "support") == patterns.candidates(Kind.VERB, "support")


BARRIERS_FACED = ("Chile will reduce the barriers faced by girls.", """
    Chile     Chile    PROPN NNP  nsubj  2
    will      will     AUX   MD   aux    2
    reduce    reduce   VERB  VB   ROOT   2
    the       the      DET   DT   det    4
    barriers  barrier  NOUN  NNS  dobj   2
    faced     face     VERB  VBN  acl    4
    by        by       ADP   IN   agent  5
    girls     girl     NOUN  NNS  pobj   6
    .         .        PUNCT .    punct  2
""")
TRADE_BARRIERS = ("Chile will reduce trade barriers.", """
    Chile     Chile    PROPN NNP  nsubj     2
    will      will     AUX   MD   aux       2
    reduce    reduce   VERB  VB   ROOT      2
    trade     trade    NOUN  NN   compound  4
    barriers  barrier  NOUN  NNS  dobj      2
    .         .        PUNCT .    punct     2
""")


@pytest.mark.parametrize("case, cameo", [(BARRIERS_FACED, None), (TRADE_BARRIERS, "085")])
def test_only_trade_barriers_reduced_ease_restrictions(parse, case, cameo):
    from readout.coder.patterns import load_patterns
    doc = parse(*case)
    found = [t.pattern.cameo for t in find_triggers(doc[:], load_patterns()) if t.token.i == 2]
    assert found == ([cameo] if cameo else [])


STRIKE_CARRIED_OUT = ("Chile condemned the strike carried out by the jets of Peru on the port of Bolivia.", """
    Chile      Chile      PROPN NNP  nsubj   1
    condemned  condemn    VERB  VBD  ROOT    1
    the        the        DET   DT   det     3
    strike     strike     NOUN  NN   dobj    1
    carried    carry      VERB  VBN  acl     3
    out        out        ADP   RP   prt     4
    by         by         ADP   IN   agent   4
    the        the        DET   DT   det     8
    jets       jet        NOUN  NNS  pobj    6
    of         of         ADP   IN   prep    8
    Peru       Peru       PROPN NNP  pobj    9
    on         on         ADP   IN   prep    10
    the        the        DET   DT   det     13
    port       port       NOUN  NN   pobj    11
    of         of         ADP   IN   prep    13
    Bolivia    Bolivia    PROPN NNP  pobj    14
    .          .          PUNCT .    punct   1
""")
ACT_WAS_COMMITTED = ("The act was committed by Peru.", """
    The        the        DET   DT   det       1
    act        act        NOUN  NN   nsubjpass 3
    was        be         AUX   VBD  auxpass   3
    committed  commit     VERB  VBN  ROOT      3
    by         by         ADP   IN   agent     3
    Peru       Peru       PROPN NNP  pobj      4
    .          .          PUNCT .    punct     3
""")
STRIKE_SUPPORTED_BY = ("the strike supported by Peru", """
    the        the        DET   DT   det     1
    strike     strike     NOUN  NN   ROOT    1
    supported  support    VERB  VBN  acl     1
    by         by         ADP   IN   agent   2
    Peru       Peru       PROPN NNP  pobj    3
""")


ESCALATION_ON_PART = ("an escalation on Peru's part", """
    an          a           DET   DT   det     1
    escalation  escalation  NOUN  NN   ROOT    1
    on          on          ADP   IN   prep    1
    Peru        Peru        PROPN NNP  poss    5
    's          's          PART  POS  case    3
    part        part        NOUN  NN   pobj    2
""")
ESCALATION_ON_ROAD = ("an escalation on the road", """
    an          a           DET   DT   det     1
    escalation  escalation  NOUN  NN   ROOT    1
    on          on          ADP   IN   prep    1
    the         the         DET   DT   det     4
    road        road        NOUN  NN   pobj    2
""")


@pytest.mark.parametrize("case, at, named", [
    # the agent of a participle of doing names the doer; what was hit, hung on the agent, does not
    (STRIKE_CARRIED_OUT, 3, ["by", "the", "jets", "of", "Peru"]),
    (ESCALATION_ON_PART, 1, ["Peru", "'s", "part"]),    # "on X's part": whose act it is
    (ESCALATION_ON_ROAD, 1, []),                        # any other "on" is not
    (ACT_WAS_COMMITTED, 1, ["by", "Peru"]),        # the passive whose subject the act is
    (STRIKE_SUPPORTED_BY, 1, []),                   # a backer is not who struck
])
def test_own_phrase_takes_the_agent_of_a_participle_of_doing(parse, case, at, named):
    doc = parse(*case)
    assert [t.text for t in sorted(own_phrase(doc[at]), key=lambda t: t.i)] == named


RESERVES_AS_NOUN = ("Peru reserves the right to respond.", """
    Peru      Peru     ADJ   JJ   amod   1
    reserves  reserve  NOUN  NNS  ROOT   1
    the       the      DET   DT   det    3
    right     right    NOUN  NN   appos  1
    to        to       PART  TO   aux    5
    respond   respond  VERB  VB   acl    3
    .         .        PUNCT .    punct  1
""")


def test_a_verb_read_as_a_plural_noun_keeps_its_object_in_apposition(parse):
    from readout.coder.patterns import load_patterns
    found = [(t.token.text, t.pattern.cameo) for t in find_triggers(parse(*RESERVES_AS_NOUN)[:], load_patterns())]
    assert ("reserves", "130") in found


TAKE_MEASURES_FOR = ("Peru will take necessary measures to protect its {}.", """
    Peru      Peru      PROPN NNP  nsubj  2
    will      will      AUX   MD   aux    2
    take      take      VERB  VB   ROOT   2
    necessary necessary ADJ   JJ   amod   4
    measures  measure   NOUN  NNS  dobj   2
    to        to        PART  TO   aux    6
    protect   protect   VERB  VB   advcl  2
    its       its       PRON  PRP$ poss   8
    {}        {}        NOUN  NN   dobj   6
    .         .         PUNCT .    punct  2
""")
TAKE_MEASURES_AGAINST_ACTS = ("Peru will take necessary measures against acts that threaten its security.", """
    Peru      Peru      PROPN NNP  nsubj  2
    will      will      AUX   MD   aux    2
    take      take      VERB  VB   ROOT   2
    necessary necessary ADJ   JJ   amod   4
    measures  measure   NOUN  NNS  dobj   2
    against   against   ADP   IN   prep   4
    acts      act       NOUN  NNS  pobj   5
    that      that      PRON  WDT  nsubj  8
    threaten  threaten  VERB  VBP  relcl  6
    its       its       PRON  PRP$ poss   10
    security  security  NOUN  NN   dobj   8
    .         .         PUNCT .    punct  2
""")


def _filled(case, word):
    text, table = case
    return text.format(word), table.replace("{}        {}", f"{word:9} {word:9}")


@pytest.mark.parametrize("case, found", [
    (_filled(TAKE_MEASURES_FOR, "sovereignty"), ["130"]),   # a purpose of defence: a warning
    (_filled(TAKE_MEASURES_FOR, "economy"), []),            # any other purpose: no pattern
    (TAKE_MEASURES_AGAINST_ACTS, []),                        # the defence told only in a relative clause
])
def test_purpose_asks_for_a_word_in_what_the_act_is_for(parse, patterns_of, case, found):
    ps = patterns_of([{"verb": "take", "obj": ["necessary measure"], "purpose": ["sovereignty", "security"],
                       "cameo": "130"}])
    assert [t.pattern.cameo for t in find_triggers(parse(*case)[:], ps)] == found


MET_OBJECT = ("Chile met {} in Lima.", """
    Chile     Chile     PROPN NNP  nsubj  1
    met       meet      VERB  VBD  ROOT   1
    {}        {}        NOUN  NNS  dobj   1
    in        in        ADP   IN   prep   1
    Lima      Lima      PROPN NNP  pobj   3
    .         .         PUNCT .    punct  1
""")
MET_WITH = ("Chile met with Peru.", """
    Chile  Chile  PROPN NNP  nsubj  1
    met    meet   VERB  VBD  ROOT   1
    with   with   ADP   IN   prep   1
    Peru   Peru   PROPN NNP  pobj   2
    .      .      PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, found", [
    (_filled(MET_OBJECT, "need"), []),                  # "met the need for ...": a word not_obj rules out
    (_filled(MET_OBJECT, "deadline"), []),
    (_filled(MET_OBJECT, "diplomat"), ["040"]),         # any other object: a meeting
    (MET_WITH, ["040"]),                                 # no object at all
])
def test_not_obj_rules_out_a_word_by_its_object(parse, patterns_of, case, found):
    ps = patterns_of([{"verb": "meet", "cameo": "040", "not_obj": ["need", "deadline"]}])
    assert [t.pattern.cameo for t in find_triggers(parse(*case)[:], ps)] == found


# An act held firm, told as a state: the copula governs the noun as a light verb does.
FIRM_SUBJECT = ("Chile's support for Peru remains unwavering.", """
    Chile       Chile       PROPN NNP  poss   2
    's          's          PART  POS  case   0
    support     support     NOUN  NN   nsubj  5
    for         for         ADP   IN   prep   2
    Peru        Peru        PROPN NNP  pobj   3
    remains     remain      VERB  VBZ  ROOT   5
    unwavering  unwavere    ADJ   JJ   acomp  5
    .           .           PUNCT .    punct  5
""")
FIRM_IN = ("We remain steadfast in our support for Peru.", """
    We         we         PRON  PRP  nsubj  1
    remain     remain     VERB  VBP  ROOT   1
    steadfast  steadfast  ADJ   JJ   acomp  1
    in         in         ADP   IN   prep   1
    our        our        PRON  PRP$ poss   5
    support    support    NOUN  NN   pobj   3
    for        for        ADP   IN   prep   5
    Peru       Peru       PROPN NNP  pobj   6
    .          .          PUNCT .    punct  1
""")
NOT_FIRM = ("Support for the bill is strong.", """
    Support  support  NOUN  NN   nsubj  4
    for      for      ADP   IN   prep   0
    the      the      DET   DT   det    3
    bill     bill     NOUN  NN   pobj   1
    is       be       AUX   VBZ  ROOT   4
    strong   strong   ADJ   JJ   acomp  4
    .        .        PUNCT .    punct  4
""")
FIRM_REPORTED = ("Chile stressed its support is unwavering.", """
    Chile       Chile       PROPN NNP  nsubj  1
    stressed    stress      VERB  VBD  ROOT   1
    its         its         PRON  PRP$ poss   3
    support     support     NOUN  NN   nsubj  4
    is          be          AUX   VBZ  ccomp  1
    unwavering  unwavere    ADJ   JJ   acomp  4
    .           .           PUNCT .    punct  1
""")

FIRM_SAID = ("Chile said its support is unwavering.", """
    Chile       Chile       PROPN NNP  nsubj  1
    said        say         VERB  VBD  ROOT   1
    its         its         PRON  PRP$ poss   3
    support     support     NOUN  NN   nsubj  4
    is          be          AUX   VBZ  ccomp  1
    unwavering  unwavere    ADJ   JJ   acomp  4
    .           .           PUNCT .    punct  1
""")


@pytest.mark.parametrize("case, at, verb", [
    (FIRM_SUBJECT, 2, "remains"),       # the lemmatizer's "unwavere": the word itself counts too
    (FIRM_IN, 5, "remain"),             # "in our support", the "in" hung on the verb
    (NOT_FIRM, 0, None),                # no firmness word: no act held
    (FIRM_REPORTED, 3, None),           # "stressed (that) its support is ...": the light verb governs
    (FIRM_SAID, 3, "is"),               # "said" is no light verb: the copula still governs
])
def test_an_act_held_firm_is_governed_by_its_copula(parse, case, at, verb):
    doc = parse(*case)
    found = held_firm(doc[at])
    assert (found.text if found is not None else None) == verb


UNRELIABLE_PARTNER = ("Peru proved to be an unreliable partner.", """
    Peru        Peru        PROPN NNP  nsubj   1
    proved      prove       VERB  VBD  ROOT    1
    to          to          PART  TO   aux     3
    be          be          AUX   VB   xcomp   1
    an          an          DET   DT   det     6
    unreliable  unreliable  ADJ   JJ   amod    6
    partner     partner     NOUN  NN   attr    3
    .           .           PUNCT .    punct   1
""")
UNRELIABLE_PARTNER_OBJECT = ("Peru replaced an unreliable partner.", """
    Peru        Peru        PROPN NNP  nsubj   1
    replaced    replace     VERB  VBD  ROOT    1
    an          an          DET   DT   det     4
    unreliable  unreliable  ADJ   JJ   amod    4
    partner     partner     NOUN  NN   dobj    1
    .           .           PUNCT .    punct   1
""")
JUDGING_ADJ = [{"adj": "unreliable", "cameo": "111", "voice": "author"}, {"adj": "willing", "cameo": "030"}]


@pytest.mark.parametrize("case, found", [
    (UNRELIABLE_PARTNER, [("unreliable", "111")]),      # a predicate noun's adjective judges the subject
    (UNRELIABLE_PARTNER_OBJECT, []),                    # on any other noun it is a label
])
def test_an_adjective_of_a_predicate_noun_judges_as_a_predicate(parse, patterns_of, case, found):
    doc = parse(*case)
    assert [(t.token.text, t.pattern.cameo) for t in find_triggers(doc[:], patterns_of(JUDGING_ADJ))] == found


WILLING_PARTNER = ("Peru is a willing partner.", """
    Peru     Peru     PROPN NNP  nsubj   1
    is       be       AUX   VBZ  ROOT    1
    a        a        DET   DT   det     4
    willing  willing  ADJ   JJ   amod    4
    partner  partner  NOUN  NN   attr    1
    .        .        PUNCT .    punct   1
""")


def test_only_a_judging_adjective_of_a_predicate_noun_is_a_trigger(parse, patterns_of):
    # "a willing partner" says what Peru is, but no intent is stated: only the speaker's judgements count
    assert find_triggers(parse(*WILLING_PARTNER)[:], patterns_of(JUDGING_ADJ)) == []


def test_trigger_words_keep_every_word_a_pattern_may_match(parse):
    # find_triggers reads only the words _trigger_words flags: it must flag every word a pattern may match
    doc = parse(*hand_doc("three_sentences"))
    patterns = load_patterns()
    flagged = _trigger_words(doc, patterns)
    for t in doc:
        if any(lemma in patterns.lemmas for lemma in lemma_candidates(t)):
            assert flagged[t.i], t.text
    assert flagged[1] and not flagged[3]        # "Met" (meet), not "Oslo"
    assert flagged[20]                          # "build - up": the word after a hyphen is read joined
