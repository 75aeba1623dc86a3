"""Tests of `readout eval` through click's CliRunner."""
import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import readout
from readout import evaluate
from readout.cli_eval import COMMANDS, eval_cmd
from readout.errors import BadInput

DATA = Path(__file__).parent / "data" / "eval"
GOLD, PRED, BROKEN = str(DATA / "gold.jsonl"), str(DATA / "pred.jsonl"), str(DATA / "broken.jsonl")
GSR, GSR_CODED = str(DATA / "gsr.jsonl"), str(DATA / "gsr-coded.jsonl")


def run(*args):
    return CliRunner().invoke(eval_cmd, list(args))


def test_commands_list():
    assert COMMANDS == [eval_cmd] and eval_cmd.name == "eval" and eval_cmd.help


def test_eval_pred_prints_score_table():
    r = run("--gold", GOLD, "--pred", PRED)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[:5] == [
        "events           P 0.667  R 0.571  F1 0.615  (tp 4, fp 2, fn 3)",
        "types            P 1.000  R 0.714  F1 0.833  (tp 5, fp 0, fn 2)",
        "stances          P 0.500  R 0.333  F1 0.400  (tp 1, fp 1, fn 2)",
        "stances_relaxed  P 1.000  R 0.667  F1 0.800  (tp 2, fp 0, fn 1)",
        "headline accuracy 0.250   date accuracy 0.500   stories 4",
    ]
    assert "  SUPPORT        P 0.333  R 0.500  F1 0.400  (tp 1, fp 2, fn 1)" in lines
    worst = lines.index("worst 3 stories (events)")
    assert lines[worst + 1:worst + 4] == [
        "  s3  F1 0.000  (tp 0, fp 0, fn 2)  no prediction",
        "  s4  F1 0.000  (tp 0, fp 1, fn 1)",
        "  s1  F1 0.800  (tp 2, fp 1, fn 0)",
    ]
    assert "missed event" not in r.stdout
    assert r.stderr == "Warning: 1 of 4 gold stories have no prediction (scored as empty): s3\n"


def test_eval_pred_detail_lists_missed_and_extra():
    r = run("--gold", GOLD, "--pred", PRED, "--detail")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    for line in [
        "== s3  (no prediction)",
        '  missed event  RUS THREATEN UKR  "will respond to provocations"',
        '  extra event   IRN SUPPORT CHN  "Raisi thanked Xi"',
        '  missed stance IRN support taiwan CHN  "Iran backs China on Taiwan"',
        '  extra stance  IRN support taiwan -  "backs China on Taiwan"',
        "  headline      gold USA CONSULT CHN (video)  pred USA CONSULT CHN (phone)",
        "  date          gold 2021-09-10  pred 2021-09-09",
    ]:
        assert line in lines


def test_eval_pred_json_is_the_results_dict():
    r = run("--gold", GOLD, "--pred", PRED, "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out == evaluate.score(evaluate.load_jsonl(GOLD), evaluate.load_jsonl(PRED))[0]
    assert out["events"]["f1"] == 0.615 and "per_story" not in out
    assert r.stderr == ""


def test_eval_pred_json_detail_adds_per_story():
    r = run("--gold", GOLD, "--pred", PRED, "--json", "--detail")
    assert json.loads(r.stdout)["per_story"]["s1"]["f1"] == 0.8


@pytest.mark.parametrize("which", ["--gold", "--pred"])
def test_eval_broken_file_is_an_error_line(which):
    args = ["--gold", BROKEN, "--pred", PRED] if which == "--gold" else ["--gold", GOLD, "--pred", BROKEN]
    r = run(*args)
    assert r.exit_code == 1
    assert r.stderr == f"Error: {BROKEN}:2: not valid JSON (Expecting value at column 25)\n"
    assert r.stdout == ""


def test_eval_missing_gold_file(tmp_path):
    missing = tmp_path / "nope.jsonl"
    r = run("--gold", str(missing), "--pred", PRED)
    assert r.exit_code == 1
    assert r.stderr == f"Error: {missing}: cannot open: No such file or directory\n"


@pytest.mark.parametrize("args, message", [
    (["--pred", PRED], "give exactly one of --gold and --gsr"),
    (["--gold", GOLD, "--gsr", GSR], "give exactly one of --gold and --gsr"),
    (["--gold", GOLD], "give INPUT story files to code, or --pred PRED.jsonl"),
    (["--gold", GOLD, "--pred", PRED, "stories.jsonl"], "give either INPUT files to code or --pred, not both"),
    (["--gold", GOLD, "--pred", PRED, "--output", "x.jsonl"], "--output writes coded records"),
    (["--gsr", GSR, "stories.jsonl"], "--gsr codes the sentences of the GSR file"),
])
def test_eval_usage_errors(args, message):
    r = run(*args)
    assert r.exit_code == 2
    assert f"Error: {message}" in r.stderr


def test_eval_gsr_pred():
    r = run("--gsr", GSR, "--pred", GSR_CODED)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "sentences 5   type found 0.800   with right source 0.600"
    assert "  REQUEST    n    1  type found 1.000  with right source 0.000" in lines
    assert "misses" not in r.stdout
    assert r.stderr == "Warning: 1 of 5 GSR sentences have no prediction (scored as empty): g4\n"


def test_eval_gsr_detail_lists_misses():
    r = run("--gsr", GSR, "--pred", GSR_CODED, "--detail")
    lines = r.stdout.splitlines()
    assert "misses (2)" in lines
    i = lines.index("  g3  gold REQUEST by IGO  (wrong source)")
    assert lines[i + 1:i + 3] == ["    The Security Council urged both sides to stop fighting.",
                                  "    coded: USA REQUEST -; UN ACCUSE -"]
    assert "  g4  gold PROTEST by PSE  (type not found)" in lines


def test_eval_gsr_json():
    out = json.loads(run("--gsr", GSR, "--pred", GSR_CODED, "--json").stdout)
    assert (out["type_found"], out["right_source"], "misses" in out) == (0.8, 0.6, False)


# --- coding mode, with stand-ins for the reader and the coder -------------------------------------

@pytest.fixture
def fake_pipeline(monkeypatch):
    """readout.stories and readout.pipeline stand-ins: stories are the pred records, coding returns them."""
    pred = evaluate.load_jsonl(PRED)
    seen = []

    def iter_stories(paths, encoding="utf-8", on_error=None, date=None, publisher=None, url=None,
                     columns=None):
        assert list(paths) == ["stories.jsonl"] and encoding == "latin-1"
        on_error(BadInput("stories.jsonl", "not valid JSON", 7))
        for sid in pred:
            yield types.SimpleNamespace(id=sid, text="")

    def code_story(story):
        seen.append(story.id)
        return pred[story.id]

    def code_text(text, date=None):
        return {"id": None, "events": [{"source": "EU", "type": "AGREE", "target": "JPN"}]}

    def code_stories(stories, domestic=False):
        assert domestic, "GSR sentences are coded with domestic events kept"
        for story in stories:
            yield dict(code_text(story.text), id=story.id)

    stories = types.ModuleType("readout.stories")
    stories.iter_stories = iter_stories
    stories.Story = lambda **kw: types.SimpleNamespace(**kw)
    pipeline = types.ModuleType("readout.pipeline")
    pipeline.code_story, pipeline.code_text, pipeline.code_stories = code_story, code_text, code_stories
    for name, mod in (("stories", stories), ("pipeline", pipeline)):
        monkeypatch.setitem(sys.modules, f"readout.{name}", mod)
        monkeypatch.setattr(readout, name, mod, raising=False)
    return seen


def test_eval_codes_only_gold_stories_and_writes_output(fake_pipeline, tmp_path):
    out = tmp_path / "pred.jsonl"
    r = run("--gold", GOLD, "stories.jsonl", "--encoding", "latin-1", "--output", str(out), "--json")
    assert r.exit_code == 0, r.output
    assert fake_pipeline == ["s1", "s2", "s4"]  # s9 is not in the gold
    assert json.loads(r.stdout)["events"]["f1"] == 0.615
    assert "Warning: stories.jsonl:7: not valid JSON; skipped" in r.stderr
    assert list(evaluate.load_jsonl(out)) == ["s1", "s2", "s4"]


def test_eval_gsr_codes_each_sentence(fake_pipeline, tmp_path):
    out = tmp_path / "coded.jsonl"
    r = run("--gsr", GSR, "--output", str(out), "--json")
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert (res["sentences"], res["per_type"]["AGREE"]) == (5, {"sentences": 2, "type_found": 1.0, "right_source": 0.5})
    assert list(evaluate.load_jsonl(out)) == ["g1", "g2", "g3", "g4", "g5"]


@pytest.mark.parametrize("line, message", [
    # AttributeError tracebacks before
    ('{"id": "x", "events": "none"}', "'events' must be a list"),
    ('{"id": "x", "events": [5]}', "'events'[0] must be an object"),
    ('{"id": "x", "events": [{"source": 1, "type": "ACCUSE"}]}', "'events'[0].source must be a string or null"),
    ('{"id": "x", "stances": {"holder": "CHN"}}', "'stances' must be a list"),
    ('{"id": "x", "stances": [{"holder": "CHN", "issue": ["taiwan"]}]}', "'stances'[0].issue must be a string or null"),
    ('{"id": "x", "headline": "CHN"}', "'headline' must be an object of strings (source, type, target, mode) or null"),
    ('{"id": "x", "date": 20210818}', "'date' must be a string (YYYY-MM-DD) or null"),
    ('{"id": ["x"]}', "'id' must be a string or a number"),
])
def test_gold_with_wrong_types_is_one_error_line(tmp_path, line, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "ok", "events": []}\n' + line + "\n")
    r = run("--gold", str(gold), "--pred", PRED)
    assert r.exit_code == 1
    assert r.output == f"Error: {gold}:2: {message}; fix the line\n"


def test_gold_nested_too_deeply_is_one_error_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("[" * 100_000 + "\n")
    r = run("--gold", str(gold), "--pred", PRED)
    assert (r.exit_code, r.output) == (1, f"Error: {gold}:1: JSON nested too deeply to read\n")


def test_eval_output_to_a_missing_folder_is_refused_before_coding(tmp_path):
    r = run("--gold", GOLD, "--output", str(tmp_path / "nonexist" / "p.jsonl"), "stories.jsonl")
    assert r.exit_code == 1
    assert r.output == (f"Error: {tmp_path / 'nonexist' / 'p.jsonl'}: cannot write the output (the folder "
                        f"{tmp_path / 'nonexist'} does not exist; create it or give another path)\n")
