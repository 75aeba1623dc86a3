"""Options shared by several commands: a user's lexicon files and the number of workers."""
import functools

import click

from readout.errors import ReadoutError

__all__ = ["lexicon_options", "workers_option", "db_option", "quiet_option", "reports_error",
           "story_total"]


def lexicon_options(f):
    """--actors, --patterns and --issues: a user's own lexicon files, in the shipped formats."""
    f = click.option("--issues", "issue_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="An extra issue lexicon (JSONL, format of lexicons/issues.jsonl). Repeatable.")(f)
    f = click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="An extra verb/noun pattern file (JSONL, format of lexicons/verbs.jsonl). Repeatable.")(f)
    f = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="An extra actor file (TSV, format of lexicons/people.tsv or countries.tsv). Repeatable.")(f)
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


def quiet_option(f):
    """--quiet: no progress on stderr (errors and the closing summary are still printed)."""
    return click.option("--quiet", "-q", is_flag=True,
                        help="Print no progress; errors and the summary line still appear.")(f)


def story_total(inputs, encoding: str, quiet: bool) -> int | None:
    """How many stories the inputs hold, for a progress bar's length: counted (a second read of
    the inputs) only when the bar is drawn, on a terminal; else None."""
    import sys

    if quiet or not sys.stderr.isatty():
        return None
    from readout.stories import iter_stories

    return sum(1 for _ in iter_stories(inputs, encoding=encoding, on_error=lambda e: None))


def reports_error(f):
    """Turn readout's errors into `Error: ...` and exit 1, never a traceback."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except ReadoutError as e:
            error = click.ClickException(str(e))
            error.exit_code = getattr(e, "exit_code", 1)   # 2 for a bad argument (UnknownActor)
            raise error from e
    return wrapper
