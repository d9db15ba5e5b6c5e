"""OAuth2 for real, with authlib: the token endpoint and bearer-token checks (facts §2).

* group applications: client-credentials grant, scope ``resources:read`` (read-only);
* user applications: password grant (``username`` = the user's e-mail) and refresh-token grant,
  scopes ``api:read api:write``;
* client id and secret are accepted in an HTTP Basic header **or** in the form body;
* tokens expire after ``token_ttl`` seconds; :meth:`TokenStore.expire_all` ends every token now.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    ClientMixin,
    OAuth2Payload,
    OAuth2Request,
    ResourceProtector,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc6749.errors import InvalidGrantError, MissingAuthorizationError, OAuth2Error
from authlib.oauth2.rfc6750 import BearerTokenGenerator, BearerTokenValidator

from isogeo_sandbox.errors import ApiError

CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]
GROUP_SCOPE = "resources:read"
USER_SCOPES = "api:read api:write"


@dataclass(frozen=True)
class OAuthClient(ClientMixin):  # type: ignore[misc]
    """A registered application, as authlib wants to see it."""

    app_id: str
    client_id: str
    client_secret: str = field(repr=False)  # authlib logs clients at DEBUG
    kind: str  # "group" or "user"

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        return GROUP_SCOPE if self.kind == "group" else USER_SCOPES

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(self.client_secret.encode(), client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in CLIENT_AUTH_METHODS

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        if self.kind == "group":
            return grant_type == "client_credentials"
        return grant_type in ("password", "refresh_token")


@dataclass
class IssuedToken(TokenMixin):  # type: ignore[misc]
    access_token: str = field(repr=False)
    client_id: str
    app_id: str
    kind: str
    scope: str
    issued_at: float
    expires_in: int
    user_id: str | None = None
    refresh_token: str | None = field(default=None, repr=False)
    revoked: bool = False

    def check_client(self, client: OAuthClient) -> bool:
        return client.client_id == self.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_in

    def is_expired(self) -> bool:
        return time.time() >= self.issued_at + self.expires_in

    def is_revoked(self) -> bool:
        return self.revoked

    def get_user(self) -> str | None:
        return self.user_id

    def get_client(self) -> str:
        return self.client_id


@dataclass(frozen=True)
class Principal:
    """Who is calling: a group application, or a user through a user application."""

    kind: str
    app_id: str
    client_id: str
    user_id: str | None
    scopes: frozenset[str]

    @property
    def is_group_app(self) -> bool:
        return self.kind == "group"


@dataclass
class TokenStore:
    access: dict[str, IssuedToken] = field(default_factory=dict)
    refresh: dict[str, IssuedToken] = field(default_factory=dict)
    issued: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))

    def save(self, token: IssuedToken) -> None:
        self.access[token.access_token] = token
        if token.refresh_token:
            self.refresh[token.refresh_token] = token
        self.issued[token.kind] += 1

    def expire_all(self) -> int:
        """Make every access token expired now (refresh tokens stay usable): token expiry mid-job."""
        count = 0
        for token in self.access.values():
            if not token.is_expired():
                token.expires_in = 0
                token.issued_at = 0.0
                count += 1
        return count

    def clear(self) -> None:
        self.access.clear()
        self.refresh.clear()


class _FormPayload(OAuth2Payload):  # type: ignore[misc]
    def __init__(self, form: Mapping[str, str], query: Mapping[str, str]) -> None:
        self._data = {**query, **form}
        self._datalist = {key: [value] for key, value in self._data.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> dict[str, list[str]]:
        return self._datalist


class TokenRequest(OAuth2Request):  # type: ignore[misc]
    """An ASGI token request in authlib's shape (form body, headers, query)."""

    def __init__(self, method: str, uri: str, headers: Mapping[str, str], form: Mapping[str, str]) -> None:
        super().__init__(method=method, uri=uri, headers=headers)  # case-insensitive mapping
        self._form = dict(form)
        self.payload = _FormPayload(self._form, {})

    @property
    def args(self) -> dict[str, str]:
        return {}

    @property
    def form(self) -> dict[str, str]:
        return self._form


class _BearerRequest:
    def __init__(self, headers: Mapping[str, str]) -> None:
        self.headers = headers


class _ClientCredentials(grants.ClientCredentialsGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = CLIENT_AUTH_METHODS


class _Password(grants.ResourceOwnerPasswordCredentialsGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = CLIENT_AUTH_METHODS

    def authenticate_user(self, username: str, password: str) -> str | None:
        service: OAuthService = self.server.service
        user = service.check_user(username, password)
        if user is None:  # RFC 6749 §5.2: bad resource-owner credentials are an invalid_grant
            raise InvalidGrantError("Invalid username or password.")
        return user


class _Refresh(grants.RefreshTokenGrant):  # type: ignore[misc]
    TOKEN_ENDPOINT_AUTH_METHODS = CLIENT_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> IssuedToken | None:
        service: OAuthService = self.server.service
        token = service.tokens.refresh.get(refresh_token)
        return token if token and not token.revoked else None

    def authenticate_user(self, refresh_token: IssuedToken) -> str | None:
        return refresh_token.user_id

    def revoke_old_credential(self, refresh_token: IssuedToken) -> None:
        refresh_token.revoked = True
        self.server.service.tokens.refresh.pop(refresh_token.refresh_token or "", None)


class _TokenBody(dict[str, Any]):
    """A token response body whose repr masks the tokens: authlib logs it at DEBUG ("Issue token")."""

    def __repr__(self) -> str:
        return repr({key: "***" if key.endswith("token") else value for key, value in self.items()})


class _BearerTokens(BearerTokenGenerator):  # type: ignore[misc]
    def generate(self, *args: Any, **kwargs: Any) -> _TokenBody:
        return _TokenBody(super().generate(*args, **kwargs))


class _Server(AuthorizationServer):  # type: ignore[misc]
    def __init__(self, service: OAuthService) -> None:
        super().__init__(scopes_supported=[GROUP_SCOPE, "api:read", "api:write"])
        self.service = service

    def query_client(self, client_id: str) -> OAuthClient | None:
        return self.service.find_client(client_id)

    def save_token(self, token: dict[str, Any], request: TokenRequest) -> None:
        client: OAuthClient = request.client
        self.service.tokens.save(
            IssuedToken(
                access_token=token["access_token"],
                client_id=client.client_id,
                app_id=client.app_id,
                kind=client.kind,
                scope=token.get("scope", ""),
                issued_at=time.time(),
                expires_in=int(token["expires_in"]),
                user_id=request.user,
                refresh_token=token.get("refresh_token"),
            )
        )

    def create_oauth2_request(self, request: TokenRequest) -> TokenRequest:
        return request

    def handle_response(
        self, status: int, body: dict[str, Any], headers: list[tuple[str, str]]
    ) -> tuple[int, dict[str, Any], list[tuple[str, str]]]:
        if "error" in body and "message" not in body:
            body = {**body, "message": body.get("error_description") or body["error"]}
        return status, body, headers

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        return None

    def validate_requested_scope(self, scope: str | None) -> None:
        return None  # the client's scopes are fixed by its kind (get_allowed_scope)


class _Validator(BearerTokenValidator):  # type: ignore[misc]
    def __init__(self, tokens: TokenStore) -> None:
        super().__init__()
        self.tokens = tokens

    def authenticate_token(self, token_string: str) -> IssuedToken | None:
        return self.tokens.access.get(token_string)


class OAuthService:
    """Token endpoint and bearer checks over the current store's applications and users."""

    def __init__(
        self,
        clients: Callable[[], Mapping[str, OAuthClient]],
        check_user: Callable[[str, str], str | None],
        token_ttl: int = 3599,
    ) -> None:
        self._clients = clients
        self.check_user = check_user
        self.token_ttl = token_ttl
        self.tokens = TokenStore()
        self._server = _Server(self)
        self._server.register_token_generator(
            "default",
            _BearerTokens(
                access_token_generator=lambda **_: secrets.token_urlsafe(48),
                refresh_token_generator=lambda **_: secrets.token_urlsafe(48),
                expires_generator=lambda client, grant_type: self.token_ttl,
            ),
        )
        self._server.register_grant(_ClientCredentials)
        self._server.register_grant(_Password)
        self._server.register_grant(_Refresh)
        self._protector = ResourceProtector()
        self._protector.register_token_validator(_Validator(self.tokens))

    def find_client(self, client_id: str) -> OAuthClient | None:
        return self._clients().get(client_id)

    def token_response(
        self, uri: str, headers: Mapping[str, str], form: Mapping[str, str]
    ) -> tuple[int, dict[str, Any], list[tuple[str, str]]]:
        request = TokenRequest("POST", uri, headers, form)
        result: tuple[int, dict[str, Any], list[tuple[str, str]]] = self._server.create_token_response(
            request
        )
        return result

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        """The caller behind ``Authorization: Bearer …``, or a 401 ApiError."""
        try:
            token: IssuedToken = self._protector.validate_request(None, _BearerRequest(headers))
        except MissingAuthorizationError as error:
            raise ApiError(
                401,
                "A bearer token is required (Authorization: Bearer <access_token>).",
                headers={"WWW-Authenticate": 'Bearer realm="isogeo-sandbox"'},
            ) from error
        except OAuth2Error as error:
            expired = error.error == "invalid_token"
            raise ApiError(
                401,
                "The access token is invalid or has expired." if expired else str(error.description or error),
                error=error.error or "invalid_token",
                headers={"WWW-Authenticate": 'Bearer realm="isogeo-sandbox", error="invalid_token"'},
            ) from error
        return Principal(
            kind=token.kind,
            app_id=token.app_id,
            client_id=token.client_id,
            user_id=token.user_id,
            scopes=frozenset(token.scope.split()),
        )
