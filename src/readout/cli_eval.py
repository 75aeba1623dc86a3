"""`readout eval`: score the coder against gold stories or the PLOVER gold sentences."""
from __future__ import annotations

import json

import click

from readout import evaluate
from readout.cli_options import input_options, reading
from readout.errors import ReadoutError, shown


def _warn_skipped(err) -> None:
    click.echo(f"Warning: {shown(str(err))}; skipped", err=True)


def _code_stories(paths, read: dict, wanted):
    """Code the stories in paths whose id is in wanted (every story when wanted is None)."""
    from readout.pipeline import code_story  # the coder loads spaCy; --pred runs need none of it
    from readout.stories import iter_stories

    for story in iter_stories(paths, on_error=_warn_skipped, **read):
        if wanted is None or str(story.id) in wanted:
            yield code_story(story)


def _code_sentences(records, path):
    """Code each GSR sentence as a story of its own, with no date; yields records keyed by the GSR id.

    PLOVER codes events inside one country (a police crackdown, rebels shelling a city), which
    GUIDE.md leaves out of story codings; the sentences are therefore coded with domestic=True.
    """
    from readout.pipeline import code_stories
    from readout.stories import Story

    stories = (Story(id=str(r["id"]), text=r["text"], title=None, date=None, publisher=None, url=None,
                     path=str(path), line=None, body_start=0, collected=None, number=None, dateline=None)
               for r in records)
    yield from code_stories(stories, domestic=True)


def _write(output, records) -> None:
    from readout.outputs import atomic_output

    with atomic_output(output) as tmp:
        evaluate.write_jsonl(tmp, records)


def _warn_missing(missing, total: int, what: str) -> None:
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        click.echo(f"Warning: {len(missing)} of {total} {what} have no prediction (scored as empty): {shown}", err=True)


def _echo_lines(lines) -> None:
    for line in lines:
        click.echo(line)


@click.command("eval")
@click.option("--gold", metavar="GOLD.jsonl", help="Gold story codings (shared/corpus/GUIDE.md format).")
@click.option("--gsr", metavar="GSR.jsonl", help="PLOVER gold-standard sentences to code and score instead.")
@click.option("--pred", metavar="PRED.jsonl", help="Score this file of coded records instead of coding INPUT.")
@click.option("--output", metavar="PRED.jsonl", help="Also write the coded records here.")
@click.option("--detail", is_flag=True, help="List missed and extra events and stances per story (GSR: the misses).")
@click.option("--json", "as_json", is_flag=True, help="Print the results as one JSON object.")
@input_options
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
def eval_cmd(gold, gsr, pred, output, detail, as_json, encoding, date, publisher, url, columns, inputs):
    """Code INPUT stories and score them against --gold, or code and score the --gsr sentences.

    Prints event, type and stance P/R/F1, headline and date accuracy (as shared/tools/score.py),
    then P/R/F1 by event type and the 5 worst stories. Only stories whose id is in the gold are
    coded and scored; a gold story that is not found counts as coded with nothing.
    """
    if bool(gold) == bool(gsr):
        raise click.UsageError("give exactly one of --gold and --gsr")
    if pred and inputs:
        raise click.UsageError("give either INPUT files to code or --pred, not both")
    if pred and output:
        raise click.UsageError("--output writes coded records; with --pred nothing is coded")
    if gold and not pred and not inputs:
        raise click.UsageError("give INPUT story files to code, or --pred PRED.jsonl")
    if gsr and inputs:
        raise click.UsageError("--gsr codes the sentences of the GSR file; it takes no INPUT files")
    try:
        if output:
            from readout.outputs import check_output

            check_output(output)  # before minutes of coding
        if gold:
            _eval_gold(gold, pred, output, detail, as_json, reading(encoding, date, publisher, url, columns),
                       inputs)
        else:
            _eval_gsr(gsr, pred, output, detail, as_json)
    except ReadoutError as e:
        raise click.ClickException(shown(str(e))) from None


def _eval_gold(gold_path, pred_path, output, detail, as_json, read, inputs) -> None:
    gold = evaluate.load_jsonl(gold_path)
    if pred_path:
        pred = evaluate.load_jsonl(pred_path)
    else:
        coded = list(_code_stories(inputs, read, set(gold)))
        if output:
            _write(output, coded)
        pred = {str(r["id"]): r for r in coded}
    if not as_json:
        _warn_missing([sid for sid in gold if sid not in pred], len(gold), "gold stories")
    res, per_story = evaluate.score(gold, pred)
    if as_json:
        click.echo(json.dumps(dict(res, per_story=per_story) if detail else res))
    else:
        _echo_lines(evaluate.format_scores(res, per_story, detail=detail))


def _eval_gsr(gsr_path, pred_path, output, detail, as_json) -> None:
    records = evaluate.load_gsr(gsr_path)
    if pred_path:
        coded = evaluate.load_jsonl(pred_path)
    else:
        rows = list(_code_sentences(records, gsr_path))
        if output:
            _write(output, rows)
        coded = {r["id"]: r for r in rows}
    if not as_json:
        _warn_missing([r["id"] for r in records if r["id"] not in coded], len(records), "GSR sentences")
    res = evaluate.score_gsr(records, coded)
    if as_json:
        if not detail:
            res.pop("misses")
        click.echo(json.dumps(res))
    else:
        _echo_lines(evaluate.format_gsr(res, detail=detail))


COMMANDS = [eval_cmd]
