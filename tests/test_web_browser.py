"""What a person sees, in a real headless Chromium: badge contrast, chart labels and axes, the
dyad's stance table, the stance matrix at two widths, cleaned scraped text, and a screenshot of
every page kind at 1400 and 800 px (READOUT_SCREENSHOTS=docs/screenshots writes the ones
docs/web.md shows; `make screenshots`)."""
import json
import os
import re
from pathlib import Path

import pytest

from conftest import serve_in_thread
from readout.display import clean
from readout.palette import STANCE_COLOURS, TYPE_COLOURS
from readout.report import write_demo_brief
from readout.store import Store

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / os.environ.get("READOUT_SCREENSHOTS", "tests/screenshots")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
WIDTHS = (1400, 800)

# Written for these tests, with the leftovers a scraper leaves (escaped no-break spaces, \u2019
# written out, <sup>, a trailing backslash): the bundled samples are the rest of the store.
STORIES = [
    {"id": "irna-2022-01-14", "date": "2022-01-14", "publisher": "IRNA",
     "title": "Amir-Abdollahian and Wang\\_Yi discuss the Vienna talks\\",
     "text": "Iranian Foreign Minister Hossein Amir-Abdollahian held a phone call with Chinese "
             "Foreign Minister Wang Yi on Friday. Iran supports the one-China policy, he said, "
             "and thanked China for its support.\n\nThe two ministers discussed the "
             "1<sup>st</sup> round of the year\\u2019s talks in Vienna."},
    {"id": "xh-2022-03-02", "date": "2022-03-02", "publisher": "Xinhua",
     "title": "Wang Yi meets Iranian FM in Beijing",
     "text": "Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Hossein "
             "Amir-Abdollahian in Beijing on Wednesday. China opposes the unilateral sanctions "
             "on Iran."},
    {"id": "wh-2022-04-20", "date": "2022-04-20", "publisher": "The White House",
     "title": "Statement by Press Secretary on Iran\\u2019s missile test",
     "text": "The United States condemned Iran for its missile test on Wednesday and said it "
             "would impose new sanctions on Iran. Iran rejected the American accusation."},
    {"id": "irna-2022-05-09", "date": "2022-05-09", "publisher": "IRNA",
     "title": "Iran and China sign a trade agreement",
     "text": "Iran and China signed an agreement on trade and energy in Tehran on Monday. "
             "Iran threatened to retaliate against any new sanctions."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from readout.pipeline import code_stories
    from readout.stories import iter_stories

    root = tmp_path_factory.mktemp("browser")
    src = root / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    stories = list(iter_stories([ROOT / "src/readout/samples", src]))
    path = root / "browser.db"
    with Store(path) as store:
        store.ingest(zip(stories, code_stories(stories)))
    return path


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


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def page(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    pg = context.new_page()
    pg.width = request.param
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    yield pg
    context.close()


def shot(pg, name):
    """The page as a person sees it on first load, for docs/web.md."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}-{pg.width}.png"))


def no_page_overflow(pg):
    return pg.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


MISALIGNED_JS = """() => [...document.querySelectorAll("table")].flatMap((t) => {
  if (!t.tHead || !t.tBodies.length) { return []; }
  const head = t.tHead.rows[t.tHead.rows.length - 1];
  const cols = [...head.cells].flatMap((th) => Array(th.colSpan).fill(th));
  return [...t.tBodies[0].rows].flatMap((tr) => [...tr.cells].flatMap((td, i) => {
    const th = cols[i - (tr.cells.length - cols.length)];   // cells counted from the right
    const align = (el) => getComputedStyle(el).textAlign;
    return td.colSpan === 1 && th && align(td) !== align(th)
      ? [`${th.textContent.trim()}: ${align(th)} over ${align(td)}`] : [];
  }));
})"""


def misaligned(pg):
    """Header cells whose text sits on another side than their column's numbers (the dyad
    table's support counts looked shifted under "oppose")."""
    return pg.evaluate(MISALIGNED_JS)


def charted(pg, testid):
    pg.wait_for_selector(f"[data-testid={testid}][data-rendered='1'] .main-svg")


# -- every page kind: drawn without errors, no sideways scrolling, a screenshot -----------------------
PAGES = [
    ("overview", "/", "chart-types"),
    ("story", "/stories/irna-2022-01-14", None),
    ("search", "/search?q=Vienna", None),
    ("dyad", "/dyads/CHN-IRN", "chart-dyad"),
    ("stances", "/stances?holder=CHN&issue=sanctions", None),
    ("compare", "/compare?a=xinhua_wang_yi_amir_abdollahian_2022-01-14&b=irna-2022-01-14", None),
    ("error", "/stories/no-such-story", None),
]


@pytest.mark.parametrize("name, url, chart", PAGES, ids=[p[0] for p in PAGES])
def test_every_page_kind_fits_its_width(server, page, name, url, chart):
    page.goto(server + url)
    if chart:
        charted(page, chart)
    assert no_page_overflow(page), f"{name} scrolls sideways at {page.width} px"
    assert misaligned(page) == []
    shot(page, name)
    assert page.problems == [] or (name == "error" and all("404" in p for p in page.problems))


def test_brief_fits_its_width(db, page, tmp_path):
    out = write_demo_brief(db, tmp_path / "brief.html")
    page.goto(out.as_uri())
    assert no_page_overflow(page) and misaligned(page) == []
    shot(page, "brief")


# -- badges ---------------------------------------------------------------------------------------
CONTRAST_JS = """() => {
  const lum = (rgb) => {
    const c = rgb.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const out = {};
  document.querySelectorAll(".probe .tag").forEach((el) => {
    const s = getComputedStyle(el);
    const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
    out[el.textContent] = (a + 0.05) / (b + 0.05);
  });
  return out;
}"""


def test_every_badge_has_contrast_of_4_5_to_1_as_drawn(server, page):
    """Regression: REJECT was white on pale pink (2.06:1)."""
    page.goto(server + "/stances")
    names = [f"t-{t}" for t in TYPE_COLOURS] + [f"k-stance-{p}" for p in STANCE_COLOURS] + ["x"]
    page.evaluate("""(names) => {
      const box = document.createElement("div"); box.className = "probe";
      names.forEach((n) => { const s = document.createElement("span");
        s.className = "tag " + n; s.textContent = n; box.appendChild(s); });
      document.body.appendChild(box); }""", names)
    ratios = page.evaluate(CONTRAST_JS)
    assert set(ratios) == set(names)
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert low == {}


# -- charts ---------------------------------------------------------------------------------------
def test_chart_month_labels_are_whole(server, page):
    """Regression: month labels were cut to "2021-0"."""
    for url, testid in [("/", "chart-types"), ("/dyads/CHN-IRN", "chart-dyad")]:
        page.goto(server + url)
        charted(page, testid)
        labels = page.locator(f"[data-testid={testid}] .xtick text").all_text_contents()
        assert labels and all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", x) for x in labels), labels
        inside = page.evaluate("""(id) => {
          const chart = document.querySelector(`[data-testid=${id}]`).getBoundingClientRect();
          return [...document.querySelectorAll(`[data-testid=${id}] .xtick text`)].every((t) => {
            const r = t.getBoundingClientRect();
            return r.left >= chart.left && r.right <= chart.right && r.bottom <= chart.bottom;
          }); }""", testid)
        assert inside


def test_dyad_chart_zero_lines_are_one_line(server, page):
    """Regression: the counts' zero and the Goldstein zero sat at different heights."""
    page.goto(server + "/dyads/CHN-IRN")
    charted(page, "chart-dyad")
    zeros = page.evaluate("""() => {
      const gd = document.querySelector("[data-testid=chart-dyad]");
      return [gd._fullLayout.yaxis.l2p(0), gd._fullLayout.yaxis2.l2p(0)]; }""")
    assert abs(zeros[0] - zeros[1]) < 1


# -- the dyad's stance table and the stance matrix ------------------------------------------------
def test_dyad_stance_counts_sit_under_their_headers(server, page):
    """Regression: support counts were drawn under "oppose"."""
    page.goto(server + "/dyads/CHN-IRN")
    table = page.locator("[data-testid=dyad-stances]")
    heads = table.locator("thead tr").nth(1).locator("th")
    columns = [heads.nth(i).bounding_box() for i in range(heads.count())]
    rows = table.locator("tbody tr")
    assert rows.count() >= 1 and len(columns) == 4
    for r in range(rows.count()):
        cells = rows.nth(r).locator("td")
        for i in range(cells.count()):
            box = cells.nth(i).bounding_box()
            middle = box["x"] + box["width"] / 2
            assert columns[i]["x"] <= middle <= columns[i]["x"] + columns[i]["width"]


def test_stance_matrix_fits_its_container(server, page):
    """Regression: the matrix ran off the page (rotated issue names past its right edge)."""
    page.goto(server + "/stances")
    fits = page.evaluate("""() => {
      const box = document.querySelector(".scroll").getBoundingClientRect();
      const heads = [...document.querySelectorAll("table.matrix th.issue span")];
      return heads.every((h) => { const r = h.getBoundingClientRect();
        return r.right <= box.right + 0.5 && r.left >= box.left - 0.5; }); }""")
    assert fits and no_page_overflow(page)
    if page.width >= 1400:   # the test store's 15 issues fit a wide screen whole
        assert page.evaluate("(() => { const s = document.querySelector('.scroll');"
                             " return s.scrollWidth <= s.clientWidth; })()")


# -- cleaned text ---------------------------------------------------------------------------------
def test_scraped_leftovers_are_cleaned_and_the_marks_still_hold_their_words(server, page):
    page.goto(server + "/stories/irna-2022-01-14")
    title = page.locator("[data-testid=story-title]").inner_text()
    assert title == "Amir-Abdollahian and Wang Yi discuss the Vienna talks"
    text = page.locator("[data-testid=story-text]").inner_text()
    assert "1st round of the year’s talks" in text
    assert "<sup>" not in text and "\\u2019" not in text and "\\_" not in text
    data = page.request.get(server + "/api/stories/irna-2022-01-14").json()
    marked = page.evaluate("""() => [...document.querySelectorAll("mark.ev")].map(
        (m) => [m.dataset.keys.split(" "), m.textContent])""")
    for event in data["events"]:
        # the stored offsets still hold the evidence; the marks show it cleaned, whole
        assert data["text"][event["start"]:event["end"]] == event["evidence"]
        shown = "".join(t for keys, t in marked if f"e{event['id']}" in keys)
        assert shown == clean(event["evidence"])
    page.goto(server + "/search?q=Vienna+talks")
    assert "Wang Yi discuss" in page.locator("[data-testid=search-result]").first.inner_text()
    assert page.locator("[data-testid=search-result] mark").count() >= 1
