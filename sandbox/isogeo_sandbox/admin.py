"""The test-only admin API under ``/__sandbox`` (not part of the spec, never validated against it).

GET    /__sandbox/info             what `isogeo-sandbox info` prints, for this instance
GET    /__sandbox/faults           active fault rules
POST   /__sandbox/faults           add rules: {"spec": "status=503,count=2"} or a rule object or a list
DELETE /__sandbox/faults[/{id}]    remove every rule (or one)
POST   /__sandbox/tokens/expire    expire every access token now (token expiry mid-job)
GET    /__sandbox/stats            request counts per operation and status, token requests, faults
GET    /__sandbox/violations       responses that violated the spec (DELETE clears them)
POST   /__sandbox/reset            back to the seed state (?faults=0 keeps faults, ?stats=1 clears stats)
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from isogeo_sandbox.faults import FaultSpecError, fault_from_dict, parse_spec
from isogeo_sandbox.info import build_info

if TYPE_CHECKING:
    from isogeo_sandbox.app import Sandbox


def _error(status: int, message: str) -> Response:
    return JSONResponse({"error": "admin", "message": message}, status_code=status)


def _flag(request: Request, name: str, default: bool) -> bool:
    value = request.query_params.get(name)
    if value is None:
        return default
    return value.lower() in ("1", "true", "yes", "on")


async def handle(sandbox: Sandbox, request: Request, path: str) -> Response:
    if not sandbox.config.admin_enabled:
        return _error(404, "The admin API is disabled (start with --admin to enable it).")
    method = request.method
    if path in ("/", "") and method == "GET":
        return JSONResponse({"endpoints": (__doc__ or "").strip().splitlines()[2:]})
    if path == "/info" and method == "GET":
        host = request.url.hostname or sandbox.config.host
        port = request.url.port or sandbox.config.port
        info = build_info(
            host, port, sandbox.config.seed, tls=request.url.scheme == "https", ca_file=sandbox.ca_file
        )
        info["metadata_count"] = len(sandbox.store.metadata)
        info["build_seconds"] = round(sandbox.build_seconds, 3)
        return JSONResponse(info)
    if path == "/faults":
        if method == "GET":
            return JSONResponse([rule.to_dict() for rule in sandbox.faults.rules])
        if method == "DELETE":
            sandbox.faults.clear()
            return Response(status_code=204)
        if method == "POST":
            try:
                payload: Any = json.loads(await request.body() or b"{}")
                if isinstance(payload, dict) and "spec" in payload:
                    rules = parse_spec(str(payload["spec"]))
                elif isinstance(payload, list):
                    rules = [fault_from_dict(item) for item in payload]
                elif isinstance(payload, dict):
                    rules = [fault_from_dict(payload)]
                else:
                    raise FaultSpecError('expected a rule object, a list of them, or {"spec": "..."}')
            except (FaultSpecError, json.JSONDecodeError) as error:
                return _error(400, str(error))
            sandbox.faults.add(rules)
            return JSONResponse([rule.to_dict() for rule in rules], status_code=201)
    if path.startswith("/faults/") and method == "DELETE":
        try:
            removed = sandbox.faults.remove(int(path.rsplit("/", 1)[1]))
        except ValueError:
            return _error(400, "fault ids are integers")
        return Response(status_code=204) if removed else _error(404, "no such fault")
    if path == "/tokens/expire" and method == "POST":
        return JSONResponse({"expired": sandbox.oauth.tokens.expire_all()})
    if path == "/stats" and method == "GET":
        stats = sandbox.stats.to_dict()
        stats["violations"] = len(sandbox.violations)
        stats["tokens_issued"] = dict(sandbox.oauth.tokens.issued)
        stats["unimplemented_operations"] = sandbox.unimplemented_operations()
        return JSONResponse(stats)
    if path == "/violations":
        if method == "GET":
            return JSONResponse([violation.to_dict() for violation in sandbox.violations])
        if method == "DELETE":
            sandbox.violations.clear()
            return Response(status_code=204)
    if path == "/reset" and method == "POST":
        sandbox.reset(
            faults=_flag(request, "faults", True),
            stats=_flag(request, "stats", False),
            tokens=_flag(request, "tokens", False),
        )
        return JSONResponse({"metadata_count": len(sandbox.store.metadata)})
    return _error(404, f"No admin route {method} {path}.")
