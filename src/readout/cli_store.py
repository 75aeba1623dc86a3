"""Commands over the store: ingest, recode, events, stances, search, dyad, compare, export."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from readout.cli_options import (db_option, domestic_option, input_options, lexicon_options, quiet_option, reading,
                                 reports_error, story_total, workers_option)
from readout.progress import Run
from readout.store import Store, missing_store

FORMATS = ("table", "csv", "json")


def _format_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="Output as an aligned table, CSV or JSON.")(f)


def _require_actors(store: Store, actors=(), dyad: str | None = None) -> None:
    """Stop with an Error naming close matches when a filter names an actor the store never saw:
    "(none)" would read as "no events", not as a typo."""
    from readout.query import parse_dyad, require_actor

    for value in [*actors, *(parse_dyad(dyad) if dyad else ())]:
        if value:
            require_actor(store, value)


def _open_existing(db: str, readonly: bool = True) -> Store:
    """An existing store: read-only (`mode=ro`) for the commands that only read."""
    if not readonly and not Path(db).is_file():
        raise missing_store(db)
    return Store(db, readonly=readonly)


# -- output ---------------------------------------------------------------------------------------
def _cell(value, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ",".join(map(str, value))
    elif isinstance(value, dict):
        value = " ".join(f"{k}:{v}" for k, v in value.items())
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _csv_cell(value):
    from readout.export import csv_safe

    # Numbers stay numbers (a Goldstein score of -4.0 is no formula); text is neutralized.
    return value if isinstance(value, (int, float)) else csv_safe(_cell(value, 10**9))


def _around_match(snippet: str | None, width: int = 60) -> str:
    """A snippet cut to `width` around its first [match], so a table column still shows it."""
    text = " ".join((snippet or "").split())
    at = text.find("[")
    if len(text) <= width or at < 0:
        return text
    start = max(0, min(at - width // 3, len(text) - width + 1))
    cut = text[start:start + width - 2]
    return ("…" if start else "") + cut + "…"


def _emit(rows: list[dict], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({c: _csv_cell(r.get(c)) for c in columns} for r in rows)
        click.echo(out.getvalue(), nl=False)
        return
    if not rows:
        click.echo("(none)")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


# -- ingest, recode -------------------------------------------------------------------------------
@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@input_options
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(min=1),
              help="Stories stored per transaction; a crash loses at most the batch under way.")
@workers_option
@lexicon_options
@domestic_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Code in local worker processes, or on a Dask cluster (docs/scale.md).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the Dask scheduler, e.g. tcp://host:8786 (default: a local cluster).")
@quiet_option
@reports_error
def ingest_cmd(inputs, db, encoding, date, publisher, url, columns, batch_size, workers, actor_files,
               pattern_files, issue_files, domestic, engine, scheduler, quiet):
    """Code stories and store them in the database.

    Re-running is safe: unchanged stories are skipped, changed ones replaced with their new
    events. Bad inputs are reported as `Error: PATH[:LINE]: ...`, the rest stored, exit 1.
    Progress goes to stderr; the last line sums up stories, events, stances, errors and time.
    """
    from readout import pipeline  # lazily: the coder loads spaCy
    from readout.stories import iter_stories

    read = reading(encoding, date, publisher, url, columns)
    run = Run("ingest", quiet=quiet, total=story_total(inputs, encoding, quiet, read))
    store = Store(db)
    stories = iter_stories(inputs, on_error=run.error, **read)
    files = (actor_files, pattern_files, issue_files)
    try:
        if engine == "dask":
            from readout.scale import ingest_dask

            counts = ingest_dask(store, stories, scheduler=scheduler, workers=workers or None,
                                 batch_size=batch_size, on_error=run.error, domestic=domestic,
                                 actor_files=actor_files, pattern_files=pattern_files,
                                 issue_files=issue_files)
            run.stored_counts(counts)
        else:
            counts = store.ingest_stories(
                stories, code_many=lambda todo: run.records(pipeline.code_stories(
                    todo, *files, domestic=domestic, workers=workers, on_error=run.error)),
                batch_size=batch_size, progress=run.stored_counts,
                lexicons={"actors": actor_files, "patterns": pattern_files, "issues": issue_files},
                domestic=domestic)
    except KeyboardInterrupt:
        run.close()
        click.echo(f"Interrupted: {run.stored + run.replaced} stories stored in whole batches; "
                   "run the same command again to finish", err=True)
        sys.exit(130)
    finally:
        run.close()
        store.close()
    run.stored_counts(counts)
    click.echo(run.summary(stored=True))
    if run.errors:
        sys.exit(1)


@click.command("recode")
@db_option
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(min=1),
              help="Stories per transaction.")
@quiet_option
@reports_error
def recode_cmd(db, batch_size, quiet):
    """Re-run the current coder over every stored story (after the lexicons change).

    Stories ingested with --actors/--patterns/--issues are recoded with those files again (as
    they are now), and those ingested with --domestic keep their events inside one country; a file that is gone stops the run with an `Error:` naming it. A story the
    coder refuses keeps its stored coding (`Error:` line, exit 1); a story an ingest replaces
    meanwhile keeps the ingest's coding (a `Note:` line).
    """
    from readout import pipeline

    with _open_existing(db, readonly=False) as store:
        total = store.counts()["stories"]
        with Run("recode", quiet=quiet, total=total) as run:
            counts = store.recode(
                code_many=lambda stories, files: list(run.records(
                    pipeline.code_stories(stories, *files, domestic=files.domestic, on_error=run.error))),
                batch_size=batch_size, on_note=lambda note: click.echo(f"Note: {note}", err=True))
    # run.stories == n: every stored story went through the coder.
    changed = (f"; {counts.changed} replaced by an ingest meanwhile (kept as ingested)"
               if counts.changed else "")
    click.echo(f"recoded {run.summary()}{changed}")
    if run.errors:
        sys.exit(1)


# -- queries --------------------------------------------------------------------------------------
EVENT_COLUMNS = ["event_id", "date", "source", "type", "target", "mode", "goldstein", "reports",
                 "stories", "evidence"]
REPORT_COLUMNS = ["id", "date", "story_id", "source", "type", "target", "mode", "cameo",
                  "goldstein", "evidence"]


@click.command("events")
@db_option
@click.option("--actor", metavar="CODE", help="Events with this actor on either side.")
@click.option("--dyad", metavar="A-B", help="Events between two actors, both directions.")
@click.option("--type", "type_", metavar="TYPE", help="A PLOVER event type, e.g. SUPPORT.")
@click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")
@click.option("--reports", is_flag=True, help="One row per report instead of per interaction.")
@_format_option
@reports_error
def events_cmd(db, actor, dyad, type_, since, until, reports, fmt):
    """List coded events; reports of one interaction count once unless --reports."""
    from readout.query import events

    with _open_existing(db) as store:
        _require_actors(store, [actor], dyad)
        rows = events(store, actor=actor, dyad=dyad, type=type_, since=since, until=until,
                      reports=reports)
    _emit(rows, REPORT_COLUMNS if reports else EVENT_COLUMNS, fmt)


@click.command("stances")
@db_option
@click.option("--holder", metavar="CODE", help="Stances held by this actor.")
@click.option("--actor", metavar="CODE", help="Stances held by or toward this actor.")
@click.option("--dyad", metavar="A-B", help="Stances of A toward B or of B toward A.")
@click.option("--issue", metavar="KEY", help="Stances on this issue, e.g. taiwan.")
@click.option("--polarity", type=click.Choice(["support", "oppose"]), help="Only for or against.")
@click.option("--toward", metavar="CODE", help="Stances toward this actor's position.")
@click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")
@_format_option
@reports_error
def stances_cmd(db, holder, actor, dyad, issue, polarity, toward, since, until, fmt):
    """List stated positions (stances) actors took on issues."""
    from readout.query import stances

    with _open_existing(db) as store:
        _require_actors(store, [holder, actor, toward], dyad)
        rows = stances(store, holder=holder, issue=issue, polarity=polarity, toward=toward,
                       since=since, until=until, actor=actor, dyad=dyad)
    _emit(rows, ["date", "story_id", "holder", "polarity", "issue", "toward", "evidence"], fmt)


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="At most this many stories.")
@click.option("--fts", is_flag=True,
              help="Read QUERY as SQLite FTS5 syntax (OR, NOT, NEAR, prefix*, title:word).")
@_format_option
@reports_error
def search_cmd(query, db, limit, fts, fmt):
    """Full-text search of story titles and texts: stories holding every word, best first.

    Plain words and punctuation just work ('U.S.-China', "Biden's"); "a phrase" in double
    quotes is matched as a phrase. The snippet shows the match in [brackets]. A query is
    bounded (32 terms, 2,000 wildcard expansions, 3 s: READOUT_SEARCH_SECONDS).
    """
    from readout.search import search

    with _open_existing(db) as store:
        rows = search(store, query, limit=limit, fts=fts)
    if fmt == "table":
        rows = [{**r, "snippet": _around_match(r["snippet"])} for r in rows]
    _emit(rows, ["id", "date", "title", "snippet"], fmt)


@click.command("dyad")
@click.argument("actor_a", metavar="A")
@click.argument("actor_b", metavar="B")
@db_option
@click.option("--by", type=click.Choice(["month", "week", "day", "year"]), default="month",
              show_default=True, help="Length of a period.")
@click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")
@click.option("--reports", is_flag=True, help="Count reports instead of interactions.")
@_format_option
@reports_error
def dyad_cmd(actor_a, actor_b, db, by, since, until, reports, fmt):
    """The relationship of A and B over time: events per type, Goldstein mean and sum, per period.

    Directions: A>B, B>A, and A<>B for CONSULT and COOPERATE, which are mutual.
    """
    from readout.query import dyad_series, require_actor

    with _open_existing(db) as store:
        a, b = require_actor(store, actor_a), require_actor(store, actor_b)
        rows = dyad_series(store, a, b, by=by, since=since, until=until, reports=reports)
    if fmt != "json":
        types = sorted({t for r in rows for t in r["types"]})
        rows = [{**{k: v for k, v in r.items() if k != "types"},
                 **{t: r["types"].get(t, 0) for t in types}} for r in rows]
        _emit(rows, ["period", "direction", "events", "goldstein_mean", "goldstein_sum", *types],
              fmt)
    else:
        _emit(rows, [], fmt)


@click.command("compare")
@click.argument("story_a", required=False)
@click.argument("story_b", required=False)
@db_option
@click.option("--find", "find", metavar="STORY",
              help="List the other stored accounts of STORY's interactions, best first.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain text or JSON.")
@reports_error
def compare_cmd(story_a, story_b, db, find, fmt):
    """Two stored accounts of one interaction side by side: events, stances, issues, words.

    Warns when A and B report different dates or participants. With --find STORY: the other
    stored accounts of STORY's interactions (same participants and type, same event date),
    ranked by how much they share.
    """
    from readout.compare import compare, find_accounts, render_accounts, render_compare

    if find and (story_a or story_b):
        raise click.UsageError("give two stories to compare, or --find STORY, not both")
    if not find and not (story_a and story_b):
        raise click.UsageError("give two stories to compare (A B), or --find STORY")
    with _open_existing(db) as store:
        result = find_accounts(store, find) if find else compare(store, story_a, story_b)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    elif find:
        click.echo(render_accounts(find, result), nl=False)
    else:
        click.echo(render_compare(result), nl=False)  # warnings first, as `Warning:` lines


@click.command("export")
@db_option
@click.option("--what", type=click.Choice(["events", "stances"]), default="events",
              show_default=True, help="Export events, or stances (csv, jsonl or parquet).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt", "plover"]),
              default="csv", show_default=True,
              help="csv/jsonl/parquet: one row per report (or stance); gdelt: GDELT 2.0 event "
                   "table (61 tab-separated columns); plover: PLOVER JSON records, one a line.")
@click.option("--output", "-o", metavar="FILE", help="Write here instead of standard output.")
@click.option("--actor", metavar="CODE", help="Only events (stances) with this actor.")
@click.option("--dyad", metavar="A-B", help="Only events (stances) between two actors.")
@click.option("--type", "type_", metavar="TYPE", help="Only this PLOVER type (events).")
@click.option("--issue", metavar="KEY", help="Only stances on this issue.")
@click.option("--since", metavar="DATE", help="On or after this date.")
@click.option("--until", metavar="DATE", help="On or before this date.")
@reports_error
def export_cmd(db, what, fmt, output, actor, dyad, type_, issue, since, until):
    """Export stored events as flat rows, a GDELT 2.0 event table, or PLOVER JSON records;
    or stored stances as flat rows."""
    from readout.export import BadExport, export

    filters = {"actor": actor, "dyad": dyad, "since": since, "until": until}
    if what == "stances":
        if type_:
            raise BadExport("--type filters events; for stances use --issue, --actor or --dyad")
        filters["issue"] = issue
    else:
        if issue:
            raise BadExport("--issue filters stances; give --what stances")
        filters["type"] = type_
    from contextlib import nullcontext

    from readout.outputs import atomic_output

    # A file is written whole or not at all (outputs.py): no empty file after a full disk.
    with _open_existing(db) as store, (atomic_output(output) if output else nullcontext()) as tmp:
        _require_actors(store, [actor], dyad)
        n = export(store, fmt, str(tmp) if output else (sys.stdout if fmt != "parquet" else None),
                   what=what, **filters)
    if output:
        click.echo(f"wrote {n} rows to {output}", err=True)


COMMANDS = [ingest_cmd, recode_cmd, events_cmd, stances_cmd, search_cmd, dyad_cmd, compare_cmd,
            export_cmd]
