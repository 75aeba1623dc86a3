"""The web app (HTTP tests of every route against create_app, and a real headless Chromium), the
brief (readout.report) and the `serve` and `report` commands."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from conftest import serve_in_thread
from readout.cli_web import report_cmd, serve_cmd
from readout.report import build_brief, render_markdown, write_demo_brief
from readout.store import Store
from readout.stories import iter_stories
from readout.web import marks
from readout.web.app import SECURITY_HEADERS, create_app

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

# Small stories written for these tests: two sides' readouts of one call, a US statement, a later
# visit; coded by the real coder.
STORIES = [
    {"id": "xh-call", "date": "2022-01-14", "publisher": "Xinhua",
     "title": "Wang Yi holds phone talks with Iranian FM",
     "text": "Chinese Foreign Minister Wang Yi held a phone call with Iranian Foreign Minister "
             "Hossein Amir-Abdollahian on Thursday. China firmly opposes external interference "
             "in Iran's internal affairs."},
    {"id": "irna-call", "date": "2022-01-14", "publisher": "IRNA",
     "title": "Amir-Abdollahian, Wang Yi talk by phone",
     "text": "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by telephone with Chinese "
             "Foreign Minister Wang Yi on Thursday. Iran supports the one-China policy."},
    {"id": "us-iran", "date": "2022-02-07", "publisher": "The White House",
     "title": "Statement on Iran's missile tests",
     "text": "The United States condemned Iran for its missile tests on Monday. Secretary Blinken "
             "said Washington would impose new sanctions on Iran."},
    {"id": "xh-visit", "date": "2022-02-18", "publisher": "Xinhua",
     "title": "Wang Yi meets Iranian FM in Beijing",
     "text": "Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Hossein "
             "Amir-Abdollahian in Beijing on Friday."},
]
# A hostile story, coded by hand so its evidence holds the markup and two spans overlap.
XSS_TEXT = ("Officials said <script>alert('text')</script> China met Iran in Tehran. "
            "China supports the JCPOA <img src=x onerror=alert(1)>.")
XSS_TITLE = "<script>alert('title')</script> Talks & more"


def _span(text, phrase):
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "evidence": phrase}


XSS_RECORD = {
    "date": "2022-01-20",
    "headline": {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "visit"},
    "events": [{"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "visit",
                "cameo": "042", "goldstein": 1.9,
                **_span(XSS_TEXT, "<script>alert('text')</script> China met Iran")},
               {"source": "CHN", "type": "SUPPORT", "target": None, "mode": None, "cameo": "051",
                "goldstein": 3.4, **_span(XSS_TEXT, "China supports the JCPOA")}],
    "stances": [{"holder": "CHN", "polarity": "support", "issue": "iran_nuclear_deal",
                 "toward": None,
                 **_span(XSS_TEXT, "supports the JCPOA <img src=x onerror=alert(1)>")}],
    "actors": [{"code": "CHN", "name": None, "role": None}, {"code": "IRN", "name": None,
                                                            "role": None}],
}


# Some real ids hold a literal %, a slash or a question mark (White House slugs).
ODD_ID = "wh/2021-odd-%e2%81%a0id?x=1#frag"


class _Story:
    """The fields Store.ingest reads from a story."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from readout.pipeline import code_stories

    root = tmp_path_factory.mktemp("web")
    src = root / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    path = root / "web.db"
    stories = list(iter_stories([src]))
    with Store(path) as store:
        store.ingest(zip(stories, code_stories(stories)))
        store.ingest([(_Story(id="xss", text=XSS_TEXT, title=XSS_TITLE, date="2022-01-20",
                              publisher="<blink>Agency</blink>", url="javascript:alert(1)"), XSS_RECORD)])
        store.ingest([(_Story(id=ODD_ID, text="Nothing happened.", title="Odd id",
                              date="2022-01-01"), {"events": [], "stances": []})])
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


# -- every route: status, content type, the page's marker -----------------------------------------
ROUTES = [
    ("/", 200, "text/html", 'data-testid="overview"'),
    ("/api/overview", 200, "application/json", '"stories":6'),
    ("/stories/xh-call", 200, "text/html", 'data-testid="story-text"'),
    ("/api/stories/xh-call", 200, "application/json", '"events":'),
    ("/search?q=Iran", 200, "text/html", 'data-testid="search-result"'),
    ("/search", 200, "text/html", 'data-testid="search-form"'),
    ("/search?actor=IRN&since=2022-02-01", 200, "text/html", 'data-testid="search-result"'),
    ("/api/search?q=Iran&type=CONSULT", 200, "application/json", '"results":'),
    ("/dyads/CHN-IRN", 200, "text/html", 'data-testid="chart-dyad"'),
    ("/api/dyads/CHN-IRN", 200, "application/json", '"months":'),
    ("/stances", 200, "text/html", 'data-testid="stance-matrix"'),
    ("/stances?holder=CHN&issue=iran_nuclear_deal", 200, "text/html",
     'data-testid="stance-evidence"'),
    ("/api/stances", 200, "application/json", '"cells":'),
    ("/compare", 200, "text/html", 'data-testid="compare-form"'),
    ("/compare?a=xh-call&b=irna-call", 200, "text/html", 'data-testid="compare-result"'),
    ("/api/compare?a=xh-call&b=irna-call", 200, "application/json", '"events":'),
    ("/static/app.js", 200, "text/javascript", "drawCharts"),
    ("/static/style.css", 200, "text/css", "mark.ev"),
    ("/static/plotly.min.js", 200, "text/javascript", "plotly.js"),
    # errors: one handler, HTML or JSON by route
    ("/stories/no-such-story", 404, "text/html", 'data-testid="error-message"'),
    ("/api/stories/no-such-story", 404, "application/json", '"error":"no story'),
    ("/no/such/page", 404, "text/html", "no page at /no/such/page"),
    ("/api/no-such", 404, "application/json", '"status":404'),
    ("/search?q=Iran&since=2022-13-01", 400, "text/html", "since date &#39;2022-13-01&#39; is not"),
    ("/api/search?q=Iran&until=soon", 400, "application/json", "until date 'soon' is not a date"),
    ("/search?actor=ZZZ", 400, "text/html", "does not occur in this database"),
    ("/api/search?actor=not%20a%20code", 400, "application/json", "is not an actor code"),
    ("/api/search?type=HUG", 400, "application/json", "is not a PLOVER type"),
    ("/api/search?q=%22unclosed&fts=1", 400, "application/json", "bad search"),
    ("/api/search?q=%22unclosed", 200, "application/json", '"results":'),
    ("/dyads/CHN", 400, "text/html", "is not two actor codes"),
    ("/dyads/CHN-ZZZ", 404, "text/html", "does not occur in this database"),
    ("/api/dyads/CHN-IRN?since=yesterday", 400, "application/json", "not a date"),
    ("/api/stances?holder=ZZZ", 400, "application/json", "does not occur"),
    ("/api/stances?polarity=meh", 400, "application/json", "must be support or oppose"),
    ("/compare?a=xh-call", 400, "text/html", "give two story ids"),
    ("/api/compare?a=xh-call&b=nope", 404, "application/json", "no story &#39;nope&#39;".replace(
        "&#39;", "'")),
    ("/static/nope.js", 404, "text/html", "no static file"),
    ("/static/..%2Fapp.py", 404, "text/html", "Not found"),
]


@pytest.mark.parametrize("url, status, ctype, marker", ROUTES)
def test_route(client, url, status, ctype, marker):
    r = client.get(url)
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith(ctype)
    assert marker in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize("url", ["/", "/stories/xh-call", "/stories/nope", "/api/overview",
                                 "/api/stories/nope", "/static/app.js"])
def test_security_headers_on_every_response(client, url):
    r = client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers[name] == value
    assert "script-src 'self';" in r.headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/stories/xss", "/search?q=Officials", "/dyads/CHN-IRN",
                                 "/stances?holder=CHN", "/compare?a=xss&b=xh-call",
                                 "/stories/nope%3Cscript%3E"])
def test_pages_have_no_inline_script_and_escape_story_markup(client, url):
    html = client.get(url).text
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all('src="/static/' in tag for tag in scripts), scripts
    assert "<script>alert" not in html and "<img src=x" not in html


def test_story_markup_shows_as_text(client):
    html = client.get("/stories/xss").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Talks &amp; more" in html
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in html
    assert "&lt;blink&gt;Agency&lt;/blink&gt;" in html
    assert 'href="javascript:' not in html  # a non-http URL is not made a link


def test_story_marks_each_evidence_in_place(client):
    html = client.get("/stories/xss").text
    found = re.findall(r'<mark class="ev k-([\w-]+)[^"]*"[^>]*data-keys="([^"]*)">(.*?)</mark>',
                       html,
                       re.S)
    text = "".join(t for _, _, t in found)
    assert "China met Iran" in text and "China supports the JCPOA" in text
    kinds = {k for k, _, _ in found}
    assert {"CONSULT", "SUPPORT", "stance-support"} <= kinds
    # "supports the JCPOA" is under the SUPPORT event and the stance at once.
    assert any(len(keys.split()) == 2 and t == "supports the JCPOA" for _, keys, t in found)
    assert html.count('data-testid="event-item"') == 2
    assert html.count('data-testid="stance-item"') == 1
    assert 'data-testid="headline"' in html and "2022-01-20" in html
    assert 'href="/dyads/CHN-IRN"' in html and 'href="/search?actor=IRN"' in html


def test_coded_story_page_links_its_dyad_and_the_other_side_s_readout(client):
    html = client.get("/stories/xh-call").text
    assert 'data-testid="evidence"' in html
    assert 'href="/dyads/CHN-IRN"' in html
    assert 'href="/compare?a=xh-call&amp;b=irna-call"' in html
    assert client.get("/api/stories/irna-call").json()["related"][0]["id"] == "xh-call"


def test_search_marks_matches_and_filters(client):
    html = client.get("/search?q=missile").text
    assert "<mark>missile</mark>" in html and "us-iran" in html
    assert client.get("/api/search?q=Wang&since=2022-02-01").json()["results"][0]["id"] == \
        "xh-visit"
    ids = {r["id"] for r in client.get("/api/search?q=Iran&type=CONSULT").json()["results"]}
    assert "us-iran" not in ids and "xh-call" in ids


def test_dyad_counts_the_call_once_and_lists_stances(client):
    data = client.get("/api/dyads/CHN-IRN").json()
    months = {m["month"]: m for m in data["months"]}
    assert months["2022-01"]["cooperation"] >= 1
    assert any(e["reports"] >= 2 for e in data["events"])  # the two readouts of one call
    # Only China took a stance on the nuclear deal, toward nobody: not about the pair.
    assert all(row["issue"] != "iran_nuclear_deal" for row in data["stances"])


def _stance(holder, polarity, issue, toward=None):
    return {"holder": holder, "polarity": polarity, "issue": issue, "toward": toward,
            "evidence": None, "start": None, "end": None}


def test_dyad_stances_are_those_toward_each_other_and_on_issues_both_raised(tmp_path):
    from readout.web.queries import dyad_stances

    records = {
        "a": [_stance("CHN", "support", "trade"), _stance("CHN", "oppose", "sanctions", "USA"),
              _stance("CHN", "oppose", "interference", "IRN"), _stance("CHN", "support", "taiwan")],
        "b": [_stance("IRN", "support", "trade"), _stance("IRN", "oppose", "sanctions", "CHN"),
              _stance("IRN", "support", "trade"), _stance("USA", "support", "taiwan")],
    }
    with Store(tmp_path / "d.db") as store:
        store.ingest([(_Story(id=k, text="x", title=k, date="2022-01-01"),
                       {"events": [], "stances": v}) for k, v in records.items()])
        rows = dyad_stances(store, "CHN", "IRN")
    assert rows == [
        # China's stance toward Iran, on an issue Iran did not raise
        {"issue": "interference", "toward": ["CHN"], "CHN": {"support": 0, "oppose": 1},
         "IRN": {"support": 0, "oppose": 0}},
        # both raised sanctions (China toward the US, Iran toward China)
        {"issue": "sanctions", "toward": ["IRN"], "CHN": {"support": 0, "oppose": 1},
         "IRN": {"support": 0, "oppose": 1}},
        # both raised trade; Taiwan only China (of the two) did: left out
        {"issue": "trade", "toward": [], "CHN": {"support": 1, "oppose": 0},
         "IRN": {"support": 2, "oppose": 0}},
    ]


def test_dyad_stance_table_columns_line_up_with_their_headers(client):
    """Regression: the counts sat one column off their headers (support under 'oppose')."""
    html = client.get("/dyads/CHN-IRN").text
    table = html[html.index('data-testid="dyad-stances"'):]
    table = table[:table.index("</table>")]
    head, body = table.split("<tbody>")
    assert head.count('<th scope="col" class="num">') == 4
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        if "colspan" not in row:
            assert row.count("<td") == 4 and row.count("<th") == 1


def test_stance_cell_links_to_its_evidence(client):
    html = client.get("/stances").text
    assert 'href="/stances?holder=CHN&amp;issue=iran_nuclear_deal#evidence"' in html
    data = client.get("/api/stances?holder=CHN&issue=iran_nuclear_deal").json()
    assert data["cells"]["CHN|iran_nuclear_deal"]["support"] >= 1
    assert data["evidence"][0]["story_id"] == "xss"


def test_the_app_only_reads(client):
    assert client.post("/").status_code == 405
    assert client.post("/api/overview").headers["content-type"].startswith("application/json")


def test_create_app_refuses_a_missing_file(tmp_path):
    from readout.store import StoreError

    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_odd_story_ids_link_and_load_on_a_real_server(server):
    import httpx
    from urllib.parse import quote

    html = httpx.get(server + "/").text
    link = re.search(r'href="(/stories/[^"]*odd[^"]*)"', html).group(1)
    assert link == "/stories/" + quote(ODD_ID)
    # (Starlette's TestClient decodes a path twice, so this needs the real server.)
    r = httpx.get(server + link)
    assert r.status_code == 200 and "Odd id" in r.text
    assert httpx.get(server + "/api" + link).json()["id"] == ODD_ID


# -- marks ----------------------------------------------------------------------------------------
def test_segments_cut_at_every_boundary_and_skip_spans_outside_the_text():
    text = "abcdefghij"
    notes = marks.annotations(
        [{"id": 1, "type": "CONSULT", "start": 0, "end": 6}, {"id": 2, "type": "ACCUSE",
                                                               "start": 8, "end": 99}],
        [{"id": 7, "polarity": "oppose", "start": 3, "end": 8}], text)
    segs = marks.segments(text, notes)
    assert [(s.text, s.keys, s.kind) for s in segs] == [
        ("abc", ["e1"], "CONSULT"), ("def", ["e1", "s7"], "CONSULT"),
        ("gh", ["s7"], "stance-oppose"), ("ij", [], None)]
    assert "".join(s.text for s in segs) == text


def test_evidence_whose_offsets_do_not_hold_it_is_listed_not_marked():
    notes = marks.annotations([{"id": 1, "type": "CONSULT", "start": 0, "end": 3,
                                "evidence": "xyz"}], [], "abcdef")
    assert notes[0]["placed"] is False
    assert [s.keys for s in marks.segments("abcdef", notes)] == [[]]


# -- the brief ------------------------------------------------------------------------------------
def test_brief_deduplicates_and_finds_the_dyads_that_moved(db):
    with Store(db) as store:
        brief = build_brief(store, since="2022-01-10", until="2022-01-20")
    calls = [e for e in brief["interactions"] if e["type"] == "CONSULT"
             and {e["source"], e["target"]} == {"CHN", "IRN"} and "xh-call" in e["stories"]]
    assert len(calls) == 1 and calls[0]["stories"] == ["irna-call", "xh-call"]
    assert brief["dyads"][0]["a"] == "CHN" and brief["dyads"][0]["b"] == "IRN"
    assert any(t["issue"] == "iran_nuclear_deal" and t["new"] for t in brief["stances"])


def test_brief_markdown_escapes_story_markup(db):
    with Store(db) as store:
        md = render_markdown(build_brief(store, date="2022-01-20"))
    assert md.startswith("# readout brief: 2022-01-20")
    assert "<script>" not in md and "\\<script\\>alert('text')\\</script\\>" in md
    html = _markdown_html(md)
    assert "<script" not in html and "&lt;script&gt;alert('text')&lt;/script&gt;" in html


def _markdown_html(md: str) -> str:
    """Markdown as a mail client would render it: CommonMark with raw HTML allowed."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).render(md)


@pytest.mark.parametrize("text, shown", [
    # scraped escapes: shown as the HTML brief shows them, then escaped once (not Burma\\\_)
    ("Burma\\_ junta", "Burma junta"),
    ("President\\_Biden\\u2019s call", "President Biden’s call"),
    ("a snake_case *word* [link](x) | pipe # hash", "a snake_case *word* [link](x) | pipe # hash"),
    ("<img src=x onerror=alert(1)> & <b>bold</b>", "<img src=x onerror=alert(1)> & bold"),
])
def test_brief_markdown_escapes_once_like_the_html_brief(text, shown):
    from readout.report import _md

    html = _markdown_html(_md(text))
    assert "<img" not in html and "<em>" not in html and "<a " not in html
    assert html == f"<p>{shown}</p>\n".replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;").replace("&lt;p&gt;", "<p>").replace("&lt;/p&gt;", "</p>")


def test_brief_markdown_escapes_a_hand_edited_type(tmp_path):
    """Regression (#15): a type edited into the store with markup was printed raw."""
    with Store(tmp_path / "t.db") as store:
        store.ingest([(_Story(id="t", text="China met Iran.", title="T", date="2022-01-20"),
                       {"events": [{"source": "CHN", "target": "IRN", "type": "CONSULT",
                                    "goldstein": 1.0, "evidence": "China met Iran"}],
                        "stances": []})])
        store.conn.execute("UPDATE events SET type = '<img src=x onerror=alert(1)>'")
        md = render_markdown(build_brief(store, date="2022-01-20"))
    assert "<img" not in _markdown_html(md)
    assert "\\<img src=x onerror=alert(1)\\>" in md


@pytest.mark.parametrize("kwargs, message", [
    ({"date": "2022-01-20", "since": "2022-01-01"}, "not both"),
    ({"date": "2022-01"}, "must be a day"),
    ({"since": "2022-02-01", "until": "2022-01-01"}, "is before since"),
])
def test_brief_bad_range(db, kwargs, message):
    from readout.query import BadQuery

    with Store(db) as store, pytest.raises(BadQuery, match=message):
        build_brief(store, **kwargs)


def test_demo_brief_writes_html_with_charts(db, tmp_path):
    out = write_demo_brief(db, tmp_path / "brief.html")
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and 'data-testid="brief-interactions"' in html
    assert "<script" not in html and "&lt;script&gt;" in html


def test_cli_report_writes_markdown(db, tmp_path):
    out = tmp_path / "brief.md"
    r = CliRunner().invoke(report_cmd, ["--db", str(db), "--since", "2022-01-01", "--until",
                                        "2022-02-28", "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output == f"wrote {out}\n"
    assert "## Interactions" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--date", "2022-02-30"], "Error: date date '2022-02-30' is not a date; use YYYY-MM-DD\n"),
    (["--db", "missing.db"],
     "Error: no database missing.db; run `readout ingest` first or give --db\n"),
])
def test_cli_report_errors(db, tmp_path, args, message):
    base = [] if "--db" in args else ["--db", str(db)]
    r = CliRunner().invoke(report_cmd, base + args + ["--output", str(tmp_path / "b.md")])
    assert r.exit_code == 1
    assert r.output == message


@pytest.fixture
def served(monkeypatch):
    """What `readout serve` would serve on: the bound socket's address (the server never runs)."""
    import uvicorn

    calls = []

    def run(self, sockets):
        calls.append(sockets[0].getsockname()[:2])
        sockets[0].close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    return calls


def test_cli_serve_binds_localhost_and_warns_otherwise(db, served):
    r = CliRunner().invoke(serve_cmd, ["--db", str(db), "--port", "0"])
    assert r.exit_code == 0 and served[-1][0] == "127.0.0.1" and "Warning" not in r.output
    assert f"serving {db} at http://127.0.0.1:{served[-1][1]}/" in r.stderr
    r = CliRunner().invoke(serve_cmd, ["--db", str(db), "--host", "0.0.0.0", "--port", "0"])
    assert served[-1][0] == "0.0.0.0"
    assert "Warning: listening on 0.0.0.0, not localhost" in r.output


def test_cli_serve_on_a_port_in_use_fails_before_saying_it_serves(db, served):
    """Regression (#15): it printed "serving" and then failed inside uvicorn."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = CliRunner().invoke(serve_cmd, ["--db", str(db), "--port", str(port)])
    assert r.exit_code == 1 and served == []
    assert r.stderr == (f"Error: port {port} on 127.0.0.1 is in use (another `readout serve`?); "
                        "give another --port\n")


def test_cli_serve_on_an_address_that_is_not_there(db, served):
    r = CliRunner().invoke(serve_cmd, ["--db", str(db), "--host", "no-such-host.invalid"])
    assert r.exit_code == 1 and served == []
    assert r.stderr.startswith("Warning: listening on no-such-host.invalid")
    assert "Error: cannot listen on 'no-such-host.invalid': no such address" in r.stderr


def test_a_story_id_with_a_newline_gets_a_working_link(tmp_path):
    """Regression (#15): the link of an id holding a newline answered 404."""
    import httpx

    path = tmp_path / "nl.db"
    with Store(path) as store:
        store.ingest([(_Story(id="line one\nline two", text="Nothing happened.", title="Two lines",
                              date="2022-01-01"), {"events": [], "stances": []})])
    url, stop = serve_in_thread(path)
    try:
        link = re.search(r'href="(/stories/line[^"]*)"', httpx.get(url + "/").text).group(1)
        assert link == "/stories/line%20one%0Aline%20two"
        r = httpx.get(url + link)
        assert r.status_code == 200 and "Two lines" in r.text
        assert httpx.get(url + "/api" + link).json()["id"] == "line one\nline two"
    finally:
        stop()


# -- a real browser -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(db):
    url, stop = serve_in_thread(db)
    yield url
    stop()


@pytest.fixture(scope="module")
def browser():
    # CI installs chromium: a missing browser is a failure, not a skip.
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing; apt-get install chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append("dialog: " + d.message), d.dismiss()))
    yield pg
    context.close()


def _shot(pg, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_browser_story_hover_and_click_show_the_evidence(server, page):
    page.goto(f"{server}/stories/xss")
    marks_ = page.locator("[data-testid=evidence]")
    assert marks_.count() >= 3
    detail = page.locator("[data-testid=evidence-detail]")
    assert detail.is_hidden()
    page.locator("mark.k-CONSULT").first.hover()
    detail.wait_for(state="visible")
    assert "CONSULT" in detail.inner_text() and "042" in detail.inner_text()
    page.locator("mark.ev", has_text="supports the JCPOA").click()
    assert "SUPPORT" in detail.inner_text() and "iran_nuclear_deal" in detail.inner_text()
    assert page.locator("li#s1.active, li.note.active").count() >= 1
    # The story's own markup is shown as text, never run.
    assert "<script>alert('text')</script>" in page.locator("[data-testid=story-text]").inner_text()
    _shot(page, "story")
    assert page.problems == []


def test_browser_dyad_chart_renders(server, page):
    page.goto(f"{server}/dyads/CHN-IRN")
    page.wait_for_selector("[data-testid=chart-dyad][data-rendered='1'] .main-svg")
    assert page.locator("[data-testid=chart-dyad] .bars path, [data-testid=chart-dyad] "
                        ".trace.bars").count() >= 1
    _shot(page, "dyad")
    assert page.problems == []  # plotly ran under the Content-Security-Policy


def test_browser_overview_and_stances(server, page):
    page.goto(server)
    page.wait_for_selector("[data-testid=chart-types][data-rendered='1'] .main-svg")
    _shot(page, "overview")
    page.goto(f"{server}/stances")
    page.locator("[data-testid=matrix-cell]").first.click()
    page.wait_for_selector("[data-testid=stance-evidence] li")
    _shot(page, "stances")
    page.goto(f"{server}/stories/nope")
    assert "no story 'nope'" in page.locator("[data-testid=error-message]").inner_text()
    assert page.problems == [] or all("404" in p for p in page.problems)


@pytest.mark.parametrize("url, ctype", [("/", "text/html"), ("/api/overview", "application/json")])
def test_unforeseen_error_is_a_plain_500_without_traceback(db, monkeypatch, url, ctype):
    from readout.web import queries

    def broken(store):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "overview", broken)
    r = TestClient(create_app(db), raise_server_exceptions=False).get(url)
    assert r.status_code == 500 and r.headers["content-type"].startswith(ctype)
    assert "secret internals" not in r.text and "Traceback" not in r.text
    assert "something went wrong on our side" in r.text
    assert r.headers["Content-Security-Policy"] == SECURITY_HEADERS["Content-Security-Policy"]
