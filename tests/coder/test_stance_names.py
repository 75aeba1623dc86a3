"""Words that only look like stances (docs/coder.md, "Stances"): a polarity word inside a proper name (a team,
an act, a programme), "back" as an adverb, and plural "democracies" naming countries are no stance; the same
words used as the stance words they are still code. Sentences written for readout in several house styles."""
import pytest

from conftest import KREMLIN, UK, WH, stance_keys as _keys

NO_STANCE = [
    ("Today, President Biden met virtually with governors, joined by members of the White House COVID-19 Response "
     "Team, to discuss the Omicron variant.", WH, "covid19"),
    ("Today, President Trump signed the Coronavirus Aid, Relief, and Economic Security Act into law.", WH, "covid19"),
    ("As the American economy has come back from the pandemic, consumer demand has surged.", WH, "covid19"),
    ("The leaders agreed to expand the technology partnership between the two democracies.", WH, "democracy"),
    ("The Prime Minister said Finland and Sweden, two democracies with capable militaries, will strengthen the "
     "Alliance.", UK, "democracy"),
]
STILL = [
    ("The United States backs the sovereignty of Ukraine.", WH, ("USA", "support", "sovereignty", "UKR")),
    ("Support for Ukraine remains strong, the Prime Minister said.", UK, ("GBR", "support", "ukraine", "UKR")),
    ("President Biden said the United States supports democracy in Venezuela.", WH, ("USA", "support", "democracy", "VEN")),
    ("Russia backed the ceasefire in Syria.", KREMLIN, ("RUS", "support", "syria", None)),
]


@pytest.mark.parametrize("text,publisher,issue", NO_STANCE)
def test_a_name_an_adverb_or_a_plural_of_countries_is_no_stance(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", STILL)
def test_the_stance_words_themselves_still_code(text, publisher, key):
    assert key in _keys(text, publisher)
