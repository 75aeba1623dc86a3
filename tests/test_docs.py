"""Docs stay in step with the CLI: every command has help text and appears in the README."""
from pathlib import Path

import pytest

from readout.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_has_help_text(name):
    command = main.commands[name]
    assert (command.help or "").strip(), f"`readout {name}` has no help text"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_in_readme(name):
    assert f"readout {name}" in README, f"README does not mention `readout {name}`"


def test_readme_opens_with_the_two_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_readme_python_example_prints_what_the_readme_says(tmp_path, monkeypatch, capsys):
    import re

    from click.testing import CliRunner

    from readout.cli import main, sample_paths

    section = README[README.index("## Python"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    expected = re.search(r"real output\):\n\n```\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["ingest", *map(str, sample_paths()), "--db", "demo.db", "-q"])
    assert r.exit_code == 0, r.output
    capsys.readouterr()
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out == expected
