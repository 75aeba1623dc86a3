"""The whole coder, with the model, on sentences written for these tests: what must be coded and
what must not (tests/data/coding/*.jsonl)."""
import pytest

from conftest import coding_cases as cases, event_key as key
from readout.pipeline import code_text


def code(case):
    text = case.get("context", "") + case["text"]
    record = code_text(text, date=case["date"], publisher=case.get("publisher"), domestic=case.get("domestic", False))
    return record, {key(e["source"], e["type"], e["target"]): e for e in record["events"]}


@pytest.mark.parametrize("case", cases("must_code.jsonl"), ids=lambda c: c["text"][:60])
def test_must_code(case):
    record, events = code(case)
    wanted = key(*case["event"])
    assert wanted in events, f"{wanted} not in {sorted(map(str, events))}"
    if "mode" in case:
        assert events[wanted]["mode"] == case["mode"]


@pytest.mark.parametrize("case", cases("must_not_code.jsonl"), ids=lambda c: c["why"])
def test_must_not_code(case):
    record, events = code(case)
    assert key(*case["event"]) not in events


def test_every_event_carries_cameo_goldstein_and_evidence():
    text = "Chancellor Merkel thanked President Macron for his support. Germany condemned the attack by Iran."
    record = code_text(text, date="2019-06-01")
    assert record["events"]
    for e in record["events"]:
        assert e["cameo"] and isinstance(e["goldstein"], float)
        assert text[e["start"]:e["end"]] == e["evidence"]


def test_plover_type_always_follows_the_cameo_code():
    from readout.cameo import plover_type

    for case in cases("must_code.jsonl"):
        record, events = code(case)
        for e in record["events"]:
            assert plover_type(e["cameo"]) == e["type"]


def test_one_event_per_source_type_target():
    text = ("China supports Iran. China firmly supports Iran again. "
            "China appreciates Iran's role.")
    record = code_text(text, date="2021-08-18")
    keys = [key(e["source"], e["type"], e["target"]) for e in record["events"]]
    assert keys.count(("CHN", "SUPPORT", "IRN")) == 1
    first = next(e for e in record["events"] if e["type"] == "SUPPORT")
    assert first["evidence"].startswith("China supports Iran")


def test_headline_is_the_call_with_its_mode():
    text = ("President Xi Jinping had a phone conversation with Iranian President Ebrahim Raisi on August 18. "
            "Iran thanks China for its support.")
    record = code_text(text, date="2021-08-18")
    assert record["headline"] == {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone"}


def test_domestic_events_are_dropped_unless_asked():
    text = "Serbian police arrested dozens of Serbian protesters in Belgrade."
    assert not [e for e in code_text(text, date="2020-07-08")["events"] if e["type"] == "COERCE"]
    assert [e for e in code_text(text, date="2020-07-08", domestic=True)["events"] if e["type"] == "COERCE"]


# -- headlines of whole stories (issue 12): several parties, joint statements, none at all --------------
HEADLINES = [
    ("Foreign Minister Sergey Lavrov, who is in Antalya on a visit, took part in a trilateral meeting with "
     "Foreign Minister Dmytro Kuleba of Ukraine and Foreign Minister Mevlut Cavusoglu of Turkey.",
     "The Ministry of Foreign Affairs of the Russian Federation", ("RUS", "CONSULT", "UKR", "multilateral")),
    ("We, the Leaders of Japan, Australia, and the United States, met on the margins of the ASEAN summit in "
     "Jakarta. We will deepen our cooperation on maritime security.",
     "The White House", ("USA", "CONSULT", "JPN", "multilateral")),
    ("We, the Leaders of the G7, condemn in the strongest terms North Korea's missile launch over Japan. "
     "We stand with Japan.",
     "The White House", ("G7", "ACCUSE", "PRK", None)),
    # an event, but no actor abroad: no headline
    ("President Biden spoke with Governor Michelle Lujan Grisham of New Mexico today. The President will "
     "deploy additional troops to the region.", "The White House", None),
]


@pytest.mark.parametrize("text, publisher, headline", HEADLINES, ids=lambda x: str(x)[:40])
def test_story_headlines(text, publisher, headline):
    record = code_text(text, date="2023-09-07", publisher=publisher)
    got = record["headline"]
    if headline is None:
        assert got is None
    else:
        source, type_, target, mode = headline
        assert (key(got["source"], got["type"], got["target"]), got["mode"]) == (key(source, type_, target), mode)


def test_a_joint_statements_we_is_each_signer():
    record = code_text("We, the Leaders of Japan, Australia, and the United States, met in Jakarta today. "
                       "We condemn North Korea's missile launches.", date="2023-09-07", publisher="The White House")
    assert {(e["source"], e["type"], e["target"]) for e in record["events"] if e["type"] == "ACCUSE"} == {
        ("JPN", "ACCUSE", "PRK"), ("AUS", "ACCUSE", "PRK"), ("USA", "ACCUSE", "PRK")}


@pytest.mark.parametrize("roster", [
    "Participants in the call included Prime Minister Mette Frederiksen of Denmark, Prime Minister Jonas "
    "Gahr Store of Norway, and Prime Minister Sanna Marin of Finland.",
    "Joining the President on the call were Prime Minister Mette Frederiksen of Denmark, Prime Minister "
    "Jonas Gahr Store of Norway, and Prime Minister Sanna Marin of Finland.",
])
def test_a_roster_of_the_call_joins_the_main_meeting(roster):
    text = ("President Biden held a video call with Nordic leaders today. They discussed energy security.\n\n"
            + roster)
    record = code_text(text, date="2022-06-01", publisher="The White House")
    consults = {key(e["source"], e["type"], e["target"]) for e in record["events"] if e["type"] == "CONSULT"}
    members = ["USA", "DNK", "NOR", "FIN"]
    assert consults == {key(a, "CONSULT", b) for i, a in enumerate(members) for b in members[i + 1:]}
    assert record["headline"] == {"source": "USA", "type": "CONSULT", "target": "DNK", "mode": "video"}


def test_a_we_named_by_titled_leaders_is_each_of_their_countries():
    record = code_text("Today, we – Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of "
                       "India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – "
                       "met in Tokyo. We condemn North Korea's missile launches.",
                       date="2023-05-20", publisher="The White House")
    accusers = {e["source"] for e in record["events"] if e["type"] == "ACCUSE" and e["target"] == "PRK"}
    assert accusers == {"AUS", "IND", "JPN", "USA"}


@pytest.mark.parametrize("case", cases("headlines.jsonl"), ids=lambda c: c["why"])
def test_headline(case):
    from conftest import story
    from readout.pipeline import code_stories

    s = story("headline", case["text"], title=case.get("title"), date=case["date"], publisher=case.get("publisher"))
    head = next(code_stories([s]))["headline"]
    assert head and [head["source"], head["type"], head["target"], head["mode"]] == case["headline"]


@pytest.mark.parametrize("title, text, publisher, key, coded", [
    # (publisher: its name, or its site "name|url")
    # the title's own clause tells the side's measure; the body's long sentence is not read: the
    # event is the title's, quoted from the title, with no place in the body
    ("Chile breaks diplomatic relations with Nicaragua",
     "The Ministry of Foreign Affairs reports that, following the announcement made yesterday by the President of "
     "the Republic during his address in Valparaíso, diplomatic relations between the Republic of Chile and the "
     "Republic of Nicaragua are broken as of today, after the repeated abuses committed by the Nicaraguan "
     "authorities.", "Ministry of Foreign Affairs of Chile", ("CHL", "SANCTION", "NIC"), True),
    ("Minister for Foreign Affairs summons Iranian Ambassador",
     "Minister for Foreign Affairs Maria Malmer Stenergard today had the Iranian ambassador in Stockholm called "
     "to the Ministry over the executions announced this week.",
     "Government Offices of Sweden|https://www.government.se/press-releases/2024/03/x/",
     ("SWE", "ACCUSE", "IRN"), True),
    # near misses: a negated title, a title telling another's act, a title that is a noun phrase
    ("Hungary will not recall its ambassador from Israel",
     "The Ministry of Foreign Affairs and Trade informs that Hungary's position on the conflict is unchanged.",
     "Ministry of Foreign Affairs and Trade of Hungary", ("HUN", "SANCTION", "ISR"), False),
    ("Russia expels two Estonian diplomats",
     "The Ministry of Foreign Affairs of Estonia has taken note of the decision.",
     "Ministry of Foreign Affairs of Estonia", ("EST", "SANCTION", "RUS"), False),
    # the body tells the title's act aimed at another: its reading of the target stands
    ("Japan imposes sanctions on Russian individuals",
     "The Government of Japan today imposed sanctions on 11 individuals and entities in Belarus that support the war.",
     "Ministry of Foreign Affairs of Japan|https://www.mofa.go.jp/press/release/x.html", ("JPN", "SANCTION", "RUS"),
     False),
    # (a noun phrase with no agent is the side's own measure since head26, title_frame.py: "Expulsion of
    # Russian Diplomats" from Tokyo; one whose agent is another stays another's)
    ("Statement on Russia's expulsion of Estonian diplomats",
     "The Ministry of Foreign Affairs of Estonia has taken note of the decision of the Russian side.",
     "Ministry of Foreign Affairs of Estonia", ("EST", "SANCTION", "RUS"), False),
])
def test_the_titles_own_clause_gives_the_sides_act_the_body_does_not(title, text, publisher, key, coded):
    from conftest import event_key, story
    from readout.pipeline import code_stories

    name, _, url = publisher.partition("|")
    s = story("titled", text, title=title, date="2024-03-02", publisher=name, url=url or None)
    record = next(code_stories([s]))
    found = [e for e in record["events"] if event_key(e["source"], e["type"], e["target"]) == event_key(*key)]
    assert bool(found) == coded, record["events"]
    if coded and found[0]["start"] is None:
        assert found[0]["evidence"] == title
