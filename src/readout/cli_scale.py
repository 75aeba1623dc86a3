"""Commands for coding beyond one process: shard (Dask -> Parquet), load (Parquet -> store),
events-parquet (DuckDB over the shards)."""
from __future__ import annotations

import json
import sys

import click

from readout.cli_options import input_options, quiet_option, reading, reports_error
from readout.progress import Run


@click.command("shard")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out_dir", required=True, metavar="DIR",
              help="Write Parquet shards here (shared storage every worker can write).")
@click.option("--scheduler", metavar="ADDRESS",
              help="A Dask scheduler, e.g. tcp://10.0.0.5:8786; default: a local cluster.")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(min=0),
              help="Worker processes of the local cluster (0: one per core).")
@click.option("--partition-size", default=100, show_default=True, type=click.IntRange(min=1),
              help="Stories per Dask task.")
@input_options
@quiet_option
@reports_error
def shard_cmd(inputs, out_dir, scheduler, workers, partition_size, encoding, date, publisher, url,
              columns, quiet):
    """Code stories on a Dask cluster into Parquet shards partitioned by month."""
    from readout.scale import shard_stories
    from readout.stories import iter_stories

    # Dask codes a partition at a time: progress moves per partition, errors as they come back.
    with Run("shard", quiet=quiet) as run:
        counts = shard_stories(iter_stories(inputs, on_error=run.error,
                                            **reading(encoding, date, publisher, url, columns)),
                               out_dir, scheduler=scheduler, workers=workers,
                               partition_size=partition_size, on_error=run.error,
                               on_partition=run.partition_counts)
        run.partition_counts(counts)
    click.echo(f"{run.summary()}; {counts.workers} workers, {counts.files} shard files in {out_dir}")
    if run.errors:
        sys.exit(1)


@click.command("load")
@click.argument("shards", metavar="SHARDS")
@click.option("--db", metavar="FILE", default="readout.db", show_default=True, envvar="READOUT_DB",
              help="The SQLite database file (env READOUT_DB).")
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(min=1),
              help="Stories per transaction.")
@quiet_option
@reports_error
def load_cmd(shards, db, batch_size, quiet):
    """Merge Parquet shards written by `readout shard` into the store (idempotent, as ingest is)."""
    from readout.scale import load_shards
    from readout.store import Store

    with Store(db) as store, Run("load", quiet=quiet) as run:
        counts = load_shards(shards, store, batch_size=batch_size, progress=run.stored_counts,
                             on_record=run.coded)
    run.stored_counts(counts)
    click.echo(run.summary(stored=True))


@click.command("events-parquet")
@click.argument("shards", metavar="SHARDS")
@click.option("--actor", metavar="CODE", help="Events with this actor on either side.")
@click.option("--dyad", metavar="A-B", help="Events between two actors, both directions.")
@click.option("--type", "type_", metavar="TYPE", help="A PLOVER event type, e.g. SUPPORT.")
@click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")
@click.option("--limit", type=int, help="At most this many reports.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output as an aligned table or JSON.")
@reports_error
def events_parquet_cmd(shards, actor, dyad, type_, since, until, limit, fmt):
    """Event reports straight from Parquet shards with DuckDB (no database needed)."""
    from readout.scale import events_from_parquet

    rows = events_from_parquet(shards, actor=actor, dyad=dyad, type=type_, since=since, until=until,
                               limit=limit)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("(none)")
        return
    columns = ["date", "source", "type", "target", "mode", "cameo", "goldstein", "story_id", "evidence"]
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _cell(value, width: int = 60) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


COMMANDS = [shard_cmd, load_cmd, events_parquet_cmd]
