"""`readout code` and `readout demo` from the command line: output records, bad inputs, exit codes."""
import gzip
import json
import subprocess
import sys

from click.testing import CliRunner

from readout.cli import main, sample_paths

DIGEST = """18 Jun 24 - story 2

Xi Jinping talks on the phone with Turkish President Erdogan

Xinhua News Agency, Beijing, June 17. President Xi Jinping had a phone conversation with Turkish President \
Recep Tayyip Erdogan on June 17.

Xi Jinping pointed out that China is willing to work with Turkey to deepen cooperation in energy. \
Erdogan thanked China for its support and said Turkey firmly supports the one-China principle.
"""


def run(*args):
    return CliRunner(mix_stderr=False).invoke(main, list(args)) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames \
        else CliRunner().invoke(main, list(args))


def test_code_digest_story_gives_date_headline_and_offsets(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(DIGEST, encoding="utf-8")
    result = run("code", str(path))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["id"] == "call"
    assert record["date"] == "2024-06-17"
    assert record["headline"] == {"source": "CHN", "type": "CONSULT", "target": "TUR", "mode": "phone"}
    events = {(e["source"], e["type"], e["target"]) for e in record["events"]}
    assert ("CHN", "AGREE", "TUR") in events and ("TUR", "SUPPORT", "CHN") in events
    for e in record["events"] + record["stances"]:
        assert DIGEST[e["start"]:e["end"]] == e["evidence"]
    assert {"code": "TUR", "name": "Recep Tayyip Erdogan", "role": "President"} in record["actors"]
    assert ("TUR", "support", "taiwan") in {(s["holder"], s["polarity"], s["issue"]) for s in record["stances"]}


def test_code_writes_output_file_for_mixed_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(DIGEST, encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "wh-1", "date": "2023-03-02", "publisher": "The White House",
                            "text": "The President spoke today with Prime Minister Meloni of Italy."}) + "\n")
    out = tmp_path / "out.jsonl"
    result = run("code", str(tmp_path), "--output", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "wh-1"]
    assert records[1]["headline"] == {"source": "USA", "type": "CONSULT", "target": "ITA", "mode": "phone"}


def test_bad_inputs_are_reported_and_the_rest_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(DIGEST, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks\n\nFrance met Spain.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "ok", "text": "Japan thanked Canada for its support."}\n{"id": "broken"\n'
                     '{"id": "notext"}\n', encoding="utf-8")
    result = run("code", str(tmp_path))
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.strip().splitlines()]
    assert ids == ["good", "ok"]
    err = result.stderr
    assert f"Error: {tmp_path / 'empty.txt'}: " in err
    assert f"Error: {tmp_path / 'binary.txt'}: " in err
    assert f"Error: {tmp_path / 'latin.txt'}:1: not UTF-8" in err and "--encoding latin-1" in err
    assert f"Error: {lines}:2: " in err
    assert f"Error: {lines}:3: " in err
    assert "Traceback" not in err


def test_encoding_option_reads_latin1(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 talks\n\nFrance met Spain on Monday.".encode("latin-1"))
    result = run("code", str(path), "--encoding", "latin-1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Caf\xe9 talks"


def test_missing_input_is_an_error_not_a_traceback(tmp_path):
    result = run("code", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'nope.jsonl'}: ")


def test_demo_codes_the_bundled_samples():
    assert len(sample_paths()) >= 4
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "headline CHN CONSULT RUS video" in result.stdout
    assert "USA CONSULT IND phone" in result.stdout


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "readout", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "code" in done.stdout
