"""The web app over a readout store: create_app(db_path), security headers, one error handler."""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from starlette.middleware.trustedhost import TrustedHostMiddleware
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from readout.compare import StoryNotFound
from readout.display import clean
from readout.errors import ReadoutError
from readout.query import BadQuery
from readout.store import Store, StoreError
from readout.web.queries import NotFound

__all__ = ["create_app", "SECURITY_HEADERS"]

log = logging.getLogger("readout.web")
HERE = Path(str(resources.files("readout").joinpath("web")))

# No inline scripts and nothing from elsewhere: every script is a file this app serves. Plotly sets
# style attributes and adds <style> elements as it draws, hence 'unsafe-inline' for styles only.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

STATUS = [(NotFound, 404), (StoryNotFound, 404), (BadQuery, 400), (StoreError, 500)]
TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 500: "Server error"}


def templates() -> Environment:
    """The Jinja2 environment of the package's templates; every value is HTML-escaped."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["show"] = clean     # scraped markup and escapes cleaned for display
    return env


def wants_json(request: Request) -> bool:
    """JSON errors for the /api routes, HTML pages for the rest."""
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str) -> Response:
    """The one place errors become responses: a JSON object under /api, else an HTML page."""
    if wants_json(request):
        response: Response = JSONResponse({"error": message, "status": status}, status_code=status)
    else:
        html = request.app.state.env.get_template("error.html").render(
            status=status, title=TITLES.get(status, "Error"), message=message,
            request_path=request.url.path)
        response = HTMLResponse(html, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def status_of(exc: ReadoutError) -> int:
    """The HTTP status of a readout error."""
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 400


class HeadersAndErrors:
    """The security headers on every response, and a plain 500 for anything unforeseen.

    A plain ASGI middleware: Starlette's BaseHTTPMiddleware (`@app.middleware`) hides a client's
    disconnect from the routes, so a search whose client left would run on to its time budget.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    headers.setdefault(k, v)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:  # anything unforeseen: a logged traceback, a plain 500 for the client
            request = Request(scope)
            log.exception("error serving %s", request.url.path)
            if started:
                raise
            response = error_response(request, 500, "something went wrong on our side")
            await response(scope, receive, send)


def create_app(db_path: str | Path, allowed_hosts: tuple[str, ...] | None = None) -> FastAPI:
    """The read-only web app over one readout database file (which must exist).

    allowed_hosts: the Host header values it answers (default: localhost names and the test
    client's); anything else is refused, so a page on another site cannot reach a store served
    on localhost through DNS rebinding.
    """
    db_path = str(db_path)
    Store(db_path, readonly=True).close()  # fail now, not on the first request: missing, foreign
    app = FastAPI(title="readout", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db_path = db_path
    app.state.env = templates()
    # Static files by name from a fixed list made at start-up: no request names a path on disk.
    app.state.static = {p.name: p for p in (HERE / "static").iterdir() if p.is_file()}
    plotly_js = Path(str(resources.files("plotly").joinpath("package_data/plotly.min.js")))
    app.state.static["plotly.min.js"] = plotly_js
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    hosts = list(allowed_hosts or ()) + ["localhost", "127.0.0.1", "[::1]", "::1", "testserver"]
    if "*" not in hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    app.add_middleware(HeadersAndErrors)

    @app.exception_handler(ReadoutError)
    async def readout_error(request: Request, exc: ReadoutError):
        return error_response(request, status_of(exc), str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg')}")
        return error_response(request, 400, "bad parameter " + "; ".join(parts))

    from readout.web.routes import router  # noqa: PLC0415 (routes need the app's helpers above)

    app.include_router(router)
    return app
