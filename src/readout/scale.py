"""Coding on a Dask cluster into Parquet shards, loading shards into the store, querying shards.

    shard_stories(stories, "shards/", scheduler="tcp://host:8786")   # or a local cluster
    load_shards("shards/", store)                                      # idempotent, as ingest is
    events_from_parquet("shards/", dyad="CHN-IRN")                     # DuckDB, no SQLite needed

Stories are cut into partitions of `partition_size`; each partition is one Dask task, coded by
pipeline.code_batch on a worker (which loads the spaCy pipeline once, on its first task) and
written by that worker as Parquet files partitioned by the month of the reported events:

    DIR/stories/month=2021-08/part-<run>-<partition>.parquet   one row per story (+ its record)
    DIR/events/month=2021-08/part-...parquet                   one row per event, as in the store
    DIR/stances/...  DIR/actors/...

DIR must be a path every worker can write and the loading machine can read (shared storage).
"""
from __future__ import annotations

import itertools
import json
import time
import uuid
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from readout.errors import BadInput, ReadoutError
from readout.stories import Dateline, Story

__all__ = ["ShardCounts", "shard_stories", "load_shards", "events_from_parquet", "code_partition",
           "TABLES", "DaskMissing"]

TABLES = ("stories", "events", "stances", "actors")
STORY_FIELDS = ("id", "title", "date", "publisher", "url", "text", "path", "line", "body_start",
                "collected", "number")


class DaskMissing(ReadoutError):
    """dask.distributed (or duckdb) is not installed."""


@dataclass
class ShardCounts:
    """What a sharding run did: stories coded, shard files written, stories the coder failed on."""

    stories: int = 0
    events: int = 0
    stances: int = 0
    files: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    workers: int = 0
    seconds: float = 0.0


# -- on a worker ---------------------------------------------------------------------------------
def code_partition(index: int, run: str, first_seq: int, stories: list[Story], out_dir: str,
                   files: tuple, options: dict) -> dict:
    """Code one partition and write its shard files; return counts and the coder's failures."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from readout.pipeline import CoderFailure, code_batch

    results = code_batch(files, stories, options, keep_errors=True)
    rows: dict[str, dict[str, list]] = {}
    errors = []
    events = stances = 0
    for seq, story, record in zip(itertools.count(first_seq), stories, results):
        if isinstance(record, CoderFailure):
            errors.append(str(record.error()))
            continue
        events += len(record.get("events") or ())
        stances += len(record.get("stances") or ())
        month = _month(record.get("date") or story.date)
        for table, row in _rows(seq, story, record):
            rows.setdefault(month, {}).setdefault(table, []).append(row)
    written = 0
    for month, tables in rows.items():
        for table in TABLES:
            items = tables.get(table)
            if not items:
                continue
            path = Path(out_dir) / table / f"month={month}" / f"part-{run}-{index:06d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(items, schema=SCHEMAS[table]), path)
            written += 1
    return {"stories": len(stories) - len(errors), "files": written, "errors": errors,
            "events": events, "stances": stances}


def _month(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else "unknown"


def _rows(seq: int, story: Story, record: dict) -> Iterator[tuple[str, dict]]:
    row = {name: getattr(story, name) for name in STORY_FIELDS}
    row.update(seq=seq, dateline=json.dumps(asdict(story.dateline)) if story.dateline else None,
               event_date=record.get("date") or story.date,
               headline=json.dumps(record["headline"]) if record.get("headline") else None,
               record=json.dumps(record, ensure_ascii=False))
    yield "stories", row
    head = record.get("headline") or {}
    hkey = (head.get("source"), head.get("type"), head.get("target"))
    for e in record.get("events") or ():
        yield "events", {"story_id": story.id, "seq": seq, "source": e.get("source"),
                         "target": e.get("target"), "type": e["type"], "mode": e.get("mode"),
                         "cameo": e.get("cameo"), "goldstein": e.get("goldstein"),
                         "date": e.get("date") or row["event_date"], "sentence": e.get("sentence"),
                         "start": e.get("start"), "end": e.get("end"), "evidence": e.get("evidence"),
                         "is_headline": (e.get("source"), e["type"], e.get("target")) == hkey}
    for s in record.get("stances") or ():
        yield "stances", {"story_id": story.id, "seq": seq, **{k: s.get(k) for k in (
            "holder", "polarity", "issue", "toward", "evidence", "sentence", "start", "end")}}
    for a in record.get("actors") or ():
        if a.get("code"):
            yield "actors", {"story_id": story.id, "seq": seq, "code": a["code"], "name": a.get("name"),
                             "role": a.get("role")}


def _schemas() -> dict:
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    return {
        "stories": pa.schema([("seq", i), ("id", s), ("title", s), ("date", s), ("publisher", s),
                              ("url", s), ("text", s), ("path", s), ("line", i), ("body_start", i),
                              ("collected", s), ("number", i), ("dateline", s), ("event_date", s),
                              ("headline", s), ("record", s)]),
        "events": pa.schema([("story_id", s), ("seq", i), ("source", s), ("target", s), ("type", s),
                             ("mode", s), ("cameo", s), ("goldstein", f), ("date", s), ("sentence", i),
                             ("start", i), ("end", i), ("evidence", s), ("is_headline", b)]),
        "stances": pa.schema([("story_id", s), ("seq", i), ("holder", s), ("polarity", s), ("issue", s),
                              ("toward", s), ("evidence", s), ("sentence", i), ("start", i), ("end", i)]),
        "actors": pa.schema([("story_id", s), ("seq", i), ("code", s), ("name", s), ("role", s)]),
    }


class _LazySchemas(dict):
    def __missing__(self, key):
        self.update(_schemas())
        return dict.__getitem__(self, key)


SCHEMAS = _LazySchemas()


# -- on the client -------------------------------------------------------------------------------
def _client(scheduler: str | None, workers: int | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskMissing("the Dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    if scheduler:
        return Client(scheduler), None
    from readout.pipeline import resolve_workers

    cluster = LocalCluster(n_workers=resolve_workers(workers), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def shard_stories(stories: Iterable[Story], out_dir: str | Path, *, scheduler: str | None = None,
                  workers: int | None = None, partition_size: int = 100, actor_files=(),
                  pattern_files=(), issue_files=(), domestic: bool = False,
                  on_error: Callable[[BadInput | str], None] | None = None,
                  on_partition: Callable[[ShardCounts], None] | None = None) -> ShardCounts:
    """Code stories on a Dask cluster (a local one of `workers` processes when no scheduler
    address is given) and write Parquet shards partitioned by month under out_dir; on_partition
    gets the running counts after each partition comes back (progress)."""
    files = (tuple(map(str, actor_files)), tuple(map(str, pattern_files)), tuple(map(str, issue_files)))
    options = {"domestic": domestic, "prefilter": True, "batch_size": 16}
    out = str(Path(out_dir).resolve())
    run = time.strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:6]
    counts = ShardCounts()
    t0 = time.perf_counter()
    client, cluster = _client(scheduler, workers)
    try:
        counts.workers = len(client.scheduler_info()["workers"])
        in_flight = max(2, 2 * counts.workers)
        pending: deque = deque()
        seq = 0
        it = iter(stories)
        for index in itertools.count():
            part = list(itertools.islice(it, partition_size))
            if not part:
                break
            pending.append(client.submit(code_partition, index, run, seq, part, out, files, options,
                                         pure=False))
            seq += len(part)
            while len(pending) >= in_flight:
                _collect(pending.popleft().result(), counts, on_error, on_partition)
        while pending:
            _collect(pending.popleft().result(), counts, on_error, on_partition)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    counts.seconds = time.perf_counter() - t0
    return counts


def _collect(result: dict, counts: ShardCounts, on_error, on_partition=None) -> None:
    counts.stories += result["stories"]
    counts.events += result.get("events", 0)
    counts.stances += result.get("stances", 0)
    counts.files += result["files"]
    counts.failed += len(result["errors"])
    counts.errors += result["errors"]
    for message in result["errors"]:
        if on_error is not None:
            on_error(message)
    if on_partition is not None:
        on_partition(counts)


# -- loading into the store ----------------------------------------------------------------------
def _partitions(shard_dir: Path) -> list[tuple[str, list[Path]]]:
    """Story shard files grouped by (run, partition), oldest run first."""
    groups: dict[str, list[Path]] = {}
    for path in sorted((shard_dir / "stories").glob("month=*/part-*.parquet")):
        groups.setdefault(path.name, []).append(path)
    return sorted(groups.items())


def _read_shard(pq, path: Path):
    try:
        return pq.read_table(path)
    except (OSError, ValueError) as exc:  # pyarrow.ArrowInvalid is a ValueError: a truncated file
        raise BadInput(path, f"not a readable Parquet shard ({str(exc)[:120]}); run `readout shard` "
                             "again for its stories, or remove it") from None


def iter_shard_stories(shard_dir: str | Path) -> Iterator[tuple[Story, dict]]:
    """(story, record) pairs from the story shards, in input order within each run."""
    import pyarrow.parquet as pq

    shard_dir = Path(shard_dir)
    if not (shard_dir / "stories").is_dir():
        raise BadInput(shard_dir, "no stories/ shards here; give the directory `readout shard` wrote")
    for _, paths in _partitions(shard_dir):
        rows = [r for p in paths for r in _read_shard(pq, p).to_pylist()]
        for row in sorted(rows, key=lambda r: r["seq"]):
            dateline = Dateline(**json.loads(row["dateline"])) if row["dateline"] else None
            story = Story(dateline=dateline, **{k: row[k] for k in STORY_FIELDS})
            yield story, json.loads(row["record"])


def load_shards(shard_dir: str | Path, store, batch_size: int = 100, progress=None,
                on_record: Callable[[dict], None] | None = None, domestic: bool = False,
                lexicons: dict[str, Iterable] | None = None):
    """Merge shards into a Store as ingest would have stored the same stories (idempotent).

    progress gets the running IngestCounts; on_record each record about to be stored; domestic
    says the shards were coded with events inside one country kept, lexicons with which user
    lexicon files ({"actors": [...], "patterns": [...], "issues": [...]}, kept for `recode`)."""
    records: dict[int, dict] = {}

    def stories():
        for story, record in iter_shard_stories(shard_dir):
            records[id(story)] = record
            yield story

    def code_many(todo):
        for story in todo:
            record = records.pop(id(story))
            if on_record is not None:
                on_record(record)
            yield record

    return store.ingest_stories(stories(), code_many=code_many, batch_size=batch_size, progress=progress,
                                lexicons=lexicons, domestic=domestic)


# -- querying the shards -------------------------------------------------------------------------
def events_from_parquet(shard_dir: str | Path, actor: str | None = None, dyad: str | None = None,
                        type: str | None = None, since: str | None = None,
                        until: str | None = None, limit: int | None = None) -> list[dict]:
    """Event reports straight from the Parquet shards with DuckDB, filtered as `readout events`."""
    try:
        import duckdb
    except ImportError:
        raise DaskMissing("querying shards needs duckdb: pip install duckdb") from None
    glob = Path(shard_dir) / "events" / "**" / "*.parquet"
    where, params = [], []
    if actor:
        where.append("(source = ? OR target = ?)")
        params += [actor, actor]
    if dyad:
        a, sep, b = dyad.partition("-")
        if not sep or not a or not b:
            raise BadInput(dyad, "a dyad is two codes joined by '-', e.g. CHN-IRN")
        where.append("((source = ? AND target = ?) OR (source = ? AND target = ?))")
        params += [a, b, b, a]
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until + ("-99" if len(until) == 7 else "-99-99" if len(until) == 4 else ""))
    if not any((Path(shard_dir) / "events").glob("**/*.parquet")):
        return []
    sql = ("SELECT story_id, date, source, type, target, mode, cameo, goldstein, is_headline, evidence, month"
           f" FROM read_parquet('{glob.as_posix()}', hive_partitioning = true)"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY date NULLS LAST, seq, start" + (f" LIMIT {int(limit)}" if limit else ""))
    con = duckdb.connect()
    try:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    except duckdb.Error as exc:  # a truncated or foreign .parquet file among the shards
        message = " ".join(str(exc).split())[:200]
        raise BadInput(shard_dir, f"cannot read the event shards ({message}); run `readout shard` "
                                  "again or remove the broken file") from None
    finally:
        con.close()


# -- ingest through Dask ---------------------------------------------------------------------------
def ingest_dask(store, stories: Iterable[Story], shards_dir: str | Path | None = None, *,
                scheduler: str | None = None, workers: int | None = None, batch_size: int = 100,
                on_error: Callable[[BadInput | str], None] | None = None, domestic: bool = False,
                actor_files=(), pattern_files=(), issue_files=()):
    """`readout ingest --engine dask`: code the stories the store lacks on Dask, then load them.

    Shards go to shards_dir (kept), or to a temporary directory next to the database; stories
    already stored with the same content are skipped before any coding, as ingest does. The user
    lexicon files code the stories and are stored with them, as `ingest --engine local` does.
    """
    import tempfile

    from readout.store import IngestCounts, content_hash

    skipped = 0

    def todo():
        nonlocal skipped
        for story in stories:
            if store.needs_coding(story.id, content_hash(story.text, story.title), domestic):
                yield story
            else:
                skipped += 1

    with tempfile.TemporaryDirectory(dir=None if shards_dir else _db_dir(store)) as tmp:
        target = Path(shards_dir) if shards_dir else Path(tmp)
        shard_stories(todo(), target, scheduler=scheduler, workers=workers, on_error=on_error,
                      domestic=domestic, actor_files=actor_files, pattern_files=pattern_files,
                      issue_files=issue_files)
        counts = IngestCounts()
        if (target / "stories").is_dir():
            lexicons = {"actors": actor_files, "patterns": pattern_files, "issues": issue_files}
            counts = load_shards(target, store, batch_size=batch_size, domestic=domestic, lexicons=lexicons)
    counts.skipped += skipped
    return counts


def _db_dir(store) -> str | None:
    path = getattr(store, "path", None)
    return str(Path(path).resolve().parent) if path and str(path) != ":memory:" else None
