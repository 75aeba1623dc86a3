"""Labels and deeds as stances (GUIDE.md, second round: "A label is not an act ... The holder's stance
is coded where an issue key fits"; "With toward set, polarity is toward that actor's position or
acts"). Sentences written for readout in several house styles, with near misses that must not code."""
import pytest

from conftest import IRAN, JAPAN, KREMLIN, MFA, PAKISTAN, UK, WH, stance_keys as _keys


# a war act named with its doer is the speaker's label: whoever else acts in the sentence, if
# anyone, the conflict named as its victim, a discussion of it, a verb of someone else's on it
WAR_LABELS = [
    ("President Biden spoke with Chancellor Scholz, their first call since Moscow's full-scale invasion of "
     "Ukraine began.", WH, ("USA", "oppose", "ukraine", "RUS")),
    ("Russia's war of aggression against Ukraine has displaced millions of families.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
    ("The present crisis was caused entirely by Russia's aggression against Ukraine.", JAPAN,
     ("JPN", "oppose", "ukraine", "RUS")),
    ("The Prime Minister and President Macron discussed Russia's illegal war against Ukraine.", UK,
     ("GBR", "oppose", "ukraine", "RUS")),
    ("The Vice President met families who fled Russia's brutal invasion of Ukraine.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
    ("Secretary Blinken raised Russia's brutal war against Ukraine with Foreign Minister Wang Yi.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
]
NOT_WAR_LABELS = [
    # the doer's own deed told of it
    ("Russia continued its brutal war against Ukraine.", WH, ("USA", "oppose", "ukraine", "RUS")),
    # a deed that may come
    ("If Russia launches a further invasion of Ukraine, the United States will respond swiftly.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
    ("The two presidents said any nuclear attack by North Korea against South Korea would be met with a "
     "decisive response.", WH, ("USA", "oppose", "korean_peninsula", "PRK")),
    # a build-up is told, not labelled
    ("The Prime Minister and Chancellor Scholz discussed Russia's military build-up near Ukraine's borders.",
     UK, ("GBR", "oppose", "ukraine", "RUS")),
    # others back the war, the speaker does not
    ("We will target third-country firms that materially support Russia's war.", WH,
     ("USA", "support", "ukraine", "RUS")),
]


@pytest.mark.parametrize("text,publisher,key", WAR_LABELS)
def test_a_war_act_named_with_its_doer_is_the_speakers_label(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_WAR_LABELS)
def test_a_war_act_told_or_to_come_is_no_label(text, publisher, key):
    assert key not in _keys(text, publisher)


# a modifier that condemns a measure ("illegal", "unlawful", "oppressive") is the speaker's label,
# opposition toward whoever imposed it
CONDEMNED = [
    ("Lavrov said the illegal unilateral restrictive measures imposed by Washington would never break Russia.",
     KREMLIN, ("RUS", "oppose", "sanctions", "USA")),
    ("Araghchi said the Iranian people have withstood the unlawful and oppressive sanctions imposed by the "
     "United States.", IRAN, ("IRN", "oppose", "sanctions", "USA")),
    ("The spokesperson said the illegal sanctions of the United States against Chinese firms will not succeed.",
     MFA, ("CHN", "oppose", "sanctions", "USA")),
]
NOT_CONDEMNED = [
    # a measure told with its imposer and no judgement
    ("The sanctions imposed by the United States on Russia have cut its oil revenues.", UK,
     ("GBR", "oppose", "sanctions", "USA")),
]


@pytest.mark.parametrize("text,publisher,key", CONDEMNED)
def test_a_condemned_measure_is_opposed_toward_its_imposer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_CONDEMNED)
def test_a_measure_told_without_judgement_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


# a wrongful act that names itself, told as done by a named agent; a wrong named where no one else
# acts in the sentence: the speaker's, toward the doer
DEEDS = [
    ("This is an attempt to divert attention from the grave human rights violations being committed by "
     "Indian forces.", PAKISTAN, ("PAK", "oppose", "human_rights", "IND")),
    ("The decision was taken in light of the violation of international law by the Philippines.", MFA,
     ("CHN", "oppose", "multilateralism", "PHL")),
    ("The Foreign Secretary raised concerns about Chinese interference in British democracy.", UK,
     ("GBR", "oppose", "interference", "CHN")),
]
NOT_DEEDS = [
    # with no named doer the deed backs nothing
    ("The report lists human rights abuses committed by the regime in Tehran.", WH,
     ("USA", "support", "human_rights", None)),
    # the describer above is the holder, not the story's publisher
    ("The Venezuelan president denounced the unilateral coercive measures imposed by Washington as a "
     "violation of international law.", IRAN, ("IRN", "oppose", "multilateralism", "USA")),
    # the issue phrase is the doer itself
    ("The strikes were a response to Kiev's provocative attacks on Russian energy facilities.", KREMLIN,
     ("RUS", "oppose", "ukraine", "UKR")),
]


@pytest.mark.parametrize("text,publisher,key", DEEDS)
def test_a_deed_named_as_a_wrong_is_opposed_toward_its_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_DEEDS)
def test_a_deed_without_doer_or_with_its_own_describer_is_not_the_publishers(text, publisher, key):
    assert key not in _keys(text, publisher)


# issue phrasing by the guide's key definitions: a country's nuclear (and missile) programmes are
# nonproliferation, opposed toward their owner; powers that impose their will on others are
# hegemonism; "pursue" backs what it pursues
PHRASING = [
    ("Prime Minister Kishida met President Yoon. The two leaders shared their serious concerns about North "
     "Korea's nuclear and ballistic missile programmes.", JAPAN, ("KOR", "oppose", "nonproliferation", "PRK")),
    ("Prime Minister Kishida met President Yoon. The two leaders agreed to pursue the complete "
     "denuclearization of the Korean Peninsula.", JAPAN, ("JPN", "support", "korean_peninsula", None)),
    ("Lavrov and Wang Yi spoke out against the attempts of the United States to impose its will on other "
     "states.", KREMLIN, ("RUS", "oppose", "hegemonism", "USA")),
    ("President Raisi condemned the pressure of the domineering powers on independent nations.", IRAN,
     ("IRN", "oppose", "hegemonism", None)),
]
NOT_PHRASING = [
    # carrying on one's own programme is an act, no stance
    ("North Korea continues to pursue its nuclear weapons program.", WH,
     ("PRK", "support", "nonproliferation", None)),
    # a peaceful or civil programme is no proliferation
    ("India supports Saudi Arabia's civil nuclear program.", UK, ("GBR", "support", "nonproliferation", "SAU")),
    ("Putin reaffirmed Russia's support for Iran's peaceful nuclear program.", KREMLIN,
     ("RUS", "support", "nonproliferation", "IRN")),
]


@pytest.mark.parametrize("text,publisher,key", PHRASING)
def test_issue_phrasing_by_key_definition(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_PHRASING)
def test_issue_phrasing_near_misses(text, publisher, key):
    assert key not in _keys(text, publisher)
