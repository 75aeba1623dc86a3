"""The `readout` command line: thin wrappers over the library (stories, pipeline, store, evaluate)."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from readout import __version__
from readout.cli_options import (domestic_option, input_options, key_filter_option, lexicon_options, quiet_option, reading, story_total,
                                 workers_option)
from readout.errors import ReadoutError, shown
from readout.progress import Run

__all__ = ["main"]


class _Readout(click.Group):
    """The command group; Ctrl-C anywhere ends a command with exit code 130 and no traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1; a shell expects 128 + SIGINT
            click.echo("Interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Readout, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readout")
def main():
    """readout: news stories and diplomatic readouts in, PLOVER/CAMEO event data out."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--output", "-o", metavar="FILE", help="Write the JSON lines here instead of standard output.")
@input_options
@workers_option
@lexicon_options
@domestic_option
@key_filter_option
@quiet_option
def code_cmd(inputs, output, encoding, date, publisher, url, columns, workers, actor_files,
             pattern_files, issue_files, domestic, key_filter, quiet):
    """Code stories (digest text, plain text, markdown, JSONL(.gz), CSV, TSV, saved web pages,
    folders of them) into one JSON line each.

    Progress goes to stderr (a bar in a terminal, a line every few seconds otherwise), then a
    summary line: stories, events, stances, errors, time and stories per second.
    """
    from readout.outputs import atomic_output
    from readout.pipeline import code_stories
    from readout.stories import iter_stories

    read = reading(encoding, date, publisher, url, columns)
    run = Run("code", quiet=quiet, total=story_total(inputs, encoding, quiet, read))

    def write(out):
        stories = iter_stories(inputs, on_error=run.error, **read)
        for record in run.records(code_stories(stories, actor_files, pattern_files, issue_files,
                                               domestic=domestic, workers=workers, on_error=run.error,
                                               key_filter=key_filter)):
            if record is not None:      # a story the coder failed on was reported through run
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    try:
        if output:
            # Written beside the output and renamed at the end (outputs.py): a folder walk never
            # reads a half-written output; a failed run leaves no truncated or empty file.
            with atomic_output(output) as tmp, open(tmp, "w", encoding="utf-8") as out:
                write(out)
        else:
            write(sys.stdout)
    except ReadoutError as e:
        raise click.ClickException(shown(str(e))) from e
    finally:
        run.close()
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
