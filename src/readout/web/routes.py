"""The pages and their JSON twins under /api: thin wrappers over query, compare, web.queries."""
from __future__ import annotations

import threading
from typing import Iterator

import anyio
from starlette.convertors import Convertor, register_url_convertor
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from readout import compare as _compare
from readout import query
from readout.cameo import plover_types
from readout.palette import badge_css
from readout.search import HIT_END, HIT_START
from readout.store import Store
from readout.web import charts, marks
from readout.web import queries as q
from readout.web.queries import BadQuery, NotFound



class StoryIdConvertor(Convertor[str]):
    """A story id in a path: any characters, slashes and newlines too (Starlette's `path` is `.*`,
    which stops at a newline, so an id holding one got a link that answered 404)."""

    regex = "(?s:.*)"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("story_id", StoryIdConvertor())
router = APIRouter()


def store(request: Request) -> Iterator[Store]:
    """One connection per request, refused any write (the web app only reads)."""
    # FastAPI may open, use and close it on three different threadpool threads; it serves one
    # request at a time, so sqlite3's same-thread check would only turn load into 500s.
    s = Store(request.app.state.db_path, check_same_thread=False, readonly=True)
    try:
        yield s
    finally:
        s.close()


def page(request: Request, name: str, **context) -> HTMLResponse:
    """Render a template of the package with the request's path for the navigation."""
    html = request.app.state.env.get_template(name).render(request_path=request.url.path,
                                                           **context)
    return HTMLResponse(html)


def _actor(s: Store, value: str | None, what: str = "actor") -> str | None:
    code = query.check_actor(value or None, what)
    if code and not query.known_actor(s, code):
        raise BadQuery(f"{what} {code!r} does not occur in this database; "
                       "see the actors on the overview page")
    return code


# -- static files ---------------------------------------------------------------------------------
@router.get("/static/{name}", include_in_schema=False)
def static(name: str, request: Request):
    """A file from the fixed list made at start-up (the request's name is only a key)."""
    if name == "types.css":     # made from readout.palette, the one source of the type colours
        return Response(badge_css(), media_type="text/css",
                        headers={"Cache-Control": "public, max-age=86400"})
    path = request.app.state.static.get(name)
    if path is None:
        raise NotFound(f"no static file {name!r}")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


# -- overview -------------------------------------------------------------------------------------
def _overview(s: Store) -> dict:
    data = q.overview(s)
    data["chart"] = charts.types_over_time(data["types_by_month"])
    return data


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, s: Store = Depends(store)):
    """The corpus at a glance."""
    return page(request, "overview.html", **_overview(s))


@router.get("/api/overview")
def overview_api(s: Store = Depends(store)):
    """The overview as JSON."""
    data = _overview(s)
    data.pop("chart")
    return data


# -- a story --------------------------------------------------------------------------------------
@router.get("/stories/{story_id:story_id}", response_class=HTMLResponse)
def story_page(story_id: str, request: Request, s: Store = Depends(store)):
    """A story with each event's and stance's evidence marked in place."""
    data = q.story(s, story_id)
    notes = marks.annotations(data["events"], data["stances"], data["text"])
    return page(request, "story.html", story=data, notes=notes,
                segments=marks.segments(data["text"], notes, clean=True))


@router.get("/api/stories/{story_id:story_id}")
def story_api(story_id: str, s: Store = Depends(store)):
    """A story, its events, stances, actors and dyads as JSON."""
    return q.story(s, story_id)


# -- search ---------------------------------------------------------------------------------------
def _search(s: Store, text, since, until, actor, type_, fts, cancel=None) -> dict:
    actor = _actor(s, actor)
    hits = q.search(s, text, since or None, until or None, actor, type_ or None, fts=fts,
                    cancel=cancel)
    return {"q": text, "since": since, "until": until, "actor": actor, "type": type_,
            "fts": fts, "results": hits}


async def _while_connected(request: Request, work):
    """Run work(cancel) on a worker thread; if the client leaves first, set cancel, which stops
    the query at once (search.bounded), so a costly search never outlives its client."""
    cancel = threading.Event()

    async def watch():
        while not await request.is_disconnected():
            await anyio.sleep(0.1)
        cancel.set()

    result = error = None
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(watch)
        try:
            result = await anyio.to_thread.run_sync(work, cancel)
        except Exception as e:  # noqa: BLE001 - raised again below, outside the task group
            error = e
        finally:
            tasks.cancel_scope.cancel()
    if error is not None:
        raise error
    return result


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, text: str = Query("", alias="q"), since: str = "",
                      until: str = "", actor: str = "", type: str = "", fts: bool = False,
                      s: Store = Depends(store)):
    """Full-text search over the stories, with filters by date, actor and event type."""
    data = await _while_connected(
        request, lambda cancel: _search(s, text, since, until, actor, type, fts, cancel))
    for hit in data["results"]:
        hit["parts"] = q.snippet_parts(hit["snippet"])
    return page(request, "search.html", types=plover_types(), **data)


@router.get("/api/search")
async def search_api(request: Request, text: str = Query("", alias="q"), since: str = "",
                     until: str = "", actor: str = "", type: str = "", fts: bool = False,
                     s: Store = Depends(store)):
    """Search results as JSON; snippets mark matches with [ and ]."""
    data = await _while_connected(
        request, lambda cancel: _search(s, text, since, until, actor, type, fts, cancel))
    for hit in data["results"]:
        hit["snippet"] = (hit["snippet"] or "").replace(HIT_START, "[").replace(HIT_END, "]")
    return data


# -- a dyad ---------------------------------------------------------------------------------------
def _dyad(s: Store, pair: str, since: str | None, until: str | None) -> dict:
    a, b = query.parse_dyad(pair)
    for code in (a, b):
        if not query.known_actor(s, code):
            raise NotFound(f"actor {code!r} does not occur in this database")
    found = query.events(s, dyad=(a, b), since=since or None, until=until or None)
    months = q.dyad_months(found)
    for e in found:
        e["side"] = q.side(e["type"])
    return {"a": a, "b": b, "since": since, "until": until, "months": months,
            "events": found, "stances": q.dyad_stances(s, a, b, since or None, until or None)}


@router.get("/dyads/{pair}", response_class=HTMLResponse)
def dyad_page(pair: str, request: Request, since: str = "", until: str = "",
              s: Store = Depends(store)):
    """A dyad: cooperation and conflict per month, its events, each side's stances."""
    data = _dyad(s, pair, since, until)
    return page(request, "dyad.html", chart=charts.dyad_months(data["months"], data["a"],
                                                               data["b"]), **data)


@router.get("/api/dyads/{pair}")
def dyad_api(pair: str, since: str = "", until: str = "", s: Store = Depends(store)):
    """A dyad's months, events and stances as JSON."""
    return _dyad(s, pair, since, until)


# -- stances --------------------------------------------------------------------------------------
def _stances(s: Store, holder: str, issue: str, polarity: str) -> dict:
    holder_code = _actor(s, holder, "holder")
    data = q.stance_matrix(s)
    data.update(holder=holder_code, issue=issue or None, polarity=polarity or None, evidence=None)
    if holder_code or issue or polarity:
        data["evidence"] = query.stances(s, holder=holder_code, issue=issue or None,
                                         polarity=polarity or None)
    return data


@router.get("/stances", response_class=HTMLResponse)
def stances_page(request: Request, holder: str = "", issue: str = "", polarity: str = "",
                 s: Store = Depends(store)):
    """A holder-by-issue matrix of support and oppose; a cell opens its evidence."""
    return page(request, "stances.html", **_stances(s, holder, issue, polarity))


@router.get("/api/stances")
def stances_api(holder: str = "", issue: str = "", polarity: str = "",
                s: Store = Depends(store)):
    """The matrix (cells keyed HOLDER|issue) and, when filtered, the stances as JSON."""
    return _stances(s, holder, issue, polarity)


# -- compare --------------------------------------------------------------------------------------
def _compare_args(a: str, b: str) -> bool:
    if bool(a) != bool(b):
        raise BadQuery("give two story ids, a= and b=")
    return bool(a)


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: str = "", b: str = "", s: Store = Depends(store)):
    """Two readouts of one interaction side by side."""
    result = _compare.compare(s, a, b) if _compare_args(a, b) else None
    return page(request, "compare.html", a=a, b=b, result=result)


@router.get("/api/compare")
def compare_api(a: str = "", b: str = "", s: Store = Depends(store)):
    """The comparison as JSON."""
    if not _compare_args(a, b):
        raise BadQuery("give two story ids, a= and b=")
    return JSONResponse(_compare.compare(s, a, b))
