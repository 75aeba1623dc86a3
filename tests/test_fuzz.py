"""Property-based tests: whatever text or bytes come in, the readers, the dateline and date parser,
the normalizer and the coder either give a well-formed result or a clear error, never a crash.

Inputs mix arbitrary Unicode (control characters, RTL marks, emoji, NUL, line separators) with
pieces of real reports, JSON lines with wrong types, and runs of punctuation. The number of
generated cases each test ran is printed at the end of the module (pytest -s, or -rA)."""
import gzip
import json
import os
import re
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from readout.dates import parse_collection_date, parse_month_day, resolve_date
from readout.errors import BadInput, ReadoutError
from readout.normalize import normalize
from readout.stories import Dateline, Story, find_dateline, iter_stories

COUNTS: Counter = Counter()
LIMIT_MESSAGE = re.compile(r"story longer than|punctuation marks or symbols in a row|coding took longer")
FAST = settings(max_examples=200, deadline=2000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=200, deadline=20000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces of the reports readout reads, and of what breaks readers: controls, bidi marks, emoji,
# NUL, byte-order marks, odd line breaks, runs of punctuation.
PIECES = [
    "China", "Iran", "the United States", "President Xi Jinping", "Foreign Minister Wang Yi",
    "met", "held talks with", "condemned", "spoke by phone with", "said", "opposes", "supports",
    "sanctions", "Taiwan", "on Monday", "yesterday", "Aug. 18", "18 August 2021", "2021-08-18",
    "BEIJING, Aug. 18 (Xinhua) --", "Xinhua News Agency, Beijing, August 18.", "23 Aug 21 - story 5",
    "Wang Yi:", ".", ",", ";", ":", "?", "!!!", "(((", ")))", '"""', "...", "---", "—", "“", "”",
    "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x07", "\x1b[31m", "\x7f", "\u0085", "\u2028", "\u2029",
    "\u200b", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\ufeff",
    "\ufffd", "🇨🇳", "🇮🇷", "🤝", "👍🏽", "👨‍👩‍👧", "e\u0301", "ﬁ", "İ", "ß", "Σ", "中国", "伊朗",
    "عراقچی", "שלום", "<script>alert(1)</script>", "{{ 7*7 }}", "%s%n", "\\u0000", "#", "**", "`",
]
piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=12))
texts = st.lists(piece, max_size=40).map(" ".join) | st.lists(piece, max_size=40).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)
EDGE_DATES = ["0001-01-01", "0001-01-05", "9999-12-31", "9999-12-28", "2021-02-30",
              "2021-08-18T10:00:00Z", "18/08/2021", ""]
dates_ = st.one_of(st.sampled_from(EDGE_DATES), st.none(), st.dates().map(date.isoformat), texts)


@pytest.fixture(scope="module", autouse=True)
def report_counts(request):
    yield
    total = sum(COUNTS.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items()))
    line = f"test_fuzz: {total} generated cases ran ({detail})"
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(line)
    out = os.environ.get("READOUT_FUZZ_COUNTS")
    if out:
        Path(out).write_text(line + "\n", encoding="utf-8")


def _check_story(story: Story) -> None:
    assert isinstance(story, Story) and isinstance(story.text, str) and story.text.strip()
    assert isinstance(story.id, str) and story.id
    for value in (story.id, story.text, story.title, story.publisher, story.url, story.path):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate reaches hashing or the store
    assert 0 <= story.body_start <= len(story.text)
    if story.date is not None:
        date.fromisoformat(story.date)
    d = story.dateline
    if d is not None:
        assert 0 <= d.start <= d.end <= len(story.text)
        date(2000, d.month, d.day)


def _read(path: Path) -> tuple[list[Story], list[BadInput]]:
    errors: list[BadInput] = []
    stories = list(iter_stories([path], on_error=errors.append))
    for e in errors:
        assert isinstance(e, BadInput) and str(e).startswith(str(path))
        assert e.message and "Traceback" not in e.message
    for s in stories:
        _check_story(s)
    return stories, errors


# -- readers --------------------------------------------------------------------------------------
def _line(kind, value, text):
    if kind == "record":
        value = value.decode("latin-1") if isinstance(value, bytes) else value
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "story":
        return json.dumps({"text": text, "id": text[:10] or None, "title": text[:30],
                           "date": value if isinstance(value, str) else None},
                          ensure_ascii=bool(len(text) % 2)).encode("utf-8", "surrogatepass")
    if kind == "raw":
        return text.encode("utf-8", "surrogatepass")
    return value if isinstance(value, bytes) else text.encode("latin-1", "replace")


lines = st.tuples(st.sampled_from(["record", "story", "raw", "bytes"]),
                  json_values | st.binary(max_size=40), texts)


@FAST
@given(rows=st.lists(lines, max_size=12), gz=st.booleans(), crlf=st.booleans())
def test_jsonl_reader_yields_stories_or_errors_line_by_line(rows, gz, crlf):
    COUNTS["readers"] += 1
    data = (b"\r\n" if crlf else b"\n").join(_line(*row).replace(b"\n", b" ").replace(b"\r", b" ")
                                             for row in rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("in.jsonl.gz" if gz else "in.jsonl")
        path.write_bytes(gzip.compress(data) if gz else data)
        stories, errors = _read(path)
    non_blank = [n for n, raw in enumerate(data.split(b"\n"), 1) if raw.strip(b" \t\r\x0b\x0c")]
    located = [e for e in errors if e.line is not None]
    # Every line that holds something is a story or an error naming that line, once.
    assert len(stories) + len(located) <= len(non_blank)
    assert {s.line for s in stories}.isdisjoint({e.line for e in located})
    assert all(1 <= (s.line or 0) <= data.count(b"\n") + 1 for s in stories)


@FAST
@given(data=st.binary(max_size=300) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
       suffix=st.sampled_from([".txt", ".md", ""]))
def test_text_reader_yields_one_story_or_one_error(data, suffix):
    COUNTS["readers"] += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"story{suffix}"
        path.write_bytes(data)
        stories, errors = _read(path)
    assert len(stories) + len(errors) == 1


@FAST
@given(value=json_values)
def test_a_record_with_wrong_types_is_one_clear_error(value):
    COUNTS["readers"] += 1
    record = {"text": value} if not isinstance(value, str) else {"text": "China met Iran.",
                                                                  "date": value}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        stories, errors = _read(path)
    assert len(stories) + len(errors) == 1
    if errors:
        assert errors[0].line == 1


SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "\udcff", "\ud83d"])


@FAST
@given(parts=st.lists(st.one_of(piece, SURROGATES), min_size=1, max_size=20),
       field=st.sampled_from(["text", "title", "id", "publisher", "url"]))
def test_lone_surrogates_in_any_field_are_repaired_in_place(parts, field):
    COUNTS["readers"] += 1
    value = "".join(parts)
    record = {"text": "China met Iran.", field: value}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="ascii")  # "\\ud800" escapes
        stories, errors = _read(path)
    if errors:  # an empty text, say: one clear error, never an encoding crash
        assert len(errors) == 1 and not stories
        return
    (story,) = stories
    got = getattr(story, field)
    loaded = json.loads(json.dumps(value))  # a high and a low surrogate in a row pair up as JSON does
    if got and loaded:
        assert len(got) == len(loaded)  # one character for one: offsets stay
        assert re.sub("[\ud800-\udfff]", "\ufffd", loaded) == got


name_bytes = st.binary(min_size=1, max_size=40).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b".."))


@FAST
@given(names=st.lists(name_bytes, min_size=1, max_size=6, unique=True))
def test_odd_file_names_give_stories_or_one_line_errors(names):
    COUNTS["readers"] += 1
    with tempfile.TemporaryDirectory() as tmp:
        root = os.fsencode(tmp)
        for n, name in enumerate(names):
            with open(os.path.join(root, name), "wb") as handle:
                handle.write(b"China met Iran %d.\n" % n if n % 2 else b"\x00binary")
        errors: list[BadInput] = []
        stories = list(iter_stories([tmp], on_error=errors.append))
    for s in stories:
        _check_story(s)
        assert "\n" not in s.path and "\n" not in s.id
    for e in errors:
        line = f"Error: {e}"
        line.encode("utf-8")
        assert "\n" not in line and "\r" not in line and "\u2028" not in line


@FAST
@given(kinds=st.lists(st.sampled_from(["story", "fifo", "dev", "dangling", "loop", "folder"]),
                      min_size=1, max_size=8))
def test_fifos_devices_and_broken_links_never_block_a_read(kinds):
    COUNTS["readers"] += 1
    import signal

    def hung(signum, frame):
        raise AssertionError("the reader blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 10)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for n, kind in enumerate(kinds):
                path = root / f"f{n}.txt"
                if kind == "story":
                    path.write_text(f"China met Iran {n}.\n")
                elif kind == "fifo":
                    os.mkfifo(path)
                elif kind == "dev":
                    path.symlink_to("/dev/zero")
                elif kind == "dangling":
                    path.symlink_to(root / "nowhere")
                elif kind == "loop":
                    path.symlink_to(path)
                else:
                    (root / f"f{n}").mkdir()
                    (root / f"f{n}" / "inner.txt").write_text("Iran met China.\n")
            errors: list[BadInput] = []
            stories = list(iter_stories([root], on_error=errors.append))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert len(stories) == kinds.count("story") + kinds.count("folder")
    assert len(errors) == len(kinds) - len(stories)


LEXICON_PIECES = ["[" * 5000, "]" * 5000, "{" * 3000, '"re:', "a{1,99999999999}", "(" * 3000, ")" * 3000,
                  "(a+)+", "\\", "\ufeff", "\t", '"', ",", ":", '{"issue": "zed_isle", "phrases": [',
                  '{"verb": "hug", "cameo": "042"', "]}", "}", "re:", "x", "\ud800", "null", "1e999"]
lexicon_lines = st.lists(st.one_of(st.sampled_from(LEXICON_PIECES), st.text(max_size=8)), max_size=12).map("".join)


@FAST
@given(lines=st.lists(lexicon_lines, min_size=1, max_size=4),
       kind=st.sampled_from(["issues", "patterns", "actors"]))
def test_hostile_lexicon_lines_load_or_are_one_lexicon_error(lines, kind):
    COUNTS["lexicons"] += 1
    from readout.errors import LexiconError
    from readout.issues import IssueLexicon
    from readout.lexicons.actors_data import load_actor_data
    from readout.coder.patterns import load_patterns

    head = "name\taliases\tcountry\trole\tstart\tend\tsource\n" if kind == "actors" else ""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("mine.tsv" if kind == "actors" else "mine.jsonl")
        path.write_bytes((head + "\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
        try:
            if kind == "issues":
                IssueLexicon(extra_files=[path])
            elif kind == "patterns":
                load_patterns((str(path),))
            else:
                load_actor_data((str(path),))
        except LexiconError as e:
            assert str(e).startswith(str(path)) and "\n" not in str(e)


# -- datelines and dates --------------------------------------------------------------------------
@FAST
@given(text=texts, start=st.integers(0, 50))
def test_find_dateline_is_none_or_in_bounds(text, start):
    COUNTS["dates"] += 1
    d = find_dateline(text, min(start, len(text)))
    if d is not None:
        assert 0 <= d.start <= d.end <= len(text)
        date(2000, d.month, d.day)


@FAST
@given(text=texts | st.from_regex(r"\d{1,3} [A-Za-z]{3,9}\.? \d{1,4}", fullmatch=True))
def test_collection_and_month_day_parsers_return_a_date_or_refuse(text):
    COUNTS["dates"] += 1
    try:
        assert isinstance(parse_collection_date(text), date)
    except ValueError:
        pass
    md = parse_month_day(text)
    assert md is None or date(2000, *md)


@FAST
@given(text=texts, published=dates_, collected=dates_, month=st.integers(1, 12),
       day=st.integers(1, 31), with_dateline=st.booleans())
def test_resolve_date_is_none_or_a_date(text, published, collected, month, day, with_dateline):
    COUNTS["dates"] += 1
    text = text or "x"
    dateline = (Dateline(None, "Beijing", month, min(day, 28), 0, min(5, len(text)))
                if with_dateline else None)
    story = Story(id="s", text=text, title=None, date=published, publisher=None, url=None,
                  path="<fuzz>", line=None, body_start=0, collected=collected, dateline=dateline)
    found = resolve_date(story)
    assert found is None or date.fromisoformat(found)


# -- the normalizer -------------------------------------------------------------------------------
@FAST
@given(text=texts, cuts=st.lists(st.integers(0, 10_000), min_size=2, max_size=6))
def test_normalize_maps_every_span_back_into_the_original(text, cuts):
    COUNTS["normalize"] += 1
    norm = normalize(text)
    n = len(norm.text)
    starts = [norm.to_original(i) for i in range(n + 1)]
    assert all(0 <= s <= len(text) for s in starts)
    assert starts == sorted(starts)
    a, b = sorted(c % (n + 1) for c in cuts[:2])
    s, e = norm.span_to_original(a, b)
    assert 0 <= s <= e <= len(text)


# -- the coder ------------------------------------------------------------------------------------
def _check_record(record: dict, story: Story) -> None:
    json.dumps(record)  # storable
    for item in record["events"] + record["stances"]:
        if item in record["events"] and item["start"] is None:
            # told only by the title (coder.resolve.title_event, title_frame.title_measure): no place in the body
            assert item["end"] is None and item["evidence"] == story.title
            continue
        assert 0 <= item["start"] <= item["end"] <= len(story.text)
        assert item["evidence"] == story.text[item["start"]:item["end"]]
    for e in record["events"]:
        assert e["type"] and isinstance(e["goldstein"], (int, float))


@SLOW
@given(text=texts.filter(str.strip), published=dates_,
       publisher=st.sampled_from([None, "Xinhua", "IRNA", "The White House", "", "\u202eanhuX"]),
       title=st.none() | texts)
def test_coder_codes_any_text_or_reports_a_clear_error(text, published, publisher, title):
    from readout.pipeline import code_stories

    COUNTS["coder"] += 1
    try:
        published = published if published and date.fromisoformat(published[:10]) else None
    except ValueError:
        published = None
    story = Story(id="fuzz", text=text, title=title, date=published, publisher=publisher,
                  url=None, path="<fuzz>", line=1, body_start=0,
                  dateline=find_dateline(text, len(text) - len(text.lstrip())))
    errors: list = []
    records = list(code_stories([story], on_error=errors.append))
    assert len(records) == 1
    if records[0] is None:
        # Only a limit of limits.py may stop the coder; an exception inside it is a bug.
        assert len(errors) == 1 and str(errors[0]).startswith("<fuzz>:1: could not code story")
        assert LIMIT_MESSAGE.search(str(errors[0])), str(errors[0])
    else:
        _check_record(records[0], story)


# -- extreme inputs: 10 MB stories, runs of punctuation, deep nesting, a slow story --------------
TEN_MB = 10 * 1024 * 1024


def _stories_file(tmp_path, records):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def _code_all(stories):
    from readout.pipeline import code_stories

    errors: list = []
    records = list(code_stories(stories, on_error=errors.append))
    return records, [str(e) for e in errors]


def test_ten_megabyte_story_is_refused_and_the_next_one_coded(tmp_path):
    big = ("China met Iran in Tehran on Monday. " * (TEN_MB // 36 + 1))[:TEN_MB]
    path = _stories_file(tmp_path, [{"id": "big", "text": big},
                                    {"id": "small", "text": "China met Iran in Tehran on Monday."}])
    stories, errors = _read(path)
    assert [s.id for s in stories] == ["big", "small"] and errors == []
    records, errors = _code_all(stories)
    assert records[0] is None and records[1]["events"]
    assert errors == [f"{path}:1: could not code story 'big': story longer than 400000 characters "
                      f"({TEN_MB}); split it"]


@pytest.mark.parametrize("text, line_break", [("!" * TEN_MB, ""), ("(" * 10_000, "\n"),
                                               ("\u202e🇨🇳" * 3_000, "\n"), ("\x00" * 100, "")])
def test_one_huge_line_in_a_text_file_is_refused_or_read(tmp_path, text, line_break):
    path = tmp_path / "line.txt"
    path.write_text("Title\n" + line_break + text, encoding="utf-8")
    stories, errors = _read(path)
    if "\x00" in text:
        assert stories == [] and "binary file (NUL byte" in errors[0].message
        return
    records, errors = _code_all(stories)
    assert records == [None]
    assert errors[0].startswith(f"{path}: could not code story 'line': story ")


@pytest.mark.parametrize("text, codes", [
    ("!" * 501, False), ("China met Iran. " + "?!" * 300 + " Iran met China.", False),
    ("China met Iran in Tehran. " + "!!! " * 2_000, True), ("“" * 400 + " China met Iran.", True),
    ("\u202eChina met Iran in Tehran.\u202c " * 200, True), ("🇨🇳 met 🇮🇷. " * 500, True),
    ("China said that " * 1_000 + "Iran met Russia.", True),
])
def test_runs_of_punctuation_code_or_are_refused(text, codes):
    story = Story(id="p", text=text, title=None, date="2021-08-18", publisher=None, url=None,
                  path="<p>", line=None, body_start=0)
    records, errors = _code_all([story])
    if codes:
        assert records[0] is not None and errors == []
        _check_record(records[0], story)
    else:
        assert records == [None] and "punctuation marks or symbols in a row" in errors[0]


def test_deeply_nested_json_line_is_one_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 200_000 + "\n" + '{"text": "China met Iran."}\n', encoding="utf-8")
    stories, errors = _read(path)
    assert len(stories) == 1 and errors[0].line == 1


# Hypothesis's gc callback can swallow the timer's exception (an unraisable context); the check
# when coding returns skips the story all the same, so only the warning is ignored here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_story_past_its_time_budget_is_skipped_and_the_run_goes_on(monkeypatch):
    import time

    from readout import pipeline

    prepare = pipeline.prepare

    def slow_for_s2(story):  # a runaway stage: Python code that would go on for 3 s
        start = time.monotonic()
        while story.id == "s2" and time.monotonic() - start < 3:
            pass
        return prepare(story)

    monkeypatch.setattr(pipeline, "prepare", slow_for_s2)
    monkeypatch.setenv("READOUT_STORY_SECONDS", "0.5")
    mk = lambda i, text: Story(id=f"s{i}", text=text, title=None, date=None,  # noqa: E731
                               publisher=None, url=None, path="<t>", line=i, body_start=0)
    stories = [mk(1, "China met Iran."), mk(2, "China met Iran in Tehran."),
               mk(3, "Iran met Russia in Moscow.")]
    records, errors = _code_all(stories)
    assert records[0]["events"] and records[1] is None and records[2]["events"]
    assert errors == ["<t>:2: could not code story 's2': coding took longer than 0.5 s; skipped"]


def test_time_budget_stops_a_loop_in_time_and_is_checked_off_the_main_thread():
    import threading
    import time

    from readout.limits import StoryTooSlow, time_budget

    start = time.monotonic()
    with pytest.raises(StoryTooSlow, match="coding took longer than 0.2 s; skipped"):
        with time_budget(0.2):
            while True:
                pass
    assert time.monotonic() - start < 5
    with time_budget(0.5):
        pass  # the timer is off again
    time.sleep(0.6)
    caught = []

    def worker():
        try:
            with time_budget(0.05):
                time.sleep(0.1)
        except StoryTooSlow as e:
            caught.append(e)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert len(caught) == 1


@pytest.mark.parametrize("name, value, message", [
    ("READOUT_STORY_SECONDS", "soon", "READOUT_STORY_SECONDS='soon' is not a number"),
    ("READOUT_MAX_STORY_CHARS", "-5", "is negative"),
])
def test_bad_limit_settings_are_clear_errors(monkeypatch, name, value, message):
    from readout.limits import max_story_chars, story_seconds

    monkeypatch.setenv(name, value)
    with pytest.raises(ReadoutError, match=message):
        story_seconds() if "SECONDS" in name else max_story_chars()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_ingest_reports_a_too_long_story_once_and_stores_the_rest(tmp_path, workers):
    from click.testing import CliRunner

    from readout.cli import main

    path = _stories_file(tmp_path, [{"id": "big", "text": "China met Iran. " * 30_000},
                                    {"id": "small", "text": "China met Iran in Tehran."}])
    db = tmp_path / "t.db"
    r = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--workers", workers])
    assert r.exit_code == 1, r.output
    assert r.stderr == (f"Error: {path}:1: could not code story 'big': story longer than 400000 "
                        "characters (480000); split it\n")
    assert r.stdout.startswith("stored 1, replaced 0, skipped 0; 2 stories, ")
    assert " stances, 1 error in " in r.stdout


# -- regressions: what the generated cases broke --------------------------------------------------
def test_null_text_in_a_jsonl_record_is_a_clear_error(tmp_path):
    path = _stories_file(tmp_path, [{"id": "a", "text": None}, {"id": "b", "text": "China met Iran."}])
    stories, errors = _read(path)
    assert [s.id for s in stories] == ["b"]
    assert [(e.line, e.message) for e in errors] == [
        (1, "'text' is empty; give the story text or remove the line")]


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12-28", "0001-01-01"])
def test_dates_at_the_edge_of_the_calendar_do_not_crash_the_coder(published):
    from readout.pipeline import code_stories

    text = "BEIJING, Dec. 30 (Xinhua) -- China met Iran in Tehran. Iran thanked China."  # no weekday: a Monday four days back is history
    story = Story(id="edge", text=text, title=None, date=published, publisher="Xinhua", url=None,
                  path="<edge>", line=None, body_start=0, dateline=find_dateline(text))
    story_no_dateline = Story(id="edge2", text=text[28:], title=None, date=published,
                              publisher=None, url=None, path="<edge>", line=None, body_start=0)
    assert resolve_date(story) and resolve_date(story_no_dateline)
    records = list(code_stories([story, story_no_dateline]))  # no on_error: a crash would raise
    assert all(r["events"] for r in records)


def test_cli_code_reports_a_run_of_symbols_in_one_line_and_codes_the_rest(tmp_path):
    from click.testing import CliRunner

    from readout.cli import main

    path = _stories_file(tmp_path, [{"id": "big", "text": "!" * 600},
                                    {"id": "ok", "text": "China met Iran in Tehran."}])
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["code", str(path), "-o", str(out)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    errors, summary = r.stderr.splitlines()
    assert errors == (f"Error: {path}:1: could not code story 'big': story has 600 punctuation "
                      "marks or symbols in a row at offset 0 (at most 500); remove them or put "
                      "spaces between them")
    assert summary.startswith("2 stories, ") and ", 1 error in " in summary
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["ok"]
