"""Full-text search (readout.search): plain words and punctuation, FTS5 on request, snippets at the
match, and the cost bound (terms, wildcard expansions, time, a client that leaves)."""
import re
import threading
import time

import pytest
from click.testing import CliRunner

from conftest import story as S  # a real Story from a few fields
from readout.query import BadQuery
from readout.search import (MAX_EXPANSIONS, MAX_TERMS, SearchTooCostly, bounded, match_expression,
                            plain_terms, search)
from readout.store import Store

FILLER = " ".join(f"Paragraph {i} of background about ports, grain and shipping." for i in range(12))
STORIES = [
    (S("wh-1", FILLER + " Officials discussed U.S.-China relations and trade.", "Readout", "2022-06-13"),
     {"date": "2022-06-13", "events": [], "stances": []}),
    (S("wh-2", "Sullivan underscored President Biden's commitment to the alliance.",
       "Statement on Biden's trip", "2022-08-26"),
     {"date": "2022-08-26", "events": [], "stances": []}),
    (S("irna-1", "Raisi and Xi spoke by phone about the JCPOA. The phone call lasted an hour.",
       "Raisi, Xi talk", "2021-08-19"),
     {"date": "2021-08-19", "events": [], "stances": []}),
] + [(S(f"w-{w}", f"The {w} harvest was large.", "Harvest", "2021-01-01"),
      {"date": "2021-01-01", "events": [], "stances": []})
     for w in ["apple", "apricot", "avocado", "almond", "acai"]]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "q.db")
    s.ingest(STORIES)
    yield s
    s.close()


@pytest.mark.parametrize("q, terms", [
    ("U.S.-China", ["U.S.-China"]),
    ("Biden's", ["Biden's"]),
    ('"phone call" Iran', ["phone call", "Iran"]),
    ('"unbalanced', ['"unbalanced']),
    ("a* OR b*", ["a*", "OR", "b*"]),          # no syntax in a plain search: words
    ("... -- !!", []),
    ("title:Biden", ["title:Biden"]),
])
def test_plain_terms(q, terms):
    assert plain_terms(q) == terms


@pytest.mark.parametrize("q, ids", [
    ("U.S.-China", ["wh-1"]),
    ("Biden's", ["wh-2"]),
    ('"Biden\'s"', ["wh-2"]),
    ('"phone call"', ["irna-1"]),
    ("phone JCPOA", ["irna-1"]),
    ("NEAR(phone JCPOA)", []),                 # plain: the words near, phone, jcpoa must all occur
    ("title:Biden", []),                       # plain: the phrase "title biden" occurs nowhere
])
def test_plain_searches_just_work(store, q, ids):
    assert [h["id"] for h in search(store, q)] == ids


def test_the_snippet_is_at_the_match_and_marks_it(store):
    [hit] = search(store, "U.S.-China")
    assert "[U.S.-China]" in hit["snippet"]
    assert not hit["snippet"].startswith("Paragraph 0")   # not the story's first lines
    [hit] = search(store, "Biden's trip")
    assert "[Biden's]" in hit["snippet"] and "[trip]" in hit["snippet"]   # the title matched


@pytest.mark.parametrize("q, ids", [
    ("JCPOA OR Biden", ["irna-1", "wh-2"]),
    ("phone NOT JCPOA", []),
    ("title:Biden", ["wh-2"]),
    ("apr*", ["w-apricot"]),
])
def test_fts_syntax_on_request(store, q, ids):
    assert sorted(h["id"] for h in search(store, q, fts=True)) == ids


@pytest.mark.parametrize("q, fts, error, message", [
    ("", False, BadQuery, "empty search; give words to look for, e.g. 'JCPOA'"),
    ("?!", False, BadQuery, "search '?!' has no words to look for; give a word or a name"),
    ('"unbalanced', True, BadQuery, "bad search '\"unbalanced' (unterminated string); check the"),
    ("AND OR", True, BadQuery, "bad search 'AND OR'"),
    (" ".join(["word"] * (MAX_TERMS + 1)), False, SearchTooCostly,
     f"search has {MAX_TERMS + 1} terms, more than {MAX_TERMS}; use fewer words"),
    (" OR ".join(["a*"] * 100), True, SearchTooCostly, "search has 100 terms, more than 32"),
])
def test_bad_or_costly_search(store, q, fts, error, message):
    with pytest.raises(error) as err:
        search(store, q, fts=fts)
    assert str(err.value).startswith(message)


def test_wildcards_that_stand_for_too_many_words_are_refused(store, monkeypatch):
    import readout.search as mod

    monkeypatch.setattr(mod, "MAX_EXPANSIONS", 4)   # the store's a-words: apple ... about, acai
    assert [h["id"] for h in search(store, "avo*", fts=True)] == ["w-avocado"]
    with pytest.raises(SearchTooCostly, match="the wildcards of 'a\\* OR b\\*' stand for more "
                                              "than 4 words; give longer prefixes"):
        search(store, "a* OR b*", fts=True)
    with pytest.raises(SearchTooCostly):
        search(store, "*", fts=True)
    assert MAX_EXPANSIONS == 2000


LOOP = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"


def test_a_query_past_its_time_is_stopped(store):
    with pytest.raises(SearchTooCostly, match="search took longer than 0.2 s and was stopped"):
        with bounded(store.conn, seconds=0.2):
            store.conn.execute(LOOP).fetchone()
    assert store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == len(STORIES)


def test_a_cancelled_query_stops_at_once(store):
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(SearchTooCostly, match="search cancelled: the client left"):
        with bounded(store.conn, seconds=600, cancel=cancel):
            store.conn.execute(LOOP).fetchone()


def test_time_budget_from_the_environment(monkeypatch):
    from readout.search import search_seconds

    for value, expected in [("1.5", 1.5), ("nan", 3.0), ("inf", 3.0), ("x", 3.0), ("0", 0.0)]:
        monkeypatch.setenv("READOUT_SEARCH_SECONDS", value)
        assert search_seconds() == expected


def test_match_expression_quotes_each_term():
    assert match_expression('U.S.-China "phone call" Biden\'s') == '"U.S.-China" "phone call" "Biden\'s"'
    assert match_expression('say"s') == '"say""s"'
    assert match_expression("a* OR b*", fts=True) == "a* OR b*"


# -- the command ----------------------------------------------------------------------------------
@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        s.ingest(STORIES)
    return str(path)


@pytest.mark.parametrize("args, out", [
    (["U.S.-China"], r"wh-1 .* 2022-06-13 .*\[U\.S\.-China\] relations"),
    (["Biden's"], r"wh-2 .*\[Biden's\]"),
    (["--fts", "JCPOA OR apricot", "--format", "csv"], r"(?ms)\Aid,date,title,snippet$(?=.*^irna-1,)(?=.*^w-apricot,)"),
])
def test_cli_search(db, main, args, out):
    r = CliRunner().invoke(main, ["search", "--db", db, *args])
    assert r.exit_code == 0, r.output
    assert re.search(out, r.stdout), r.stdout


@pytest.mark.parametrize("args, message", [
    (["?!"], "Error: search '?!' has no words to look for; give a word or a name\n"),
    (["--fts", "\"unbalanced"],
     "Error: bad search '\"unbalanced' (unterminated string); check the FTS5 syntax\n"),
    (["--fts", " OR ".join(["a*"] * 100)],
     "Error: search has 100 terms, more than 32; use fewer words\n"),
])
def test_cli_search_errors(db, main, args, message):
    r = CliRunner().invoke(main, ["search", "--db", db, *args])
    assert r.exit_code == 1
    assert r.stderr == message


def test_cli_search_limit_is_bounded(db, main):
    r = CliRunner().invoke(main, ["search", "--db", db, "--limit", str(10**20), "x"])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "Invalid value for '--limit'" in r.stderr


# -- the web --------------------------------------------------------------------------------------
@pytest.mark.parametrize("url, status, text", [
    ("/api/search?q=U.S.-China", 200, "[U.S.-China]"),
    ("/api/search?q=Biden%27s", 200, "[Biden's]"),
    ("/search?q=U.S.-China", 200, "<mark>U.S.-China</mark>"),
    ("/api/search?q=JCPOA%20OR%20Biden&fts=1", 200, '"wh-2"'),
    ("/api/search?q=a*%20OR%20b*&fts=true", 200, '"results":'),
    ("/api/search?q=%22unbalanced&fts=1", 400, "bad search"),
    ("/api/search?q=" + "+".join(["w"] * 40), 400, "search has 40 terms, more than 32"),
])
def test_web_search(db, url, status, text):
    from fastapi.testclient import TestClient

    from readout.web.app import create_app

    r = TestClient(create_app(db)).get(url)
    assert r.status_code == status, r.text
    assert text in r.text


def test_a_web_search_whose_client_leaves_stops_at_once(db, monkeypatch):
    """The query is cancelled when the client disconnects, not left to run out its budget."""
    import httpx

    from conftest import serve_in_thread
    from readout.web import queries

    ended = {}

    def slow(store, *args, cancel=None, **kw):
        try:
            with bounded(store.conn, seconds=600, cancel=cancel):
                store.conn.execute(LOOP).fetchone()
        except SearchTooCostly as e:
            ended["why"] = str(e)
            raise
        finally:
            ended["at"] = time.monotonic()

    monkeypatch.setattr(queries, "search", slow)
    url, stop = serve_in_thread(db)
    try:
        left = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(url + "/api/search?q=anything", timeout=0.5)
        for _ in range(300):                       # at most 30 s, far below the 600 s budget
            if "at" in ended:
                break
            time.sleep(0.1)
        assert ended.get("why") == "search cancelled: the client left"
        assert ended["at"] >= left
    finally:
        stop()
