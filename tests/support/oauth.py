"""A real OAuth2 token endpoint and bearer-protected API routes on a LoopbackServer.

The ID server and the API share the loopback server (one port), as in the sandbox:

* ``POST /oauth/token`` — grants ``client_credentials`` (group, read-only), ``password``
  (user_legacy, read-write) and ``refresh_token``; client authentication must arrive the way
  ``client_auth`` says (``basic`` header, ``body`` form fields, or ``any``), as RFC 6749 says
  (400 ``invalid_grant``, 401 ``invalid_client``...);
* :meth:`OAuthServer.api` registers API routes that answer 401 for a missing, unknown or revoked
  bearer token and 403 for a write with a group (read-only) token.

Secrets and tokens contain recognisable markers so that leak tests can grep for them.
"""

from __future__ import annotations

import base64
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs

from tests.support.loopback import Handler, LoopbackServer, RecordedRequest, Reply

CLIENT_ID = "isogeo-client-tests-0123456789abcdef0123456789abcdef"
CLIENT_SECRET = "SECRET-client-" + "s" * 50
USERNAME = "steward@example.org"
PASSWORD = "SECRET-password-hunter2"
TOKEN_MARKER = "SECRET-token-"
REFRESH_MARKER = "SECRET-refresh-"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(repr=False)
class OAuthServer:
    server: LoopbackServer
    client_auth: Literal["basic", "body", "any"] = "basic"
    expires_in: int | None = 3599
    issue_refresh_tokens: bool = True
    token_delay: float = 0.0
    """Seconds the token endpoint takes to answer (lets concurrent requests pile up)."""
    valid: dict[str, str] = field(default_factory=dict)
    """Access token → grant mode ("group" or "user")."""
    refresh_tokens: set[str] = field(default_factory=set)
    issued: list[str] = field(default_factory=list)
    """Every access and refresh token ever issued (leak tests grep for them)."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.server.route("POST", "/oauth/token", self._token)

    def __repr__(self) -> str:
        return f"OAuthServer(client_auth={self.client_auth!r}, token_requests={len(self.token_requests)})"

    @property
    def token_requests(self) -> list[RecordedRequest]:
        return self.server.requests_to("/oauth/token", "POST")

    def form(self, index: int) -> dict[str, str]:
        """The form fields of the ``index``-th token request."""
        return {k: v[0] for k, v in parse_qs(self.token_requests[index].body.decode()).items()}

    def revoke_all(self) -> None:
        """Expire every access token server-side (the next API request with one gets 401)."""
        with self._lock:
            self.valid.clear()

    def api(self, method: str, pattern: str, reply: Handler | Reply) -> None:
        """Register an API route that needs a valid bearer token (and a user token to write)."""
        handler = reply if callable(reply) else (lambda _req, _m: reply)

        def protected(req: RecordedRequest, match: re.Match[str]) -> Reply:
            auth = req.headers.get("authorization", "")
            token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
            with self._lock:
                mode = self.valid.get(token or "")
            if mode is None:
                return (
                    401,
                    {"error": "invalid_token", "message": "missing, unknown or expired token"},
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            if mode == "group" and method.upper() in WRITE_METHODS:
                return 403, {"error": "forbidden", "message": "group applications are read-only"}, {}
            return handler(req, match)

        self.server.route(method, pattern, protected)

    # --- the token endpoint -------------------------------------------------------------------

    def _client_ok(self, req: RecordedRequest, form: dict[str, str]) -> bool:
        header = req.headers.get("authorization", "")
        via_header = None
        if header.startswith("Basic "):
            decoded = base64.b64decode(header[6:]).decode()
            via_header = tuple(decoded.split(":", 1))
        via_body = (form.get("client_id"), form.get("client_secret")) if "client_secret" in form else None
        expected = (CLIENT_ID, CLIENT_SECRET)
        if self.client_auth == "basic":
            return via_header == expected and via_body is None
        if self.client_auth == "body":
            return via_body == expected and via_header is None
        return expected in (via_header, via_body)

    def _issue(self, mode: str, *, refresh: bool) -> Reply:
        token = TOKEN_MARKER + secrets.token_hex(8)
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        with self._lock:
            self.valid[token] = mode
            self.issued.append(token)
            if refresh:
                refresh_token = REFRESH_MARKER + secrets.token_hex(8)
                self.refresh_tokens.add(refresh_token)
                self.issued.append(refresh_token)
                body["refresh_token"] = refresh_token
        return 200, body, {"Cache-Control": "no-store"}

    def _token(self, req: RecordedRequest, _match: re.Match[str]) -> Reply:
        if self.token_delay:
            time.sleep(self.token_delay)
        form = {k: v[0] for k, v in parse_qs(req.body.decode()).items()}
        if req.headers.get("content-type", "").split(";")[0] != "application/x-www-form-urlencoded":
            return 400, {"error": "invalid_request", "error_description": "form body expected"}, {}
        if not self._client_ok(req, form):
            return (
                401,
                {"error": "invalid_client", "error_description": "client authentication failed"},
                {"WWW-Authenticate": 'Basic realm="isogeo"'},
            )
        grant = form.get("grant_type")
        if grant == "client_credentials":
            return self._issue("group", refresh=False)
        if grant == "password":
            if (form.get("username"), form.get("password")) != (USERNAME, PASSWORD):
                return 400, {"error": "invalid_grant", "error_description": "bad username or password"}, {}
            return self._issue("user", refresh=self.issue_refresh_tokens)
        if grant == "refresh_token":
            with self._lock:
                known = form.get("refresh_token") in self.refresh_tokens
                if known:
                    self.refresh_tokens.discard(form["refresh_token"])
            if not known:
                return 400, {"error": "invalid_grant", "error_description": "unknown refresh token"}, {}
            return self._issue("user", refresh=True)
        return 400, {"error": "unsupported_grant_type"}, {}
