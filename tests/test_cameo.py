"""Tests for readout.cameo: the CAMEO table, its Goldstein values and the PLOVER mapping."""
import pytest

from readout.cameo import (CameoTable, cameo, codes_for, default_table, plover_info, plover_type, plover_types,
                           read_plover_types, types_on_side, types_with)
from readout.errors import LexiconError, UnknownLexiconKey

# (code, PLOVER type, Goldstein value, CONSULT mode)
CASES = [
    ("010", None, 0.0, None),
    ("013", None, 0.4, None),
    ("018", "SUPPORT", 3.4, None),
    ("020", "REQUEST", 3.0, None),
    ("036", "AGREE", 4.0, None),
    ("040", "CONSULT", 1.0, None),
    ("041", "CONSULT", 1.0, "phone"),
    ("042", "CONSULT", 1.9, "visit"),
    ("043", "CONSULT", 2.8, "visit"),
    ("044", "CONSULT", 2.5, "visit"),
    ("045", "CONSULT", 5.0, "third-party"),
    ("046", "CONSULT", 7.0, None),
    ("051", "SUPPORT", 3.4, None),
    ("057", "SUPPORT", 8.0, None),
    ("061", "COOPERATE", 6.4, None),
    ("073", "AID", 7.4, None),
    ("0811", "CONCEDE", 5.0, None),
    ("083", "CONCEDE", 5.0, None),
    ("0841", "RETREAT", 7.0, None),
    ("085", "RETREAT", 7.0, None),
    ("0863", "RETREAT", 9.0, None),
    ("0871", "RETREAT", 9.0, None),
    ("092", "ACCUSE", -2.0, None),
    ("1053", "REQUEST", -5.0, None),
    ("111", "ACCUSE", -2.0, None),
    ("112", "ACCUSE", -2.0, None),
    ("120", "REJECT", -4.0, None),
    ("129", "REJECT", -5.0, None),
    ("130", "THREATEN", -4.4, None),
    ("138", "THREATEN", -7.0, None),
    ("141", "PROTEST", -6.5, None),
    ("154", "MOBILIZE", -7.2, None),
    ("163", "SANCTION", -8.0, None),
    ("166", "SANCTION", -7.0, None),
    ("172", "COERCE", -5.0, None),
    ("173", "COERCE", -5.0, None),
    ("1821", "ASSAULT", -9.0, None),
    ("190", "ASSAULT", -10.0, None),
    ("191", "COERCE", -9.5, None),
    ("195", "ASSAULT", -10.0, None),
    ("2042", "ASSAULT", -10.0, None),
]


@pytest.mark.parametrize("code, plover, goldstein, mode", CASES)
def test_code_table(code, plover, goldstein, mode):
    entry = cameo(code)
    assert (entry.code, entry.plover, entry.goldstein, entry.mode) == (code, plover, goldstein, mode)
    assert entry.description
    assert plover_type(code) == plover


def test_table_holds_all_cameo_codes():
    table = default_table()
    codes = [c.code for c in table]
    assert len(codes) == 311
    assert {c for c in codes if len(c) == 2} == {f"{n:02d}" for n in range(1, 21)}


def test_only_public_statements_have_no_plover_type():
    untyped = [c.code for c in default_table() if c.plover is None]
    assert untyped and all(code.startswith("01") for code in untyped)


def test_every_plover_type_is_reachable():
    for name in plover_types():
        assert codes_for(name), name


def test_codes_for_lists_codes_of_that_type():
    assert "0841" in codes_for("RETREAT") and "084" in codes_for("retreat")
    assert "0811" not in codes_for("RETREAT")
    assert all(plover_type(code) == "CONSULT" for code in codes_for("CONSULT"))


def test_modes_only_on_consult():
    assert {c.plover for c in default_table() if c.mode} == {"CONSULT"}


@pytest.mark.parametrize("code", ["999", "0", "21", "", 42, "04x"])
def test_unknown_code_raises(code):
    with pytest.raises(UnknownLexiconKey):
        cameo(code)


def test_unknown_plover_type_raises():
    with pytest.raises(UnknownLexiconKey, match="INVESTIGATE"):
        codes_for("INVESTIGATE")


# -- plover_types.tsv: the types in order and the flags the rules test ------------------------------
def test_plover_types_in_the_manual_order():
    assert plover_types()[:3] == ("AGREE", "CONSULT", "SUPPORT") and len(plover_types()) == 16
    assert plover_types()[-1] == "ASSAULT"


@pytest.mark.parametrize("flag, types", [
    ("symmetric", {"CONSULT", "COOPERATE"}),
    ("joint", {"CONSULT", "COOPERATE", "AGREE"}),
    ("needs_foreign", {"SUPPORT", "AGREE", "REQUEST", "ACCUSE", "COOPERATE", "AID"}),
    ("foreign_frame", {"REJECT", "PROTEST", "MOBILIZE"}),
    ("aims_at_doer", {"ACCUSE", "THREATEN", "REJECT", "SANCTION"}),
    ("never_threat", {"AGREE", "CONSULT", "SUPPORT"}),
    ("done_at_scene", {"ASSAULT", "ACCUSE"}),
    ("needs_target", {"AID", "SANCTION", "COERCE", "ASSAULT"}),
    ("deed", {"COOPERATE", "AID", "CONCEDE", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}),
    ("welcomed", {"AGREE", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT"}),
])
def test_type_flags(flag, types):
    assert types_with(flag) == types


def test_sides_split_the_types():
    cooperation, conflict = types_on_side("cooperation"), types_on_side("conflict")
    assert cooperation | conflict == set(plover_types()) and not cooperation & conflict
    assert "REQUEST" in cooperation and plover_info("ASSAULT").side == "conflict"


def test_unknown_flag_side_or_type_raises():
    for call in (lambda: types_with("friendly"), lambda: types_on_side("neutral"), lambda: plover_info("HUG")):
        with pytest.raises(UnknownLexiconKey):
            call()


@pytest.mark.parametrize("body, message", [
    ("AGREE\tcooperation\t\nAGREE\tconflict\t\n", "duplicate type 'AGREE'"),
    ("Agree\tcooperation\t\n", "not an upper-case word"),
    ("AGREE\tfriendly\t\n", "side 'friendly'"),
    ("AGREE\tcooperation\tjoint|jolly\n", "flags must be given once each"),
    ("AGREE\tcooperation\tjoint|joint\n", "flags must be given once each"),
])
def test_bad_plover_types_file_is_refused_with_file_and_line(tmp_path, body, message):
    path = tmp_path / "types.tsv"
    path.write_text("type\tside\tflags\n" + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        read_plover_types(path)
    assert info.value.line == body.count("\n") + 1


HEADER = "code\tdescription\tgoldstein\n"
MAPPING = "prefix\tplover\tmode\n04\tCONSULT\t\n041\tCONSULT\tphone\n"


def _table(tmp_path, codes_text, mapping_text=MAPPING):
    codes = tmp_path / "codes.tsv"
    codes.write_text(codes_text, encoding="utf-8")
    mapping = tmp_path / "map.tsv"
    mapping.write_text(mapping_text, encoding="utf-8")
    return CameoTable(codes, mapping)


def test_small_user_table_loads(tmp_path):
    table = _table(tmp_path, HEADER + "04\tConsult\t1.0\n041\tDiscuss by telephone\t1.0\n")
    assert table.get("041").mode == "phone" and table.get("04").mode is None


# (codes file body after the header, message part); the bad line is always line 3
BAD_CODES = [
    ("04\tConsult\t1.0\n04\tConsult again\t1.0\n", "duplicate code '04'"),
    ("04\tConsult\t1.0\n041\tPhone\tone\n", "goldstein 'one' is not a number"),
    ("04\tConsult\t1.0\n041\tPhone\tnan\n", "is not a number"),
    ("04\tConsult\t1.0\n04123\tPhone\t1.0\n", "not a CAMEO code of 2 to 4 digits"),
    ("04\tConsult\t1.0\n4\tPhone\t1.0\n", "not a CAMEO code of 2 to 4 digits"),
    ("04\tConsult\t1.0\n041\tPhone\t10.5\n", "outside the scale"),
    ("04\tConsult\t1.0\n041\tPhone\t-11\n", "outside the scale"),
    ("04\tConsult\t1.0\n041\tPhone\n", "column 'goldstein' is empty"),
]


@pytest.mark.parametrize("body, message", BAD_CODES)
def test_bad_code_file_refused_with_file_and_line(tmp_path, body, message):
    with pytest.raises(LexiconError, match=message) as info:
        _table(tmp_path, HEADER + body)
    assert info.value.path.endswith("codes.tsv") and info.value.line == 3


BAD_MAPPINGS = [
    ("prefix\tplover\tmode\n04\tCONSULT\t\n04\tAGREE\t\n", "duplicate prefix '04'"),
    ("prefix\tplover\tmode\n04\tCONSULT\t\n041\tCONSULTATION\t\n", "no PLOVER type"),
    ("prefix\tplover\tmode\n04\tCONSULT\t\n041\tAGREE\tphone\n", "needs type CONSULT"),
    ("prefix\tplover\tmode\n04\tCONSULT\t\n041\tCONSULT\tcarrier-pigeon\n", "needs type CONSULT"),
    ("prefix\tplover\tmode\n04\tCONSULT\t\n05\tSUPPORT\t\n", "matches no code"),
]


@pytest.mark.parametrize("mapping, message", BAD_MAPPINGS)
def test_bad_mapping_file_refused_with_file_and_line(tmp_path, mapping, message):
    with pytest.raises(LexiconError, match=message) as info:
        _table(tmp_path, HEADER + "04\tConsult\t1.0\n041\tPhone\t1.0\n", mapping)
    assert info.value.path.endswith("map.tsv") and info.value.line == 3


def test_code_without_mapping_refused(tmp_path):
    with pytest.raises(LexiconError, match="code '05' has no PLOVER mapping") as info:
        _table(tmp_path, HEADER + "04\tConsult\t1.0\n05\tSupport\t3.5\n041\tPhone\t1.0\n")
    assert info.value.line == 3


# -- CONSULT depth (cameo.cameo_depth) -------------------------------------------------------------
@pytest.mark.parametrize("code, type_, mode, kw, deep", [
    ("040", "CONSULT", "phone", {}, "041"),
    ("040", "CONSULT", "video", {}, "041"),
    ("040", "CONSULT", "third-party", {}, "045"),
    ("040", "CONSULT", "visit", {"lemma": "visit"}, "042"),
    ("040", "CONSULT", "visit", {"lemma": "host"}, "043"),
    ("040", "CONSULT", "visit", {"lemma": "receive"}, "043"),
    ("040", "CONSULT", "visit", {"lemma": "meet", "place": "IRN", "source": "CHN", "target": "IRN"}, "042"),
    ("040", "CONSULT", "visit", {"lemma": "meet", "place": "CHN", "source": "CHN", "target": "IRN"}, "043"),
    ("040", "CONSULT", "visit", {"lemma": "meet", "place": "AUT", "source": "USA", "target": "CHN"}, "044"),
    ("040", "CONSULT", "visit", {"lemma": "meet"}, "040"),  # in person, nothing says where
    ("040", "CONSULT", None, {"evidence": "held negotiations on the deal"}, "046"),
    ("040", "CONSULT", "multilateral", {}, "040"),
    ("042", "CONSULT", "phone", {}, "042"),  # the coder's own deeper code stands
    ("051", "SUPPORT", None, {"evidence": "negotiations"}, "051"),
])
def test_cameo_depth(code, type_, mode, kw, deep):
    from readout.cameo import cameo_depth

    assert cameo_depth(code, type_, mode, **kw) == deep
