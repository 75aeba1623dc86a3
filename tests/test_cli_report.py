"""`readout report` against hostile dates and output paths: one `Error:` line, no traceback, no
empty file left behind."""
import pytest
from click.testing import CliRunner

from conftest import story as S
from readout.store import Store


def written(folder) -> list[str]:
    """The files in `folder` other than the store and its -wal and -shm files."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("r.db"))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "r.db"
    with Store(path) as store:
        store.ingest([(S("cn", "Xi called Raisi.", "Call", "2021-08-18", "Xinhua"),
                       {"events": [{"source": "CHN", "type": "CONSULT", "target": "IRN", "goldstein": 1.0,
                                    "mode": "phone", "evidence": "Xi called Raisi"}]})])
    return str(path)


def test_brief_of_the_first_day_of_the_calendar_is_one_error(db, main, tmp_path):
    # OverflowError: date value out of range, before
    out = tmp_path / "b.html"
    r = CliRunner().invoke(main, ["report", "--db", db, "--date", "0001-01-01", "-o", str(out)])
    assert r.exit_code == 1
    assert r.stderr == "Error: a brief of 0001-01-01 would look back before the year 1; give a later date\n"
    assert not out.exists() and written(tmp_path) == []


@pytest.mark.parametrize("name", ["b.html", "b.md"])
def test_brief_is_written_whole_in_its_format(db, main, tmp_path, name):
    out = tmp_path / name
    r = CliRunner().invoke(main, ["report", "--db", db, "--since", "2021-08-01", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text().startswith("<!doctype html>" if name.endswith("html") else "#")
    assert written(tmp_path) == [name]


def test_brief_into_a_folder_is_one_error(db, main, tmp_path):
    r = CliRunner().invoke(main, ["report", "--db", db, "-o", str(tmp_path)])
    assert r.exit_code == 1
    assert r.stderr == f"Error: {tmp_path}: cannot write the output (it is a folder; give a file name)\n"
