"""The readers of each input kind: CSV and TSV with a header, saved web pages (HTML), plain text
with options, a short text without a title, and the publisher a wire dateline names."""
import pytest

from readout.errors import BadInput
from readout.stories import iter_stories

BODY = "China's foreign minister met his Russian counterpart in Beijing on Friday."


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def read_all(paths, **kwargs):
    errors = []
    stories = list(iter_stories(paths, on_error=errors.append, **kwargs))
    return stories, errors


# -- CSV and TSV -----------------------------------------------------------------------------------
CSV = (
    "id,date,title,text,url,publisher,extra\r\n"
    f'c1,2022-03-04,Talks in Beijing,"{BODY}",https://example.org/1,Example News,x\r\n'
    '"c2","","","Russia praised China, its partner.\r\nThe talks went well.","","",""\r\n'
)


def test_csv_with_a_header_reads_one_story_a_row(tmp_path):
    path = write(tmp_path, "feed.csv", CSV)
    stories, errors = read_all([path])
    assert errors == []
    first, second = stories
    assert (first.id, first.date, first.title, first.text, first.url, first.publisher, first.line) == (
        "c1", "2022-03-04", "Talks in Beijing", BODY, "https://example.org/1", "Example News", 2)
    assert first.body_start == 0
    # a quoted field keeps its comma and line break; empty cells are no value
    assert second.text == "Russia praised China, its partner.\r\nThe talks went well."
    assert (second.date, second.title, second.url, second.publisher, second.line) == (None, None, None, None, 3)


def test_csv_that_was_read_as_one_story_whose_title_was_the_header(tmp_path):
    # before: the whole file was one text story titled "id,date,title,text,url,publisher,extra"
    stories, _ = read_all([write(tmp_path, "feed.csv", CSV)])
    assert [s.title for s in stories] == ["Talks in Beijing", None]


def test_tsv_with_a_byte_order_mark_and_columns_in_any_order_and_case(tmp_path):
    path = write(tmp_path, "feed.tsv", f"\ufeffText\tID\n{BODY}\tt1\n")
    (story,), errors = read_all([path])
    assert errors == [] and (story.id, story.text) == ("t1", BODY)


def test_column_option_maps_other_header_names(tmp_path):
    path = write(tmp_path, "export.csv", f"story_no,body,headline\n7,{BODY.replace(',', '')},Talks\n")
    (story,), errors = read_all([path], columns={"text": "body", "id": "story_no", "title": "Headline"})
    assert errors == [] and (story.id, story.title) == ("7", "Talks")


def test_rows_without_id_take_the_file_name_and_line(tmp_path):
    path = write(tmp_path, "feed.csv", f"text\n{BODY.replace(',', '')}\n\nRussia praised China.\n")
    stories, errors = read_all([path])
    assert errors == [] and [s.id for s in stories] == ["feed#2", "feed#4"]


@pytest.mark.parametrize("name, content, options, line, message", [
    ("no_text.csv", "id,body\n1,Hello\n", {}, 1,
     "no 'text' column in the header (id, body); name the story text column 'text' or give --column text=NAME"),
    ("no_mapped.csv", "id,body\n1,Hello\n", {"columns": {"text": "story"}}, 1,
     "no 'story' column in the header (id, body)"),
    ("missing_title.csv", "id,text\n1,Hello\n", {"columns": {"title": "headline"}}, 1,
     "no column title=headline in the header; check --column"),
    ("empty.csv", "", {}, None, "empty file; give a header line"),
    ("header_only.tsv", "id\ttext\n", {}, None, "no rows below the header"),
    ("latin.csv", "id,text\n1,Caf\xe9\n".encode("latin-1"), {}, 2, "not UTF-8 (byte 0xe9"),
    ("nul.csv", b"id,text\n1,a\x00b\n", {}, 2, "binary data (NUL byte)"),
])
def test_bad_csv_and_tsv_files_are_one_error(tmp_path, name, content, options, line, message):
    path = write(tmp_path, name, content)
    stories, errors = read_all([path], **options)
    assert stories == []
    (error,) = errors
    assert (error.path, error.line) == (str(path), line)
    assert message in error.message


@pytest.mark.parametrize("row, message", [
    ("3,,Talks", "'text' is empty"),
    ("4,Text,Talks,extra", "4 fields but the header has 3"),
    ("5,Text,Talks,2021-13-01", "4 fields but the header has 3"),
])
def test_bad_rows_are_reported_and_the_rest_read(tmp_path, row, message):
    path = write(tmp_path, "f.csv", f"id,text,title\n1,Good one.,A\n{row}\n2,Good two.,B\n")
    stories, errors = read_all([path])
    assert [s.id for s in stories] == ["1", "2"]
    (error,) = errors
    assert error.line == 3 and message in error.message


def test_bad_date_in_a_row(tmp_path):
    path = write(tmp_path, "f.csv", "id,text,date\n1,Good.,18/08/2021\n")
    _, (error,) = read_all([path])
    assert error.message == "bad 'date' '18/08/2021'; write it as YYYY-MM-DD"


def test_unclosed_quote_is_an_error_naming_its_line(tmp_path):
    path = write(tmp_path, "f.csv", 'id,text\n1,Good.\n2,"never closed\n')
    stories, errors = read_all([path])
    assert [s.id for s in stories] == ["1"]
    assert [(e.line, e.message[:10]) for e in errors] == [(3, "broken row")]


def test_hand_made_tsv_row_opening_with_a_quote_reads_as_written(tmp_path):
    path = write(tmp_path, "f.tsv", 'id\ttext\n1\t"No," he said of the plan.\n2\tGood.\n')
    stories, errors = read_all([path])
    assert errors == [] and [s.text for s in stories] == ['"No," he said of the plan.', "Good."]


def test_broken_csv_row_in_the_middle_does_not_stop_the_rest(tmp_path):
    path = write(tmp_path, "f.csv", 'id,text\n1,"Good." x\n2,Also good.\n')
    stories, errors = read_all([path])
    assert [s.id for s in stories] == ["2"]
    assert [(e.line, e.message) for e in errors] == [(2, "broken row (',' expected after '\"'); check its quotes")]


def test_a_csv_row_past_the_size_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_INPUT_BYTES", "1000")
    path = write(tmp_path, "f.csv", "id,text\n1,Good.\n2," + "x" * 5000 + "\n")
    stories, (error,) = read_all([path])
    assert [s.id for s in stories] == ["1"]
    assert error.line == 3 and error.message.startswith("line longer than 1000 bytes (5003)")


# -- saved web pages -------------------------------------------------------------------------------
PAGE = f"""<!doctype html><html><head><title>Ministers meet in Beijing | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2022-03-04">
<link rel="canonical" href="https://example.org/talks"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Beijing</h1>
<p>BEIJING, March 4 (Example) -- {BODY}</p>
<p>The two sides agreed to deepen their cooperation in trade and energy.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def test_saved_web_page_reads_title_date_publisher_url_and_article_text(tmp_path):
    path = write(tmp_path, "talks.html", PAGE)
    (story,), errors = read_all([path])
    assert errors == []
    assert (story.id, story.title, story.date, story.publisher, story.url) == (
        "talks", "Ministers meet in Beijing", "2022-03-04", "Example News", "https://example.org/talks")
    # the stored text is the extracted text: no menu, no footer; the body starts after the headline
    assert "Home" not in story.text and "Copyright" not in story.text
    assert story.text[story.body_start:].startswith(f"BEIJING, March 4 (Example) -- {BODY}")
    assert story.dateline is not None and story.dateline.place == "BEIJING"


@pytest.mark.parametrize("content, message", [
    ("", "empty file"),
    ("<html><head><title>Only a title</title></head><body></body></html>", "no article text found"),
    (b"<html>\x00\xff\xfe</html>", "binary file (NUL byte at offset 6)"),
])
def test_pages_without_an_article_are_one_error(tmp_path, content, message):
    path = write(tmp_path, "page.htm", content)
    stories, (error,) = read_all([path])
    assert stories == [] and error.path == str(path) and message in error.message


def test_a_folder_walk_picks_up_pages_tables_and_text(tmp_path):
    write(tmp_path, "a.html", PAGE)
    write(tmp_path, "b.csv", f"id,text\nrow1,{BODY.replace(',', '')}\n")
    write(tmp_path, "c.txt", BODY)
    write(tmp_path, "d.pdf", b"%PDF-1.4")
    stories, errors = read_all([tmp_path])
    assert errors == [] and [s.id for s in stories] == ["a", "row1", "c"]


# -- plain text: options, a short text without a title ----------------------------------------------
@pytest.mark.parametrize("text, title, body", [
    # one paragraph: before, it was all title and nothing was coded
    (BODY + "\n", None, BODY),
    (BODY, None, BODY),
    # a sentence running on into the next line is body too
    (BODY + "\nThey agreed to meet again.\n", None, BODY),
    ("China's foreign minister met\nhis counterpart.\n", None, "China's foreign minister met"),
    # a title line: followed by a blank line, or a short line without a full stop
    ("Ministers meet\n\n" + BODY, "Ministers meet", BODY),
    ("Ministers meet\n" + BODY, "Ministers meet", BODY),
    ("A title that ends with a stop.\n\n" + BODY, "A title that ends with a stop.", BODY),
    ("x" * 250 + "\n\n" + BODY, None, "x" * 250),
])
def test_short_text_without_a_title_line_is_body(tmp_path, text, title, body):
    (story,) = iter_stories(write(tmp_path, "note.txt", text))
    assert story.title == title
    assert story.text[story.body_start:].startswith(body)


def test_digest_header_with_one_line_after_it_is_body(tmp_path):
    (story,) = iter_stories(write(tmp_path, "d.txt", f"14 Jan 22 - story 4\n\n{BODY}\n"))
    assert story.title is None and story.collected == "2022-01-14"
    assert story.text[story.body_start:].startswith(BODY)


def test_date_publisher_and_url_options_fill_what_a_story_lacks(tmp_path):
    text = write(tmp_path, "a.txt", "Talks\n\n" + BODY)
    jsonl = write(tmp_path, "b.jsonl", '{"id": "j", "text": "x", "date": "2020-01-01", "publisher": "Own"}\n')
    stories, _ = read_all([text, jsonl], date="2022-03-04", publisher="My Desk", url="https://example.org/")
    assert [(s.date, s.publisher, s.url) for s in stories] == [
        ("2022-03-04", "My Desk", "https://example.org/"), ("2020-01-01", "Own", "https://example.org/")]


# -- the publisher a dateline names ------------------------------------------------------------------
@pytest.mark.parametrize("opening, publisher", [
    ("Xinhua News Agency, Beijing, August 18. President Xi spoke.", "Xinhua News Agency"),
    ("BEIJING, Aug. 18 (Xinhua) -- President Xi spoke.", "Xinhua"),
    ("MOSCOW, March 5 (TASS) - Putin said so.", "TASS"),
    ("Beijing, 18 August -- Xi said so.", None),
    # a place named twice is no agency
    ("Washington, D.C., May 3 -- The President spoke.", None),
    ("President Xi Jinping spoke on August 18.", None),
])
def test_publisher_from_a_wire_dateline(tmp_path, opening, publisher):
    (story,) = iter_stories(write(tmp_path, "wire.txt", f"Headline\n\n{opening}\n"))
    assert story.publisher == publisher


def test_seed_style_story_no_longer_shows_unknown_publisher(tmp_path):
    # "unknown publisher" on the web page of a story whose dateline names Xinhua
    digest = "23 Aug 21 - story 5\n\nXi talks with Raisi\n\nXinhua News Agency, Beijing, August 18. Xi spoke.\n"
    (story,) = iter_stories(write(tmp_path, "000_abc.txt", digest))
    assert story.publisher == "Xinhua News Agency"
    (given,) = iter_stories(write(tmp_path, "000_abc.txt", digest), publisher="People's Daily")
    assert given.publisher == "People's Daily"


def test_jsonl_publisher_wins_over_the_dateline(tmp_path):
    path = write(tmp_path, "a.jsonl", '{"text": "BEIJING, Aug. 18 (Xinhua) -- Xi spoke.", "publisher": "CGTN"}\n')
    (story,) = iter_stories(path)
    assert story.publisher == "CGTN"


def test_bad_input_names_the_file_for_every_kind(tmp_path):
    for name in ("e.csv", "e.tsv", "e.html", "e.txt", "e.jsonl"):
        write(tmp_path, name, "")
    _, errors = read_all(sorted(tmp_path.iterdir()))
    assert [(e.path.rsplit("/", 1)[-1], e.message.split(";")[0]) for e in errors] == [
        (n, "empty file") for n in ("e.csv", "e.html", "e.jsonl", "e.tsv", "e.txt")]
    assert all(isinstance(e, BadInput) for e in errors)
