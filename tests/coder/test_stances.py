"""coder/stances.py: stances found (or not) in sentences written for these tests (GUIDE.md,
Stances): on hand-built parses, then through the whole pipeline with the model."""
import pytest

from readout.coder.records import Placeholder
from readout.coder.stances import StanceFinder
from readout.issues import IssueLexicon
from readout.pipeline import code_text

SUPPORTS = ("China supports Ukraine's sovereignty.", """
    China        China        PROPN NNP  nsubj     1
    supports     support      VERB  VBZ  ROOT      1
    Ukraine      Ukraine      PROPN NNP  poss      4
    's           's           PART  POS  case      2
    sovereignty  sovereignty  NOUN  NN   dobj      1
    .            .            PUNCT .    punct     1
""")
NOT_SUPPORT = ("China does not support Ukraine's sovereignty.", """
    China        China        PROPN NNP  nsubj     3
    does         do           AUX   VBZ  aux       3
    not          not          PART  RB   neg       3
    support      support      VERB  VB   ROOT      3
    Ukraine      Ukraine      PROPN NNP  poss      6
    's           's           PART  POS  case      4
    sovereignty  sovereignty  NOUN  NN   dobj      3
    .            .            PUNCT .    punct     3
""")
MUTUAL = ("The leaders expressed mutual support for sovereignty.", """
    The          the          DET   DT   det       1
    leaders      leader       NOUN  NNS  nsubj     2
    expressed    express      VERB  VBD  ROOT      2
    mutual       mutual       ADJ   JJ   amod      4
    support      support      NOUN  NN   dobj      2
    for          for          ADP   IN   prep      4
    sovereignty  sovereignty  NOUN  NN   pobj      5
    .            .            PUNCT .    punct     2
""")
INVASION = ("Biden condemned Russia's invasion of Ukraine.", """
    Biden      Biden     PROPN NNP  nsubj     1
    condemned  condemn   VERB  VBD  ROOT      1
    Russia     Russia    PROPN NNP  poss      4
    's         's        PART  POS  case      2
    invasion   invasion  NOUN  NN   dobj      1
    of         of        ADP   IN   prep      4
    Ukraine    Ukraine   PROPN NNP  pobj      5
    .          .         PUNCT .    punct     1
""")
DISCUSSED = ("The ministers discussed countering terrorism.", """
    The         the        DET   DT   det       1
    ministers   minister   NOUN  NNS  nsubj     2
    discussed   discuss    VERB  VBD  ROOT      2
    countering  counter    VERB  VBG  xcomp     2
    terrorism   terrorism  NOUN  NN   dobj      3
    .           .          PUNCT .    punct     2
""")
ACTORS = {"China": "CHN", "Ukraine": "UKR", "Russia": "RUS", "Biden": ("USA", "person")}


@pytest.fixture(scope="module")
def finder():
    return StanceFinder(IssueLexicon())


@pytest.mark.parametrize("case, stances", [
    (SUPPORTS, [("CHN", "support", "sovereignty", "UKR")]),     # toward: the issue's possessor
    (NOT_SUPPORT, []),                                          # a negated polarity word
    (MUTUAL, [(Placeholder.PARTICIPANTS, "support", "sovereignty", Placeholder.COUNTERPART)]),
    (INVASION, [("USA", "oppose", "ukraine", "RUS")]),          # a wrong act: toward its doer
    (DISCUSSED, []),                                            # only discussed
])
def test_find(parse, analyse, finder, case, stances):
    doc = parse(*case)
    found = finder.find(analyse(doc, ACTORS), doc[:], 0)
    assert [(s.holder, s.polarity, s.issue, s.toward) for s in found] == stances


CALL = "President Biden spoke by phone with Prime Minister Kishida of Japan. "
MUST_FIND = [
    ("China firmly supports Iran in safeguarding national sovereignty.", ("CHN", "support", "sovereignty", "IRN")),
    ("President Biden voiced concerns about Russia's escalation of troops near Ukraine.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden raised concerns about Beijing's unfair trade practices, crackdown in Hong Kong and abuses in Tibet.",
     ("USA", "oppose", "tibet", "CHN")),
    ("President Biden reaffirmed his support for Georgia's sovereignty.", ("USA", "support", "sovereignty", "GEO")),
    ("President Biden raised concerns about Beijing's practices in Tibet and Hong Kong, as well as human rights "
     "more broadly.", ("USA", "oppose", "human_rights", "CHN")),
    ("We will impose severe costs on Russia for this reckless act of aggression against Ukraine.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden raised concerns about the DPRK's repeated missile launches.",
     ("USA", "oppose", "korean_peninsula", "PRK")),
    ("The President voiced concerns over the sudden Russian military build-up near Ukraine's borders.",
     ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden warned that a further Russian invasion of Ukraine would cause great suffering.",
     ("USA", "oppose", "ukraine", "RUS")),
    (CALL + "The leaders expressed mutual support in defending sovereignty and upholding international law.",
     ("JPN", "support", "multilateralism", "USA")),
]
# issue #12 item 7: toward, polarity slips, shared positions, phrasing across publishers
CALL_AU = "President Biden spoke with Prime Minister Albanese of Australia. "
CALL_PH = "President Biden met President Marcos of the Philippines. "
MUST_FIND += [
    (CALL_AU + "President Biden commended Australia's strong support for Ukraine.", ("USA", "support", "ukraine", "AUS")),
    (CALL + "The two leaders reaffirmed their support for Ukraine.", ("JPN", "support", "ukraine", "UKR")),
    (CALL + "The leaders discussed their shared commitment to supporting the people of Ukraine.",
     ("USA", "support", "ukraine", "UKR")),
    ("President Biden said America will continue to help Ukraine defend itself.", ("USA", "support", "ukraine", "UKR")),
    ("Iran called for an end to the killing of civilians.", ("IRN", "support", "humanitarian", None)),
    ("President Biden condemned Russia's brutal aggression.", ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden condemned the invasion of Ukraine.", ("USA", "oppose", "ukraine", "RUS")),
    (CALL_PH + "The leaders expressed concern over the PRC's coercive activities in the South China Sea.",
     ("PHL", "oppose", "south_china_sea", "CHN")),
    (CALL + "The leaders stressed their commitment to preventing Iran from acquiring a nuclear weapon.",
     ("JPN", "oppose", "nonproliferation", "IRN")),
    (CALL + "The two leaders agreed to work together to counter terrorism.", ("JPN", "oppose", "terrorism", None)),
    (CALL + "Both sides agreed to strengthen counter-terrorism cooperation.", ("USA", "oppose", "terrorism", None)),
    (CALL + "Both sides stressed respect for sovereignty and non-interference in internal affairs.",
     ("JPN", "oppose", "interference", None)),
    ("China firmly opposes interference in its internal affairs under the pretext of human rights.",
     ("CHN", "oppose", "interference", None)),
    ("President Biden warned of the existential threat posed by climate change.", ("USA", "support", "climate", None)),
    ("President Biden raised concerns about the safety of journalists.", ("USA", "support", "press_freedom", None)),
    (CALL + "The leaders expressed concern over the spread of the coronavirus.", ("JPN", "support", "covid19", None)),
    (CALL + "The leaders exchanged views on Afghanistan and agreed on the importance of a stable Afghanistan.",
     ("JPN", "support", "afghanistan", None)),
    (CALL + "The leaders discussed their shared concerns about the humanitarian situation in Haiti.",
     ("USA", "support", "humanitarian", None)),
    ("China stands firmly with Russia against terrorism.", ("CHN", "support", "terrorism", "RUS")),
    ("China supports Pakistan's fight against terrorism.", ("CHN", "support", "terrorism", "PAK")),
    ("President Biden raised concerns about PRC human rights abuses in Xinjiang.", ("USA", "oppose", "human_rights", "CHN")),
    ("President Biden raised concerns about PRC human rights abuses in Xinjiang.", ("USA", "oppose", "xinjiang", "CHN")),
    ("President Biden underscored his concerns about the crackdown in Hong Kong.", ("USA", "oppose", "hong_kong", "CHN")),
    ("Canada will not tolerate foreign interference in its internal affairs.", ("CAN", "oppose", "interference", None)),
    ("Moscow said that the American strikes on Iran violate international law.", ("RUS", "oppose", "multilateralism", "USA")),
    ("Wang Yi said that Washington should return to the nuclear deal.", ("CHN", "support", "iran_nuclear_deal", None)),
    ("Saudi Arabia stressed the need to end the war in Gaza.", ("SAU", "support", "israel_palestine", None)),
    ("President Biden is concerned about the rise in violence by Israeli settlers against Palestinians.",
     ("USA", "oppose", "israel_palestine", "ISR")),
    ("The President thanked Chancellor Scholz for Germany's support for Ukraine.", ("USA", "support", "ukraine", "DEU")),
    ("Iran said that the continued aggression of the Zionist regime against Gaza endangers the whole region.",
     ("IRN", "oppose", "israel_palestine", "ISR")),
    (CALL + "The two leaders expressed their shared opinion that the full implementation of the Astana format "
     "agreements is needed.", ("JPN", "support", "syria", None)),
    ("North Korea launched a ballistic missile today. The launch is a clear violation of UN Security Council "
     "resolutions.", ("USA", "oppose", "multilateralism", "PRK")),
    ("Turkey supports peace talks between Russia and Ukraine.", ("TUR", "support", "ukraine", None)),
    (CALL + "The leaders reaffirmed their commitment to continue providing security and humanitarian assistance "
     "to Ukraine.", ("JPN", "support", "ukraine", "UKR")),
    ("The President is concerned that China is moving military forces around Taiwan.", ("USA", "oppose", "taiwan", "CHN")),
    # a concern about an actor's act on the issue is toward it (GUIDE.md: "concerns about PRC human rights abuses"
    # -> toward CHN); the ACCUSE of "concerned about" is aimed at China, and so is the stance (stance_aims.py)
    ("We are concerned about the enhanced Chinese military presence in the Taiwan Strait.",
     ("USA", "oppose", "taiwan", "CHN")),
    (CALL + "They discussed the war in Ukraine and the situation in Ukraine. Prime Minister Kishida called for an early "
     "end to hostilities and a peaceful resolution of the conflict.", ("JPN", "support", "ukraine", None)),
    ("Xi Jinping spoke with President Zelenskyy about Ukraine. Xi said China hopes all parties will return to the "
     "track of political settlement of the crisis in Ukraine.", ("CHN", "support", "ukraine", None)),
    ("President Biden spoke with President Zelenskyy. Zelenskyy said Ukraine adheres to the one-China policy.",
     ("UKR", "support", "taiwan", "CHN")),
    ("President Biden said the United States will keep supporting the right of Iranians to protest freely.",
     ("USA", "support", "human_rights", None)),
    # a sentence naming one conflict is about it, even before the story names it twice
    (CALL + "On Gaza, the leaders called for an immediate ceasefire.", ("JPN", "support", "israel_palestine", None)),
    ("The G7 leaders underscored the importance of the United Nations in resolving conflicts.",
     ("G7", "support", "multilateralism", None)),
    ("President Biden is gravely concerned about the violent crackdown on peaceful protesters in Iran.",
     ("USA", "oppose", "human_rights", "IRN")),
    # "this agreement" just after an agreement is named stands for its issue
    (CALL + "They discussed the Iran nuclear deal. The leaders stressed the importance of preserving this agreement.",
     ("JPN", "support", "iran_nuclear_deal", None)),
    (CALL + "They discussed the Iran nuclear deal. The leaders stressed the importance of preserving this agreement, "
     "which serves regional security.", ("USA", "support", "iran_nuclear_deal", None)),
    ("President Biden condemned the attacks by Russia and Belarus on Ukraine.", ("USA", "oppose", "ukraine", "BLR")),
]
MUST_NOT_FIND = [
    ("President Biden voiced concerns about Russia's escalation of troops near Ukraine.",
     ("RUS", "oppose", "ukraine", None)),
    ("The ministers talked about the Idlib de-escalation zone in Syria.", ("RUS", "oppose", "syria", "SYR")),
    ("President Biden reaffirmed his support for Georgia's sovereignty.", ("USA", "support", "ukraine", None)),
    ("The two leaders exchanged views on countering terrorism.", ("USA", "oppose", "terrorism", None)),
    ("President Biden expressed concern over the rapid spread of the coronavirus.", ("USA", "oppose", "covid19", None)),
    ("The President voiced concerns over the sudden Russian military build-up near Ukraine's borders.",
     ("USA", "support", "ukraine", "RUS")),
    ("President Biden warned that a further Russian invasion of Ukraine would cause great suffering.",
     ("RUS", "oppose", "ukraine", None)),
    (CALL + "The leaders expressed mutual interest in closer trade ties and praised efforts to address climate change.",
     ("USA", "support", "climate", "JPN")),
]


MUST_NOT_FIND += [
    # a breach with no violator named backs no one (fifth session: the gold codes breaches only
    # as opposition toward the violator)
    ("The launch is a clear violation of UN Security Council resolutions.", ("USA", "support", "multilateralism", None)),
    (CALL + "The two leaders agreed to work together to counter terrorism.", ("JPN", "support", "terrorism", None)),
    (CALL + "Both sides agreed to strengthen counter-terrorism cooperation.", ("USA", "support", "terrorism", None)),
    ("China firmly opposes interference in its internal affairs under the pretext of human rights.",
     ("CHN", "oppose", "human_rights", None)),
    ("President Biden warned of the existential threat posed by climate change.", ("USA", "oppose", "climate", None)),
    ("President Biden raised concerns about the safety of journalists.", ("USA", "oppose", "press_freedom", None)),
    (CALL_AU + "President Biden commended Australia's strong support for Ukraine.", ("AUS", "support", "ukraine", "UKR")),
    ("Saudi Arabia voiced concern about the war in Gaza.", ("SAU", "oppose", "israel_palestine", None)),
    ("China opposes the unilateral sanctions imposed by the United States.", ("CHN", "oppose", "unilateralism", "USA")),
    ("China opposes the unilateral sanctions imposed by the United States.", ("CHN", "oppose", "sanctions", None)),
    ("We stress that Israel must respect international humanitarian law.", ("ISR", "support", "humanitarian", None)),
    ("Wang Yi said that Washington should return to the nuclear deal.", ("USA", "support", "iran_nuclear_deal", None)),
    ("President Erdogan thanked Russia and Ukraine for their constructive approach.", ("TUR", "support", "ukraine", "UKR")),
    ("President Zelenskyy thanked President Biden for his leadership.", ("UKR", "support", "ukraine", "USA")),
    (CALL + "The leaders discussed the situation in Ukraine.", ("USA", "oppose", "ukraine", "RUS")),
    ("We must stand by Ukraine as it defends itself from Russian aggression.", ("USA", "support", "ukraine", "RUS")),
    ("During the pandemic, American oil companies reduced production.", ("USA", "support", "covid19", None)),
    ("Expressing his gratitude to Russia and Ukraine for their constructive approach, President Erdogan also "
     "thanked the Secretary-General.", ("TUR", "support", "ukraine", None)),
    (CALL + "The leaders called on all states to comply with the relevant United Nations Security Council resolutions.",
     ("USA", "support", "multilateralism", "UN")),
    ("China provided humanitarian assistance.", ("CHN", "support", "humanitarian", None)),
    ("Overnight, Russia launched one of its largest aerial assaults against Ukraine's energy grid.",
     ("RUS", "oppose", "ukraine", "UKR")),
    ("We are concerned about the enhanced Chinese military presence in the Taiwan Strait.",
     ("USA", "support", "taiwan", "CHN")),
    ("The White House met a delivered fuel trade association.", ("USA", "support", "trade", None)),
    (CALL + "They discussed Ukraine and the war in Ukraine. The leaders called for peace in Sudan.",
     ("USA", "support", "ukraine", None)),     # a conflict with a place of its own is not the story's
    ("Xi Jinping spoke with President Zelenskyy about Ukraine. Xi said China hopes all parties will return to the "
     "track of political settlement of the crisis in Ukraine.", ("UKR", "support", "ukraine", None)),
    ("Since the start of Russia's invasion of Ukraine, the United States has provided food aid to countries in need.",
     ("USA", "support", "ukraine", "RUS")),
    ("President Biden said the United States will keep supporting the right of Iranians to protest freely.",
     ("USA", "support", "human_rights", "IRN")),     # those whose right it is are not opposed nor backed
    # a topic named before the verb is no one made to pay: regression, was toward PSE
    (CALL + "On Gaza, the leaders called for an immediate ceasefire.", ("JPN", "support", "israel_palestine", "PSE")),
    ("Mexican officials hosted a U.S. delegation to further the global fight against illicit fentanyl.",
     ("MEX", "oppose", "counternarcotics", "USA")),
    (CALL + "They discussed the Iran nuclear deal. The leaders agreed on trade. The leaders welcomed this agreement on "
     "grain exports.", ("JPN", "support", "iran_nuclear_deal", None)),     # an agreement of its own
    (CALL + "They discussed the Iran nuclear deal. The leaders welcomed the agreement.",
     ("JPN", "support", "iran_nuclear_deal", None)),     # not surely the one just named
    (CALL + "The leaders reaffirmed their support for Ukraine and Moldova.", ("USA", "support", "ukraine", "MDA")),
]

# issue #12 item 7: joint statements' "we", "our countries", "our efforts" hold stances as events' "we"
G7_ROME = "We, the Leaders of the G7, met in Rome. "
QUAD_TOKYO = "We, the Leaders of Japan, Australia and India, met in Tokyo. "
CALL_MX = "President Biden met President Lopez Obrador of Mexico. "
MUST_FIND += [
    (G7_ROME + "North Korea's missile launches must stop.", ("G7", "oppose", "korean_peninsula", "PRK")),
    (G7_ROME + "Our nations oppose terrorism.", ("G7", "oppose", "terrorism", None)),
    ("Our cooperation will help tackle the climate crisis.", ("USA", "support", "climate", None)),
    (QUAD_TOKYO + "Our efforts will help tackle the climate crisis.", ("IND", "support", "climate", None)),
    (G7_ROME + "Stable supply chains are vital to our efforts to fight climate change.",
     ("G7", "support", "climate", None)),
    (CALL_MX + "Our countries recognize that stopping arms smuggling is critical to our shared efforts to combat "
     "illicit fentanyl.", ("MEX", "support", "counternarcotics", None)),
    (CALL_MX + "Our countries recognize that stopping arms smuggling is critical to our shared efforts to combat "
     "illicit fentanyl.", ("USA", "support", "counternarcotics", None)),
    # "they" reviewing "our commitment" hold it both, not only the publisher
    ("President Biden met Prime Minister Mitsotakis of Greece. They reviewed our commitment to fight terrorism.",
     ("GRC", "oppose", "terrorism", None)),
]
MUST_NOT_FIND += [
    (G7_ROME + "North Korea's missile launches must stop.", ("USA", "oppose", "korean_peninsula", "PRK")),
    (G7_ROME + "Our nations oppose terrorism.", ("ITA", "oppose", "terrorism", None)),
]


def _keys(text):  # with the model
    rec = code_text(text, date="2021-06-01", publisher="The White House")
    return {(s["holder"], s["polarity"], s["issue"], s["toward"]) for s in rec["stances"]}


@pytest.mark.parametrize("text,key", MUST_FIND)
def test_must_find(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND)
def test_must_not_find(text, key):
    assert key not in _keys(text)


# issue #12 item 7, second round: interference by a named doer, copular judgements, "of"-only words,
# an act's doer named in the sentence before
MUST_FIND_2 = [
    ("China firmly opposes interference by outside forces in Venezuela's internal affairs.",
     ("CHN", "oppose", "interference", None)),
    ("China opposes interference by the United States in Iran's internal affairs.",
     ("CHN", "oppose", "interference", "USA")),
    ("President Biden voiced serious concerns about Russian interference activities in Georgia.",
     ("USA", "oppose", "interference", "RUS")),
    ("Araghchi said that terrorists are the common enemy of Iran and Iraq.", ("IRN", "oppose", "terrorism", None)),
    ("Moscow said that the United States is the enemy of multilateralism.", ("RUS", "oppose", "multilateralism", "USA")),
    ("The President said that America and Britain stand side by side in defence of our shared values of "
     "freedom and democracy.", ("USA", "support", "democracy", None)),
    (CALL_PH + "The leaders agreed to keep working on the new port, a flagship project of the Belt and Road "
     "Initiative.", ("PHL", "support", "belt_and_road", None)),
    ("The White House condemned the strike carried out on Sunday by Israel on the consulate in Beirut. Spokesman "
     "Hallor said the attack was a blatant violation of international law.",
     ("USA", "oppose", "multilateralism", "ISR")),
]
MUST_NOT_FIND_2 = [
    ("China opposes any foreign interference in Iran's internal affairs.", ("CHN", "oppose", "interference", "IRN")),
    ("The free press is not the enemy of the people.", ("USA", "oppose", "press_freedom", None)),
    ("The United States and Japan will organize the flagship Cybersecurity Week.", ("USA", "support", "cyber", None)),
    ("The ministers reviewed the missile defense programme.", ("USA", "support", "arms_control", None)),
]


@pytest.mark.parametrize("text,key", MUST_FIND_2)
def test_must_find_second_round(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_2)
def test_must_not_find_second_round(text, key):
    assert key not in _keys(text)


# issue #12 item 7, second round: nuclear-deal and sanctions phrasing, effort judged, proposals,
# lifting, reviews, pronoun possessors
CALL_CN = "President Biden met President Xi Jinping of China. "
MUST_FIND_3 = [
    ("President Biden appreciated Germany's efforts to preserve the JCPOA.", ("USA", "support", "iran_nuclear_deal", "DEU")),
    ("President Biden condemned Russia's attempts to undermine Ukraine's sovereignty.", ("USA", "oppose", "sovereignty", "RUS")),
    ("Japan attaches importance to the survival of the nuclear deal.", ("JPN", "support", "iran_nuclear_deal", None)),
    ("President Biden said it is important for Iran to keep complying with the nuclear agreement.",
     ("USA", "support", "iran_nuclear_deal", None)),
    ("Rouhani said that the withdrawal of the United States from the nuclear deal caused the tensions.",
     ("IRN", "oppose", "iran_nuclear_deal", "USA")),
    ("Netanyahu welcomed America's exit from the nuclear deal.", ("ISR", "support", "iran_nuclear_deal", "USA")),
    ("Wang Yi said that Washington should lift the sanctions.", ("CHN", "oppose", "sanctions", "USA")),
    (CALL_CN + "The leaders called on Russia to return to the grain deal and to lift its blockade.",
     ("CHN", "support", "food_security", None)),
    ("Lavrov met Wang Yi. The ministers called on the United States to lift its unilateral sanctions against Iran.",
     ("CHN", "oppose", "sanctions", "USA")),
    ("Prime Minister Sharif reaffirmed Pakistan's firm commitment to the One-China policy and its support for China "
     "on all issues of core interest, including Taiwan, Tibet and the South China Sea.",
     ("PAK", "support", "tibet", "CHN")),
    ("Foreign Minister Faisal bin Farhan briefed Secretary Blinken on the situation, saying that the top priority is "
     "to protect civilians.", ("SAU", "support", "humanitarian", None)),
    (CALL + "The leaders reviewed their ongoing efforts to provide security assistance to the government of Ukraine.",
     ("JPN", "support", "ukraine", "UKR")),
    ("Raisi said that Iran and China must stand together against unilateralism.", ("IRN", "oppose", "unilateralism", None)),
    ("President Biden condemned the sanctions of Russia against Moldova, describing them as economic coercion.",
     ("USA", "oppose", "sanctions", "RUS")),
    (CALL + "The leaders affirmed their solidarity with the Ukrainian people.", ("USA", "support", "ukraine", None)),
]
MUST_NOT_FIND_3 = [
    ("President Biden appreciated Germany's efforts to preserve the JCPOA.", ("USA", "support", "iran_nuclear_deal", None)),
    ("President Biden said it is important for Iran to keep complying with the nuclear agreement.",
     ("IRN", "support", "iran_nuclear_deal", None)),
    ("Japan will lift the tightened export controls on three items.", ("JPN", "support", "trade", None)),
    ("Wang Yi said that Washington should lift the sanctions.", ("USA", "oppose", "sanctions", None)),
    ("Biden welcomed the withdrawal of Russian troops from Kherson.", ("USA", "oppose", "ukraine", "RUS")),
    (CALL + "The two sides reviewed bilateral relations, including cooperation in energy, trade and connectivity.",
     ("JPN", "support", "trade", None)),
    ("Raisi said that Iran and China must stand together against unilateralism.", ("CHN", "oppose", "unilateralism", None)),
    ("Raisi said that Iran and China must stand together against unilateralism.", ("IRN", "oppose", "unilateralism", "CHN")),
    ("The two sides spoke out against interference in the internal affairs of states under the pretext of promoting "
     "democracy.", ("USA", "support", "democracy", None)),
    ("President Biden condemned the sanctions of Russia against Moldova, describing them as economic coercion.",
     ("USA", "oppose", "sanctions", None)),
    ("The two sides underscored the importance of investment cooperation, particularly in light of the crisis in "
     "Ukraine.", ("USA", "support", "ukraine", None)),
    ("Putin's assault has spurred a response from Japan and Korea, standing with us to impose sanctions on Russia.",
     ("RUS", "oppose", "sanctions", None)),
]


@pytest.mark.parametrize("text,key", MUST_FIND_3)
def test_must_find_deals_and_measures(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_3)
def test_must_not_find_deals_and_measures(text, key):
    assert key not in _keys(text)


# issue #12 item 7, third piece: measures by their owner, wrongful acts in a place with a doer,
# restrictions called illegitimate, erosion, "dialogue and diplomacy", plural settlements
MUST_FIND_4 = [
    ("Canada raised concerns about the U.S. tariffs imposed on Canadian steel.", ("CAN", "oppose", "trade", "USA")),
    ("Japan called for the immediate lifting of China's import restrictions on Japanese food products.",
     ("JPN", "oppose", "trade", "CHN")),
    ("President Biden raised concerns about human rights violations in Xinjiang and Tibet.",
     ("USA", "oppose", "human_rights", "CHN")),
    ("The Minister condemned the gross and systematic human rights violations in Iran.",
     ("USA", "oppose", "human_rights", "IRN")),
    ("President Biden raised concerns about the erosion of rights and freedoms in Hong Kong.",
     ("USA", "oppose", "hong_kong", "CHN")),
    ("Lavrov drew attention to the illegitimate restrictions imposed by Washington.", ("RUS", "oppose", "sanctions", "USA")),
    ("India voiced concern over the interference of Canadian diplomats in our internal matters.",
     ("IND", "oppose", "interference", "CAN")),
    ("Iran condemned the war crimes committed by the Zionist regime against the people of Gaza.",
     ("IRN", "oppose", "israel_palestine", "ISR")),
    ("Modi spoke with Zelenskyy about Ukraine and the war in Ukraine. Modi conveyed India's clear support for dialogue "
     "and diplomacy to find a way forward.", ("IND", "support", "ukraine", None)),
]
MUST_NOT_FIND_4 = [
    ("Canada raised concerns about the U.S. tariffs imposed on Canadian steel.", ("CAN", "support", "trade", None)),
    ("Biden spoke with Putin about Ukraine and the war in Ukraine. Biden called for de-escalation and a return to "
     "diplomacy.", ("USA", "support", "ukraine", None)),
    ("Russia condemned the settlements in the West Bank.", ("RUS", "support", "israel_palestine", None)),
    ("Iran condemned the war crimes committed by the Zionist regime against the people of Gaza.",
     ("IRN", "support", "israel_palestine", None)),
    ("The President raised concerns about the import restrictions.", ("USA", "oppose", "sanctions", None)),
]


@pytest.mark.parametrize("text,key", MUST_FIND_4)
def test_must_find_measures_and_places(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_4)
def test_must_not_find_measures_and_places(text, key):
    assert key not in _keys(text)


# issue #12 item 7, cooperation areas: energy named as a field of work, growing trade, mutual words
# below the polarity word, and what the parties agreed told by one of them
KISHIDA_SAID = CALL + "\n\nPrime Minister Kishida said "
MUST_FIND_5 = [
    (CALL + "The two leaders agreed to deepen cooperation in the fields of energy and critical minerals.",
     ("JPN", "support", "energy", None)),
    (CALL + "The leaders agreed to expand cooperation in such areas as trade, agriculture, energy and health.",
     ("USA", "support", "energy", None)),
    (CALL + "The two leaders agreed to strengthen cooperation with each other in clean energy.",
     ("USA", "support", "energy", None)),
    (CALL + "The two leaders agreed to raise bilateral trade to $50 billion by 2030.", ("JPN", "support", "trade", None)),
    (CALL + "They confirmed their intention to increase bilateral trade.", ("USA", "support", "trade", None)),
    (KISHIDA_SAID + "the two sides had agreed to raise the volume of bilateral trade to $50 billion.",
     ("USA", "support", "trade", None)),
    (CALL + "They agreed to expand trade and to increase the use of national currencies in mutual settlements.",
     ("JPN", "support", "trade", None)),
]
MUST_FIND_5 += [
    ("The United States and Iraq affirmed their commitment to respecting each country's sovereignty.",
     ("USA", "support", "sovereignty", "IRQ")),
]
MUST_NOT_FIND_5 = [
    ("President Biden spoke with Prime Minister Modi. The leaders welcomed U.S.-India cooperation on clean energy.",
     ("IND", "support", "energy", "USA")),
    ("The volunteers will dedicate their time, energy and talent to the Summit.", ("USA", "support", "energy", None)),
    ("The visit will inject new energy into the relationship.", ("USA", "support", "energy", None)),
    ("President Biden raised trade with President Xi.", ("USA", "support", "trade", None)),
    ("The United States will raise trade barriers.", ("USA", "support", "trade", None)),
    (CALL + "They agreed to expand trade and to increase the use of national currencies in mutual settlements.",
     ("JPN", "support", "trade", "USA")),
    (KISHIDA_SAID + "the two sides should strengthen cooperation against terrorism.",
     ("USA", "oppose", "terrorism", None)),
]


@pytest.mark.parametrize("text,key", MUST_FIND_5)
def test_must_find_cooperation_areas(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_5)
def test_must_not_find_cooperation_areas(text, key):
    assert key not in _keys(text)


# issue #12 item 7, breaches judged: "in violation of", "constitutes a breach of", a relative clause
# whose subject is the act, "by" parsed on the violated issue
MUST_FIND_6 = [
    ("Iranian forces struck targets inside Pakistan on Tuesday, in a blatant violation of Pakistan's sovereignty.",
     ("USA", "oppose", "sovereignty", "IRN")),
    ("Iran carried out a strike in Pakistan yesterday. The Iranian action constitutes a flagrant violation of the "
     "Charter of the United Nations.", ("USA", "oppose", "multilateralism", "IRN")),
    ("Israel struck Iran on Friday. These attacks, which violate Iran's sovereignty, constitute a clear breach of "
     "international law.", ("USA", "oppose", "sovereignty", "ISR")),
    ("Israel struck Iran on Friday. These attacks, which violate Iran's sovereignty, constitute a clear breach of "
     "international law.", ("USA", "oppose", "multilateralism", "ISR")),
    ("Iran carried out a strike in Pakistan yesterday. This blatant violation of Pakistan's sovereignty by Iran is a "
     "breach of international law.", ("USA", "oppose", "sovereignty", "IRN")),
]
MUST_FIND_6 += [
    ("Israel struck Iran on Friday. These strikes, which violate Iran's sovereignty and constitute a clear breach of "
     "international law, must stop.", ("USA", "oppose", "multilateralism", "ISR")),
    ("Moscow declared four Ukrainian regions part of Russia. Washington will never accept the results of Russia's "
     "aggression. We condemn these actions, which constitute a clear violation of Ukraine's sovereignty.",
     ("USA", "oppose", "sovereignty", "RUS")),
]
MUST_FIND_6 += [
    ("The Speaker of the Russian Duma visited Georgia's breakaway region on Monday. The White House said the visit by "
     "the Russian delegation seriously infringes upon Georgia's sovereignty.", ("USA", "oppose", "sovereignty", "RUS")),
]
MUST_NOT_FIND_6 = [
    ("Iranian forces struck targets inside Pakistan on Tuesday, in a blatant violation of Pakistan's sovereignty.",
     ("IRN", "support", "sovereignty", "PAK")),
    ("Israel struck Iran on Friday. These attacks, which violate Iran's sovereignty, constitute a clear breach of "
     "international law.", ("USA", "support", "sovereignty", "IRN")),
    ("The new rules constitute a framework for trade.", ("USA", "oppose", "trade", None)),
    ("Vice President Harris met President Yoon in Seoul. They condemned the DPRK's ballistic missile launches, in "
     "violation of UN Security Council resolutions.", ("USA", "oppose", "multilateralism", "KOR")),
]


@pytest.mark.parametrize("text,key", MUST_FIND_6)
def test_must_find_breaches_judged(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_6)
def test_must_not_find_breaches_judged(text, key):
    assert key not in _keys(text)


# issue #12 item 7, ways out of a conflict: "X is the way forward", a view "agreed that", a clause
# joined to what was said
UKR_CALL = "President Biden spoke with President Zelenskyy about the war in Ukraine and Russia's attacks on Ukraine. "
MUST_FIND_7 = [
    (UKR_CALL + "President Biden reiterated the consistent position of the United States that dialogue and "
     "diplomacy are the way forward.", ("USA", "support", "ukraine", None)),
    (UKR_CALL + "Biden said America's position is clear, and a political settlement is the right way forward.",
     ("USA", "support", "ukraine", None)),
    (UKR_CALL + "The two leaders agreed that dialogue and negotiation are the only viable way out.",
     ("UKR", "support", "ukraine", None)),
    ("President Biden met Prime Minister Kadhimi of Iraq. Both leaders agreed that overall support for Iraq against "
     "terrorism was critical.", ("IRQ", "oppose", "terrorism", None)),
]
MUST_NOT_FIND_7 = [
    (UKR_CALL + "The two leaders agreed that dialogue and negotiation are the only viable way out.",
     ("UKR", "support", "ukraine", "USA")),
    (UKR_CALL + "The path to the summit is open.", ("USA", "support", "ukraine", None)),
    ("President Biden met Prime Minister Kadhimi of Iraq. Both leaders agreed that overall support for Iraq against "
     "terrorism was critical.", ("USA", "oppose", "terrorism", "IRQ")),
]


@pytest.mark.parametrize("text,key", MUST_FIND_7)
def test_must_find_ways_out(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_7)
def test_must_not_find_ways_out(text, key):
    assert key not in _keys(text)


# issue #12, stance25: a field of work under a word of work with no polarity word above it ("our joint work in
# energy", "projects in the gas sector") backs the field, as "cooperation in energy" does; "energy resources" and
# "sources of clean energy" are fields as "the energy sector" is
KREMLIN_TALKS = "Vladimir Putin held talks with the President of Kazakhstan. "


def _kremlin_keys(text):
    rec = code_text(text, date="2021-06-01", publisher="Kremlin") if text.startswith(KREMLIN_TALKS) else None
    return _keys(text) if rec is None else {(s["holder"], s["polarity"], s["issue"], s["toward"]) for s in rec["stances"]}


MUST_FIND_FIELD_WORK = [
    (KREMLIN_TALKS + "Our companies stand ready to take part in new projects in the oil and gas sector.",
     ("RUS", "support", "energy", None)),
    (KREMLIN_TALKS + "The two presidents agreed to continue joint work in the field of energy.",
     ("KAZ", "support", "energy", None)),
    ("Japan and Vietnam will launch a partnership in clean energy.", ("VNM", "support", "energy", None)),
    ("Russia intends to increase supplies of energy resources to Serbia.", ("RUS", "support", "energy", None)),
    (CALL + "They resolved to deepen cooperation on hydrogen and other sources of clean energy.",
     ("USA", "support", "energy", None)),
]
MUST_NOT_FIND_FIELD_WORK = [
    (KREMLIN_TALKS + "Russia will not take part in projects in the energy sector of the region.",
     ("RUS", "support", "energy", None)),
    ("The volunteers put their time and energy into the project.", ("USA", "support", "energy", None)),
    ("The minister devoted his energy to the work of the commission.", ("USA", "support", "energy", None)),
    (KREMLIN_TALKS + "They signed an agreement on joint work in the energy sector.", ("RUS", "oppose", "energy", None)),
    (KREMLIN_TALKS + "The presidents pointed to the steady growth of joint projects in the energy sector.",
     ("RUS", "support", "energy", None)),
]


@pytest.mark.parametrize("text,key", MUST_FIND_FIELD_WORK)
def test_must_find_field_work(text, key):
    assert key in _kremlin_keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_FIELD_WORK)
def test_must_not_find_field_work(text, key):
    assert key not in _kremlin_keys(text)


# issue #12, stance25: the denuclearization of a named country is nonproliferation, and backing it opposes that
# country's acts on the issue; the denuclearization of the Korean Peninsula stays korean_peninsula
MUST_FIND_DISARMING = [
    ("Japan and Australia reaffirmed their commitment to the complete denuclearization of North Korea.",
     ("AUS", "oppose", "nonproliferation", "PRK")),
    ("The two ministers confirmed close cooperation toward the denuclearization of the DPRK.",
     ("USA", "oppose", "nonproliferation", "PRK")),
    ("South Korea strongly supports the denuclearisation of North Korea.", ("KOR", "oppose", "nonproliferation", "PRK")),
    ("South Korea urged North Korea to return swiftly to the path toward the denuclearization of North Korea.",
     ("KOR", "oppose", "nonproliferation", "PRK")),
    ("The two leaders stressed the importance of the complete denuclearization of the Korean Peninsula.",
     ("USA", "support", "korean_peninsula", None)),
]
MUST_NOT_FIND_DISARMING = [
    ("Japan and Australia reaffirmed their commitment to the complete denuclearization of North Korea.",
     ("AUS", "support", "korean_peninsula", None)),
    ("Japan and Australia reaffirmed their commitment to the complete denuclearization of North Korea.",
     ("AUS", "support", "nonproliferation", "PRK")),
]


@pytest.mark.parametrize("text,key", MUST_FIND_DISARMING)
def test_must_find_disarming(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text,key", MUST_NOT_FIND_DISARMING)
def test_must_not_find_disarming(text, key):
    assert key not in _keys(text)
