"""operationId → handler registry, and the context every handler receives.

A handler is a function ``(ctx) -> Reply`` (sync or async) registered with ``@handler("opId")``.
An operation of the spec without a handler answers 501 with the ``ApiError`` body; the test suite
lists such operations so that none is forgotten.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from isogeo_sandbox.auth import Principal
from isogeo_sandbox.errors import ApiError, forbidden
from isogeo_sandbox.serialize import View
from isogeo_sandbox.spec import Operation
from isogeo_sandbox.store import Store


@dataclass
class Reply:
    """A JSON answer (``body`` None = no content)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


HandlerResult = Reply | Response
Handler = Callable[["Context"], HandlerResult | Awaitable[HandlerResult]]

HANDLERS: dict[str, Handler] = {}


def handler(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two handlers for {operation_id}")
            HANDLERS[operation_id] = func
        return func

    return register


def load_handlers() -> dict[str, Handler]:
    """Import every handler module of this package (each registers its operations)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return HANDLERS


@dataclass
class Context:
    request: Request
    operation: Operation
    store: Store
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    raw_body: bytes
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return str(self.query.get("_lang") or "fr")

    @property
    def includes(self) -> frozenset[str]:
        value = self.query.get("_include") or []
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        return frozenset(str(v) for v in value)

    def view(self, includes: frozenset[str] | None = None) -> View:
        return View(self.store, self.principal, self.lang, self.includes if includes is None else includes)

    def who(self) -> Principal:
        if self.principal is None:  # the engine authenticates every secured operation
            raise ApiError(401, "A bearer token is required.")
        return self.principal

    def user(self) -> Principal:
        """The caller, who must be a user (not a group application)."""
        principal = self.who()
        if principal.is_group_app:
            raise forbidden("This route needs a user token (group applications are read-only).")
        return principal

    def staff(self) -> Principal:
        principal = self.user()
        if not self.store.is_staff(principal):
            raise forbidden("This route is reserved to Isogeo staff.")
        return principal
