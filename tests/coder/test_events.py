"""coder/events.py on hand-built parses, with patterns written for these tests: the events of one
sentence, with the code its status calls for (docs/coder.md, "What is not coded")."""
import pytest

from readout.coder.events import EventCoder
from readout.coder.records import Placeholder

PATTERNS = [
    {"verb": "support", "cameo": "051"},
    {"verb": "sanction", "cameo": "163"},
    {"verb": "visit", "cameo": "042", "mode": "visit", "future": "036"},
    {"verb": "condemn", "cameo": "111"},
    {"verb": "deepen", "obj": "tie", "cameo": "030", "only_future": True},
    {"verb": "convene", "cameo": "040", "target": "require"},
    {"verb": "discuss", "cameo": "040", "target": "counterpart"},
]
ACTORS = {"China": "CHN", "Iran": "IRN", "Russia": "RUS", "Ukraine": "UKR", "Erdogan": ("TUR", "person"),
          "Biden": ("USA", "person")}
P = Placeholder.PARTICIPANTS
SUPPORTS = ("China supports Iran.", """
    China     China    PROPN NNP  nsubj     1
    supports  support  VERB  VBZ  ROOT      1
    Iran      Iran     PROPN NNP  dobj      1
    .         .        PUNCT .    punct     1
""")
NOT_SUPPORT = ("Russia did not support Iran.", """
    Russia   Russia   PROPN NNP  nsubj     3
    did      do       AUX   VBD  aux       3
    not      not      PART  RB   neg       3
    support  support  VERB  VB   ROOT      3
    Iran     Iran     PROPN NNP  dobj      3
    .        .        PUNCT .    punct     3
""")
UNLESS = ("Russia will sanction Ukraine unless Ukraine pays.", """
    Russia    Russia    PROPN NNP  nsubj     2
    will      will      AUX   MD   aux       2
    sanction  sanction  VERB  VB   ROOT      2
    Ukraine   Ukraine   PROPN NNP  dobj      2
    unless    unless    SCONJ IN   mark      6
    Ukraine   Ukraine   PROPN NNP  nsubj     6
    pays      pay       VERB  VBZ  advcl     2
    .         .         PUNCT .    punct     2
""")
WOULD = ("Russia would sanction Ukraine.", """
    Russia    Russia    PROPN NNP  nsubj     2
    would     would     AUX   MD   aux       2
    sanction  sanction  VERB  VB   ROOT      2
    Ukraine   Ukraine   PROPN NNP  dobj      2
    .         .         PUNCT .    punct     2
""")
WILL_VISIT = ("Erdogan will visit Iran.", """
    Erdogan  Erdogan  PROPN NNP  nsubj     2
    will     will     AUX   MD   aux       2
    visit    visit    VERB  VB   ROOT      2
    Iran     Iran     PROPN NNP  dobj      2
    .        .        PUNCT .    punct     2
""")
SHOULD = ("The two sides should deepen ties.", """
    The     the     DET   DT   det       2
    two     two     NUM   CD   nummod    2
    sides   side    NOUN  NNS  nsubj     4
    should  should  AUX   MD   aux       4
    deepen  deepen  VERB  VB   ROOT      4
    ties    tie     NOUN  NNS  dobj      4
    .       .       PUNCT .    punct     4
""")
AGREED_TO_DEEPEN = ("The two leaders agreed to deepen ties.", """
    The      the     DET   DT   det       2
    two      two     NUM   CD   nummod    2
    leaders  leader  NOUN  NNS  nsubj     3
    agreed   agree   VERB  VBD  ROOT      3
    to       to      PART  TO   aux       5
    deepen   deepen  VERB  VB   xcomp     3
    ties     tie     NOUN  NNS  dobj      5
    .        .       PUNCT .    punct     3
""")
MUST = ("Biden said that Iran must release the prisoners.", """
    Biden      Biden     PROPN NNP  nsubj     1
    said       say       VERB  VBD  ROOT      1
    that       that      SCONJ IN   mark      5
    Iran       Iran      PROPN NNP  nsubj     5
    must       must      AUX   MD   aux       5
    release    release   VERB  VB   ccomp     1
    the        the       DET   DT   det       7
    prisoners  prisoner  NOUN  NNS  dobj      5
    .          .         PUNCT .    punct     1
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


# The talk is the purpose of a meeting that had no foreign partner: no second meeting.
CONVENED_TO_DISCUSS = ("Biden convened senators to discuss Ukraine.", """
    Biden     Biden     PROPN NNP  nsubj     1
    convened  convene   VERB  VBD  ROOT      1
    senators  senator   NOUN  NNS  dobj      1
    to        to        PART  TO   aux       4
    discuss   discuss   VERB  VB   advcl     1
    Ukraine   Ukraine   PROPN NNP  dobj      4
    .         .         PUNCT .    punct     1
""")


@pytest.fixture(scope="module")
def coder(patterns_of):
    return EventCoder(patterns_of(PATTERNS))


@pytest.mark.parametrize("case, events", [
    (SUPPORTS, [("CHN", "SUPPORT", "IRN", "051")]),
    (NOT_SUPPORT, []),                                       # negated
    (UNLESS, [("RUS", "THREATEN", "UKR", "130")]),           # an ultimatum (rule_codes.tsv) is a threat
    (WOULD, []),                                             # a conditional act of no threat type
    (WILL_VISIT, [("TUR", "AGREE", "IRN", "036")]),          # announced: the pattern's future code
    (SHOULD, []),                                            # normative
    (AGREED_TO_DEEPEN, [(P, "AGREE", None, "030")]),  # only_future, intended; one per side in resolve.py
    (MUST, [("USA", "REQUEST", "IRN", "020")]),              # a reported demand (rule_codes.tsv)
    (LEADERS_CONDEMNED, [(P, "ACCUSE", None, "111")]),       # leaders who condemn together: no target
    (CONVENED_TO_DISCUSS, []),                               # a meeting's purpose is no meeting
])
def test_code_sentence(parse, analyse, coder, case, events):
    doc = parse(*case)
    found = coder.code_sentence(analyse(doc, ACTORS), doc[:], 0, 2021)
    assert [(e.source, e.type, e.target, e.cameo) for e in found] == events


def test_an_event_carries_its_evidence_and_trigger(parse, analyse, coder):
    doc = parse(*SUPPORTS)
    [event] = coder.code_sentence(analyse(doc, ACTORS), doc[:], 3, 2021)
    assert (doc.text[event.start:event.end], event.trigger, event.sentence, event.goldstein) == \
        ("China supports Iran", 1, 3, 3.4)
