"""`readout serve` (the web app) and `readout report` (a daily brief): thin wrappers."""
from __future__ import annotations

import errno
import socket
from pathlib import Path

import click

from readout.cli_options import reports_error, db_option
from readout.errors import ReadoutError

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but localhost exposes the store to others.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@reports_error
def serve_cmd(db, host, port):
    """Browse the store in a web browser: stories with marked evidence, dyads, stances, search."""
    import uvicorn

    from readout.web.app import create_app

    # create_app refuses a missing or foreign store before anything is served.
    # On localhost only localhost names are answered (no DNS rebinding); bound elsewhere, any.
    app = create_app(db, allowed_hosts=None if host in LOCAL_HOSTS else ("*",))
    if host not in LOCAL_HOSTS:
        click.echo(f"Warning: listening on {host}, not localhost: anyone who can reach this "
                   "machine can read the store (there is no login).", err=True)
    # Bound here, before "serving" is printed: a port in use is an Error: line, not a message
    # that the server is up followed by uvicorn's own failure.
    sock = listen_socket(host, port)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"readout: serving {db} at http://{shown}:{sock.getsockname()[1]}/ "
               "(Ctrl-C to stop)", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


def listen_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or ServeError saying what to do (port in use, no such host)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as e:
        raise ServeError(f"cannot listen on {host!r}: no such address ({e}); give --host "
                         "127.0.0.1 or an address of this machine") from e
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
    try:
        sock.bind(address)
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is in use (another `readout serve`?); "
                             "give another --port") from e
        raise ServeError(f"cannot listen on {host} port {port}: {e.strerror or e}; give "
                         "another --host or --port") from e
    sock.set_inheritable(True)
    return sock


class ServeError(ReadoutError):
    """`readout serve` cannot listen where it was asked to."""


@click.command("report")
@db_option
@click.option("--date", metavar="D", help="The day to brief on (YYYY-MM-DD); default the latest.")
@click.option("--since", metavar="D", help="First day of a range.")
@click.option("--until", metavar="D", help="Last day of a range (default the latest day).")
@click.option("--output", "-o", metavar="FILE", default="readout-brief.html", show_default=True,
              help="Write here: .html (with charts) or .md (Markdown, for e-mail).")
@reports_error
def report_cmd(db, date, since, until, output):
    """Write a brief for a day or range: interactions, notable stances, dyads that moved."""
    from readout.outputs import atomic_output
    from readout.report import write_brief
    from readout.store import Store

    with Store(db, readonly=True) as store, atomic_output(output) as tmp:
        try:
            write_brief(store, tmp, date=date, since=since, until=until)
        except OverflowError:  # the brief looks back from the day it covers: 0001-01-01 has no before
            raise click.ClickException(f"a brief of {date or since} would look back before the year 1; "
                                       "give a later date") from None
    click.echo(f"wrote {Path(output).resolve()}")


COMMANDS = [serve_cmd, report_cmd]
