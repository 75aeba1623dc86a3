"""Reading stories: digest, plain text, JSONL(.gz), ids, offsets, and every kind of bad input."""
import gzip
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from readout.errors import BadInput, ReadoutError
from readout.stories import Dateline, Story, find_dateline, iter_stories

DIGEST = (
    "14 Jan 22 - story 4\n"
    "\n"
    "Wang Yi meets Iranian foreign minister\n"
    "\n"
    "Xinhua News Agency, Wuxi, January 14. Wang Yi met Hossein Amir-Abdollahian on January 14.\n"
    "\n"
    "The two sides agreed to deepen cooperation.\n"
)
PLAIN = "Readout of a call\n\nThe President spoke today with the Prime Minister.\nThey agreed to talk again.\n"


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_all(paths, **kwargs):
    errors = []
    stories = list(iter_stories(paths, on_error=errors.append, **kwargs))
    return stories, errors


def record(**fields):
    return json.dumps(fields)


def test_digest_file(tmp_path):
    path = write(tmp_path, "000_abc.txt", DIGEST)
    (story,) = iter_stories([path])
    assert story.id == "000_abc"
    assert story.text == DIGEST
    assert story.title == "Wang Yi meets Iranian foreign minister"
    assert story.collected == "2022-01-14" and story.date == "2022-01-14"
    assert story.number == 4
    assert story.text[story.body_start:].startswith("Xinhua News Agency, Wuxi")
    assert story.dateline == Dateline("Xinhua News Agency", "Wuxi", 1, 14, story.body_start, story.body_start + 37)
    assert story.text[story.dateline.start : story.dateline.end] == "Xinhua News Agency, Wuxi, January 14."
    assert story.path == str(path) and story.line is None


def test_digest_with_crlf_keeps_text_exactly(tmp_path):
    content = DIGEST.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(content.encode("utf-8"))
    (story,) = iter_stories(path)
    assert story.text == content
    assert story.number == 4 and story.title == "Wang Yi meets Iranian foreign minister"
    assert story.text[story.body_start:].startswith("Xinhua")


def test_plain_text_and_markdown(tmp_path):
    write(tmp_path, "readout.txt", PLAIN)
    write(tmp_path, "note.md", "# A markdown title\n\nBody text here.\n")
    write(tmp_path, "noext", "\n\nTitle only after blank lines\nBody.")
    stories = {s.id: s for s in iter_stories([tmp_path])}
    assert set(stories) == {"readout", "note", "noext"}
    plain = stories["readout"]
    assert plain.title == "Readout of a call" and plain.date is None and plain.number is None
    assert plain.text == PLAIN
    assert plain.text[plain.body_start:].startswith("The President spoke today")
    assert stories["note"].title == "A markdown title"
    assert stories["noext"].title == "Title only after blank lines"
    assert stories["noext"].text[stories["noext"].body_start:] == "Body."


def test_bom_is_dropped_and_offsets_stay_in_text(tmp_path):
    path = write(tmp_path, "bom.txt", "\ufeff" + PLAIN)
    (story,) = iter_stories(path)
    assert story.text == PLAIN
    assert story.text[story.body_start:].startswith("The President")


def test_jsonl_records_ids_and_fields(tmp_path):
    lines = [
        record(id="a1", text="Body one.", title="One", date="2021-08-18", publisher="Xinhua", url="https://example.org/1"),
        "",
        record(text="Body without id."),
        record(id="a3", text="BEIJING, Aug. 18 (Xinhua) -- Xi spoke.", date="2021-08-18T09:00:00Z"),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    stories = list(iter_stories([path]))
    assert [s.id for s in stories] == ["a1", "batch#3", "a3"]
    first = stories[0]
    assert (first.title, first.date, first.publisher, first.url, first.line) == (
        "One", "2021-08-18", "Xinhua", "https://example.org/1", 1)
    assert first.body_start == 0 and first.text == "Body one."
    assert stories[1].line == 3 and stories[1].title is None
    assert stories[2].date == "2021-08-18"
    assert stories[2].dateline == Dateline("Xinhua", "BEIJING", 8, 18, 0, 28)


def test_jsonl_gz_is_streamed(tmp_path):
    path = tmp_path / "many.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for n in range(500):
            handle.write(record(id=f"s{n}", text=f"Story {n}.") + "\n")
    stories = iter_stories([path])
    first = next(stories)
    assert first.id == "s0" and first.path == str(path)
    assert sum(1 for _ in stories) == 499


def test_mixed_inputs_and_sorted_recursive_walk(tmp_path):
    write(tmp_path, "b.txt", PLAIN)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.jsonl", record(id="j", text="x") + "\n")
    write(tmp_path, ".hidden.txt", PLAIN)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "c.txt", PLAIN)
    write(tmp_path, "image.png", b"\x89PNG\x00\x00")
    single = write(tmp_path.parent, "single.txt", PLAIN)
    stories, errors = read_all([single, tmp_path])
    assert errors == []
    assert [s.id for s in stories] == ["single", "b", "j"]


@pytest.mark.parametrize(
    "name, content, line, message",
    [
        ("nul.txt", b"Title\n\x00\x01binary", None, "binary file (NUL byte at offset 6)"),
        ("latin.txt", "Title\n\nCaf\u00e9 talks".encode("latin-1"), 3,
         "not UTF-8 (byte 0xe9 at offset 10); try --encoding latin-1"),
        ("empty.txt", b"", None, "empty file"),
        ("blank.md", b"  \n\n \n", None, "empty file"),
        ("empty.jsonl", b"\n\n", None, "empty file"),
    ],
)
def test_bad_text_files(tmp_path, name, content, line, message):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "zz_good.txt", PLAIN)
    stories, errors = read_all([bad, good])
    assert [s.id for s in stories] == ["zz_good"]
    (error,) = errors
    assert isinstance(error, BadInput)
    assert error.path == str(bad) and error.line == line
    assert message in error.message


@pytest.mark.parametrize(
    "line_text, message",
    [
        ('{"id": "x", "text": ', "not valid JSON"),
        ('["a", "list"]', "each line must be a JSON object, found list"),
        ('{"id": "x"}', "no 'text' field"),
        ('{"id": "x", "text": 42}', "'text' must be a string, found int"),
        ('{"id": 7, "text": "fine"}', "'id' must be a string, found int"),
        ('{"id": "x", "text": "  "}', "'text' is empty"),
        ('{"id": "x", "text": "t", "date": "18/08/2021"}', "bad 'date' '18/08/2021'; write it as YYYY-MM-DD"),
        ('{"id": "x", "text": "t", "date": "2021-02-30"}', "bad 'date'"),
        ('{"id": "x", "text": "t", "date": 20210818}', "'date' must be a string"),
        ("[" * 100000, "nested too deeply"),
    ],
)
def test_bad_jsonl_lines_are_reported_and_the_rest_read(tmp_path, line_text, message):
    path = write(tmp_path, "mixed.jsonl", "\n".join([record(id="ok1", text="a"), line_text, record(id="ok2", text="b")]))
    stories, errors = read_all([path])
    assert [s.id for s in stories] == ["ok1", "ok2"]
    (error,) = errors
    assert (error.path, error.line) == (str(path), 2)
    assert message in error.message


def test_jsonl_line_not_utf8(tmp_path):
    content = record(id="ok1", text="a").encode() + b"\n" + b'{"id": "x", "text": "Caf\xe9"}\n'
    path = write(tmp_path, "enc.jsonl", content)
    stories, errors = read_all([path])
    assert [s.id for s in stories] == ["ok1"]
    assert errors[0].line == 2
    assert "not UTF-8 (byte 0xe9 at offset 51); try --encoding latin-1" in errors[0].message


def test_latin1_encoding_reads_what_utf8_cannot(tmp_path):
    path = write(tmp_path, "latin.txt", "Caf\u00e9 summit\n\nLeaders met in Paris.\n".encode("latin-1"))
    (story,) = iter_stories([path], encoding="latin-1")
    assert story.title == "Caf\u00e9 summit"


@pytest.mark.parametrize("content", [b"not gzip at all", None])
def test_corrupt_gzip(tmp_path, content):
    path = tmp_path / "bad.jsonl.gz"
    if content is None:  # a gzip file cut short after its first records
        data = gzip.compress(("\n".join(record(id=f"s{n}", text="x" * 200) for n in range(50)) + "\n").encode())
        content = data[: len(data) // 2]
    path.write_bytes(content)
    good = write(tmp_path, "good.txt", PLAIN)
    stories, errors = read_all([path, good])
    assert stories[-1].id == "good"
    (error,) = errors
    assert error.path == str(path) and "corrupt gzip file" in error.message


def test_missing_path(tmp_path):
    good = write(tmp_path, "good.txt", PLAIN)
    stories, errors = read_all([tmp_path / "nope.txt", good])
    assert [s.id for s in stories] == ["good"]
    assert errors[0].path == str(tmp_path / "nope.txt")
    assert "no such file or directory" in errors[0].message


def test_without_on_error_bad_input_raises(tmp_path):
    path = write(tmp_path, "x.jsonl", "{oops\n")
    with pytest.raises(BadInput, match=r"x.jsonl:1: not valid JSON"):
        list(iter_stories([path]))


def test_a_single_path_string_is_accepted(tmp_path):
    path = write(tmp_path, "one.txt", PLAIN)
    assert [s.id for s in iter_stories(str(path))] == ["one"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xinhua News Agency, Beijing, August 18. President Xi", ("Xinhua News Agency", "Beijing", 8, 18, 39)),
        ("BEIJING, Aug. 18 (Xinhua) -- President Xi", ("Xinhua", "BEIJING", 8, 18, 28)),
        ("MOSCOW, March 5 (TASS) - Putin said", ("TASS", "MOSCOW", 3, 5, 24)),
        ("Beijing, 18 August -- Xi said", (None, "Beijing", 8, 18, 21)),
        ("UNITED NATIONS, Sept. 21 (Xinhua) -- The", ("Xinhua", "UNITED NATIONS", 9, 21, 36)),
        ("On August 18, Xi said", None),
        ("President Xi, August 18 was", None),
        ("BEIJING, Feb. 30 (Xinhua) -- x", None),
    ],
)
def test_find_dateline(text, expected):
    found = find_dateline(text)
    if expected is None:
        assert found is None
    else:
        assert (found.agency, found.place, found.month, found.day, found.end) == expected
        assert found.start == 0


def test_samples_read_cleanly():
    from importlib import resources

    samples = resources.files("readout").joinpath("samples")
    stories, errors = read_all([str(samples)])
    assert errors == [] and len(stories) == 6
    assert all(isinstance(s, Story) and s.title for s in stories)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".txt", ".jsonl", ".md", ".jsonl.gz"]))
def test_no_traceback_escapes_for_arbitrary_bytes(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:1] != b"\x1f" else data)
    for story in iter_stories([path], on_error=lambda error: None):
        assert story.text


# -- story identity (issue 15 item 2) ----------------------------------------------------------------
def test_same_file_name_in_two_folders_no_longer_collides(tmp_path):
    # coll/2021/readout.txt and coll/2022/readout.txt were both "readout": one replaced the other
    for year in ("2021", "2022"):
        (tmp_path / year).mkdir()
        write(tmp_path / year, "readout.txt", f"Talks of {year}\n\nThe President spoke in {year}.\n")
        write(tmp_path / year, "notes.md", f"# Notes {year}\n\nMore from {year}.\n")
    stories, errors = read_all([tmp_path])
    assert errors == []
    assert [s.id for s in stories] == ["2021/notes", "2021/readout", "2022/notes", "2022/readout"]
    again, _ = read_all([tmp_path])  # stable across reruns
    assert [s.id for s in again] == [s.id for s in stories]


def test_feeds_without_ids_in_two_folders_no_longer_collide(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "feed.jsonl", record(text=f"Story from {folder}.") + "\n")
    stories, errors = read_all([tmp_path])
    assert errors == [] and [s.id for s in stories] == ["a/feed#1", "b/feed#1"]


def test_top_level_files_keep_their_plain_stem(tmp_path):
    # the ids of the dev gold and of stores made before: a folder's own files are not renamed
    write(tmp_path, "000_da24e0f3.txt", DIGEST)
    (story,), _ = read_all([tmp_path])
    assert story.id == "000_da24e0f3"


@pytest.mark.parametrize("first, second, where", [
    (record(id="x", text="China criticized Japan."), record(id="x", text="Russia praised China."), "dup.jsonl:1"),
])
def test_duplicate_id_with_other_text_is_an_error_naming_both_places(tmp_path, first, second, where):
    path = write(tmp_path, "dup.jsonl", f"{first}\n{second}\n{first}\n")
    stories, errors = read_all([path])
    assert [s.text for s in stories] == ["China criticized Japan."]  # the first is kept, once
    (error,) = errors
    assert (error.path, error.line) == (str(path), 2)
    assert error.message == (f"story id 'x' was already read from {tmp_path}/{where} with other text; "
                             "give each story its own id (the first one is kept, this one is not read)")


def test_two_feeds_named_directly_with_line_ids_clash_loudly(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "feed.jsonl", record(text=f"Story from {folder}.") + "\n")
    stories, (error,) = read_all([tmp_path / "a" / "feed.jsonl", tmp_path / "b" / "feed.jsonl"])
    assert [s.text for s in stories] == ["Story from a."]
    assert error.message.startswith(f"story id 'feed#1' was already read from {tmp_path}/a/feed.jsonl:1 ")


def test_the_same_file_given_twice_is_read_once(tmp_path):
    path = write(tmp_path, "one.txt", PLAIN)
    stories, errors = read_all([path, path])
    assert errors == [] and [s.id for s in stories] == ["one"]


# -- bad bytes, odd names, unreadable and special files (issue 15 items 3, 4, 9, 10) -----------------
def test_lone_surrogate_in_a_json_line_is_repaired_and_the_rest_read(tmp_path):
    # a UnicodeEncodeError traceback aborted the whole run before, storing none of the good stories
    lines = [record(id="a", text="Good one."), '{"id": "b", "text": "China \\ud800 criticized Japan.",'
             ' "title": "T\\udfff"}', record(id="c", text="Good two.")]
    stories, errors = read_all([write(tmp_path, "s.jsonl", "\n".join(lines) + "\n")])
    assert errors == [] and [s.id for s in stories] == ["a", "b", "c"]
    assert stories[1].text == "China \ufffd criticized Japan." and stories[1].title == "T\ufffd"
    stories[1].text.encode("utf-8")  # hashing and storing can no longer fail


def test_file_name_that_is_not_utf8_reads_with_an_escaped_id_and_path(tmp_path):
    name = os.fsdecode(b"caf\xe9\nnews.txt")
    (tmp_path / name).write_text(PLAIN)
    (story,), errors = read_all([tmp_path])
    assert errors == []
    assert story.id == "caf\\xe9\\nnews" and story.path == f"{tmp_path}/caf\\xe9\\nnews.txt"
    story.path.encode("utf-8")


def test_error_naming_a_file_with_a_line_break_stays_one_line(tmp_path):
    name = tmp_path / "two\nlines.txt"
    name.write_bytes(b"\x00binary")
    _, (error,) = read_all([name])
    assert "\n" not in str(error)
    assert str(error).startswith(f"{tmp_path}/two\\nlines.txt: binary file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_an_input_folder_is_skipped_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "story.txt", PLAIN)
    stories, (error,) = read_all([tmp_path])  # hung forever before
    assert [s.id for s in stories] == ["story"]
    assert error.message == "a FIFO (named pipe), not a story file; skipped"


def test_device_given_by_name_is_an_error(tmp_path):
    stories, (error,) = read_all(["/dev/zero"])
    assert stories == [] and (error.path, error.message) == ("/dev/zero", "a character device, not a story file; skipped")


def test_unreadable_folder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    # root reads any folder, so the refusal is made by the stand-in for scandir
    (tmp_path / "locked").mkdir()
    write(tmp_path / "locked", "hidden.txt", PLAIN)
    write(tmp_path, "open.txt", PLAIN)
    scandir = os.scandir

    def refusing(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    # skipped with no message, exit 0, before: inside a walk, and as the input folder itself
    stories, errors = read_all([tmp_path, tmp_path / "locked"])
    assert [s.id for s in stories] == ["open"]
    assert [(e.path, e.message) for e in errors] == 2 * [
        (str(tmp_path / "locked"), "cannot read the folder (Permission denied); check its permissions (the rest is read)")]


def test_unreadable_file_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    bad, good = write(tmp_path, "a.txt", PLAIN), write(tmp_path, "b.txt", PLAIN)
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if str(path) == str(bad):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    stories, (error,) = read_all([tmp_path])
    assert [s.id for s in stories] == ["b"]
    assert (error.path, error.message) == (str(bad), "cannot read the file (Permission denied); check its permissions")


def test_one_huge_gzipped_line_is_skipped_within_the_size_cap(tmp_path, monkeypatch):
    # a small .jsonl.gz of one 2 GiB line took 4.3 GB of memory; the cap bounds what one line holds
    monkeypatch.setenv("READOUT_MAX_INPUT_BYTES", "100000")
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(record(id="a", text="Good.").encode() + b"\n")
        handle.write(b'{"text": "' + b"x" * 3_000_000 + b'"}\n')
        handle.write(record(id="c", text="Also good.").encode() + b"\n")
    stories, (error,) = read_all([path])
    assert [s.id for s in stories] == ["a", "c"]
    assert (error.line, error.message) == (
        2, "line longer than 100000 bytes (3000013); split the story or raise READOUT_MAX_INPUT_BYTES")


def test_text_file_past_the_size_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_INPUT_BYTES", "1000")
    path = write(tmp_path, "big.txt", "x" * 5000)
    _, (error,) = read_all([path])
    assert error.message == "file larger than 1000 bytes (read 1001); split it or raise READOUT_MAX_INPUT_BYTES"


@pytest.mark.parametrize("value", ["0", "-5", "lots", "1e9"])
def test_bad_size_cap_setting_is_a_clear_error(monkeypatch, value):
    monkeypatch.setenv("READOUT_MAX_INPUT_BYTES", value)
    with pytest.raises(ReadoutError, match=r"READOUT_MAX_INPUT_BYTES=.* is not a whole number of bytes"):
        list(iter_stories([]))


def test_folder_nested_deeper_than_the_recursion_limit_is_read(tmp_path):
    # os.walk recursed: RecursionError at about 1,000 levels before. The limit is lowered for the
    # test instead of nesting 1,000 deep: shutil.rmtree (pytest's clean-up) recurses as well.
    import inspect
    import sys

    folder = tmp_path
    for _ in range(300):
        folder = folder / "a"
        folder.mkdir()
    write(folder, "deep.txt", PLAIN)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 120)
    try:
        (story,), errors = read_all([tmp_path])
    finally:
        sys.setrecursionlimit(limit)
    assert errors == [] and story.id == "a/" * 300 + "deep"


def test_links_to_folders_are_not_followed_and_links_to_files_are_read(tmp_path):
    (tmp_path / "real").mkdir()
    write(tmp_path / "real", "s.txt", PLAIN)
    (tmp_path / "loop").symlink_to(tmp_path)  # followed, this would never end
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real" / "s.txt")
    stories, errors = read_all([tmp_path])
    assert errors == [] and [s.id for s in stories] == ["alias", "real/s"]


@pytest.mark.parametrize(
    "text, dateline_place, body_from",
    [
        # a page copied with its heading: the dateline after the heading opens the body
        ("Crown Prince Receives Call\n\nJeddah, September 14, 2019, SPA -- His Royal Highness received a call.",
         "Jeddah", "His Royal Highness"),
        # a heading with no dateline after it: the text is read from its start, as before
        ("Crown Prince Receives Call\n\nHis Royal Highness received a call.", None, "Crown Prince"),
        # the heading's words opening a sentence, not a line of their own: no heading
        ("Crown Prince Receives Call from the President of France today.", None, "Crown Prince"),
    ],
)
def test_jsonl_dateline_after_a_repeated_title(tmp_path, text, dateline_place, body_from):
    path = write(tmp_path, "one.jsonl", record(id="t", title="Crown Prince Receives Call", text=text) + "\n")
    story = next(iter_stories([path]))
    assert (story.dateline.place if story.dateline else None) == dateline_place
    start = story.dateline.end if story.dateline else story.body_start
    assert story.text[start:].lstrip().startswith(body_from)
