"""Shared helpers for the tests: real readout objects built from a few fields, a real server."""
import socket
import threading
import time
from pathlib import Path

import pytest

from readout.stories import Story


def story(id, text, title=None, date=None, publisher=None, url=None, path="test.jsonl", line=None, **rest):
    """A readout Story with just the fields a test cares about (the rest as a reader leaves them)."""
    rest.setdefault("body_start", 0)
    return Story(id=id, text=text, title=title, date=date, publisher=publisher, url=url, path=path,
                 line=line, **rest)


def serve_in_thread(db: Path):
    """A real uvicorn server on 127.0.0.1 (a free port) in a daemon thread; returns (url, stop)."""
    import uvicorn

    from readout.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(250):
        if srv.started:
            break
        time.sleep(0.02)

    def stop():
        srv.should_exit = True
        thread.join(5)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture
def main():
    """The readout command group, as `readout` on the command line."""
    from readout.cli import main

    return main


@pytest.fixture(autouse=True)
def _no_timed_progress_lines(monkeypatch):
    """A run's plain progress line comes every few seconds of wall time; in tests (which check
    stderr exactly) only where a test asks for it (READOUT_PROGRESS_SECONDS)."""
    monkeypatch.setenv("READOUT_PROGRESS_SECONDS", "inf")
