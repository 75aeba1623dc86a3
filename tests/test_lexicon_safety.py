"""A user's own actor, verb or issue file is refused at load when a line is broken, a key is
given twice or a code is unknown, and the error names the file and the line."""
import re

import pytest
from click.testing import CliRunner

from readout.cli import main
from readout.errors import LexiconError
from readout.issues import IssueLexicon
from readout.lexicons.actors_data import load_actor_data
from readout.coder.patterns import Kind, load_patterns

PEOPLE = "name\taliases\tcountry\trole\tstart\tend\tsource\n"
COUNTRIES = "code\tname\taliases\tadjectives\tmetonyms\n"
GROUPS = "name\taliases\tcode\n"
IGOS = "code\tname\taliases\n"

# (file text, line named, words the message must hold)
ACTOR_FILES = [
    # duplicate keys
    (COUNTRIES + "ZZA\tZedland\t\t\t\nZZA\tZedland Two\t\t\t\n", 3, "duplicate code ZZA"),
    (PEOPLE + "Ann Roe\t\tUSA\tPresident\t2030-01-20\t\t\nAnn Roe\t\tUSA\tPresident\t2030-01-20\t\t\n",
     3, "duplicate term"),
    (PEOPLE + "Ann Roe\tXi\tUSA\tPresident\t2030-01-20\t\t\n", 2, "already means"),
    (COUNTRIES + "ZZA\tChina\t\t\t\n", 2, "already means country CHN"),
    (GROUPS + "Blue Front\t\tUSA\nBlue Front\t\tCHN\n", 3, "duplicate group"),
    (IGOS + "ZZ_BODY\tZed Body\t\nZZ_BODY\tZed Body\t\n", 3, "duplicate code ZZ_BODY"),
    # bad codes
    (PEOPLE + "Ann Roe\t\tZZZ\tPresident\t2030-01-20\t\t\n", 2, "unknown country code 'ZZZ'"),
    (COUNTRIES + "Zed\tZedland\t\t\t\n", 2, "not three capital letters"),
    (IGOS + "CHN\tNot China\t\n", 2, "already a country code"),
    (IGOS + "zz-body\tZed Body\t\n", 2, "use capital letters"),
    (GROUPS + "Blue Front\t\tZZZ\n", 2, "unknown country code 'ZZZ'"),
    (PEOPLE + "Ann Roe\t\tUSA\tChief Wizard\t2030-01-20\t\t\n", 2, "unknown role 'Chief Wizard'"),
    # broken lines
    (PEOPLE + "Ann Roe\t\tUSA\tPresident\t2030-13-40\t\t\n", 2, "bad start date"),
    (PEOPLE + "Ann Roe\t\tUSA\tPresident\t2031-01-01\t2030-01-01\t\n", 2, "ends"),
    (PEOPLE + "Ann Roe\t\tUSA\tPresident\t2030-01-20\t\t\textra\tcells\n", 2, "columns"),
    (PEOPLE + "Ann Roe\t\t\tPresident\t2030-01-20\t\t\n", 2, "column 'country' is empty"),
    (PEOPLE + "\t\tUSA\tPresident\t2030-01-20\t\t\n", 2, "column 'name' is empty"),
    (GROUPS + "Blue Front\t\t\n", 2, "column 'code' is empty"),
    ("# a comment\nwho\twhat\n", 2, "unknown header"),
    ("", None, "empty lexicon file"),
]

VERB_FILES = [
    ('{"verb": "hug", "cameo": "042"}\n{"verb": "hug", "cameo": "042"}\n', 2, "duplicate pattern"),
    ('{"verb": "telephone", "cameo": "041", "mode": "phone"}\n', 1,
     "duplicate pattern verb 'telephone' (first at verbs.jsonl:"),
    ('{"verb": "hug", "cameo": "999"}\n', 1, "unknown CAMEO code '999'"),
    ('{"verb": "hug", "cameo": 42}\n', 1, "must be a CAMEO code as a string"),
    ('{"verb": "hug", "cameo": "042", "future": "0000"}\n', 1, "unknown CAMEO code '0000' in 'future'"),
    ('{"verb": "hug", "cameo": "042"\n', 1, "not valid JSON"),
    ('// fine\n\n["hug", "042"]\n', 3, "must be a JSON object"),
    ('{"cameo": "042"}\n', 1, "exactly one of 'verb', 'noun', 'adj'"),
    ('{"verb": "hug", "noun": "hug", "cameo": "042"}\n', 1, "exactly one of"),
    ('{"verb": "", "cameo": "042"}\n', 1, "must be a non-empty string"),
    ('{"verb": "hug", "cameo": "042", "mode": "telepathy"}\n', 1, "'mode' must be one of"),
    ('{"verb": "hug", "cameo": "042", "target": "anyone"}\n', 1, "'target' must be one of"),
    ('{"verb": "hug", "cameo": "042", "cameo_code": "043"}\n', 1, "unknown key(s): cameo_code"),
    ('{"verb": "hug", "cameo": "042", "prep": 7}\n', 1, "'prep' must be a string or a list"),
    # hostile lines: a traceback (RecursionError) before
    ("[" * 100_000 + "]" * 100_000 + "\n", 1, "JSON nested too deeply to read"),
    ('{"verb": "hug", "cameo": ' + "[" * 100_000 + "]" * 100_000 + "}\n", 1, "JSON nested too deeply"),
]

ISSUE_FILES = [
    ('{"issue": "zed_isle", "phrases": ["Zed Isle"]}\n{"issue": "zed_isle", "phrases": ["Zeds"]}\n',
     2, "duplicate issue 'zed_isle' (first on line 1)"),
    ('{"issue": "zed_isle", "phrases": ["Zed Isle", "zed  isle"]}\n', 1, "given twice"),
    ('{"issue": "taiwan", "phrases": ["Taiwan"]}\n', 1, "phrase 'Taiwan' is given twice"),
    ('{"issue": "Zed Isle", "phrases": ["Zed Isle"]}\n', 1, "must be a lowercase key"),
    ('{"issue": "zed_isle", "phrases": []}\n', 1, "non-empty list"),
    ('{"issue": "zed_isle", "phrases": "Zed Isle"}\n', 1, "non-empty list"),
    ('{"issue": "zed_isle", "phrases": ["re:(unclosed"]}\n', 1, "not a valid regular expression"),
    ('{"issue": "zed_isle", "phrases": ["re:x*"]}\n', 1, "matches the empty string"),
    ('{"issue": "zed_isle", "phrases": ["Zed"], "subsumes": ["no_such_issue"]}\n', 1,
     "'subsumes' names unknown issue 'no_such_issue'"),
    ('{"issue": "zed_isle"}\n', 1, "missing key(s): phrases"),
    ('{"issue": "zed_isle", "phrases": ["Zed"]\n', 1, "not valid JSON"),
    ("\n\n{'issue': 'zed_isle'}\n", 3, "not valid JSON"),
    # hostile lines: tracebacks (OverflowError, RecursionError) before
    ('{"issue": "zed_isle", "phrases": ["re:a{1,99999999999}"]}\n', 1,
     "not a valid regular expression (the repetition number is too large)"),
    ('{"issue": "zed_isle", "phrases": ["re:' + "(" * 100_000 + "a" + ")" * 100_000 + '"]}\n', 1,
     "not a valid regular expression"),
    ('{"issue": "zed_isle", "phrases": ' + "[" * 100_000 + "]" * 100_000 + "}\n", 1,
     "JSON nested too deeply"),
]


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _expect(exc, path, line, words):
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert str(exc.value).startswith(where), str(exc.value)
    assert words in str(exc.value)
    assert exc.value.path == str(path) and exc.value.line == line


@pytest.mark.parametrize("text, line, words", ACTOR_FILES)
def test_bad_actor_file_is_refused_naming_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "mine.tsv", text)
    with pytest.raises(LexiconError) as exc:
        load_actor_data((str(path),))
    _expect(exc, path, line, words)


@pytest.mark.parametrize("text, line, words", VERB_FILES)
def test_bad_verb_file_is_refused_naming_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "verbs-mine.jsonl", text)
    with pytest.raises(LexiconError) as exc:
        load_patterns((str(path),))
    _expect(exc, path, line, words)


@pytest.mark.parametrize("text, line, words", ISSUE_FILES)
def test_bad_issue_file_is_refused_naming_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "issues-mine.jsonl", text)
    with pytest.raises(LexiconError) as exc:
        IssueLexicon(extra_files=[path])
    _expect(exc, path, line, words)


@pytest.mark.parametrize("loader, name", [
    (lambda p: load_actor_data((str(p),)), "mine.tsv"),
    (lambda p: load_patterns((str(p),)), "mine.jsonl"),
    (lambda p: IssueLexicon(extra_files=[p]), "mine.jsonl"),
])
def test_lexicon_not_utf8_or_missing_is_refused(tmp_path, loader, name):
    path = tmp_path / name
    path.write_bytes(b'{"verb": "caf\xe9"}\n')
    with pytest.raises(LexiconError, match=re.escape(f"{path}: not UTF-8")):
        loader(path)
    with pytest.raises(LexiconError, match="no such lexicon file"):
        loader(tmp_path / "missing" / name)


def test_good_user_files_load(tmp_path):
    people = _write(tmp_path, "people.tsv", PEOPLE + "Ann Roe\tRoe\tUSA\tPresident\t2030-01-20\t\t\n")
    assert "Ann Roe" in load_actor_data((str(people),)).terms
    verbs = _write(tmp_path, "verbs.jsonl", '{"verb": "hug", "cameo": "042"}\n')
    assert load_patterns((str(verbs),)).candidates(Kind.VERB, "hug")
    issues = _write(tmp_path, "issues.jsonl", '{"issue": "zed_isle", "phrases": ["Zed Isle"]}\n')
    assert "zed_isle" in IssueLexicon(extra_files=[issues]).keys()


@pytest.mark.parametrize("option, name, text, line, words", [
    ("--actors", "people.tsv", PEOPLE + "Ann Roe\t\tZZZ\tPresident\t2030-01-20\t\t\n", 2,
     "unknown country code 'ZZZ'"),
    ("--patterns", "verbs.jsonl", '{"verb": "hug", "cameo": "042"}\n{"verb": "hug", "cameo": "042"}\n',
     2, "duplicate pattern verb 'hug'"),
    ("--issues", "issues.jsonl", '{"issue": "zed_isle", "phrases": ["Zed"]}\n{"issue": "zed_isle"\n',
     2, "not valid JSON"),
])
def test_cli_refuses_a_bad_lexicon_with_one_error_line(tmp_path, option, name, text, line, words):
    lexicon = _write(tmp_path, name, text)
    story = _write(tmp_path, "story.txt", "Talks\n\nChina met Iran in Tehran on Monday.\n")
    r = CliRunner().invoke(main, ["code", option, str(lexicon), str(story)])
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {lexicon}:{line}: ") and words in r.output
    assert r.output.count("\n") == 1 and "Traceback" not in r.output


@pytest.mark.parametrize("loader, name, text", [
    (lambda p: load_actor_data((str(p),)).terms["Ann Roe"], "people.tsv",
     PEOPLE + "Ann Roe\tRoe\tUSA\tPresident\t2030-01-20\t\t\n"),
    (lambda p: load_patterns((str(p),)).candidates("verb", "hug"), "verbs.jsonl",
     '{"verb": "hug", "cameo": "042"}\n'),
    (lambda p: "zed_isle" in IssueLexicon(extra_files=[p]).keys() or None, "issues.jsonl",
     '{"issue": "zed_isle", "phrases": ["Zed Isle"]}\n'),
])
def test_byte_order_mark_in_a_lexicon_header_is_not_an_unknown_header(tmp_path, loader, name, text):
    # Excel and Notepad save UTF-8 with a byte-order mark: it was "unknown header" before
    path = _write(tmp_path, name, "\ufeff" + text)
    assert loader(path)


XI_AS_NZL = PEOPLE + "Xi Jinping\t\tNZL\tPresident\t2013-03-14\t\tmy file\n"


def test_user_actor_file_wins_over_the_shipped_lexicon_and_says_so(tmp_path):
    path = _write(tmp_path, "people.tsv", XI_AS_NZL)
    data = load_actor_data((str(path),))
    assert {t.code for t in data.terms["Xi Jinping"]} == {"NZL"}
    assert data.notes == [
        f"{path}:2: Xi Jinping is NZL here; the shipped term as {role} of CHN ({start}..) is dropped "
        "(a user's actor file wins over the shipped lexicon)"
        for role, start in (("President", "2013-03-14"), ("General Secretary", "2012-11-15"))]
    assert not load_actor_data().notes  # the shipped files alone: nothing overridden


def test_cli_says_on_stderr_which_actor_file_wins(tmp_path):
    lexicon = _write(tmp_path, "people.tsv", XI_AS_NZL)
    story = _write(tmp_path, "story.txt", "President Xi Jinping criticized Japan on Monday.\n")
    r = CliRunner().invoke(main, ["code", "--date", "2021-05-03", "--actors", str(lexicon), str(story)])
    assert r.exit_code == 0, r.output
    notes = [line for line in r.stderr.splitlines() if line.startswith("Note:")]
    assert len(notes) == 2 and all(n.startswith(f"Note: {lexicon}:2: Xi Jinping is NZL here") for n in notes)
    assert '"source": "NZL", "type": "ACCUSE", "target": "JPN"' in r.stdout


def test_a_user_term_in_the_same_country_adds_to_the_shipped_ones(tmp_path):
    path = _write(tmp_path, "people.tsv", PEOPLE + "Xi Jinping\t\tCHN\tPremier\t2030-01-01\t\t\n")
    data = load_actor_data((str(path),))
    assert sorted(t.role for t in data.terms["Xi Jinping"]) == ["General Secretary", "Premier", "President"]
    assert data.notes == []
