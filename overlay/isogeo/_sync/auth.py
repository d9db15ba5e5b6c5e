# Derived from _async/auth.py by tools/derive_sync.py: do not edit.
"""Sync OAuth2 flow (:mod:`isogeo.auth`, the public module, has both flows and says what they do).

Written once, async; the other side is derived by ``tools/derive_sync.py``. What both sides share,
without I/O (grants, token parsing, expiry rule), is in ``isogeo._auth``; the lock that guards the
token's replacement is each side's ``_primitives.py``.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from isogeo import errors
from isogeo._auth import MAX_REPLACEMENTS, Token, _TokenPolicy, logger
from isogeo._core.http import check_open
from isogeo.credentials import Credentials

from ._primitives import flow_lock


class OAuth2Auth(_TokenPolicy, httpx.Auth):
    """The synchronous flow; token requests go through ``http`` (an ``httpx.Client`` for the ID server).

    >>> import httpx
    >>> from isogeo.credentials import Credentials
    >>> auth = OAuth2Auth(Credentials("app", "secret"), "https://id.api.isogeo.com/oauth/token",
    ...                   http=httpx.Client())
    >>> auth  # doctest: +ELLIPSIS
    OAuth2Auth(token_url='https://id.api.isogeo.com/oauth/token', client_id='app', ..., token=None)
    """

    def __init__(
        self, credentials: Credentials, token_url: str, *, http: httpx.Client, **options: Any
    ) -> None:
        super().__init__(credentials, token_url, **options)
        self._http = http
        self._lock = flow_lock()

    def get_token(self) -> Token:
        """A valid token, fetched now if none is cached or the cached one is due."""
        token = self._token
        if not self._is_due(token):
            assert token is not None
            return token
        with self._lock:
            if self._is_due(self._token):
                self._token = self._fetch(self._token)
            assert self._token is not None
            return self._token

    def _replace(self, rejected: Token) -> tuple[Token, bool]:
        """(the token to re-send with, whether it was fetched now because of ``rejected``)."""
        with self._lock:
            if self._token is rejected or self._token is None:
                self._token = self._fetch(rejected)
                return self._token, True
            return self._token, False

    def _fetch(self, previous: Token | None) -> Token:
        call = self._grant_request(previous)
        request = self._http.build_request("POST", call.url, headers=call.headers, content=call.body)
        try:
            return self._keep_refresh_token(previous, self._parse(call.grant, self._send(request)))
        except errors.AuthenticationError:
            if call.grant != "refresh_token":
                raise
            logger.info("refresh token refused; signing in again with the password grant")
            return self._fetch(None)

    def _send(self, request: httpx.Request) -> httpx.Response:
        check_open(self._http)
        self.token_requests += 1
        try:
            response = self._http.send(request)
            response.read()
        except httpx.RequestError as exc:
            raise errors.connection_error(exc) from exc
        return response

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._authorize(request)
        token = self.get_token()
        self._attach(request, token)
        response = yield request
        fetched_for_it = False
        for _ in range(MAX_REPLACEMENTS):
            if response.status_code != 401 or fetched_for_it:
                return
            self._log_rejected(request)
            token, fetched_for_it = self._replace(token)
            self._attach(request, token)
            response = yield request
