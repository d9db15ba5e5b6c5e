"""The ``isogeo`` command's entry point: installed as a console script, kept out of ``import
isogeo``, a clear message without the ``cli`` extra, and the documented exit-code mapping."""

from __future__ import annotations

import builtins
import importlib.metadata
import subprocess
import sys
from typing import Any

import pytest

from isogeo.cli import ExitCode, exit_code_for, main
from isogeo.cli.exit_codes import CommandError
from isogeo.errors import (
    APIConnectionError,
    AuthenticationError,
    BulkSendError,
    ConflictError,
    CredentialsError,
    InsecureTransportError,
    InternalServerError,
    InvalidInputError,
    MalformedResponseError,
    NotFoundError,
    PageFetchError,
    PermissionDeniedError,
)


def test_the_console_script_is_declared() -> None:
    scripts = {entry.name: entry.value for entry in importlib.metadata.entry_points(group="console_scripts")}

    assert scripts["isogeo"] == "isogeo.cli:main"


def test_import_isogeo_does_not_import_the_cli() -> None:
    # Not rich: httpx imports it itself (with click and pygments) when all three are installed.
    code = "import sys, isogeo; print(sorted(m for m in ('isogeo.cli', 'typer') if m in sys.modules))"
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("missing", ["typer", "rich"])
def test_without_the_cli_extra_the_command_says_what_to_install(
    missing: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [name for name in sys.modules if name == "isogeo.cli.app" or name.startswith(missing)]:
        monkeypatch.delitem(sys.modules, name)
    real_import = builtins.__import__

    def no_extra(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == missing or name.startswith(f"{missing}."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=missing)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_extra)

    assert main(["--version"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"isogeo: the command-line tool needs the 'cli' extra ({missing} is not installed).",
        "Install it with:  pip install 'isogeo-client[cli]'",
    ]


def _status(cls: type[Any], code: int) -> Any:
    return cls(status_code=code, method="GET", url="https://v1.api.isogeo.com/resources/x")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidInputError("metadata_id", "x", "32 hex characters"), ExitCode.USAGE),
        (CredentialsError("no credentials"), ExitCode.AUTH),
        (InsecureTransportError("http"), ExitCode.AUTH),
        (_status(AuthenticationError, 401), ExitCode.AUTH),
        (_status(PermissionDeniedError, 403), ExitCode.AUTH),
        (_status(NotFoundError, 404), ExitCode.NOT_FOUND),
        (_status(ConflictError, 409), ExitCode.ERROR),
        (_status(InternalServerError, 503), ExitCode.ERROR),
        (APIConnectionError("refused"), ExitCode.ERROR),
        (MalformedResponseError("not JSON", status_code=200), ExitCode.ERROR),
        (OSError("disk full"), ExitCode.ERROR),
        (PageFetchError(offset=100, limit=100, error=_status(NotFoundError, 404)), ExitCode.NOT_FOUND),
        (PageFetchError(offset=100, limit=100, error=_status(PermissionDeniedError, 403)), ExitCode.AUTH),
        (
            BulkSendError("failed", outcomes=[], pending=[], error=_status(InternalServerError, 500)),
            ExitCode.ERROR,
        ),
        (CommandError("no hosted data", ExitCode.NOT_FOUND), ExitCode.NOT_FOUND),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else None,
)
def test_exit_codes(error: BaseException, code: ExitCode) -> None:
    assert exit_code_for(error) is code
