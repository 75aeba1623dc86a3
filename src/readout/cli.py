"""The `readout` command line: thin wrappers over the library (stories, pipeline, store, evaluate)."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from readout import __version__
from readout.cli_options import lexicon_options, quiet_option, story_total, workers_option
from readout.errors import ReadoutError
from readout.progress import Run

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readout")
def main():
    """readout: news stories and diplomatic readouts in, PLOVER/CAMEO event data out."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write the JSON lines here instead of standard output.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of text inputs, e.g. latin-1.")
@workers_option
@lexicon_options
@quiet_option
def code_cmd(inputs, output, encoding, workers, actor_files, pattern_files, issue_files, quiet):
    """Code stories (digest text, plain text, JSONL, JSONL.gz, directories) into one JSON line each.

    Progress goes to stderr (a bar in a terminal, a line every few seconds otherwise), then a
    summary line: stories, events, stances, errors, time and stories per second.
    """
    from readout.pipeline import code_stories
    from readout.stories import iter_stories

    run = Run("code", quiet=quiet, total=story_total(inputs, encoding, quiet))
    # Written to a hidden file beside the output and renamed at the end: a directory walk never
    # reads a half-written output, and an interrupted run leaves no truncated file.
    tmp = Path(output).with_name(f".{Path(output).name}.part") if output else None
    out = open(tmp, "w", encoding="utf-8") if output else sys.stdout
    try:
        stories = iter_stories(inputs, encoding=encoding, on_error=run.error)
        for record in run.records(code_stories(stories, actor_files, pattern_files, issue_files,
                                               workers=workers, on_error=run.error)):
            if record is not None:      # a story the coder failed on was reported through run
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except ReadoutError as e:
        raise click.ClickException(str(e)) from e
    finally:
        run.close()
        if output:
            out.close()
    if output:
        tmp.replace(output)
    click.echo(run.summary(), err=True)
    if run.errors:
        sys.exit(1)


def sample_paths() -> list[Path]:
    """The sample stories shipped with readout."""
    root = Path(str(resources.files("readout").joinpath("samples")))
    return sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith((".", "_")))


def render_events_table(records: list[dict]) -> str:
    """A readable table of each story's date, headline and events."""
    lines = []
    for r in records:
        h = r.get("headline") or {}
        head = " ".join(str(x) for x in (h.get("source"), h.get("type"), h.get("target"), h.get("mode")) if x) or "-"
        lines.append(f"{r['id']}  date {r.get('date') or '-'}  headline {head}")
        lines.append(f"  {'source':7} {'type':10} {'target':7} {'mode':8} {'cameo':5} "
                     f"{'goldstein':>9}  evidence")
        for e in r["events"]:
            ev = " ".join(e["evidence"].split())
            ev = ev if len(ev) <= 70 else ev[:69] + "…"
            lines.append(f"  {e['source'] or '-':7} {e['type']:10} {e['target'] or '-':7} {e['mode'] or '-':8} "
                         f"{e['cameo']:5} {e['goldstein']:9.1f}  {ev}")
        for s in r["stances"]:
            ev = " ".join(s["evidence"].split())
            ev = ev if len(ev) <= 60 else ev[:59] + "…"
            lines.append(f"  stance  {s['holder']} {s['polarity']} {s['issue']}"
                         f"{' toward ' + s['toward'] if s['toward'] else ''}: {ev}")
        lines.append("")
    return "\n".join(lines)


@main.command("demo")
def demo_cmd():
    """Code the sample stories shipped with readout and print their events (no input, no network)."""
    from readout.pipeline import code_stories
    from readout.stories import iter_stories

    run = Run("demo", quiet=True)
    try:
        records = list(code_stories(iter_stories(sample_paths(), on_error=run.error),
                                    on_error=run.error))
    except ReadoutError as e:
        raise click.ClickException(str(e)) from e
    records = [r for r in run.records(records) if r is not None]
    click.echo(render_events_table(records))
    click.echo(f"{run.stories} sample stories, {run.events} events, {run.stances} stances")
    if run.errors:
        sys.exit(1)


def _register():
    from readout.cli_eval import COMMANDS as EVAL
    from readout.cli_scale import COMMANDS as SCALE
    from readout.cli_store import COMMANDS as STORE
    from readout.cli_web import COMMANDS as WEB

    for command in [*STORE, *EVAL, *SCALE, *WEB]:
        main.add_command(command)


_register()
