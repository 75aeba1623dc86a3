"""GDELT export: CAMEO actor and type codes, Actor1Name/Actor2Name from the named person or body."""
import pytest

from conftest import story as S  # a real Story from a few fields

from readout.actor_codes import actor_name, cameo_actor, sector
from readout.gdelt import GDELT_COLUMNS, gdelt_rows
from readout.store import Store


@pytest.mark.parametrize("code, role, fields", [
    ("CHN", "President", ("CHNGOV", "CHN", "", "GOV")),
    ("CHN", None, ("CHN", "CHN", "", "")),
    ("USA", "Commander-in-Chief", ("USAMIL", "USA", "", "MIL")),
    ("UN", "Secretary-General", ("IGOUNO", "", "UNO", "IGO")),
    ("EU", None, ("IGOEUREEC", "", "EEC", "IGO")),
    ("NATO", None, ("IGOWSTNAT", "", "NAT", "IGO")),
    ("G20", None, ("IGO", "", "", "IGO")),  # no CAMEO code: the bare type
    (None, None, ("", "", "", "")),
])
def test_cameo_actor(code, role, fields):
    got = cameo_actor(code, role)
    assert (got["Code"], got["CountryCode"], got["KnownGroupCode"], got["Type1Code"]) == fields


@pytest.mark.parametrize("code, name", [("CHN", "China"), ("UN", "United Nations"),
                                        ("ARAB_LEAGUE", "Arab League"), (None, None)])
def test_actor_name(code, name):
    assert actor_name(code) == name


def test_sector_of_a_body_is_its_type_whatever_the_role():
    assert sector("UN", "Secretary-General") == "IGO" and sector("CHN", None) is None


def _row(store, **filters):
    return [dict(zip(GDELT_COLUMNS, r)) for r in gdelt_rows(store, **filters)]


def test_gdelt_actor_fields_name_the_person_or_body(tmp_path):
    text = "Xi Jinping called Raisi. The UN urged Russia to withdraw."
    with Store(tmp_path / "g.db") as store:
        store.ingest([(S("s", text, "T", "2021-08-18"), {"date": "2021-08-18", "events": [
            {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone", "cameo": "041",
             "goldstein": 1.0, "evidence": text[:23], "source_name": "Xi Jinping",
             "source_role": "President"},
            {"source": "UN", "type": "REQUEST", "target": "RUS", "cameo": "020",
             "goldstein": 3.0, "evidence": text[25:]}]})])
        call, appeal = _row(store)
    assert (call["Actor1Code"], call["Actor1Name"], call["Actor1CountryCode"],
            call["Actor1Type1Code"]) == ("CHNGOV", "XI JINPING", "CHN", "GOV")
    assert (call["Actor2Code"], call["Actor2Name"], call["Actor2Type1Code"]) == ("IRN", "IRAN", "")
    assert (call["EventCode"], call["EventBaseCode"], call["EventRootCode"]) == ("041", "041", "04")
    assert (appeal["Actor1Code"], appeal["Actor1Name"], appeal["Actor1KnownGroupCode"],
            appeal["Actor1Type1Code"], appeal["Actor1CountryCode"]) == (
        "IGOUNO", "UNITED NATIONS", "UNO", "IGO", "")


def test_gdelt_export_of_a_hand_edited_date_leaves_the_date_fields_empty(tmp_path):
    # Regression (issue 15): a date like 2021-12 in the store made the export a traceback.
    with Store(tmp_path / "g.db") as store:
        store.ingest([(S("s", "China criticized Japan.", "T", "2021-08-18"), {"events": [
            {"source": "CHN", "type": "ACCUSE", "target": "JPN", "cameo": "111",
             "goldstein": -2.0, "evidence": "criticized"}]})])
        store.conn.execute("UPDATE events SET date = '2021-12'")
        (row,) = _row(store)
    assert (row["SQLDATE"], row["Year"], row["EventCode"]) == ("", "", "111")
