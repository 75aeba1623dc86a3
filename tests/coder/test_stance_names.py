"""Words that only look like stances (docs/coder.md, "Stances"): a polarity word inside a proper name (a team,
an act, a programme), "back" as an adverb, and plural "democracies" naming countries are no stance; the same
words used as the stance words they are still code. Sentences written for readout in several house styles."""
import pytest

from conftest import KREMLIN, MFA, UK, WH, stance_keys as _keys

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


# an issue word inside the proper name of a body, an office or a law (coder/stance_names.py)
# the issue word is part of a name whose kind ("Agency", "Committee", "Act", "Minister") stands outside it
NAMED = [
    ("The leaders welcomed the launch of the Trade and Technology Council.", WH, "trade"),
    ("The Vice President commended the Human Rights Commission of Kenya for its report on the elections.", WH,
     "human_rights"),
    ("Australia supports the work of the Counter-Terrorism Committee.", UK, "terrorism"),
    ("The United States welcomes the creation of the Climate Finance Task Force.", WH, "climate"),
    ("The two ministers welcomed the first meeting of the Joint Counterterrorism Working Group.", MFA, "terrorism"),
    ("The U.S. Trade and Development Agency will fund a feasibility study for a port in Ghana.", WH, "trade"),
]
# the issue itself, or a name that is the issue's own phrase
NOT_NAMED = [
    # two names joined by "and the" are no one name ("Ukraine and the Prime Minister")
    ("The President praised Italy's leadership in standing with Ukraine and the Prime Minister's commitment to the "
     "Alliance.", WH, ("USA", "support", "ukraine", "ITA")),
    ("The President reaffirmed his support for free and fair trade.", WH, ("USA", "support", "trade", None)),
    ("China firmly supports the Belt and Road Initiative.", MFA, ("CHN", "support", "belt_and_road", None)),
    ("The Prime Minister reaffirmed the United Kingdom's commitment to human rights.", UK,
     ("GBR", "support", "human_rights", None)),
    ("Russia supports the fight against terrorism in all its forms.", KREMLIN, ("RUS", "oppose", "terrorism", None)),
]


@pytest.mark.parametrize("text,publisher,issue", NAMED)
def test_an_issue_word_in_a_name_is_no_stance(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", NOT_NAMED)
def test_the_issue_named_for_itself_keeps_its_stance(text, publisher, key):
    assert key in _keys(text, publisher)
