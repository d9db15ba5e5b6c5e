"""What every ``isogeo`` command shares in one run: options, consoles and the client (opened once).

>>> from rich.console import Console
>>> state = CliState(ConnectionOptions(), out=Console(), err=Console(stderr=True))
>>> state.options
ConnectionOptions()
>>> state.close()  # nothing was opened
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import typer
from rich.console import Console
from rich.text import Text

from isogeo.cli.connection import ConnectionOptions, connect
from isogeo.client import Isogeo

__all__ = ["CliState", "ask_password", "state_of"]


def ask_password(username: str) -> str:
    """Ask for ``username``'s password on the terminal, without echoing it.

    >>> callable(ask_password)
    True
    """
    password: str = typer.prompt(f"Password for {username}", hide_input=True)
    return password


@dataclass
class CliState:
    """Options of this run, ``out`` (data: standard output) and ``err`` (messages, progress bars)."""

    options: ConnectionOptions
    out: Console
    err: Console
    log_handler: logging.Handler | None = None
    _client: Isogeo | None = field(default=None, repr=False)

    def client(self) -> Isogeo:
        """The client, created on first use (asking for a password if one is needed)."""
        if self._client is None:
            self._client = connect(self.options, prompt=ask_password)
        return self._client

    def say(self, message: str, *, style: str | None = None) -> None:
        """A message on standard error, never read as rich markup (values may hold ``[...]``)."""
        self.err.print(Text(message, style=style or ""), soft_wrap=True)

    def close(self) -> None:
        """Close the client and detach the ``-v`` log handler."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.log_handler is not None:
            logging.getLogger("isogeo").removeHandler(self.log_handler)
            self.log_handler = None


def state_of(ctx: typer.Context) -> CliState:
    """The :class:`CliState` the ``isogeo`` callback stored in the click context.

    >>> from types import SimpleNamespace
    >>> state_of(SimpleNamespace(obj=None))
    Traceback (most recent call last):
    ...
    RuntimeError: isogeo command invoked outside of the isogeo application
    """
    state = ctx.obj
    if not isinstance(state, CliState):  # a command invoked without the isogeo group
        raise RuntimeError("isogeo command invoked outside of the isogeo application")
    return state
