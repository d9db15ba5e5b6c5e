"""Secrets must never show: collect what a user could see (logs, reprs, messages) and grep it.

:class:`LeakWatch` captures every log record of every logger at DEBUG while a test runs (the
client's, httpx's, httpcore's, the sandbox's), takes the texts a test hands it (``str``/``repr``
of clients, tokens, errors, results), and at the end scans them for the literal secrets that the
sandboxes in play know: client secrets, passwords, HTTP Basic values, every access and refresh
token issued, share tokens.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from isogeo_sandbox.app import Sandbox

SecretSource = Callable[[], Iterable[str]]

SOURCES: list[SecretSource] = []
"""Where the secrets come from: one callable per sandbox the suite started."""


def sandbox_secrets(app: Sandbox) -> SecretSource:
    """A source of every secret ``app`` knows, read when called (tokens are issued as tests run)."""

    def secrets() -> Iterable[str]:
        store = app.store
        for client in store.oauth_clients().values():
            yield client.client_secret
            yield base64.b64encode(f"{client.client_id}:{client.client_secret}".encode()).decode()
        for user in store.users.values():
            if user.get("~password"):
                yield str(user["~password"])
        for share in store.shares.values():
            if share.get("urlToken"):
                yield str(share["urlToken"])
        tokens = app.oauth.tokens
        yield from list(tokens.access)
        yield from list(tokens.refresh)

    return secrets


def known_secrets() -> set[str]:
    # Short values could match by chance: every real secret here is long.
    return {secret for source in SOURCES for secret in source() if len(secret) >= 12}


class _Capture(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self._lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is not a leak; never break the run
            self.handleError(record)


@dataclass
class LeakWatch:
    """What a user could have seen during one test."""

    lines: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def see(self, *objects: object) -> None:
        """Remember ``str`` and ``repr`` of each object (and the message and excerpt of errors)."""
        for obj in objects:
            self.texts += [str(obj), repr(obj)]
            for attribute in ("body_excerpt", "url", "message"):
                value = getattr(obj, attribute, None)
                if isinstance(value, str):
                    self.texts.append(value)
            for inner in (getattr(obj, "error", None), getattr(obj, "__cause__", None)):
                if isinstance(inner, BaseException):
                    self.texts += [str(inner), repr(inner)]

    def scan(self) -> tuple[int, list[str]]:
        """(how many secrets were found, where: a short description without the secret itself)."""
        secrets = known_secrets()
        found: list[str] = []
        for kind, items in (("log line", self.lines), ("text", self.texts)):
            blob = "\n".join(items)
            for secret in secrets:
                if secret in blob:
                    where = next(i for i, item in enumerate(items) if secret in item)
                    found.append(f"a secret of {len(secret)} characters in {kind} #{where}")
        return len(found), found

    def start(self) -> Callable[[], None]:
        """Capture every logger at DEBUG; returns the function that stops the capture."""
        root = logging.getLogger()
        handler = _Capture(self.lines)
        previous = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)

        def stop() -> None:
            root.removeHandler(handler)
            root.setLevel(previous)

        return stop
