"""The ``isogeo`` Typer application: global options, one place that turns errors into exit codes,
and the commands (``isogeo/cli/commands/``).

>>> run(["--help"]) == 0  # doctest: +ELLIPSIS
<BLANKLINE>
 Usage: isogeo [OPTIONS] COMMAND [ARGS]...
...
True
"""

from __future__ import annotations

import enum
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from isogeo._version import __version__
from isogeo.cli.commands import contacts, links, metadata, search, session, workflows
from isogeo.cli.connection import ConnectionOptions
from isogeo.cli.exit_codes import CommandError, ExitCode, exit_code_for
from isogeo.cli.state import CliState
from isogeo.errors import IsogeoError, PermissionDeniedError

__all__ = ["app", "run"]

_HINTS = {
    ExitCode.USAGE: "see 'isogeo COMMAND --help'",
    ExitCode.AUTH: (
        "check the credentials: --credentials FILE, --sandbox URL or the ISOGEO_* variables "
        "(see 'isogeo --help')"
    ),
}
_FORBIDDEN_HINT = (
    "these credentials may not do that: a group application is read-only, and a user only has "
    "the rights of their workgroup roles"
)


class IsogeoGroup(TyperGroup):
    """The ``isogeo`` command group: an error from any command becomes a message and an exit code.

    Errors of the client (:class:`~isogeo.errors.IsogeoError`), of a command
    (:class:`~isogeo.cli.exit_codes.CommandError`) and of the disk (:class:`OSError`) are reported
    on standard error as one line (plus a hint) and exit with :func:`exit_code_for`; anything
    else is a bug and keeps its traceback.
    """

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (IsogeoError, CommandError, OSError) as error:
            code = exit_code_for(error)
            _report(ctx, error, code)
            raise typer.Exit(int(code)) from None


def _report(ctx: Any, error: BaseException, code: ExitCode) -> None:
    state = ctx.obj if isinstance(ctx.obj, CliState) else None
    err = state.err if state is not None else Console(stderr=True)
    message = Text.assemble(("isogeo: error: ", "bold red"), str(error))
    err.print(message, soft_wrap=True)
    hint = _FORBIDDEN_HINT if isinstance(error, PermissionDeniedError) else _HINTS.get(code)
    if hint:
        err.print(Text(f"hint: {hint}", style="dim"), soft_wrap=True)


class AuthOption(enum.StrEnum):
    GROUP = "group"
    USER = "user"


class PlatformChoice(enum.StrEnum):
    PROD = "prod"
    QA = "qa"
    CUSTOM = "custom"


class LangChoice(enum.StrEnum):
    FR = "fr"
    EN = "en"
    ES = "es"
    PT = "pt"


app = typer.Typer(
    name="isogeo",
    cls=IsogeoGroup,
    help=(
        "Search and export an Isogeo catalogue from the shell; back it up, copy metadata, search and "
        "replace (backup, duplicate, replace).\n\n"
        "Credentials: --sandbox URL (a local isogeo-sandbox), --credentials FILE (the .json or .ini "
        "file Isogeo gives an application) or the ISOGEO_* variables (ISOGEO_API_GROUP_CLIENT_ID and "
        "_SECRET; or ISOGEO_API_USER_LEGACY_CLIENT_ID, _SECRET, ISOGEO_USER_NAME and "
        "ISOGEO_USER_PASSWORD).\n\n"
        "Exit codes: 0 ok, 1 error, 2 bad usage, 3 credentials refused or not allowed, 4 not found."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals could hold a password or a token
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"isogeo-client {__version__}")
        raise typer.Exit()


def _log_handler(verbose: int) -> logging.Handler | None:
    """``-v``: one INFO line per retry and token; ``-vv``: one DEBUG line per request (secrets masked)."""
    if verbose <= 0:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("isogeo")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    return handler


@app.callback()
def isogeo(
    ctx: typer.Context,
    sandbox: Annotated[
        str | None,
        typer.Option(
            "--sandbox",
            envvar="ISOGEO_SANDBOX_URL",
            metavar="URL",
            help="A local isogeo-sandbox (http://127.0.0.1:8787): its URLs and credentials.",
        ),
    ] = None,
    credentials: Annotated[
        Path | None,
        typer.Option(
            "--credentials",
            "-c",
            envvar="ISOGEO_CREDENTIALS_FILE",
            metavar="FILE",
            help="An Isogeo credentials file (.json or .ini).",
        ),
    ] = None,
    auth: Annotated[
        AuthOption | None,
        typer.Option(help="Which application when several are configured: group (read-only) or user."),
    ] = None,
    username: Annotated[
        str | None,
        typer.Option("--username", "-u", envvar="ISOGEO_USER_NAME", help="User application: the user."),
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(
            envvar="ISOGEO_USER_PASSWORD",
            show_default=False,
            help="User application: the password (better: the variable, or the prompt).",
        ),
    ] = None,
    platform: Annotated[
        PlatformChoice | None,
        typer.Option(envvar="ISOGEO_PLATFORM", help="prod (default), qa, or custom with --api-url."),
    ] = None,
    api_url: Annotated[
        str | None, typer.Option(envvar="ISOGEO_API_URL", metavar="URL", help="Custom platform: API URL.")
    ] = None,
    id_url: Annotated[
        str | None,
        typer.Option(envvar="ISOGEO_ID_URL", metavar="URL", help="Custom platform: OAuth2 server URL."),
    ] = None,
    lang: Annotated[LangChoice, typer.Option(help="Language of labels.")] = LangChoice.FR,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose", "-v", count=True, show_default=False, help="Log retries (-v) and requests (-vv)."
        ),
    ] = 0,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Search and export an Isogeo catalogue from the shell."""
    options = ConnectionOptions(
        credentials_file=credentials,
        auth=None if auth is None else ("group" if auth is AuthOption.GROUP else "user"),
        username=username,
        password=password,
        platform=None if platform is None else platform.value,
        api_url=api_url,
        id_url=id_url,
        sandbox_url=sandbox,
        lang=lang.value,
    )
    state = CliState(
        options,
        out=Console(),
        err=Console(stderr=True),
        log_handler=_log_handler(verbose),
    )
    ctx.obj = state
    ctx.call_on_close(state.close)


app.command("search")(search.search)
app.add_typer(metadata.app, name="metadata")
app.add_typer(links.app, name="links")
app.add_typer(contacts.app, name="contacts")
app.command("whoami")(session.whoami)
app.command("about")(session.about)
app.command("backup")(workflows.backup_command)
app.command("duplicate")(workflows.duplicate_command)
app.command("replace")(workflows.replace_command)


def run(argv: Sequence[str] | None = None) -> int:
    """Run ``isogeo`` with ``argv`` (default: the command line) and return its exit code.

    >>> run(["metadata", "get", "--format", "yaml", "0269803d50c446b09f5060ef7fe3e22b"])
    2
    """
    try:
        app(args=None if argv is None else list(argv), prog_name="isogeo")
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else int(ExitCode.ERROR))
    return 0
