"""`readout code` and `readout demo` from the command line: output records, bad inputs, exit codes."""
import gzip
import json
import re
import subprocess
import sys

import pytest
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


def said(result) -> str:
    """stderr without the closing summary line (stories, events, ... in N s)."""
    return "".join(line + "\n" for line in result.stderr.splitlines() if not re.match(r"\d+ stories, ", line))


# -- inputs of every kind, and the options that fill in what plain text lacks ------------------------
SENTENCE = "Japan thanked Canada for its support on Monday."


def test_code_reads_csv_with_a_mapped_column(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(f"story,body,when\ns1,{SENTENCE},2022-03-07\n", encoding="utf-8")
    result = run("code", "--column", "text=body", "--column", "id=story", "--column", "date=when", str(path))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == "s1" and [e["type"] for e in record["events"]] == ["SUPPORT"]


def test_code_plain_text_with_date_publisher_and_url(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")  # one paragraph: body, not a title
    result = run("code", "--date", "2022-03-09", "--publisher", "My Desk", "--url", "https://example.org/n",
                 str(path))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["date"], record["publisher"], record["url"], record["title"]) == (
        "2022-03-07", "My Desk", "https://example.org/n", None)
    assert record["events"], "a one-paragraph text was a title with no body and no events"


@pytest.mark.parametrize("args, message", [
    (["--date", "2022-13-01"], "Invalid value for '--date': '2022-13-01' is not a date; write it as YYYY-MM-DD"),
    (["--date", "2022-03"], "Invalid value for '--date': '2022-03' is not a date; write it as YYYY-MM-DD"),
    (["--column", "body"], "Invalid value for '--column': 'body': write FIELD=NAME with FIELD one of id, date, "
                           "title, text, url, publisher, e.g. --column text=body"),
    (["--column", "story=body"], "Invalid value for '--column': 'story=body'"),
])
def test_bad_input_options_are_usage_errors(tmp_path, args, message):
    result = run("code", *args, str(tmp_path))
    assert result.exit_code == 2 and message in result.stderr


# -- hostile inputs and outputs (issue 15) ------------------------------------------------------------
def test_code_with_a_lone_surrogate_codes_every_story(tmp_path):
    # UnicodeEncodeError for the story before; now repaired to U+FFFD like any other text
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "text": "China \\ud800 criticized Japan."}\n'
                    f'{{"id": "b", "text": "{SENTENCE}"}}\n', encoding="utf-8")
    result = run("code", str(path))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"] and all(r["events"] for r in records)


def test_code_dev_zero_is_an_error_not_memory_error():
    result = run("code", "/dev/zero")
    assert result.exit_code == 1
    assert said(result) == "Error: /dev/zero: a character device, not a story file; skipped\n"


def test_error_line_for_a_file_name_with_a_line_break_is_one_line(tmp_path):
    (tmp_path / "evil\nError: fake.txt").write_bytes(b"\x00")
    result = run("code", str(tmp_path))
    assert result.exit_code == 1
    assert said(result).splitlines() == [
        f"Error: {tmp_path}/evil\\nError: fake.txt: binary file (NUL byte at offset 0); give a text, "
        "markdown or JSONL file (UTF-16 text must be saved as UTF-8)"]


@pytest.mark.parametrize("where, message", [
    ("folder", "{out}: cannot write the output (it is a folder; give a file name)"),
    ("missing", "{out}: cannot write the output (the folder {parent} does not exist; create it or give another path)"),
    ("file-as-folder", "{out}: cannot write the output (the folder {parent} is not a folder; create it or give another path)"),
])
def test_code_output_that_cannot_be_written_is_one_error(tmp_path, where, message):
    story = tmp_path / "s.txt"
    story.write_text(SENTENCE, encoding="utf-8")
    out = {"folder": tmp_path, "missing": tmp_path / "nonexist" / "x.jsonl",
           "file-as-folder": story / "x.jsonl"}[where]
    result = run("code", "-o", str(out), str(story))
    assert result.exit_code == 1
    assert said(result) == "Error: " + message.format(out=out, parent=out.parent) + "\n"


def test_code_output_on_a_full_disk_leaves_no_empty_file(tmp_path, monkeypatch):
    import errno
    import readout.outputs

    story = tmp_path / "s.txt"
    story.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device", str(src))

    monkeypatch.setattr(readout.outputs.os, "replace", full)
    result = run("code", "-o", str(out), str(story))
    assert result.exit_code == 1
    assert said(result) == (f"Error: {out}: cannot write the output (the disk is full; free some space "
                            "and run the command again)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.txt"]  # no 0-byte or half file


def test_code_output_to_an_immutable_file(tmp_path):
    import shutil

    story = tmp_path / "s.txt"
    story.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(out)]).returncode:
        pytest.skip("chattr +i not available here")
    try:
        result = run("code", "-o", str(out), str(story))
    finally:
        subprocess.run(["chattr", "-i", str(out)])
    assert result.exit_code == 1
    assert said(result) == (f"Error: {out}: cannot write the output (not permitted (an immutable or "
                             "read-only file?); give another path)\n")
    assert out.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "s.txt"]


@pytest.mark.parametrize("value, message", [
    ("nan", "READOUT_STORY_SECONDS='nan' is not a finite number; give e.g. READOUT_STORY_SECONDS=60.0 (0 turns the limit off)"),
    ("inf", "READOUT_STORY_SECONDS='inf' is not a finite number"),
    ("1e300", "READOUT_STORY_SECONDS='1e300' is too large; give at most 1,000,000,000 (0 turns the limit off)"),
])
def test_bad_story_seconds_stops_the_run_once_before_any_story(tmp_path, monkeypatch, value, message):
    # before: each story failed with "ValueError: Invalid value NaN" or an OverflowError
    monkeypatch.setenv("READOUT_STORY_SECONDS", value)
    (tmp_path / "a.txt").write_text(SENTENCE)
    (tmp_path / "b.txt").write_text(SENTENCE)
    result = run("code", str(tmp_path))
    assert result.exit_code == 1 and result.stdout == ""
    assert said(result).startswith(f"Error: {message}") and said(result).count("\n") == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_exits_130_without_a_worker_traceback(tmp_path, workers):
    # exit 1 with "Aborted!" or a worker's KeyboardInterrupt traceback before
    import signal

    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{n}", "text": f"{SENTENCE} Story {n}. " * 20}) + "\n"
                           for n in range(3000)))
    proc = subprocess.Popen([sys.executable, "-m", "readout", "code", "--workers", workers, str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stdout.readline().startswith('{"id": "s0"')  # coding is under way
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err.splitlines()[-1] == "Interrupted" and "Traceback" not in err


def test_code_output_on_a_real_full_disk_is_one_error_and_no_empty_file(tmp_path):
    # a traceback and a 0-byte file before
    import os
    import shutil

    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        src = tmp_path / "many.jsonl"
        src.write_text("".join(json.dumps({"id": f"s{n}", "text": SENTENCE}) + "\n" for n in range(60)))
        out = disk / "out.jsonl"
        result = subprocess.run([sys.executable, "-m", "readout", "code", "--workers", "1", "-o", str(out),
                                 str(src)], capture_output=True, text=True, timeout=300)
        assert result.returncode == 1
        assert said(result) == (f"Error: {out}: cannot write the output (the disk is full; free some space "
                                "and run the command again)\n")
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


@pytest.mark.parametrize("args, kept", [([], set()), (["--domestic"], {("EGY", "COERCE", "EGY")})])
def test_code_domestic_keeps_events_inside_one_country(tmp_path, args, kept):
    path = tmp_path / "arrests.txt"
    path.write_text("Egyptian authorities detained three Egyptian journalists on Monday.\n", encoding="utf-8")
    result = run("code", str(path), "--date", "2022-03-01", *args)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert {(e["source"], e["type"], e["target"]) for e in record["events"]} == kept
