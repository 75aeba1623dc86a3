"""Twenty-first session (issue #12, stance recall): the fields and issues a document signed is about are backed
by each signer, not only by whoever is said to witness or announce the signing (docs/coder.md, "Stances";
stance_signed.py), on sentences written for readout."""
import pytest

from conftest import KREMLIN, MFA, UK, WH, stance_keys as _keys

SIGNED = [
    # a signing with no signer named is the participants' (as an agentless passive signing is)
    ("Premier Li met Prime Minister Ardern in Wellington. The two leaders then witnessed the signing of several "
     "cooperation agreements in areas such as trade and climate change.", MFA, ("NZL", "support", "trade", None)),
    ("Premier Li met Prime Minister Ardern in Wellington. The two leaders then witnessed the signing of several "
     "cooperation agreements in areas such as trade and climate change.", MFA, ("CHN", "support", "climate", None)),
    # the speaker's "we" witnessing it does not make the signing its own alone
    ("The Prime Minister hosted President Lula at Downing Street. We also attended the signing of a memorandum on "
     "cooperation in trade.", UK, ("BRA", "support", "trade", None)),
    # a field of work named only as a field (energy) on a document signed
    ("President Putin held talks with President Tokayev. The two governments signed memoranda of understanding "
     "in areas including energy and agriculture.", KREMLIN, ("KAZ", "support", "energy", None)),
    ("President Putin held talks with President Tokayev. Agreements in the fields of energy and transport were "
     "signed.", KREMLIN, ("KAZ", "support", "energy", None)),
    # an active signer and the partner it signs with
    ("The United States signed an agreement with Kenya on trade.", WH, ("KEN", "support", "trade", None)),
]
NOT_SIGNED = [
    # views exchanged are no document signed: discussed only (GUIDE.md)
    ("President Putin held talks with President Tokayev. The two sides exchanged views in the fields of energy "
     "and agriculture.", KREMLIN, ("KAZ", "support", "energy", None)),
    # a signing welcomed by a third party is the welcomer's view, not the signers' stance on what is welcomed
    ("The President spoke with President Ruto. He welcomed the signing of a deal between two companies in the "
     "energy sector.", WH, ("KEN", "support", "energy", None)),
    # a document only planned is no document signed
    ("The two leaders discussed a future memorandum on energy cooperation.", KREMLIN,
     ("KAZ", "support", "energy", None)),
]


@pytest.mark.parametrize("text,publisher,key", SIGNED)
def test_each_signer_backs_what_a_signed_document_is_about(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_SIGNED)
def test_no_signing_no_signers_stance(text, publisher, key):
    assert key not in _keys(text, publisher)
