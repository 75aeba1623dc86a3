"""Thirty-first session (issue #12, stance recall): wrongs told as done, with no polarity word. Civilians killed by
a named state (coder/stance_harm.py) are its speaker's opposition on humanitarian toward the killer; sanctions told
by the side they are aimed at (coder/stance_sanctioned.py) are that side's opposition toward whoever imposes them.
Sentences written for readout."""
import pytest

from conftest import IRAN, KREMLIN, MFA, UK, WH, stance_keys as _keys

KILLED = [
    ("Russia's strikes killed dozens of civilians in Kyiv on Monday.", WH, ("USA", "oppose", "humanitarian", "RUS")),
    # a participle on the clause of the deed, the object behind "dozens of"
    ("Russia launched a missile strike on Odesa, killing and wounding dozens of civilians.", UK,
     ("GBR", "oppose", "humanitarian", "RUS")),
    # a passive with its agent, "struck at", a relative clause on the deed
    ("Civilians were killed by Israeli airstrikes in Gaza.", IRAN, ("IRN", "oppose", "humanitarian", "ISR")),
    ("The Ukrainian army deliberately struck at civilians in Donetsk.", KREMLIN,
     ("RUS", "oppose", "humanitarian", "UKR")),
    ("The airstrikes carried out by the United States, which killed and injured Yemeni civilians, must end.", IRAN,
     ("IRN", "oppose", "humanitarian", "USA")),
    ("We condemn Russia for targeting civilians.", UK, ("GBR", "oppose", "humanitarian", "RUS")),
]
# no state named as the killer (a group's killing is terror), a denial, a deed told by its own doer, protection
NOT_KILLED = [
    ("Hamas killed hundreds of Israeli civilians on October 7.", WH, ("USA", "humanitarian")),
    ("Israel was attacked by terrorists from Gaza, who fired rockets at its towns, killing civilians.", WH,
     ("USA", "humanitarian")),
    ("Terrorists killed twelve civilians in the attack.", UK, ("GBR", "humanitarian")),
    ("Russia denied that it had targeted civilians.", WH, ("USA", "humanitarian")),
    ("Our forces did not kill civilians.", KREMLIN, ("RUS", "humanitarian")),
]


@pytest.mark.parametrize("text,publisher,key", KILLED)
def test_civilians_killed_by_a_state_are_opposed_toward_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,near", NOT_KILLED)
def test_no_killing_stance_without_a_state_killer(text, publisher, near):
    assert not any(k[0] == near[0] and k[2] == near[1] and k[1] == "oppose" and k[3] is not None
                   for k in _keys(text, publisher))


SANCTIONED = [
    ("On 22 March, the British side imposed unilateral sanctions on relevant Chinese individuals.", MFA,
     ("CHN", "oppose", "sanctions", "GBR")),
    ("On March 22, the United States and Canada announced sanctions on Chinese officials and an entity.", MFA,
     ("CHN", "oppose", "sanctions", "CAN")),
    ("The decision was taken in response to the anti-Russian sanctions regularly imposed by Washington.", KREMLIN,
     ("RUS", "oppose", "sanctions", "USA")),
    ("Tokyo has joined the Western sanctions against Russia.", KREMLIN, ("RUS", "oppose", "sanctions", "JPN")),
    # the imposer as the participle's agent
    ("Trade kept growing despite the sanctions imposed on Iran by Washington.", IRAN,
     ("IRN", "oppose", "sanctions", "USA")),
]
# aimed at someone else, or undone
NOT_SANCTIONED = [
    ("The United States imposed sanctions on Iranian companies.", MFA, ("CHN", "sanctions")),
    ("Russia imposed sanctions on British officials.", KREMLIN, ("RUS", "sanctions")),
    ("The European Union lifted its sanctions on Chinese researchers.", MFA, ("CHN", "sanctions")),
    # no imposer named: the story's other mention names it, or no one does
    ("Trade kept growing despite the sanctions imposed on Iran.", IRAN, ("IRN", "sanctions")),
]


@pytest.mark.parametrize("text,publisher,key", SANCTIONED)
def test_sanctions_told_by_the_sanctioned_side_are_opposed(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,near", NOT_SANCTIONED)
def test_no_grievance_over_sanctions_aimed_elsewhere(text, publisher, near):
    assert not any(k[0] == near[0] and k[2] == near[1] for k in _keys(text, publisher))


# a wrongdoing verb whose doer is told before: a later conjunct with no subject of its own ("these moves violate ...,
# interfere in ... and undermine ..."), a subject "they" / "it" pointing back to the deeds of the sentence before
POINTED_BACK = [
    ("The United States announced new arms sales to Taiwan. The spokesperson said these moves violate the one-China "
     "principle, grossly interfere in China's internal affairs and undermine China's sovereignty.", MFA,
     ("CHN", "oppose", "sovereignty", "USA")),
    ("The arms sales by the United States to Taiwan are a serious breach of the one-China principle. They gravely "
     "undermine China's sovereignty and security interests.", MFA, ("CHN", "oppose", "sovereignty", "USA")),
    ("Russia's strikes on Kyiv continued overnight. They violate international law and undermine Ukraine's "
     "sovereignty.", UK, ("GBR", "oppose", "sovereignty", "RUS")),
]


@pytest.mark.parametrize("text,publisher,key", POINTED_BACK)
def test_a_wrong_pointed_back_to_is_opposed_toward_its_doer(text, publisher, key):
    assert key in _keys(text, publisher)
