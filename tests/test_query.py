"""Queries: events (clustered and as reports), stances, dyad series, argument checks."""

import pytest

from conftest import story as S  # a real Story from a few fields

from readout.query import BadQuery, dyad_series, events, stances
from readout.store import Store




def e(source, type_, target, goldstein, mode=None):
    return {"source": source, "type": type_, "target": target, "goldstein": goldstein,
            "mode": mode, "evidence": f"{source} {type_} {target}"}


# Two readouts of one call (Chinese and Iranian side, a day apart), a later US story, and a
# second CHN-IRN call three weeks on.
STORIES = [
    (S("xinhua-1", "Xi Jinping had a phone call with Raisi. China opposes interference.",
       "Xi speaks with Raisi", "2021-08-18"),
     {"date": "2021-08-18",
      "events": [e("CHN", "CONSULT", "IRN", 1.0, "phone"), e("CHN", "SUPPORT", "IRN", 3.4)],
      "stances": [{"holder": "CHN", "polarity": "oppose", "issue": "interference",
                   "toward": None, "evidence": "China opposes interference"}]}),
    (S("irna-1", "Raisi and Xi spoke by telephone about the JCPOA.", "Raisi, Xi talk",
       "2021-08-19"),
     {"date": "2021-08-19",
      "events": [e("IRN", "CONSULT", "CHN", 1.0, "phone"), e("IRN", "SUPPORT", "CHN", 3.4)],
      "stances": [{"holder": "IRN", "polarity": "support", "issue": "iran_nuclear_deal",
                   "toward": None, "evidence": "about the JCPOA"}]}),
    (S("wh-1", "The United States condemned Iran.", "Statement", "2021-08-25"),
     {"date": "2021-08-25", "events": [e("USA", "ACCUSE", "IRN", -2.0)], "stances": []}),
    (S("xinhua-2", "Wang Yi met the Iranian foreign minister in September.", "Wang meets",
       "2021-09-09"),
     {"date": "2021-09-09", "events": [e("CHN", "CONSULT", "IRN", 1.0, "visit")], "stances": []}),
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "q.db")
    s.ingest(STORIES)
    yield s
    s.close()


def test_events_count_interactions_not_reports(store):
    found = events(store, dyad="CHN-IRN", type="CONSULT")
    assert [(x["date"], x["reports"], x["stories"]) for x in found] == [
        ("2021-08-18", 2, ["irna-1", "xinhua-1"]), ("2021-09-09", 1, ["xinhua-2"])]
    assert len(events(store, dyad="CHN-IRN", type="CONSULT", reports=True)) == 3


def test_support_in_both_directions_stays_two_events(store):
    found = events(store, type="support")
    assert sorted((x["source"], x["target"]) for x in found) == [("CHN", "IRN"), ("IRN", "CHN")]


@pytest.mark.parametrize("kwargs, n", [
    ({}, 5),
    ({"actor": "USA"}, 1),
    ({"actor": "irn"}, 5),
    ({"dyad": "USA-IRN"}, 1),
    ({"dyad": "IRN-USA"}, 1),
    ({"since": "2021-08-20"}, 2),
    ({"until": "2021-08"}, 4),
    ({"since": "2021-08-19", "until": "2021-08-25"}, 3),
    ({"type": "ACCUSE", "actor": "CHN"}, 0),
])
def test_event_filters(store, kwargs, n):
    assert len(events(store, **kwargs)) == n


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "2021-13-01"}, "since date '2021-13-01' is not a date; use YYYY-MM-DD"),
    ({"until": "yesterday"}, "until date 'yesterday' is not a date; use YYYY-MM-DD"),
    ({"actor": "China!"}, "actor 'China!' is not an actor code; use a code like CHN, USA or UN"),
    ({"dyad": "CHN"}, "dyad 'CHN' is not two actor codes; write it as CHN-IRN"),
    ({"type": "HUG"}, "event type 'HUG' is not a PLOVER type; use one of AGREE, CONSULT"),
])
def test_bad_arguments_raise_bad_query(store, kwargs, message):
    with pytest.raises(BadQuery) as err:
        events(store, **kwargs)
    assert str(err.value).startswith(message)


def test_stances_filters(store):
    assert [s["holder"] for s in stances(store)] == ["CHN", "IRN"]
    assert [s["issue"] for s in stances(store, holder="IRN")] == ["iran_nuclear_deal"]
    assert [s["story_id"] for s in stances(store, issue="interference")] == ["xinhua-1"]
    assert stances(store, polarity="oppose", since="2021-08-19") == []
    with pytest.raises(BadQuery, match="polarity 'against' must be support or oppose"):
        stances(store, polarity="against")


def test_dyad_series_by_month(store):
    rows = dyad_series(store, "CHN", "IRN", by="month")
    assert rows == [
        {"period": "2021-08", "direction": "CHN<>IRN", "events": 1, "goldstein_sum": 1.0,
         "goldstein_mean": 1.0, "types": {"CONSULT": 1}},
        {"period": "2021-08", "direction": "CHN>IRN", "events": 1, "goldstein_sum": 3.4,
         "goldstein_mean": 3.4, "types": {"SUPPORT": 1}},
        {"period": "2021-08", "direction": "IRN>CHN", "events": 1, "goldstein_sum": 3.4,
         "goldstein_mean": 3.4, "types": {"SUPPORT": 1}},
        {"period": "2021-09", "direction": "CHN<>IRN", "events": 1, "goldstein_sum": 1.0,
         "goldstein_mean": 1.0, "types": {"CONSULT": 1}},
        # every direction in every period: the quiet ones as zeros
        {"period": "2021-09", "direction": "CHN>IRN", "events": 0, "goldstein_sum": 0.0,
         "goldstein_mean": None, "types": {}},
        {"period": "2021-09", "direction": "IRN>CHN", "events": 0, "goldstein_sum": 0.0,
         "goldstein_mean": None, "types": {}},
    ]


def test_dyad_series_fills_quiet_periods_with_zeros(store):
    """Regression: months with no events were left out of the series."""
    rows = dyad_series(store, "CHN", "IRN", by="month", since="2021-06-01", until="2021-10-31")
    assert [(r["period"], r["events"]) for r in rows if r["direction"] == "CHN<>IRN"] == [
        ("2021-06", 0), ("2021-07", 0), ("2021-08", 1), ("2021-09", 1), ("2021-10", 0)]
    weeks = [r["period"] for r in dyad_series(store, "CHN", "IRN", by="week")
             if r["direction"] == "CHN<>IRN"]
    assert weeks == ["2021-W33", "2021-W34", "2021-W35", "2021-W36"]
    days = dyad_series(store, "USA", "IRN", by="day", since="2021-08-24", until="2021-08-26")
    assert [(r["period"], r["events"]) for r in days] == [
        ("2021-08-24", 0), ("2021-08-25", 1), ("2021-08-26", 0)]
    assert [r["period"] for r in dyad_series(store, "CHN", "IRN", by="year",
                                             since="2020-01-01")][::3] == ["2020", "2021"]
    assert dyad_series(store, "USA", "CHN") == []


@pytest.mark.parametrize("date, by, period", [
    ("2021-12", "week", None), ("2021-12", "day", None), ("2021-12", "month", "2021-12"),
    ("2021-12-31", "week", "2021-W52"), ("2022-01-02", "week", "2021-W52"),
    ("soon", "year", None), ("2021-13-01", "month", None)])
def test_period_of_a_hand_edited_date(date, by, period):
    from readout.query import period_of

    assert period_of(date, by) == period


def test_require_actor_names_close_matches(store):
    from readout.query import UnknownActor, require_actor

    assert require_actor(store, "irn") == "IRN"
    with pytest.raises(UnknownActor) as err:
        require_actor(store, "IRQ")
    assert str(err.value) == "actor 'IRQ' does not occur in this database; did you mean IRN?"
    with pytest.raises(UnknownActor, match="'ZZZ' does not occur in this database; `readout "
                                           "events` lists the actors it holds"):
        require_actor(store, "ZZZ")


def test_dyad_series_by_week_and_with_reports(store):
    rows = dyad_series(store, "IRN", "CHN", by="week", reports=True)
    assert [(r["period"], r["direction"], r["events"]) for r in rows if r["events"]] == [
        ("2021-W33", "CHN>IRN", 1), ("2021-W33", "IRN<>CHN", 2), ("2021-W33", "IRN>CHN", 1),
        ("2021-W36", "IRN<>CHN", 1)]
    assert len(rows) == 4 * 3   # four weeks, three directions
    with pytest.raises(BadQuery, match="period 'fortnight'"):
        dyad_series(store, "CHN", "IRN", by="fortnight")
