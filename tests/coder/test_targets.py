"""coder/targets.py on hand-built parses: whom an act is aimed at, how a meeting was held, and the
evidence span (docs/coder.md, "At whom")."""
import pytest

from readout.coder.records import Placeholder
from readout.coder.targets import evidence_span, find_targets
from readout.coder.triggers import find_triggers

PATTERNS = [
    {"noun": "talk", "cameo": "040"},
    {"noun": "talk", "obj": "phone", "cameo": "040", "mode": "visit", "note": "talks are held in person unless their own words say otherwise"},
    {"noun": "summit", "cameo": "040", "mode": "visit"},
    {"verb": "discuss", "cameo": "040", "target": "counterpart"},
    {"verb": "meet", "cameo": "040", "mode": "visit", "target": "counterpart"},
    {"verb": "speak", "prep": "with", "cameo": "040", "mode": "phone", "target": "counterpart"},
    {"verb": "convene", "cameo": "040", "target": "require"},
    {"verb": "condemn", "cameo": "111"},
    {"verb": "thank", "cameo": "051"},
    {"verb": "support", "cameo": "051", "target": "require"},
    {"noun": "gratitude", "cameo": "051", "target": "counterpart"},
    {"verb": "urge", "cameo": "020", "target": "counterpart"},
]
ACTORS = {"NATO": ("NATO", "igo"), "Modi": ("IND", "person"), "Iran": "IRN", "Iraq": "IRQ", "Syria": "SYR", "Israel": "ISR", "Hamas": ("HAMAS", "group"),
          "China": "CHN", "Turkey": "TUR", "Kingdom of Jordan": "JOR"}
TALKS_ON = ("Iran held talks with Iraq on the crisis in Syria.", """
    Iran    Iran    PROPN NNP  nsubj     1
    held    hold    VERB  VBD  ROOT      1
    talks   talk    NOUN  NNS  dobj      1
    with    with    ADP   IN   prep      2
    Iraq    Iraq    PROPN NNP  pobj      3
    on      on      ADP   IN   prep      2
    the     the     DET   DT   det       7
    crisis  crisis  NOUN  NN   pobj      5
    in      in      ADP   IN   prep      7
    Syria   Syria   PROPN NNP  pobj      8
    .       .       PUNCT .    punct     1
""")
TALKS_BY_PHONE = ("Iran held talks with Iraq by phone.", """
    Iran   Iran   PROPN NNP  nsubj     1
    held   hold   VERB  VBD  ROOT      1
    talks  talk   NOUN  NNS  dobj      1
    with   with   ADP   IN   prep      2
    Iraq   Iraq   PROPN NNP  pobj      3
    by     by     ADP   IN   prep      1
    phone  phone  NOUN  NN   pobj      5
    .      .      PUNCT .    punct     1
""")
PHONE_TALKS = ("Iran held phone talks with Iraq.", """
    Iran   Iran   PROPN NNP  nsubj     1
    held   hold   VERB  VBD  ROOT      1
    phone  phone  NOUN  NN   compound  3
    talks  talk   NOUN  NNS  dobj      1
    with   with   ADP   IN   prep      3
    Iraq   Iraq   PROPN NNP  pobj      4
    .      .      PUNCT .    punct     1
""")
NATO_SUMMIT = ("Iran held the NATO summit.", """
    Iran    Iran    PROPN NNP  nsubj     1
    held    hold    VERB  VBD  ROOT      1
    the     the     DET   DT   det       4
    NATO    NATO    PROPN NNP  compound  4
    summit  summit  NOUN  NN   dobj      1
    .       .       PUNCT .    punct     1
""")
DISCUSSED_TIES = ("Iran discussed Iraq's ties with Syria.", """
    Iran       Iran     PROPN NNP  nsubj     1
    discussed  discuss  VERB  VBD  ROOT      1
    Iraq       Iraq     PROPN NNP  poss      4
    's         's       PART  POS  case      2
    ties       tie      NOUN  NNS  dobj      1
    with       with     ADP   IN   prep      4
    Syria      Syria    PROPN NNP  pobj      5
    .          .        PUNCT .    punct     1
""")
MET_OFFICIALS_FROM = ("Iran met officials from Iraq and Syria.", """
    Iran       Iran      PROPN NNP  nsubj     1
    met        meet      VERB  VBD  ROOT      1
    officials  official  NOUN  NNS  dobj      1
    from       from      ADP   IN   prep      2
    Iraq       Iraq      PROPN NNP  pobj      3
    and        and       CCONJ CC   cc        4
    Syria      Syria     PROPN NNP  conj      4
    .          .         PUNCT .    punct     1
""")
# A partner's title in apposition takes the rest of the list as its conjuncts (a misparse).
MET_SMITH_COMMANDER_AND_OFFICIALS = ("Iran met with Smith, Commander, Navy and officials from Iraq and Syria.", """
    Iran       Iran       PROPN NNP  nsubj     1
    met        meet       VERB  VBD  ROOT      1
    with       with       ADP   IN   prep      1
    Smith      Smith      PROPN NNP  pobj      2
    ,          ,          PUNCT ,    punct     3
    Commander  Commander  PROPN NNP  appos     3
    ,          ,          PUNCT ,    punct     5
    Navy       Navy       PROPN NNP  conj      5
    and        and        CCONJ CC   cc        7
    officials  official   NOUN  NNS  conj      7
    from       from       ADP   IN   prep      9
    Iraq       Iraq       PROPN NNP  pobj      10
    and        and        CCONJ CC   cc        11
    Syria      Syria      PROPN NNP  conj      11
    .          .          PUNCT .    punct     1
""")
# A repeated "to" that the parser joins to the verb: Syria is thanked as Iraq is.
GRATITUDE_TO_AND_TO = ("Iran expressed gratitude to Iraq for help, and to Syria for support.", """
    Iran       Iran       PROPN NNP  nsubj     1
    expressed  express    VERB  VBD  ROOT      1
    gratitude  gratitude  NOUN  NN   dobj      1
    to         to         ADP   IN   prep      2
    Iraq       Iraq       PROPN NNP  pobj      3
    for        for        ADP   IN   prep      2
    help       help       NOUN  NN   pobj      5
    ,          ,          PUNCT ,    punct     1
    and        and        CCONJ CC   cc        1
    to         to         ADP   IN   conj      1
    Syria      Syria      PROPN NNP  pobj      9
    for        for        ADP   IN   prep      10
    support    support    NOUN  NN   pobj      11
    .          .          PUNCT .    punct     1
""")
# The parser makes the partner the subject of the purpose clause: "Modi to discuss".
SPOKE_WITH_MODI_TO = ("Iran spoke with Modi to discuss trade.", """
    Iran     Iran     PROPN NNP  nsubj     1
    spoke    speak    VERB  VBD  ROOT      1
    with     with     ADP   IN   prep      1
    Modi     Modi     PROPN NNP  nsubj     5
    to       to       PART  TO   aux       5
    discuss  discuss  VERB  VB   pcomp     2
    trade    trade    NOUN  NN   dobj      5
    .        .        PUNCT .    punct     1
""")
IRAN_AND_IRAQ_CONVENED = ("Iran and Iraq convened a meeting.", """
    Iran      Iran     PROPN NNP  nsubj     3
    and       and      CCONJ CC   cc        0
    Iraq      Iraq     PROPN NNP  conj      0
    convened  convene  VERB  VBD  ROOT      3
    a         a        DET   DT   det       5
    meeting   meeting  NOUN  NN   dobj      3
    .         .        PUNCT .    punct     3
""")
SEPARATE_TALKS = ("Iran held separate talks with Iraq and Syria.", """
    Iran      Iran      PROPN NNP  nsubj     1
    held      hold      VERB  VBD  ROOT      1
    separate  separate  ADJ   JJ   amod      3
    talks     talk      NOUN  NNS  dobj      1
    with      with      ADP   IN   prep      3
    Iraq      Iraq      PROPN NNP  pobj      4
    and       and       CCONJ CC   cc        5
    Syria     Syria     PROPN NNP  conj      5
    .         .         PUNCT .    punct     1
""")
MET_THEN = ("Iran met with Iraq, then with Syria.", """
    Iran   Iran   PROPN NNP  nsubj     1
    met    meet   VERB  VBD  ROOT      1
    with   with   ADP   IN   prep      1
    Iraq   Iraq   PROPN NNP  pobj      2
    ,      ,      PUNCT ,    punct     1
    then   then   ADV   RB   advmod    6
    with   with   ADP   IN   prep      1
    Syria  Syria  PROPN NNP  pobj      6
    .      .      PUNCT .    punct     1
""")
LEADERS_TALKS = ("The two leaders held talks.", """
    The      the     DET   DT   det       2
    two      two     NUM   CD   nummod    2
    leaders  leader  NOUN  NNS  nsubj     3
    held     hold    VERB  VBD  ROOT      3
    talks    talk    NOUN  NNS  dobj      3
    .        .       PUNCT .    punct     3
""")
ATTACK_BY = ("Iraq condemned the attack on Israel by Hamas.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    the        the      DET   DT   det       3
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      3
    Israel     Israel   PROPN NNP  pobj      4
    by         by       ADP   IN   prep      3
    Hamas      Hamas    PROPN NNP  pobj      6
    .          .        PUNCT .    punct     1
""")
ATTACK_ON = ("Iraq condemned the attack on Israel.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    the        the      DET   DT   det       3
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      3
    Israel     Israel   PROPN NNP  pobj      4
    .          .        PUNCT .    punct     1
""")
SHELLING_BY = ("Iraq condemned the shelling of Israel by Hamas.", """
    Iraq       Iraq      PROPN NNP  nsubj     1
    condemned  condemn   VERB  VBD  ROOT      1
    the        the       DET   DT   det       3
    shelling   shelling  NOUN  NN   dobj      1
    of         of        ADP   IN   prep      3
    Israel     Israel    PROPN NNP  pobj      4
    by         by        ADP   IN   prep      1
    Hamas      Hamas     PROPN NNP  pobj      6
    .          .         PUNCT .    punct     1
""")
# the doer's agents named by their own "of": the preposition above them ("by") tells the doer
ATTACK_BY_FORCES_OF = ("Iraq condemned the attack on Syria by the forces of Israel.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    the        the      DET   DT   det       3
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      3
    Syria      Syria    PROPN NNP  pobj      4
    by         by       ADP   IN   prep      5
    the        the      DET   DT   det       8
    forces     force    NOUN  NNS  pobj      6
    of         of       ADP   IN   prep      8
    Israel     Israel   PROPN NNP  pobj      9
    .          .        PUNCT .    punct     1
""")
# but "the attack on the forces of Syria" names them its victims, the preposition above them being "on"
ATTACK_ON_FORCES_OF = ("Iraq condemned the attack on the forces of Syria.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    the        the      DET   DT   det       3
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      3
    the        the      DET   DT   det       6
    forces     force    NOUN  NNS  pobj      4
    of         of       ADP   IN   prep      6
    Syria      Syria    PROPN NNP  pobj      7
    .          .        PUNCT .    punct     1
""")
# the object put after "in the strongest terms", which the parser makes the subject of a clause on "terms"
SHIFTED_ATTACK = ("Iraq condemned in the strongest terms the brutal attack carried out by Hamas today.", """
    Iraq       Iraq       PROPN NNP  nsubj     1
    condemned  condemn    VERB  VBD  ROOT      1
    in         in         ADP   IN   prep      1
    the        the        DET   DT   det       5
    strongest  strong     ADJ   JJS  amod      5
    terms      term       NOUN  NNS  pobj      2
    the        the        DET   DT   det       8
    brutal     brutal     ADJ   JJ   amod      8
    attack     attack     NOUN  NN   nsubj     9
    carried    carry      VERB  VBN  relcl     5
    out        out        ADP   RP   prt       9
    by         by         ADP   IN   agent     9
    Hamas      Hamas      PROPN NNP  pobj      11
    today      today      NOUN  NN   npadvmod  9
    .          .          PUNCT .    punct     1
""")
# its victim stays no target
SHIFTED_ATTACK_ON = ("Iraq condemned in the strongest terms the attack on Syria carried out today.", """
    Iraq       Iraq       PROPN NNP  nsubj     1
    condemned  condemn    VERB  VBD  ROOT      1
    in         in         ADP   IN   prep      1
    the        the        DET   DT   det       5
    strongest  strong     ADJ   JJS  amod      5
    terms      term       NOUN  NNS  pobj      2
    the        the        DET   DT   det       7
    attack     attack     NOUN  NN   nsubj     10
    on         on         ADP   IN   prep      7
    Syria      Syria      PROPN NNP  pobj      8
    carried    carry      VERB  VBN  relcl     5
    out        out        ADP   RP   prt       10
    today      today      NOUN  NN   npadvmod  10
    .          .          PUNCT .    punct     1
""")
ATTACK_IN = ("Iraq condemned the attack on a market in Syria.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    the        the      DET   DT   det       3
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      3
    a          a        DET   DT   det       6
    market     market   NOUN  NN   pobj      4
    in         in       ADP   IN   prep      6
    Syria      Syria    PROPN NNP  pobj      7
    .          .        PUNCT .    punct     1
""")
HAMAS_ATTACK_ON = ("Iraq condemned Hamas's attack on Israel.", """
    Iraq       Iraq     PROPN NNP  nsubj     1
    condemned  condemn  VERB  VBD  ROOT      1
    Hamas      Hamas    PROPN NNP  poss      4
    's         's       PART  POS  case      2
    attack     attack   NOUN  NN   dobj      1
    on         on       ADP   IN   prep      4
    Israel     Israel   PROPN NNP  pobj      5
    .          .        PUNCT .    punct     1
""")
THANKED = ("China thanked Iran.", """
    China    China  PROPN NNP  nsubj     1
    thanked  thank  VERB  VBD  ROOT      1
    Iran     Iran   PROPN NNP  dobj      1
    .        .      PUNCT .    punct     1
""")
LEADERS_CONDEMNED = ("The two leaders condemned the strikes.", """
    The        the      DET   DT   det       2
    two        two      NUM   CD   nummod    2
    leaders    leader   NOUN  NNS  nsubj     3
    condemned  condemn  VERB  VBD  ROOT      3
    the        the      DET   DT   det       5
    strikes    strike   NOUN  NNS  dobj      3
    .          .        PUNCT .    punct     3
""")
LEADERS_SUPPORT = ("The two leaders support the talks.", """
    The      the      DET   DT   det       2
    two      two      NUM   CD   nummod    2
    leaders  leader   NOUN  NNS  nsubj     3
    support  support  VERB  VBP  ROOT      3
    the      the      DET   DT   det       5
    talks    talk     NOUN  NNS  dobj      3
    .        .        PUNCT .    punct     3
""")

THANKED_KINGDOM_AND = ("Iran thanked the Kingdom of Jordan and Syria.", """
    Iran     Iran     PROPN NNP  nsubj  1
    thanked  thank    VERB  VBD  ROOT   1
    the      the      DET   DT   det    3
    Kingdom  Kingdom  PROPN NNP  dobj   1
    of       of       ADP   IN   prep   3
    Jordan   Jordan   PROPN NNP  pobj   4
    and      and      CCONJ CC   cc     5
    Syria    Syria    PROPN NNP  conj   5
    .        .        PUNCT .    punct  1
""")


URGED_REGION = ("Turkey urged the countries of the region to talk.", """
    Turkey     Turkey     PROPN NNP  nsubj  1
    urged      urge       VERB  VBD  ROOT   1
    the        the        DET   DT   det    3
    countries  country    NOUN  NNS  dobj   1
    of         of         ADP   IN   prep   3
    the        the        DET   DT   det    6
    region     region     NOUN  NN   pobj   4
    to         to         PART  TO   aux    8
    talk       talk       VERB  VB   xcomp  1
    .          .          PUNCT .    punct  1
""")
URGED_REGION_AFTER = ("After the strikes on Syria, Turkey urged the countries of the region to talk.", """
    After      after      ADP   IN   prep   7
    the        the        DET   DT   det    2
    strikes    strike     NOUN  NNS  pobj   0
    on         on         ADP   IN   prep   2
    Syria      Syria      PROPN NNP  pobj   3
    ,          ,          PUNCT ,    punct  7
    Turkey     Turkey     PROPN NNP  nsubj  7
    urged      urge       VERB  VBD  ROOT   7
    the        the        DET   DT   det    9
    countries  country    NOUN  NNS  dobj   7
    of         of         ADP   IN   prep   9
    the        the        DET   DT   det    12
    region     region     NOUN  NN   pobj   10
    to         to         PART  TO   aux    14
    talk       talk       VERB  VB   xcomp  7
    .          .          PUNCT .    punct  7
""")
URGED_COUNTRIES_INCLUDING = ("Turkey urged all countries, including Iran, to talk.", """
    Turkey     Turkey     PROPN NNP  nsubj  1
    urged      urge       VERB  VBD  ROOT   1
    all        all        DET   DT   det    3
    countries  country    NOUN  NNS  dobj   1
    ,          ,          PUNCT ,    punct  3
    including  include    VERB  VBG  prep   3
    Iran       Iran       PROPN NNP  pobj   5
    ,          ,          PUNCT ,    punct  3
    to         to         PART  TO   aux    9
    talk       talk       VERB  VB   xcomp  1
    .          .          PUNCT .    punct  1
""")


@pytest.fixture(scope="module")
def patterns(patterns_of):
    return patterns_of(PATTERNS)


def targets_of(parse, analyse, patterns, case, trigger: str):
    doc = parse(*case)
    an = analyse(doc, ACTORS)
    trig = next(t for t in find_triggers(doc[:], patterns) if t.token.text == trigger)
    return find_targets(an, trig, an.sources(trig.clause)), an, trig


@pytest.mark.parametrize("case, trigger, targets", [
    (TALKS_ON, "talks", ["IRQ"]),                    # the partner of a meeting, not its topic
    (ATTACK_BY, "condemned", ["HAMAS"]),             # the doer of an attack, not its victim
    (SHELLING_BY, "condemned", ["HAMAS"]),           # "by": the doer, though Israel comes first
    (ATTACK_ON, "condemned", [None]),    # the victim is no target, and no doer is named (GUIDE.md)
    (ATTACK_IN, "condemned", [None]),    # nor is the place of the attack
    (ATTACK_BY_FORCES_OF, "condemned", ["ISR"]),   # "by the forces of X": X's forces did it
    (ATTACK_ON_FORCES_OF, "condemned", [None]),    # "on the forces of X": X's forces suffered it
    (SHIFTED_ATTACK, "condemned", ["HAMAS"]),      # the object after "in the strongest terms"
    (SHIFTED_ATTACK_ON, "condemned", [None]),      # ... its victim no target
    (HAMAS_ATTACK_ON, "condemned", ["HAMAS"]),   # the attack's own possessor is its doer
    (THANKED, "thanked", ["IRN"]),
    (LEADERS_CONDEMNED, "condemned", [None]),
    (LEADERS_TALKS, "talks", [Placeholder.COUNTERPART]),   # a meeting with no partner named
    (LEADERS_SUPPORT, "support", []),                # "target": "require": no event
    (DISCUSSED_TIES, "discussed", [Placeholder.COUNTERPART]),   # a topic's "with": no partner
    (MET_OFFICIALS_FROM, "met", ["IRQ", "SYR"]),     # officials from X: X
    (SPOKE_WITH_MODI_TO, "spoke", ["IND"]),          # the partner a misparse put in the next clause
    (IRAN_AND_IRAQ_CONVENED, "convened", [Placeholder.COUNTERPART]),   # two sources: each other
    (MET_THEN, "met", ["IRQ", "SYR"]),               # each partner met in turn
    (MET_SMITH_COMMANDER_AND_OFFICIALS, "met", ["IRQ", "SYR"]),   # the list goes on past a title
    (GRATITUDE_TO_AND_TO, "gratitude", ["IRQ", "SYR"]),   # "to X for ..., and to Y for ...": both
    (THANKED_KINGDOM_AND, "thanked", ["JOR", "SYR"]),   # the next member joined to the first's last word
    # a group asked as a whole that is no actor: no one named (GUIDE.md), not an actor named
    # elsewhere in the sentence; or the examples it names
    (URGED_REGION, "urged", [None]),
    (URGED_REGION_AFTER, "urged", [None]),
    (URGED_COUNTRIES_INCLUDING, "urged", ["IRN"]),
])
def test_find_targets(parse, analyse, patterns, case, trigger, targets):
    assert targets_of(parse, analyse, patterns, case, trigger)[0] == targets


def test_evidence_runs_from_the_subject_to_the_clause_end(parse, analyse, patterns):
    _, an, trig = targets_of(parse, analyse, patterns, TALKS_ON, "talks")
    start, end = evidence_span(an, trig, trig.token.sent)
    assert trig.token.doc.text[start:end] == "Iran held talks with Iraq on the crisis in Syria"
