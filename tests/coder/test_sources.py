"""coder/sources.py on hand-built parses: who acts in a clause (docs/coder.md, "Who acts")."""
import pytest

from readout.coder.records import NotParty, Placeholder

P = Placeholder.PARTICIPANTS
CONJ = ("China supports Iran and opposes sanctions.", """
    China      China     PROPN NNP  nsubj     1
    supports   support   VERB  VBZ  ROOT      1
    Iran       Iran      PROPN NNP  dobj      1
    and        and       CCONJ CC   cc        1
    opposes    oppose    VERB  VBZ  conj      1
    sanctions  sanction  NOUN  NNS  dobj      4
    .          .         PUNCT .    punct     1
""")
BY = ("Iran was supported by China.", """
    Iran       Iran     PROPN NNP  nsubjpass 2
    was        be       AUX   VBD  auxpass   2
    supported  support  VERB  VBN  ROOT      2
    by         by       ADP   IN   agent     2
    China      China    PROPN NNP  pobj      3
    .          .        PUNCT .    punct     2
""")
AGREED = ("It was agreed to expand trade.", """
    It      it      PRON  PRP  nsubjpass 2
    was     be      AUX   VBD  auxpass   2
    agreed  agree   VERB  VBN  ROOT      2
    to      to      PART  TO   aux       4
    expand  expand  VERB  VB   xcomp     2
    trade   trade   NOUN  NN   dobj      4
    .       .       PUNCT .    punct     2
""")
WE = ("We support Ukraine.", """
    We       we       PRON  PRP  nsubj     1
    support  support  VERB  VBP  ROOT      1
    Ukraine  Ukraine  PROPN NNP  dobj      1
    .        .        PUNCT .    punct     1
""")
THANK_YOU = ("Thank you for your support.", """
    Thank    thank    VERB  VBP  ROOT      0
    you      you      PRON  PRP  dobj      0
    for      for      ADP   IN   prep      0
    your     your     PRON  PRP$ poss      4
    support  support  NOUN  NN   pobj      2
    .        .        PUNCT .    punct     0
""")
THANK_ADDRESSED = ("Mr President, thank you for the invitation.", """
    Mr          Mr          PROPN NNP  compound  1
    President   President   PROPN NNP  npadvmod  3
    ,           ,           PUNCT ,    punct     3
    thank       thank       VERB  VBP  ROOT      3
    you         you         PRON  PRP  dobj      3
    for         for         ADP   IN   prep      3
    the         the         DET   DT   det       7
    invitation  invitation  NOUN  NN   pobj      5
    .           .           PUNCT .    punct     3
""")
THANK_AFTER_LABEL = ("President Roe (retranslated): Thank you very much.", """
    President     President    PROPN NNP  compound  1
    Roe           Roe          PROPN NNP  nsubj     3
    (             (            PUNCT -LRB- punct    3
    retranslated  retranslate  VERB  VBN  ROOT      3
    ):            ):           PUNCT :    punct     3
    Thank         thank        VERB  VBP  dep       3
    you           you          PRON  PRP  dobj      5
    very          very         ADV   RB   advmod    8
    much          much         ADV   RB   advmod    5
    .             .            PUNCT .    punct     5
""")
THANK_OF_OTHERS = ("Ministers thank you for the invitation.", """
    Ministers   minister    NOUN  NNS  npadvmod  1
    thank       thank       VERB  VBP  ROOT      1
    you         you         PRON  PRP  dobj      1
    for         for         ADP   IN   prep      1
    the         the         DET   DT   det       5
    invitation  invitation  NOUN  NN   pobj      3
    .           .           PUNCT .    punct     1
""")
SAID_IT = ("Hungary said it will support Ukraine.", """
    Hungary  Hungary  PROPN NNP  nsubj     1
    said     say      VERB  VBD  ROOT      1
    it       it       PRON  PRP  nsubj     4
    will     will     AUX   MD   aux       4
    support  support  VERB  VB   ccomp     1
    Ukraine  Ukraine  PROPN NNP  dobj      4
    .        .        PUNCT .    punct     1
""")
LEADERS = ("The two leaders discussed trade.", """
    The        the      DET   DT   det       2
    two        two      NUM   CD   nummod    2
    leaders    leader   NOUN  NNS  nsubj     3
    discussed  discuss  VERB  VBD  ROOT      3
    trade      trade    NOUN  NN   dobj      3
    .          .        PUNCT .    punct     3
""")
FORCES = ("Security forces in Guinea arrested protesters.", """
    Security    security   NOUN  NN   compound  1
    forces      force      NOUN  NNS  nsubj     4
    in          in         ADP   IN   prep      1
    Guinea      Guinea     PROPN NNP  pobj      2
    arrested    arrest     VERB  VBD  ROOT      4
    protesters  protester  NOUN  NNS  dobj      4
    .           .          PUNCT .    punct     4
""")
REBELS = ("Rebels attacked a convoy in Mali.", """
    Rebels    rebel   NOUN  NNS  nsubj     1
    attacked  attack  VERB  VBD  ROOT      1
    a         a       DET   DT   det       3
    convoy    convoy  NOUN  NN   dobj      1
    in        in      ADP   IN   prep      1
    Mali      Mali    PROPN NNP  pobj      4
    .         .       PUNCT .    punct     1
""")
IT_NEXT = ("China met Iran. It supports Syria.", """
    China     China    PROPN NNP  nsubj     1
    met       meet     VERB  VBD  ROOT      1
    Iran      Iran     PROPN NNP  dobj      1
    .         .        PUNCT .    punct     1
    It        it       PRON  PRP  nsubj     5
    supports  support  VERB  VBZ  ROOT      5
    Syria     Syria    PROPN NNP  dobj      5
    .         .        PUNCT .    punct     5
""")
# "it" after a subject of its own sentence that names no actor stands for that subject, not the last actor
COMPANY_IT = ("China met Iran. Acme announced it will support Syria.", """
    China      China     PROPN NNP  nsubj     1
    met        meet      VERB  VBD  ROOT      1
    Iran       Iran      PROPN NNP  dobj      1
    .          .         PUNCT .    punct     1
    Acme       Acme      PROPN NNP  nsubj     5
    announced  announce  VERB  VBD  ROOT      5
    it         it        PRON  PRP  nsubj     8
    will       will      AUX   MD   aux       8
    support    support   VERB  VB   ccomp     5
    Syria      Syria     PROPN NNP  dobj      8
    .          .         PUNCT .    punct     5
""")
BOLD_IT = ("China met Iran. ** Acme announced it will support Syria.", """
    China      China     PROPN NNP  nsubj     1
    met        meet      VERB  VBD  ROOT      1
    Iran       Iran      PROPN NNP  dobj      1
    .          .         PUNCT .    punct     1
    *          *         PUNCT NFP  nsubj     7
    *          *         PUNCT NFP  punct     7
    Acme       Acme      PROPN NNP  nsubj     7
    announced  announce  VERB  VBD  ROOT      7
    it         it        PRON  PRP  nsubj     10
    will       will      AUX   MD   aux       10
    support    support   VERB  VB   ccomp     7
    Syria      Syria     PROPN NNP  dobj      10
    .          .         PUNCT .    punct     7
""")
ACTORS = {"China": "CHN", "Iran": "IRN", "Ukraine": "UKR", "Hungary": "HUN", "Guinea": "GIN", "Mali": "MLI",
          "Syria": "SYR"}


@pytest.mark.parametrize("case, verb, speaker, sources", [
    (CONJ, 1, None, ("CHN",)),
    (CONJ, 4, None, ("CHN",)),          # carried across "and"
    (BY, 2, None, ("CHN",)),            # a passive's "by" agent
    (AGREED, 2, None, (P,)),            # "it was agreed": both parties
    (WE, 1, "USA", ("USA",)),           # "we": the publisher's country
    (WE, 1, None, ()),
    (THANK_YOU, 0, "CHN", ("CHN",)),    # a speaker's line opening with "thank you"
    (THANK_ADDRESSED, 3, "BRA", ("BRA",)),      # after a form of address ("Mr President, thank you")
    (THANK_AFTER_LABEL, 5, "BRA", ("BRA",)),    # the parser hangs the line on a mixed-case label
    (THANK_OF_OTHERS, 1, "BRA", ()),            # near-miss: a noun before it is no form of address
    (SAID_IT, 4, None, ("HUN",)),       # "Hungary said it will ...": the one who said it
    (LEADERS, 3, None, (P,)),           # "the two leaders"
    (FORCES, 4, None, ("GIN",)),        # an agent known by where it acts
    (REBELS, 1, None, ("MLI",)),        # non-state agents: the one country their sentence names
])
def test_sources(parse, analyse, case, verb, speaker, sources):
    doc = parse(*case)
    assert analyse(doc, ACTORS, speaker).sources(doc[verb]) == sources


def test_you_is_the_party_that_is_not_speaking(parse, analyse):
    doc = parse(*THANK_YOU)
    assert analyse(doc, ACTORS, "CHN").codes_of_np([doc[1]]) == (NotParty("CHN"),)


def test_it_in_the_next_sentence_is_the_last_actor(parse, analyse):
    doc = parse(*IT_NEXT)
    an = analyse(doc, ACTORS)
    first, second = list(doc.sents)
    an.start_sentence(first)
    an.end_sentence(first)
    an.start_sentence(second)
    assert an.last_actor == "CHN" and an.sources(doc[5]) == ("CHN",)


@pytest.mark.parametrize("case, verb", [
    (COMPANY_IT, 8),    # "Acme announced it will support Syria": Acme's act, no actor's
    (BOLD_IT, 10),      # a fact sheet's bold markers parse as a subject too: the name is the nearest one
])
def test_it_after_its_own_sentences_subject_that_names_no_actor_is_no_actor(parse, analyse, case, verb):
    doc = parse(*case)
    an = analyse(doc, ACTORS)
    first, second = list(doc.sents)
    an.start_sentence(first)
    an.end_sentence(first)
    an.start_sentence(second)
    assert an.last_actor == "CHN" and an.sources(doc[verb]) == ()


def test_a_transcript_line_names_its_speaker(parse, analyse):
    doc = parse("Erdogan: We support Ukraine.", """
        Erdogan  Erdogan  PROPN NNP  ROOT      0
        :        :        PUNCT :    punct     0
        We       we       PRON  PRP  nsubj     3
        support  support  VERB  VBP  acl       0
        Ukraine  Ukraine  PROPN NNP  dobj      3
        .        .        PUNCT .    punct     3
    """)
    an = analyse(doc, {"Erdogan": ("TUR", "person"), "Ukraine": "UKR"}, speaker="USA")
    an.start_sentence(next(doc.sents))
    assert an.speaker == "TUR" and an.codes_of_np([doc[2]]) == ("TUR",)


def test_a_token_naming_two_actors_gives_both(parse, analyse):
    doc = parse("The U.S.-Iran talks ended.", """
        The         the         DET   DT   det       2
        U.S.-Iran   U.S.-Iran   PROPN NNP  compound  2
        talks       talk        NOUN  NNS  nsubj     3
        ended       end         VERB  VBD  ROOT      3
        .           .           PUNCT .    punct     3
    """)
    an = analyse(doc, {"U.S.": "USA", "Iran": "IRN"})
    assert [m.code for _, m in an.actors_in([doc[1]])] == ["USA", "IRN"]


WE_THE_LEADERS = """
    We        we        PRON  PRP  nsubj     8
    ,         ,         PUNCT ,    punct     0
    the       the       DET   DT   det       3
    Leaders   leader    NOUN  NNS  appos     0
    of        of        ADP   IN   prep      3
    {a:9} {a:9} PROPN NNP  pobj      4
    and       and       CCONJ CC   cc        5
    {b:9} {b:9} PROPN NNP  conj      5
    condemn   condemn   VERB  VBP  ROOT      8
    Iran      Iran      PROPN NNP  dobj      8
    .         .         PUNCT .    punct     8
"""


@pytest.mark.parametrize("a, b, authors", [
    ("China", "Iran", ("CHN", "IRN")),      # signers: each of them
    ("NATO", "China", ("NATO", "CHN")),      # a body and a country beside it: each
])
def test_a_joint_statements_we_is_named_by_its_apposition(parse, analyse, a, b, authors):
    doc = parse(f"We, the Leaders of {a} and {b} condemn Iran.", WE_THE_LEADERS.format(a=a, b=b))
    an = analyse(doc, {**ACTORS, "NATO": ("NATO", "igo")}, "USA")
    assert an.authors == authors
    assert an.sources(doc[8]) == authors


def test_a_body_alone_in_the_apposition_is_the_we(parse, analyse):
    doc = parse("We, the Leaders of NATO, alongside China, condemn Iran.", """
        We         we         PRON  PRP  nsubj     10
        ,          ,          PUNCT ,    punct     0
        the        the        DET   DT   det       3
        Leaders    leader     NOUN  NNS  appos     0
        of         of         ADP   IN   prep      3
        NATO       NATO       PROPN NNP  pobj      4
        ,          ,          PUNCT ,    punct     3
        alongside  alongside  ADP   IN   prep      3
        China      China      PROPN NNP  pobj      7
        ,          ,          PUNCT ,    punct     3
        condemn    condemn    VERB  VBP  ROOT      10
        Iran       Iran       PROPN NNP  dobj      10
        .          .          PUNCT .    punct     10
    """)
    an = analyse(doc, {**ACTORS, "NATO": ("NATO", "igo")}, "USA")
    assert an.authors == ("NATO",)      # "alongside China" is no signer


OUR_COUNTRIES = """
    Our        our        PRON  PRP$ poss      {n1}
    countries  country    NOUN  NNS  nsubj     {n2}
    oppose     oppose     VERB  VBP  ROOT      {n2}
    Iran       Iran       PROPN NNP  dobj      {n2}
    .          .          PUNCT .    punct     {n2}
"""


def test_our_countries_in_a_joint_statement_are_its_signers(parse, analyse):
    # issue #12 item 7: "our countries" was both sides of the talks, "we" the signers
    text = "We, the Leaders of China and Iran condemn Iran. Our countries oppose Iran."
    doc = parse(text, WE_THE_LEADERS.format(a="China", b="Iran") + OUR_COUNTRIES.format(n1=12, n2=13).lstrip())
    an = analyse(doc, ACTORS, "USA")
    assert an.sources(doc[13]) == ("CHN", "IRN")
    assert an.voice() == ("CHN", "IRN")     # what the statement says in its own voice


def test_our_countries_without_signers_are_the_participants(parse, analyse):
    doc = parse("Our countries oppose Iran.", OUR_COUNTRIES.format(n1=1, n2=2))
    an = analyse(doc, ACTORS, "USA")
    assert an.sources(doc[2]) == (Placeholder.PARTICIPANTS,)
    assert an.voice() == ("USA",)


def test_we_without_an_apposition_is_the_publisher(parse, analyse):
    doc = parse(*WE)
    assert analyse(doc, ACTORS, "USA").authors == ()


def test_of_two_subjects_the_one_next_to_the_verb_acts(parse, analyse):
    # "At the invitation of King Salman, President Biden visited ...", parsed with two subjects
    doc = parse("Invited, Iran, China visited Iraq.", """
        Invited  invite   VERB  VBN  advcl     5
        ,        ,        PUNCT ,    punct     5
        Iran     Iran     PROPN NNP  nsubj     5
        ,        ,        PUNCT ,    punct     5
        China    China    PROPN NNP  nsubj     5
        visited  visit    VERB  VBD  ROOT      5
        Iraq     Iraq     PROPN NNP  dobj      5
        .        .        PUNCT .    punct     5
    """)
    assert analyse(doc, {**ACTORS, "Iraq": "IRQ"}).sources(doc[5]) == ("CHN",)


LIST_AS_APPOSITION = ("Chile, Peru, Ecuador and Bolivia met.", """
    Chile    Chile    PROPN NNP  nsubj     7
    ,        ,        PUNCT ,    punct     0
    Peru     Peru     PROPN NNP  appos     0
    ,        ,        PUNCT ,    punct     2
    Ecuador  Ecuador  PROPN NNP  conj      2
    and      and      CCONJ CC   cc        4
    Bolivia  Bolivia  PROPN NNP  conj      4
    met      meet     VERB  VBD  ROOT      7
    .        .        PUNCT .    punct     7
""")
PERSON_APPOSITION = ("Chile, a partner of Peru, met.", """
    Chile    Chile    PROPN NNP  nsubj     7
    ,        ,        PUNCT ,    punct     0
    a        a        DET   DT   det       3
    partner  partner  NOUN  NN   appos     0
    of       of       ADP   IN   prep      3
    Peru     Peru     PROPN NNP  pobj      4
    ,        ,        PUNCT ,    punct     0
    met      meet     VERB  VBD  ROOT      7
    .        .        PUNCT .    punct     7
""")
OFFICIALS_FROM = ("Officials from Chile, Peru and Bolivia met.", """
    Officials  official  NOUN  NNS  nsubj     7
    from       from      ADP   IN   prep      0
    Chile      Chile     PROPN NNP  pobj      1
    ,          ,         PUNCT ,    punct     2
    Peru       Peru      PROPN NNP  conj      2
    and        and       CCONJ CC   cc        4
    Bolivia    Bolivia   PROPN NNP  conj      4
    met        meet      VERB  VBD  ROOT      7
    .          .         PUNCT .    punct     7
""")
OFFICIALS_FROM_THE_THREE = ("Officials from the three countries met.", """
    Officials  official  NOUN  NNS  nsubj     5
    from       from      ADP   IN   prep      0
    the        the       DET   DT   det       4
    three      three     NUM   CD   nummod    4
    countries  country   NOUN  NNS  pobj      1
    met        meet      VERB  VBD  ROOT      5
    .          .         PUNCT .    punct     5
""")
TOURISTS_FROM = ("Tourists from Chile met.", """
    Tourists  tourist  NOUN  NNS  nsubj     3
    from      from     ADP   IN   prep      0
    Chile     Chile    PROPN NNP  pobj      1
    met       meet     VERB  VBD  ROOT      3
    .         .        PUNCT .    punct     3
""")
PARTICIPANTS_AGREED = ("Participants agreed to meet again.", """
    Participants  participant  NOUN  NNS  nsubj  1
    agreed        agree        VERB  VBD  ROOT   1
    to            to           PART  TO   aux    3
    meet          meet         VERB  VB   xcomp  1
    again         again        ADV   RB   advmod 3
    .             .            PUNCT .    punct  1
""")
ANDES = {"Chile": "CHL", "Peru": "PER", "Ecuador": "ECU", "Bolivia": "BOL"}


@pytest.mark.parametrize("case, verb, sources", [
    # the parser takes the second of four countries for an apposition of the first: still a list
    (LIST_AS_APPOSITION, 7, ("CHL", "PER", "ECU", "BOL")),
    # an apposition that describes the country names no other actor
    (PERSON_APPOSITION, 7, ("CHL",)),
    # officials act for the countries they are from, every one of the list
    (OFFICIALS_FROM, 7, ("CHL", "PER", "BOL")),
    (OFFICIALS_FROM_THE_THREE, 5, (P,)),
    # a readout's "Participants" are those it says met
    (PARTICIPANTS_AGREED, 1, (P,)),
    # only people who act for a state: tourists from a country are not its officials
    (TOURISTS_FROM, 3, ()),
])
def test_countries_listed_outside_the_phrase_act_together(parse, analyse, case, verb, sources):
    doc = parse(*case)
    assert analyse(doc, ANDES).sources(doc[verb]) == sources


HEADING = ("Joint statement by the ministers of Chile and Peru : We condemn Bolivia .", """
    Joint      joint      ADJ   JJ   amod      1
    statement  statement  NOUN  NN   ROOT      1
    by         by         ADP   IN   prep      1
    the        the        DET   DT   det       4
    ministers  minister   NOUN  NNS  pobj      2
    of         of         ADP   IN   prep      4
    Chile      Chile      PROPN NNP  pobj      5
    and        and        CCONJ CC   cc        6
    Peru       Peru       PROPN NNP  conj      6
    :          :          PUNCT :    punct     1
    We         we         PRON  PRP  nsubj     11
    condemn    condemn    VERB  VBP  ROOT      11
    Bolivia    Bolivia    PROPN NNP  dobj      11
    .          .          PUNCT .    punct     11
""")
PLAIN_HEADING = ("Statement by the ministers of Chile and Peru : We condemn Bolivia .", """
    Statement  statement  NOUN  NN   ROOT      0
    by         by         ADP   IN   prep      0
    the        the        DET   DT   det       3
    ministers  minister   NOUN  NNS  pobj      1
    of         of         ADP   IN   prep      3
    Chile      Chile      PROPN NNP  pobj      4
    and        and        CCONJ CC   cc        5
    Peru       Peru       PROPN NNP  conj      5
    :          :          PUNCT :    punct     0
    We         we         PRON  PRP  nsubj     10
    condemn    condemn    VERB  VBP  ROOT      10
    Bolivia    Bolivia    PROPN NNP  dobj      10
    .          .          PUNCT .    punct     10
""")


@pytest.mark.parametrize("case, authors", [
    # a joint statement's heading names who "we" are, each signer
    (HEADING, ("CHL", "PER")),
    # a heading that does not say the statement is joint leaves "we" to the publisher
    (PLAIN_HEADING, ()),
])
def test_a_joint_statements_heading_names_its_signers(parse, analyse, case, authors):
    doc = parse(*case)
    assert analyse(doc, ANDES, "GBR").authors == authors
