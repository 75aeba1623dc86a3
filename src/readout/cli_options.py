"""Options shared by several commands: how inputs are read, a user's lexicon files, the number
of workers, the store, and the `Error:` wrapping."""
import datetime as _dt
import functools

import click

from readout.errors import ReadoutError, shown

__all__ = ["lexicon_options", "workers_option", "db_option", "quiet_option", "reports_error",
           "story_total", "input_options", "reading", "error_line"]

_FIELDS = ("id", "date", "title", "text", "url", "publisher")


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value):
    raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD")


def _columns(ctx, param, values):
    mapping = {}
    for value in values:
        field, sep, name = value.partition("=")
        field = field.strip().lower()
        if not sep or not name.strip() or field not in _FIELDS:
            raise click.BadParameter(f"{value!r}: write FIELD=NAME with FIELD one of {', '.join(_FIELDS)}, "
                                     "e.g. --column text=body")
        if field in mapping:
            raise click.BadParameter(f"{field} is given twice")
        mapping[field] = name.strip()
    return mapping


def input_options(f):
    """--encoding, --date, --publisher, --url and --column: how story files are read."""
    f = click.option("--column", "columns", multiple=True, metavar="FIELD=NAME", callback=_columns,
                     help="CSV/TSV: the header NAME that holds FIELD (id, date, title, text, url, "
                          "publisher), e.g. --column text=body. Repeatable.")(f)
    f = click.option("--url", metavar="URL", help="The URL of stories that give none.")(f)
    f = click.option("--publisher", metavar="NAME", help="The publisher of stories that name none.")(f)
    f = click.option("--date", "date", metavar="YYYY-MM-DD", callback=_iso_date,
                     help="The publication date of stories that give none (plain text, HTML).")(f)
    f = click.option("--encoding", default="utf-8", show_default=True,
                     help="Encoding of text, JSONL, CSV and TSV inputs, e.g. latin-1.")(f)
    return f


def reading(encoding, date, publisher, url, columns) -> dict:
    """The keyword arguments of stories.iter_stories for the values of input_options."""
    return {"encoding": encoding, "date": date, "publisher": publisher, "url": url, "columns": columns}


def error_line(error) -> str:
    """`Error: ...` as one line: a line break in a file name or id cannot split it."""
    return "Error: " + shown(str(error))


def _note_overrides(ctx, param, values):
    """Say on stderr, once, where a user's actor file overrides the shipped lexicon."""
    if values:
        from pathlib import Path

        from readout.lexicons.actors_data import actor_overrides

        try:
            notes = actor_overrides(tuple(str(Path(p).resolve()) for p in values))
        except ReadoutError:
            notes = []  # a broken file: the coder reports it as `Error:` when it loads it
        for note in notes:
            click.echo(f"Note: {shown(note)}", err=True)
    return values


def lexicon_options(f):
    """--actors, --patterns and --issues: a user's own lexicon files, in the shipped formats."""
    f = click.option("--issues", "issue_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="An extra issue lexicon (JSONL, format of lexicons/issues.jsonl). Repeatable.")(f)
    f = click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="An extra verb/noun pattern file (JSONL, format of lexicons/verbs.jsonl). Repeatable.")(f)
    f = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     callback=_note_overrides,
                     help="An extra actor file (TSV, format of lexicons/people.tsv or countries.tsv); "
                          "where it puts a person in another country than the shipped lexicon "
                          "does, it wins (stderr says so). Repeatable.")(f)
    return f


def workers_option(f):
    """--workers N: processes that code in parallel (0, the default: one per core)."""
    return click.option("--workers", default=0, show_default=True, type=click.IntRange(min=0),
                        help="Processes coding in parallel; 0 means one per core.")(f)


def db_option(f):
    """--db FILE: the SQLite store (env READOUT_DB)."""
    from readout.store import DEFAULT_DB

    return click.option("--db", metavar="FILE", default=DEFAULT_DB, show_default=True,
                        envvar="READOUT_DB", help="The SQLite database file (env READOUT_DB).")(f)


def domestic_option(f):
    """--domestic: keep events inside one country (off by default, as GUIDE.md codes stories)."""
    return click.option("--domestic", is_flag=True,
                        help="Keep events inside one country (a government's crackdown on its own "
                             "protesters), as PLOVER codes them; off by default.")(f)


def key_filter_option(f):
    """--key-filter/--no-key-filter: drop the event keys the trained filter is sure are wrong (off by default)."""
    return click.option("--key-filter/--no-key-filter", default=None,
                        help="Drop the event keys the trained key filter (docs/coder.md) is sure are "
                             "wrong, in government and state-media texts (env READOUT_KEY_FILTER=1); "
                             "off by default.")(f)


def quiet_option(f):
    """--quiet: no progress on stderr (errors and the closing summary are still printed)."""
    return click.option("--quiet", "-q", is_flag=True,
                        help="Print no progress; errors and the summary line still appear.")(f)


def story_total(inputs, encoding: str, quiet: bool, read: dict | None = None) -> int | None:
    """How many stories the inputs hold, for a progress bar's length: counted (a second read of
    the inputs) only when the bar is drawn, on a terminal; else None. `read`: input_options'
    values as reading() gives them."""
    import sys

    if quiet or not sys.stderr.isatty():
        return None
    from readout.stories import iter_stories

    read = dict(read or {}, encoding=encoding)
    return sum(1 for _ in iter_stories(inputs, on_error=lambda e: None, **read))


def reports_error(f):
    """Turn readout's errors into `Error: ...` and exit 1, never a traceback."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except ReadoutError as e:
            error = click.ClickException(shown(str(e)))
            error.exit_code = getattr(e, "exit_code", 1)   # 2 for a bad argument (UnknownActor)
            raise error from e
        except BrokenPipeError:
            raise  # `readout events | head`: click ends quietly
        except OSError as e:  # a file the command reads or writes; the library did not name it
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(shown(f"{where}{e.strerror or e}; check the path, its "
                                             "permissions and the disk")) from e
    return wrapper
