"""The README's "Quick start with the sandbox" and "CLI" examples run as written against the
sandbox: the Python example (with the test sandbox's port) and every ``isogeo ...`` command line."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from isogeo.cli.app import app
from tests.support.sandbox import SandboxHandle
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _blocks(title: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", _section(title), re.DOTALL)


def _command_lines(title: str) -> list[list[str]]:
    lines = [line for block in _blocks(title, "bash") for line in block.splitlines()]
    return [shlex.split(line, comments=True)[1:] for line in lines if line.startswith("isogeo ")]


def test_quick_start_python_example(sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = _blocks("Quick start with the sandbox", "python")
    port = sandbox.base_url.rsplit(":", 1)[1]

    exec(code.replace("8787", port), {})  # noqa: S102 - our own README, on the test sandbox's port

    total, titles = capsys.readouterr().out.split(" ", 1)
    assert int(total) > 100 and titles.startswith("[") and titles.count("'") >= 6


def test_the_readme_uses_the_sandbox_identifiers(sandbox: SandboxHandle) -> None:
    """The CLI examples name the sandbox's (deterministic) metadata and workgroup ids."""
    commands = " ".join(" ".join(line) for line in _command_lines("CLI"))

    assert sandbox.info["metadata"]["complete"] in commands
    assert sandbox.info["workgroups"]["test"] in commands


@pytest.mark.parametrize("title", ["Quick start with the sandbox", "CLI"])
def test_readme_command_lines_run_as_written(
    title: str, sandbox: SandboxHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ISOGEO_API_GROUP_CLIENT_ID", raising=False)
    commands = _command_lines(title)
    assert len(commands) >= 2

    for args in commands:
        result = CliRunner().invoke(app, args, env={"ISOGEO_SANDBOX_URL": sandbox.base_url})
        assert result.exit_code == 0, (args, result.output)
