"""What :class:`~isogeo.auth.OAuth2Auth` and :class:`~isogeo.auth.AsyncOAuth2Auth` share, without
I/O: the token, the grants' requests, the parsing of token answers, the expiry rule, the secure
destination check (:mod:`isogeo.auth`, the public module, says what the flows do).

The async flow is written once (``isogeo._async.auth``), the sync one derived from it by
``tools/derive_sync.py`` (``isogeo._sync.auth``); both subclass :class:`_TokenPolicy`.

>>> is_loopback("127.0.0.1"), is_loopback("api.isogeo.com")
(True, False)
"""

from __future__ import annotations

import dataclasses
import functools
import ipaddress
import json
import logging
import math
import re
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import httpx
from authlib.oauth2.auth import ClientAuth
from authlib.oauth2.rfc6749.parameters import prepare_token_request

from isogeo import errors
from isogeo._core.redact import redact_url
from isogeo.credentials import AuthMode, Credentials

logger = logging.getLogger("isogeo.auth")

ClientAuthMethod = Literal["basic", "body"]
MAX_REPLACEMENTS = 3
"""Most tokens one request is re-sent with after 401s (see the module docstring)."""
MIN_TOKEN_LIFETIME = 30.0
"""The shortest token lifetime believed (seconds): an ``expires_in`` of 0, negative or below this
is raised to it, with a warning (without it, every request would fetch a new token)."""
_AUTHLIB_METHODS: dict[str, str] = {"basic": "client_secret_basic", "body": "client_secret_post"}


@dataclass(frozen=True, repr=False)
class Token:
    """An access token and when to replace it (times are on the auth's monotonic clock)."""

    access_token: str
    token_type: str
    expires_at: float | None
    """When the server says the token expires; None when it did not say."""
    refresh_at: float | None
    """When the client replaces it: ``expires_at`` minus the leeway."""
    refresh_token: str | None = None
    scope: str | None = None

    def __repr__(self) -> str:
        return (
            f"Token(token_type={self.token_type!r}, expires_at={self.expires_at!r}, "
            f"refresh_token={'***' if self.refresh_token else None}, scope={self.scope!r})"
        )

    __str__ = __repr__


@functools.lru_cache(maxsize=64)  # asked on every plain-HTTP request; parsing an address is not free
def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1); names are not resolved."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_secure_destination(url: httpx.URL, *, what: str, allow_insecure_http: bool) -> None:
    """Raise :class:`~isogeo.errors.InsecureTransportError` unless ``url`` may carry credentials."""
    if url.scheme == "https" or allow_insecure_http or (url.scheme == "http" and is_loopback(url.host)):
        return
    raise errors.InsecureTransportError(
        f"refusing to send {what} over plain {url.scheme}:// to {url.host}: use https, "
        "or pass allow_insecure_http=True if this network is trusted"
    )


BEARER_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
"""RFC 6750 §2.1 ``b64token``: the only characters an access token may have in a header."""
_VSCHAR = re.compile(r"[\x20-\x7e]+")
"""RFC 6749 Appendix A ``VSCHAR``: the characters of a refresh token or a scope."""

_TokenFields = tuple[str, str, float | None, str | None, str | None]


def _token_fields(content: bytes) -> _TokenFields | str:
    """(access token, type, lifetime, refresh token, scope) of a token answer, or what is wrong
    with it. The description names fields, never their values, and no exception escapes: a
    ``JSONDecodeError`` keeps the whole body in its ``doc``."""
    try:
        data: Any = json.loads(content)
    except ValueError:
        return "the body is not JSON"
    if not isinstance(data, dict):
        return "the body is not a JSON object"
    access_token = data.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        return "access_token is missing or not a non-empty string"
    if not BEARER_TOKEN.fullmatch(access_token):
        return "access_token has characters a bearer token may not have (RFC 6750 b64token)"
    token_type = data.get("token_type") or "bearer"
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        return "token_type is not 'bearer'"
    expires_in = data.get("expires_in")
    lifetime: float | None = None
    if expires_in is not None:
        if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
            return "expires_in is not a number"
        try:
            lifetime = float(expires_in)
        except ValueError:
            return "expires_in is not a number"
        if not math.isfinite(lifetime):
            return "expires_in is not a finite number"
    refresh_token = data.get("refresh_token")
    if not isinstance(refresh_token, str) or not refresh_token:
        refresh_token = None
    elif not _VSCHAR.fullmatch(refresh_token):
        return "refresh_token has characters a refresh token may not have (RFC 6749 VSCHAR)"
    scope = data.get("scope")
    return access_token, token_type, lifetime, refresh_token, scope if isinstance(scope, str) else None


def _withheld(response: httpx.Response) -> str:
    """What an error shows of a 2xx token answer: its size and type, never its content (it carries
    the tokens, whatever its format)."""
    kind = response.headers.get("content-type", "no content type").split(";")[0].strip()
    return f"[{len(response.content)} bytes of {kind[:60]} withheld: a token answer carries credentials]"


class _TokenCall(NamedTuple):
    grant: str
    url: str
    headers: dict[str, str]
    body: bytes


class _TokenPolicy:
    """What both flows share: the grants, the token parsing, the expiry rule. No I/O here."""

    def __init__(
        self,
        credentials: Credentials,
        token_url: str,
        *,
        client_auth: ClientAuthMethod = "basic",
        leeway: float = 60.0,
        allow_insecure_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if client_auth not in _AUTHLIB_METHODS:
            raise errors.InvalidInputError("client_auth", client_auth, tuple(_AUTHLIB_METHODS))
        self.credentials = credentials
        self.token_url = token_url
        self.client_auth: ClientAuthMethod = client_auth
        self.leeway = leeway
        self.allow_insecure_http = allow_insecure_http
        self._clock = clock
        self._token: Token | None = None
        self._client_auth = ClientAuth(
            credentials.client_id, credentials.client_secret, _AUTHLIB_METHODS[client_auth]
        )
        self.token_requests = 0
        """How many token requests this flow sent (grants and refreshes)."""

    @property
    def token(self) -> Token | None:
        """The cached token, if any (it may be due for replacement)."""
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token: the next request fetches a new one."""
        self._token = None

    def _is_due(self, token: Token | None) -> bool:
        return token is None or (token.refresh_at is not None and self._clock() >= token.refresh_at)

    def _grant_request(self, previous: Token | None) -> _TokenCall:
        """The token request to send: a refresh when ``previous`` allows one, else the app's grant."""
        creds = self.credentials
        if previous is not None and previous.refresh_token and creds.auth_mode is AuthMode.USER_LEGACY:
            grant = "refresh_token"
            body = prepare_token_request(grant, refresh_token=previous.refresh_token)
        elif creds.auth_mode is AuthMode.USER_LEGACY:
            grant = "password"
            body = prepare_token_request(grant, username=creds.username, password=creds.password)
        else:
            grant = "client_credentials"
            body = prepare_token_request(grant)
        headers = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
        url, headers, body = self._client_auth.prepare("POST", self.token_url, headers, body)
        check_secure_destination(
            httpx.URL(url), what="client credentials", allow_insecure_http=self.allow_insecure_http
        )
        return _TokenCall(grant, url, headers, body.encode())

    def _parse(self, grant: str, response: httpx.Response) -> Token:
        if response.status_code >= 400:
            refused = response.status_code in (400, 401)
            raise errors.from_response(
                response,
                error_class=errors.AuthenticationError if refused else None,
                context=f"token request ({grant} grant) failed",
            )
        fields = _token_fields(response.content)
        if isinstance(fields, str):
            # Raised here, outside any ``except``: no exception holding the body is chained to it.
            raise errors.MalformedResponseError(
                f"the token endpoint's answer is not a usable token ({grant} grant): {fields}",
                status_code=response.status_code,
                method=response.request.method,
                url=redact_url(response.request.url),
                request_id=errors.request_id_of(response.headers),
                body_excerpt=_withheld(response),
            )
        access_token, token_type, lifetime, refresh_token, scope = fields
        if lifetime is not None and lifetime < MIN_TOKEN_LIFETIME:
            logger.warning(
                "the token endpoint gave a lifetime of %s s (%s grant); using %s s instead, "
                "so that every request does not fetch a new token",
                f"{lifetime:g}",
                grant,
                f"{MIN_TOKEN_LIFETIME:g}",
            )
            lifetime = MIN_TOKEN_LIFETIME
        now = self._clock()
        expires_at = refresh_at = None
        if lifetime is not None:
            expires_at = now + lifetime
            refresh_at = expires_at - min(self.leeway, lifetime / 2)
        logger.info(
            "obtained an access token (%s grant, expires in %s s)",
            grant,
            "?" if lifetime is None else f"{lifetime:.0f}",
        )
        return Token(access_token, token_type, expires_at, refresh_at, refresh_token, scope)

    @staticmethod
    def _keep_refresh_token(previous: Token | None, token: Token) -> Token:
        """A refresh answer without a new refresh token leaves the old one valid (RFC 6749 §6)."""
        if token.refresh_token is None and previous is not None and previous.refresh_token:
            return dataclasses.replace(token, refresh_token=previous.refresh_token)
        return token

    def _authorize(self, request: httpx.Request) -> None:
        check_secure_destination(
            request.url, what="an access token", allow_insecure_http=self.allow_insecure_http
        )

    @staticmethod
    def _attach(request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def _log_rejected(self, request: httpx.Request) -> None:
        logger.info(
            "the API refused the access token (401 on %s %s); getting a new one",
            request.method,
            request.url.path,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(token_url={self.token_url!r}, client_id={self.credentials.client_id!r}, "
            f"auth_mode={self.credentials.auth_mode.value!r}, client_auth={self.client_auth!r}, "
            f"token={self._token!r})"
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # httpx's default flow would send the request without a token: refuse instead.
        raise TypeError(f"{type(self).__name__} cannot authenticate requests of this kind of client")
