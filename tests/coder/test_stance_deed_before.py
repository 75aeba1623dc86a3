"""Thirty-sixth session (issue #12, stances on foreign text, st36): a breach said of a deed a definite noun refers
back to ("the act", "the step", "this aggression") is opposed toward the doer the sentences before name, where they
tell the deed as the object of a doing verb ("launched an attack") or of the holders' own judging verb ("condemns
the demolition of the mosque by Israel", "rejects the decision of the Armenian government")
(told_before.done_deed_doer). Sentences written for readout."""
import pytest

from conftest import PAK, TURKEY, stance_keys as _keys

DEED_BEFORE = [
    # a wrongful act told as the object of a doing verb, the holders' own side named in between
    ("This morning the armed forces of Armenia launched an armed attack on the border posts. The Turkish army "
     "repelled the incursion. The Presidency firmly condemns this unprovoked aggression, which is a gross violation "
     "of the sovereignty of Türkiye.", TURKEY, ("TUR", "oppose", "sovereignty", "ARM")),
    ("Indian troops carried out a raid on a village in Azad Kashmir. Pakistani forces responded to the raid. The "
     "spokesperson said the aggression is a clear violation of international law.", PAK,
     ("PAK", "oppose", "multilateralism", "IND")),
    # a deed the holders judge, its doer after "by" (hung on the last noun or on the verb) or a told act's "of"
    ("Pakistan strongly condemns the demolition of the mosque by Israel. The spokesperson said the act is a "
     "flagrant violation of international law.", PAK, ("PAK", "oppose", "multilateralism", "ISR")),
    ("The Minister strongly denounced the closure of the crossing point by Armenia. The Ministry said the step "
     "constitutes a breach of international law.", TURKEY, ("TUR", "oppose", "multilateralism", "ARM")),
    ("The Ministry strongly rejects the decision of the Armenian government to close the crossing. The Ministry "
     "said this move is a breach of international law.", TURKEY, ("TUR", "oppose", "multilateralism", "ARM")),
]
# a deed denied, one's own deed, a deed welcomed rather than judged
NOT_DEED_BEFORE = [
    ("Indian troops did not carry out a raid on the village. Pakistani forces patrolled the area. The spokesperson "
     "said the aggression would be a clear violation of international law.", PAK,
     ("PAK", "oppose", "multilateralism", "IND")),
    ("Pakistani troops carried out a raid on a terrorist camp. The Foreign Minister met the Indian High "
     "Commissioner. The spokesperson said the aggression is a clear violation of international law.", PAK,
     ("PAK", "oppose", "multilateralism", "IND")),
    ("The Ministry welcomed the visit by the Prime Minister of Armenia. The Ministry said the step is a violation "
     "of international law.", TURKEY, ("TUR", "oppose", "multilateralism", "ARM")),
]


@pytest.mark.parametrize("text,publisher,key", DEED_BEFORE)
def test_a_breach_of_a_deed_told_before_is_opposed_toward_its_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_DEED_BEFORE)
def test_no_doer_from_a_deed_denied_own_or_welcomed(text, publisher, key):
    assert key not in _keys(text, publisher)
