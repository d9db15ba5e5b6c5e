"""``isogeo``: the command-line tool (search, metadata, hosted files, contacts, whoami, about).

It needs the ``cli`` extra (typer and rich): ``pip install 'isogeo-client[cli]'``. ``import
isogeo`` never imports this package; :func:`main` imports the tool only when it runs, and says
which extra to install when typer or rich is missing.

>>> from isogeo.cli import ExitCode
>>> [(code.name, int(code)) for code in ExitCode]
[('OK', 0), ('ERROR', 1), ('USAGE', 2), ('AUTH', 3), ('NOT_FOUND', 4)]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from isogeo.cli.exit_codes import ExitCode, exit_code_for

__all__ = ["ExitCode", "exit_code_for", "main"]

MISSING_EXTRA = (
    "isogeo: the command-line tool needs the 'cli' extra ({missing} is not installed).\n"
    "Install it with:  pip install 'isogeo-client[cli]'"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``isogeo`` command (the ``[project.scripts]`` entry point); returns its exit code.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    isogeo-client ...
    0
    """
    try:
        from isogeo.cli.app import run
    except ImportError as error:  # the `cli` extra is missing
        if error.name not in {"typer", "rich"}:
            raise
        print(MISSING_EXTRA.format(missing=error.name), file=sys.stderr)
        return int(ExitCode.ERROR)
    return run(argv)
