"""The README's "Quick start with the sandbox" and the CLI guide's examples run as written against the
sandbox: the Python example (with the test sandbox's port) and every ``isogeo ...`` command line."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from isogeo.cli.app import app
from tests.support.docs import blocks
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

QUICK_START = ("README.md", "Quick start with the sandbox")
CLI_GUIDE = ("docs/guides/cli.md", None)
PLACES = {"quick start": QUICK_START, "CLI guide": CLI_GUIDE}


def _command_lines(where: tuple[str, str | None]) -> list[list[str]]:
    lines = [line for block in blocks(*where, language="bash") for line in block.splitlines()]
    return [shlex.split(line, comments=True)[1:] for line in lines if line.startswith("isogeo ")]


def test_quick_start_python_example(sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = blocks(*QUICK_START)
    port = sandbox.base_url.rsplit(":", 1)[1]

    exec(code.replace("8787", port), {})  # noqa: S102 - our own README, on the test sandbox's port

    total, titles = capsys.readouterr().out.split(" ", 1)
    assert int(total) > 100 and titles.startswith("[") and titles.count("'") >= 6


def test_the_cli_guide_uses_the_sandbox_identifiers(sandbox: SandboxHandle) -> None:
    """The CLI examples name the sandbox's (deterministic) metadata and workgroup ids."""
    commands = " ".join(" ".join(line) for line in _command_lines(CLI_GUIDE))

    assert sandbox.info["metadata"]["complete"] in commands
    assert sandbox.info["workgroups"]["test"] in commands


@pytest.mark.parametrize("place", PLACES)
def test_command_lines_run_as_written(
    place: str, sandbox: SandboxHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ISOGEO_API_GROUP_CLIENT_ID", raising=False)
    commands = _command_lines(PLACES[place])
    assert len(commands) >= 2

    for args in commands:
        result = CliRunner().invoke(app, args, env={"ISOGEO_SANDBOX_URL": sandbox.base_url})
        assert result.exit_code == 0, (args, result.output)
