"""The archive stays whole and the web app stays safe: SIGKILLed ingests, a full disk, a read-only
file, serving while an ingest writes, and a hostile story in the web app (HTTP and Chromium).

bench/bench_crash.py and bench/bench_load.py measure the same promises over the bulk statements."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from readout.store import Store, StoreError, fingerprint, stored_count
from conftest import serve_in_thread
from readout.web.app import SECURITY_HEADERS, create_app

GENERATED: Counter = Counter()
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
NAMES = ["China", "Iran", "Russia", "France", "India", "Japan", "Brazil", "Kenya", "Egypt", "Turkey"]
VERBS = ["met", "condemned", "held talks with", "spoke by phone with", "criticized", "thanked",
         "praised", "accused"]


def generated_stories(n: int, seed: int = 7) -> list[dict]:
    """N short reports written here: a few interactions each, then filler."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        acts = " ".join(f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(NAMES)} on Monday."
                        for _ in range(rng.randint(1, 5)))
        filler = "Officials discussed trade and security cooperation in detail. " * rng.randint(1, 8)
        out.append({"id": f"g{i}", "date": f"2021-{1 + i % 9:02d}-{10 + i % 9:02d}",
                    "title": f"{NAMES[i % 10]} and {NAMES[(i + 3) % 10]}",
                    "text": f"China met Iran in Tehran on Monday. {acts} {filler}"})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ingest_cmd(src: Path, db: Path, batch: int = 5) -> list[str]:
    return [sys.executable, "-m", "readout", "ingest", str(src), "--db", str(db),
            "--batch-size", str(batch)]



@pytest.fixture(scope="module", autouse=True)
def report_counts(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and GENERATED:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line("test_reliability: " + ", ".join(
                f"{v} {k}" for k, v in GENERATED.items()))


def processes_mentioning(path: Path) -> list[int]:
    """Ids of the live processes whose command line names `path` (Linux /proc; else none)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(path).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:
            pass
    return found


# -- crashes --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    src = write_jsonl(root / "stories.jsonl", generated_stories(120))
    clean = root / "clean.db"
    r = subprocess.run(ingest_cmd(src, clean), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return src, fingerprint(clean)


def test_sigkilled_ingest_reruns_to_the_same_store(tmp_path, corpus):
    src, clean = corpus
    db = tmp_path / "killed.db"
    kills = 0
    for threshold in (10, 45, 80):
        proc = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while stored_count(db, timeout=1) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        assert fingerprint(db)["integrity"] == "ok"
        assert fingerprint(db)["duplicate_ids"] == 0
    assert kills >= 2
    # The killed ingests' worker processes leave with them, not linger holding the model.
    deadline = time.monotonic() + 10
    while processes_mentioning(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_mentioning(db) == []
    r = subprocess.run(ingest_cmd(src, db), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("stored ") and "skipped" in r.stdout
    assert fingerprint(db) == clean and clean["stories"] == 120


# -- a full disk, a read-only file ----------------------------------------------------------------
class _Story:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _pairs(n: int, start: int = 0):
    for i in range(start, start + n):
        text = f"Story {i}. " + "China met Iran in Tehran on Monday. " * 40
        yield (_Story(id=f"s{i}", text=text, title=f"t{i}", date="2021-08-18"),
               {"date": "2021-08-18", "headline": None,
                "events": [{"source": "CHN", "type": "CONSULT", "target": "IRN", "cameo": "040",
                            "goldstein": 1.0, "start": 10, "end": 24, "evidence": text[10:24]}],
                "stances": [], "actors": [{"code": "CHN"}, {"code": "IRN"}]})


def test_full_disk_is_a_clear_error_and_keeps_whole_batches(tmp_path):
    db = tmp_path / "full.db"
    with Store(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills up
        with pytest.raises(StoreError, match=r"cannot write \(database or disk is full\); free "
                                             r"some disk space"):
            store.ingest(_pairs(400), batch_size=10)
        kept = store.counts()["stories"]
    assert kept % 10 == 0 and 0 < kept < 400
    assert fingerprint(db)["integrity"] == "ok"
    with Store(db) as store:  # room again: the same run finishes the rest
        counts = store.ingest(_pairs(400), batch_size=10)
        assert counts.stored == 400 - kept and counts.skipped == kept
        assert store.counts()["events"] == 400


def _mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    path.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_cli_ingest_on_a_full_disk_prints_an_error_not_a_traceback(tmp_path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "200k"):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        src = write_jsonl(tmp_path / "s.jsonl", generated_stories(150))
        r = subprocess.run(ingest_cmd(src, disk / "t.db", batch=10), capture_output=True,
                           text=True, timeout=300)
        assert r.returncode == 1
        assert r.stderr.startswith(f"Error: {disk / 't.db'}: cannot write (database or disk is "
                                   "full); free some disk space"), r.stderr
        assert "Traceback" not in r.stderr
        assert fingerprint(disk / "t.db")["integrity"] == "ok"
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


@pytest.fixture
def read_only_db(tmp_path):
    src = write_jsonl(tmp_path / "s.jsonl", generated_stories(3))
    db = tmp_path / "ro.db"
    r = subprocess.run(ingest_cmd(src, db), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    # Root ignores file modes: make the file immutable instead (chattr +i), where it can be.
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
            pytest.skip("root, and no chattr +i here: cannot make a read-only file")
    else:
        db.chmod(0o444)
    yield db
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(db)], capture_output=True)
    db.chmod(0o644)


def test_ingest_into_a_read_only_file_is_a_clear_error_and_reading_still_works(tmp_path,
                                                                                read_only_db):
    before = fingerprint(read_only_db)
    src = write_jsonl(tmp_path / "more.jsonl", generated_stories(8, seed=3)[3:])
    r = subprocess.run(ingest_cmd(src, read_only_db), capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"Error: {read_only_db}: cannot write (attempt to write a readonly "
                               "database); the file or its folder is read-only"), r.stderr
    assert fingerprint(read_only_db) == before
    from readout.cli import main

    out = CliRunner().invoke(main, ["events", "--db", str(read_only_db), "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.output)
    from fastapi.testclient import TestClient

    assert TestClient(create_app(read_only_db)).get("/api/overview").json()["stories"] == 3


# -- serving while an ingest writes ---------------------------------------------------------------
PAGES = ["/", "/api/overview", "/search?q=China", "/api/search?q=Iran&type=CONSULT",
         "/dyads/CHN-IRN", "/api/dyads/CHN-IRN", "/stances", "/stories/g1", "/api/stories/g2",
         "/compare?a=g1&b=g2"]


def test_serve_keeps_answering_while_an_ingest_writes(tmp_path):
    import httpx

    records = generated_stories(160, seed=11)
    db = tmp_path / "live.db"
    first = write_jsonl(tmp_path / "first.jsonl", records[:5])
    assert subprocess.run(ingest_cmd(first, db), capture_output=True, timeout=300).returncode == 0
    rest = write_jsonl(tmp_path / "rest.jsonl", records)
    url, stop = serve_in_thread(db)
    results: list[tuple[str, int, str]] = []
    seen_counts: set[int] = set()
    proc = subprocess.Popen(ingest_cmd(rest, db, batch=2), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)

    def client(offset: int):
        with httpx.Client(base_url=url, timeout=30) as c:
            i = offset
            # until the ingest ends, and at least 13 requests each: on a loaded machine the
            # ingest can end before the pages were asked often (the 50 below)
            while proc.poll() is None or i - offset < 13:
                path = PAGES[i % len(PAGES)]
                r = c.get(path)
                results.append((path, r.status_code, r.text if r.status_code != 200 else ""))
                if path == "/api/overview" and r.status_code == 200:
                    seen_counts.add(r.json()["stories"])
                i += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        assert proc.wait(300) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
        stop()
    bad = [r for r in results if r[1] != 200 or "locked" in r[2]]
    GENERATED["requests served while an ingest wrote"] = len(results)
    GENERATED["of them failed"] = len(bad)
    assert bad == [], bad[:5]
    assert len(results) >= 50
    assert len(seen_counts) >= 3  # the pages saw the store grow while they were served
    assert fingerprint(db)["stories"] == 160


# -- web hardening --------------------------------------------------------------------------------
HOSTILE_TEXT = ("Officials said <script>window.__pwned = 'text'</script> China met Iran in Tehran. "
                "China supports the JCPOA <img src=x onerror=\"window.__pwned='img'\">. "
                "\"><svg onload=window.__pwned=1> {{ 7*7 }} ${7*7} <!-- "
                "<a href=\"javascript:window.__pwned=1\">click</a> </textarea></title>"
                "<iframe src=\"javascript:window.__pwned=1\"></iframe> \u202eRTL\u202c 🇨🇳 \x07")
HOSTILE = "<script>window.__pwned='%s'</script>"


def _span(text: str, phrase: str) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "evidence": phrase}


def _hostile_record(text: str) -> dict:
    return {
        "date": "2022-01-20",
        "headline": {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "visit"},
        "events": [
            {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "visit", "cameo": "042",
             "goldstein": 1.9, **_span(text, "<script>window.__pwned = 'text'</script> China met")},
            {"source": "CHN", "type": "SUPPORT", "target": "IRN", "mode": None, "cameo": "051",
             "goldstein": 3.4, **_span(text, "China supports the JCPOA <img")},
            # A type no coder writes, as a hand-edited file could hold: charts print it.
            {"source": "IRN", "type": "<img src=x onerror=window.__pwned='type'>",
             "target": "CHN", "mode": None, "cameo": None, "goldstein": -2.0,
             **_span(text, "\"><svg onload=window.__pwned=1>")}],
        "stances": [{"holder": "CHN", "polarity": "support",
                     "issue": "<b onmouseover=window.__pwned=1>jcpoa</b>", "toward": None,
                     **_span(text, "supports the JCPOA <img src=x")}],
        "actors": [{"code": "CHN", "name": HOSTILE % "name", "role": "\"><script>x</script>"},
                   {"code": "IRN", "name": None, "role": None}],
    }


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    from readout.pipeline import code_stories
    from readout.stories import iter_stories

    root = tmp_path_factory.mktemp("hostile")
    db = root / "hostile.db"
    coded = write_jsonl(root / "coded.jsonl", [
        {"id": "coded<script>", "date": "2022-01-21", "publisher": HOSTILE % "publisher",
         "title": HOSTILE % "title2",
         "text": "China met Iran in Tehran on Friday <script>window.__pwned='coded'</script>. "
                 "Iran condemned the United States <img src=x onerror=window.__pwned=1>."},
        {"id": "plain", "date": "2022-01-22", "title": "Iran and China",
         "text": "Iran met China in Beijing on Saturday."}])
    stories = list(iter_stories([coded]))
    with Store(db) as store:
        store.ingest(zip(stories, code_stories(stories)))
        store.ingest([(_Story(id="x\"><script>window.__pwned='id'</script>", text=HOSTILE_TEXT,
                              title=HOSTILE % "title" + " & <blink>more</blink>", date="2022-01-20",
                              publisher="<blink>Agency</blink>", url="javascript:window.__pwned=1"),
                       _hostile_record(HOSTILE_TEXT))])
    return db


@pytest.fixture(scope="module")
def web(hostile_db):
    from fastapi.testclient import TestClient

    return TestClient(create_app(hostile_db), raise_server_exceptions=False)


HOSTILE_ID = "x%22%3E%3Cscript%3Ewindow.__pwned%3D%27id%27%3C%2Fscript%3E"
HTML_PAGES = ["/", f"/stories/{HOSTILE_ID}", "/stories/coded%3Cscript%3E", "/search?q=Officials",
              "/search?q=China&actor=CHN", "/dyads/CHN-IRN", "/stances",
              "/stances?holder=CHN", f"/compare?a={HOSTILE_ID}&b=coded%3Cscript%3E",
              "/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
              "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/dyads/%3Cb%3E-IRN"]


@pytest.mark.parametrize("url", HTML_PAGES)
def test_hostile_story_is_escaped_on_every_page(web, url):
    import re

    r = web.get(url)
    assert r.status_code in (200, 400, 404), r.text[:300]
    html = r.text
    assert all('src="/static/' in tag for tag in re.findall(r"<script\b[^>]*>", html))
    for raw in ("<script>window", "<img src=x", "<svg onload", "<iframe", "<b onmouseover",
                "<a href=\"javascript", 'href="javascript'):
        assert raw not in html, (raw, url)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers[name] == value


def test_hostile_story_page_shows_the_markup_as_text(web):
    html = web.get(f"/stories/{HOSTILE_ID}").text
    assert "&lt;script&gt;window.__pwned = &#39;text&#39;&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html  # no template injection
    assert "&lt;blink&gt;Agency&lt;/blink&gt;" in html


def test_content_security_policy_forbids_inline_and_foreign_code(web):
    csp = web.get("/").headers["Content-Security-Policy"]
    policy = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert policy["script-src"] == "'self'" and policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in csp


@pytest.mark.parametrize("url", [
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static//etc/passwd", "/static/....//....//etc/passwd", "/static/app.js%00.png",
    "/stories/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/stories/%2Fetc%2Fpasswd", "/../../etc/passwd",
    "/api/stories/..%2F..%2Fsrc%2Freadout%2Fstore.py", "/static/%2Fproc%2Fself%2Fenviron",
])
def test_no_route_serves_a_file_named_by_the_request(web, url):
    r = web.get(url)
    assert r.status_code in (400, 404), (url, r.status_code)
    assert "root:" not in r.text and "import sqlite3" not in r.text and "PATH=" not in r.text


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("url", ["/", "/api/overview", "/stories/plain", "/search", "/stances"])
def test_the_app_takes_no_writes(web, method, url):
    before = web.get("/api/overview").json()
    r = web.request(method, url, data={"id": "new", "text": "x"})
    assert r.status_code == 405
    assert web.get("/api/overview").json() == before


@pytest.mark.parametrize("url, message", [
    ("/search?since=2022-02-30", "since date '2022-02-30' is not a date"),
    ("/api/search?until=tomorrow", "until date 'tomorrow' is not a date"),
    ("/api/search?since=99999-01-01", "is not a date"),
    ("/search?actor=ZZZ", "actor 'ZZZ' does not occur in this database"),
    ("/api/search?actor=%3Cscript%3E", "is not an actor code"),
    ("/api/search?type=HUG", "is not a PLOVER type"),
    ("/api/dyads/CHN-IRN?since=2022-13-01", "not a date"),
    ("/api/dyads/CHN", "is not two actor codes"),
    ("/api/stances?holder=ZZZ", "does not occur"),
    ("/api/stances?polarity=both", "must be support or oppose"),
    ("/api/compare?a=plain", "give two story ids"),
])
def test_bad_query_parameters_are_400_with_a_message(web, url, message):
    r = web.get(url)
    assert r.status_code == 400, (url, r.status_code, r.text[:200])
    body = r.json()["error"] if url.startswith("/api/") else r.text.replace("&#39;", "'")
    assert message in body


PARAMS = ["q", "since", "until", "actor", "type", "holder", "issue", "polarity", "a", "b"]


@settings(max_examples=120, deadline=5000, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(route=st.sampled_from(["/search", "/api/search", "/stances", "/api/stances", "/compare",
                              "/api/compare", "/dyads/CHN-IRN", "/api/dyads/CHN-IRN", "/"]),
       params=st.dictionaries(st.sampled_from(PARAMS),
                              st.text(max_size=30) | st.sampled_from(
                                  ["2022-01-01", "2022-13-40", "CHN", "IRN", "CONSULT", "support",
                                   "plain", "\x00", "' OR 1=1 --", "\"", "*", "NEAR(", "😀"]),
                              max_size=4),
       pair=st.text(max_size=12))
def test_any_query_is_answered_without_a_server_error(web, route, params, pair):
    GENERATED["generated web queries"] += 1
    if pair and route.startswith(("/dyads", "/api/dyads")):
        from urllib.parse import quote

        route = route.rsplit("/", 1)[0] + "/" + quote(pair, safe="")
    r = web.get(route, params=params)
    assert r.status_code in (200, 400, 404, 405), (route, params, r.status_code, r.text[:200])
    if r.status_code != 200:
        assert "Traceback" not in r.text
        if route.startswith("/api/"):
            assert r.json()["error"]


def test_serve_binds_localhost_by_default_and_warns_elsewhere(hostile_db, monkeypatch):
    import uvicorn

    from readout.cli_web import serve_cmd

    calls = []

    def run(self, sockets):
        calls.append(sockets[0].getsockname()[0])
        sockets[0].close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    r = CliRunner().invoke(serve_cmd, ["--db", str(hostile_db), "--port", "0"])
    assert r.exit_code == 0 and calls[-1] == "127.0.0.1" and "Warning" not in r.output
    for host in ("0.0.0.0", "::", "192.168.1.20"):   # the last is no address of this machine
        r = CliRunner().invoke(serve_cmd, ["--db", str(hostile_db), "--host", host, "--port", "0"])
        assert f"Warning: listening on {host}, not localhost" in r.output


# -- a real browser: hostile markup renders as text and runs no script ----------------------------
@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing; apt-get install chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_browser_hostile_story_renders_as_text_and_runs_no_script(hostile_db, browser):
    url, stop = serve_in_thread(hostile_db)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    try:
        for path in HTML_PAGES[:9]:
            page.goto(url + path)
            page.wait_for_load_state("load")
            for mark in page.locator("mark.ev").all()[:4]:
                mark.hover()
                mark.click()
            if page.locator(".chart").count():
                page.wait_for_selector(".chart[data-rendered='1'] .main-svg", timeout=10000)
                for item in (page.locator(".legendtext").all()[:3]
                             + page.locator(".bars .point path").all()[:3]):
                    item.hover(force=True, timeout=3000)  # plotly draws its hover labels
            assert page.evaluate("window.__pwned") is None, path
            assert page.locator("script:not([src])").count() == 0, path
            assert page.locator("img[src='x'], svg[onload], iframe, [onerror]").count() == 0, path
        page.goto(url + f"/stories/{HOSTILE_ID}")
        text = page.locator("[data-testid=story-text]").inner_text()
        assert "<script>window.__pwned = 'text'</script>" in text
        assert "<img src=x onerror=" in text
        assert "<script>window.__pwned='title'</script> & <blink>more</blink>" in page.locator(
            "[data-testid=story-title]").inner_text()
        page.goto(url + "/")
        page.wait_for_selector("[data-testid=chart-types][data-rendered='1'] .main-svg")
        legend = " ".join(page.locator(".legendtext").all_text_contents())
        assert "onerror" in legend  # the hostile type is a label, shown as text
        assert page.evaluate("window.__pwned") is None
        assert problems == []
    finally:
        context.close()
        stop()


def test_a_foreign_host_header_is_refused_so_dns_rebinding_reads_nothing(tmp_path):
    """A page on another site that rebinds its name to 127.0.0.1 sends its own Host header."""
    from fastapi.testclient import TestClient

    from readout.store import Store
    from readout.web.app import create_app

    db = tmp_path / "h.db"
    Store(str(db)).close()
    client = TestClient(create_app(db))
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example:8000"}).status_code == 400
