"""The ASGI application: one port for the API routes, ``/oauth/token``, ``/about`` and the admin API.

Every request goes through: request id → faults → routing (from the spec) → authentication →
request validation (openapi-core) → the operation's handler → response validation → stats.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import json
import logging
import socket
import struct
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from isogeo_sandbox import admin
from isogeo_sandbox.auth import OAuthService, Principal
from isogeo_sandbox.comma_lists import comma_joined_parameters, refuse_repeated_keys
from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.errors import ApiError
from isogeo_sandbox.faults import Fault, FaultInjector, parse_spec
from isogeo_sandbox.handlers import HANDLERS, Context, Handler, Reply, load_handlers
from isogeo_sandbox.leniency import normalise_json_body, normalise_query
from isogeo_sandbox.routing import Match, Router, normalise_path
from isogeo_sandbox.seed.builder import build_store
from isogeo_sandbox.spec import Operation, load_spec, multipart_operations, spec_operations
from isogeo_sandbox.store import Store
from isogeo_sandbox.validation import SpecRequest, SpecResponse, SpecValidator, ValidRequest

log = logging.getLogger("isogeo_sandbox")

TOKEN_PATH = "/oauth/token"  # noqa: S105 - a path, not a secret
ADMIN_PREFIX = "/__sandbox"
STREAMED_OPERATIONS_KEY = "x-sandbox-raw-body"


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    if body is None:
        return Response(status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def error_response(error: ApiError) -> Response:
    return json_response(error.status, error.body(), error.headers)


@dataclass
class Violation:
    operation: str
    method: str
    path: str
    status: int
    messages: list[str]
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "kind": self.kind,
            "messages": self.messages,
        }


@dataclass
class Stats:
    operations: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    token_requests: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    # Every request that reached the server, per operationId ("token" for the token endpoint),
    # counted on arrival, *before* faults: a write that was answered by a fault still counts.
    received: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    in_flight: int = 0
    """Requests arrived and not finished (a delayed one goes on after its client gave up)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "in_flight": self.in_flight,
            "received": dict(self.received),
            "operations": dict(self.operations),
            "statuses": dict(self.statuses),
            "token_requests": dict(self.token_requests),
            "faults": dict(self.faults),
        }


class Sandbox:
    """State and ASGI entry point of one sandbox."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        started = time.perf_counter()
        self.config = config or SandboxConfig()
        self.spec = load_spec()
        self.operations: list[Operation] = spec_operations(self.spec)
        self.router = Router(self.operations)
        self.multipart_ops = multipart_operations(self.spec)
        self.validator = SpecValidator(self.spec)
        self.comma_joined = comma_joined_parameters(self.spec)
        self.handlers: dict[str, Handler] = dict(load_handlers())  # per instance: tests may swap one
        self.store: Store = build_store(self.config.seed, self.config.metadata_count)
        self.oauth = OAuthService(
            clients=lambda: self._clients,
            check_user=lambda username, password: self.store.check_user(username, password),
            token_ttl=self.config.token_ttl,
        )
        self._clients = self.store.oauth_clients()
        self.faults = FaultInjector(self.config.seed)
        self._install_configured_faults()
        self.stats = Stats()
        self.violations: list[Violation] = []
        self.ca_file: str | None = None  # set by the server when it serves HTTPS (isogeo_sandbox.tls)
        _freeze_heap()
        self.build_seconds = time.perf_counter() - started

    # ------------------------------------------------------------------ state
    def _install_configured_faults(self) -> None:
        if self.config.latency_ms:
            self.faults.add([Fault(kind="latency", ms=self.config.latency_ms)])
        if self.config.faults:
            self.faults.add(parse_spec(self.config.faults))

    def reset(self, *, faults: bool = True, stats: bool = False, tokens: bool = False) -> None:
        """Back to the seed state (tokens survive unless asked: tests keep their sessions)."""
        gc.unfreeze()  # lets the collector free the previous store
        self.store = build_store(self.config.seed, self.config.metadata_count)
        self._clients = self.store.oauth_clients()
        _freeze_heap()
        if faults:
            self.faults.clear()
            self._install_configured_faults()
        if stats:
            self.stats = Stats()
            self.violations.clear()
        if tokens:
            self.oauth.tokens.clear()

    def refresh_clients(self) -> None:
        """Applications changed (created, deleted): the token endpoint must know."""
        self._clients = self.store.oauth_clients()

    def unimplemented_operations(self) -> list[str]:
        return sorted(op.operation_id for op in self.operations if op.operation_id not in self.handlers)

    # ------------------------------------------------------------------ ASGI
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request_id = uuid.uuid4().hex

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        path = normalise_path(scope.get("path", "/"))
        method = scope["method"].upper()
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            response = await admin.handle(self, Request(scope, receive), path[len(ADMIN_PREFIX) :] or "/")
            await response(scope, receive, send_with_id)
            return
        stats = self.stats  # a reset may replace it meanwhile
        stats.in_flight += 1
        try:
            await self._serve(scope, receive, send_with_id, path, method)
        finally:
            stats.in_flight -= 1

    async def _serve(
        self, scope: Scope, receive: Receive, send_with_id: Send, path: str, method: str
    ) -> None:
        """An API or token request: faults, then the answer."""
        self.stats.requests += 1
        match, allowed = self.router.match(method, path) if path != TOKEN_PATH else (None, [])
        operation_id = match.operation.operation_id if match else ("token" if path == TOKEN_PATH else None)
        self.stats.received[operation_id or "unrouted"] += 1
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        decision = self.faults.decide(method, path, operation_id, query)
        self.stats.faults.update(decision.fired)
        if decision.delay_s:
            await asyncio.sleep(decision.delay_s)
        if decision.expire_tokens:
            self.oauth.tokens.expire_all()
        outcome = decision.outcome
        if outcome is not None:
            if outcome.kind in ("reset", "drop"):
                _abort(receive, reset=outcome.kind == "reset")
                return
            if outcome.kind != "truncate":
                await _fault_response(outcome)(scope, receive, send_with_id)
                return

        request = Request(scope, receive)
        if path == TOKEN_PATH:
            response = await self._token(request, method)
        elif match is None:
            response = self._no_route(method, path, allowed)
        else:
            response = await self._dispatch(request, match, path)
        if outcome is not None and outcome.kind == "truncate":
            await _send_truncated(response, send_with_id, receive)
            return
        await response(scope, receive, send_with_id)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _no_route(self, method: str, path: str, allowed: list[str]) -> Response:
        if allowed:
            error = ApiError(
                405, f"{method} is not allowed on {path}.", headers={"Allow": ", ".join(allowed)}
            )
        else:
            error = ApiError(404, f"No route {method} {path}.")
        return error_response(error)

    # ------------------------------------------------------------------ OAuth2
    async def _token(self, request: Request, method: str) -> Response:
        if method != "POST":
            return error_response(ApiError(405, "Use POST on the token endpoint.", headers={"Allow": "POST"}))
        form = await request.form()
        fields = {key: str(value) for key, value in form.items()}
        grant = fields.get("grant_type", "?")
        status, body, headers = self.oauth.token_response(str(request.url), request.headers, fields)
        self.stats.token_requests[f"{grant}:{status}"] = self.stats.token_requests[f"{grant}:{status}"] + 1
        return JSONResponse(body, status_code=status, headers=dict(headers))

    # ------------------------------------------------------------------ API operations
    def _authenticate(self, operation: Operation, headers: Headers) -> Principal | None:
        if operation.public:
            return None
        principal = self.oauth.authenticate(headers)
        if principal.is_group_app:
            if operation.writes:
                raise ApiError(403, "Group applications are read-only: this route needs a user token.")
            if "groupApplication" not in operation.security:
                raise ApiError(
                    403, "This route needs a user token; group applications may only read shared metadata."
                )
        return principal

    async def _dispatch(self, request: Request, match: Match, path: str) -> Response:
        operation = match.operation
        self.stats.operations[operation.operation_id] += 1
        spec_request: SpecRequest | None = None
        try:
            principal = self._authenticate(operation, request.headers)
            content_type = request.headers.get("content-type", "")
            streamed = (
                content_type.startswith("multipart/form-data")
                and operation.operation_id in self.multipart_ops
            )
            refuse_repeated_keys(
                self.comma_joined.get(operation.operation_id, frozenset()), request.query_params.multi_items()
            )
            raw_body = b"" if streamed else await request.body()
            if raw_body and content_type.split(";")[0].strip() in ("", "application/json"):
                raw_body = normalise_json_body(operation.operation_id, raw_body)
            spec_request = SpecRequest.build(
                method=request.method,
                host_url=f"{request.url.scheme}://{request.url.netloc}",
                path=path,
                path_pattern=operation.path,
                path_params=match.path_params,
                query=normalise_query(request.query_params.multi_items(), operation.includes),
                headers=request.headers,
                body=None if streamed else (raw_body or None),
                content_type=content_type or "application/json",
            )
            valid = self._validate(operation, spec_request) if not streamed else None
            handler = self.handlers.get(operation.operation_id)
            if handler is None:
                response = error_response(
                    ApiError(501, f"The sandbox does not implement {operation.operation_id} yet.")
                )
                return self._count(operation, response)
            if valid is None:  # multipart: the handler streams and validates the form itself
                query = self._query_only(spec_request)
                ctx = Context(
                    request, operation, self.store, principal, dict(match.path_params), query, None, b""
                )
            else:
                ctx = Context(
                    request, operation, self.store, principal, valid.path, valid.query, valid.body, raw_body
                )
            ctx.extras["sandbox"] = self
            result = handler(ctx)
            if inspect.isawaitable(result):
                result = await result
            response = (
                result
                if isinstance(result, Response)
                else json_response(result.status, result.body, result.headers)
            )
        except ApiError as error:
            response = error_response(error)
        except ClientDisconnect:  # the client gave up (e.g. its read timeout during a latency fault)
            return Response(status_code=499)
        except Exception:
            log.exception("handler of %s failed", operation.operation_id)
            response = error_response(ApiError(500, f"The sandbox failed on {operation.operation_id}."))
        response = self._check_response(operation, spec_request, response, request)
        return self._count(operation, response)

    def _validate(self, operation: Operation, spec_request: SpecRequest) -> ValidRequest:
        try:
            return self.validator.validate_request(spec_request)
        except ApiError as error:
            if error.status != 400 or "400" in operation.responses or not error.errors:
                raise
            rejected = set(error.errors)
        # The spec declares no 400 here (the about routes): like the API, ignore bad optional
        # query parameters (e.g. an unknown `_lang`) instead of refusing the request.
        query: Any = spec_request.parameters.query  # a werkzeug MultiDict
        kept = [(k, v) for k, v in query.items(multi=True) if k not in rejected]
        retry = SpecRequest.build(
            method=spec_request.method,
            host_url=spec_request.host_url,
            path=spec_request.path,
            path_pattern=spec_request.path_pattern,
            path_params=spec_request.parameters.path,
            query=kept,
            headers=dict(spec_request.parameters.header),
            body=spec_request.body,
            content_type=spec_request.content_type,
        )
        return self.validator.validate_request(retry)

    def _query_only(self, spec_request: SpecRequest) -> dict[str, Any]:
        copy = SpecRequest(**{**spec_request.__dict__, "body": None, "content_type": "application/json"})
        try:
            return self.validator.validate_request(copy).query
        except ApiError as error:
            if error.errors and set(error.errors) <= {"body", "Content-Type"}:
                return {k: v for k, v in copy.parameters.query.items()}
            raise

    def _count(self, operation: Operation, response: Response) -> Response:
        self.stats.statuses[f"{operation.operation_id}:{response.status_code}"] += 1
        return response

    def _check_response(
        self, operation: Operation, spec_request: SpecRequest | None, response: Response, request: Request
    ) -> Response:
        mode = self.config.response_validation
        if mode == "off" or spec_request is None or response.status_code == 501:
            return response
        body = getattr(response, "body", None)
        spec_response = SpecResponse(
            status_code=response.status_code,
            content_type=(response.headers.get("content-type") or "").split(";")[0].strip()
            or ("application/json" if body else ""),
            data=body if isinstance(body, bytes) and body else None,
        )
        messages = self.validator.response_errors(spec_request, spec_response)
        if not messages:
            return response
        undeclared = any(m.startswith("status ") for m in messages)
        violation = Violation(
            operation=operation.operation_id,
            method=request.method,
            path=request.url.path,
            status=response.status_code,
            messages=messages,
            kind="undeclared-status" if undeclared else "body",
        )
        self.violations.append(violation)
        log.warning("response violates the spec: %s", json.dumps(violation.to_dict(), ensure_ascii=False))
        if mode == "strict" and not (undeclared and response.status_code >= 400):
            return error_response(
                ApiError(
                    500,
                    f"The sandbox produced a response that violates the spec for {operation.operation_id}: "
                    + "; ".join(messages[:5]),
                    error="sandbox_response_invalid",
                )
            )
        return response


def _freeze_heap() -> None:
    """Keep the seeded store out of the cyclic GC's full collections.

    The store holds millions of small containers; every full collection walked them all and
    cost a 20,000-metadata search ~100 ms. Frozen objects are never scanned; a reset unfreezes
    first, so the previous store is freed.
    """
    gc.collect()
    gc.freeze()


# ---------------------------------------------------------------------- fault mechanics
def _transport_owner(receive: Receive) -> Any:
    """uvicorn's per-request cycle object (it owns the transport), if reachable."""
    return getattr(receive, "__self__", None)


def _abort(receive: Receive, *, reset: bool) -> None:
    owner = _transport_owner(receive)
    transport = getattr(owner, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("sandbox fault: connection dropped")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):  # platform specific
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    owner.disconnected = True  # tells uvicorn not to answer 500 on our behalf


def _fault_response(fault: Fault) -> Response:
    if fault.kind == "status":
        status = fault.status or 500
        headers: dict[str, str] = {}
        if status == 429 or fault.retry_after is not None:
            retry_after = fault.retry_after if fault.retry_after is not None else 1
            headers["Retry-After"] = (
                str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
            )
        return error_response(ApiError(status, f"Injected fault: HTTP {status}.", headers=headers))
    if fault.kind == "invalid-json":
        return Response(b'{"results": [{"_id": "', status_code=200, media_type="application/json")
    # "html": a proxy or load balancer's error page, with a 200
    page = (
        b"<!DOCTYPE html><html><head><title>Maintenance</title></head>"
        b"<body><h1>Service temporarily unavailable</h1></body></html>"
    )
    return Response(page, status_code=200, media_type="text/html")


async def _send_truncated(response: Response, send: Send, receive: Receive) -> None:
    body = getattr(response, "body", b"") or b""
    headers = [(k, v) for k, v in response.raw_headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(max(len(body), 2)).encode()))
    await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    await asyncio.sleep(0.01)
    _abort(receive, reset=False)


def create_app(config: SandboxConfig | None = None) -> Sandbox:
    return Sandbox(config)


__all__ = ["HANDLERS", "Reply", "Sandbox", "create_app"]
