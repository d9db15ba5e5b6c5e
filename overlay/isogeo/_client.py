"""What :class:`~isogeo.Isogeo` and :class:`~isogeo.AsyncIsogeo` share, without I/O: the arguments
resolved into credentials, platform URLs and HTTP settings, the ``from_*`` constructors, ``repr``
and the hint for a misspelled attribute (:mod:`isogeo.client`, the public module, has both clients).

The async client is written once (``isogeo._async.client``), the sync one derived from it by
``tools/derive_sync.py`` (``isogeo._sync.client``); both subclass :class:`_IsogeoBase`.

>>> SDK_NAMES["contact"]
'contacts'
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx

from isogeo._core import http as _http
from isogeo._version import __version__
from isogeo.auth import ClientAuthMethod, check_secure_destination
from isogeo.config import DEFAULT_LIMITS, ResponseLimits, RetryPolicy, Timeouts, resolve_lang
from isogeo.credentials import (
    ENV_API_URL,
    ENV_APP_URL,
    ENV_ID_URL,
    ENV_PLATFORM,
    AuthMode,
    Credentials,
    credentials_from_env,
    load_credentials_file,
)
from isogeo.errors import CredentialsError, NotFoundError, PermissionDeniedError
from isogeo.platforms import PlatformUrls, custom_platform, get_platform

logger = logging.getLogger("isogeo")

USER_AGENT = f"isogeo-client/{__version__} python-httpx/{httpx.__version__}"


def _retry_policy(retries: RetryPolicy | int | bool | None) -> RetryPolicy:
    if retries is None or retries is True:
        return RetryPolicy()
    if retries is False:
        return RetryPolicy.disabled()
    if isinstance(retries, int):
        return RetryPolicy(max_retries=retries)
    return retries


def _credentials(
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    credentials: Credentials | None,
) -> Credentials:
    if credentials is not None:
        if client_id is not None or client_secret is not None:
            raise CredentialsError("pass either credentials= or client_id/client_secret, not both")
        if username is None and password is None:
            return credentials
        return Credentials(
            credentials.client_id,
            credentials.client_secret,
            AuthMode.USER_LEGACY,
            username,
            password,
            credentials.id_url,
            credentials.platform,
            credentials.source,
        )
    if client_id is None or client_secret is None:
        raise CredentialsError(
            "missing client_id and client_secret: pass them, or use Isogeo.from_credentials_file(path) "
            "or Isogeo.from_env()",
            key="client_id" if client_id is None else "client_secret",
        )
    mode = AuthMode.USER_LEGACY if (username is not None or password is not None) else AuthMode.GROUP
    return Credentials(client_id, client_secret, mode, username, password)


def _platform_urls(
    credentials: Credentials,
    platform: str | PlatformUrls | None,
    api_url: str | None,
    id_url: str | None,
    app_url: str | None,
) -> PlatformUrls:
    """Explicit arguments first, then what the credentials file said about its ID server.

    ``prod`` and ``qa`` URLs cannot be overridden: a mix of hosts would send the credentials to one
    platform and the requests to another. Giving ``api_url``/``id_url`` alone means ``custom``.
    """
    custom_urls = api_url is not None or id_url is not None or app_url is not None
    if isinstance(platform, PlatformUrls):
        urls = platform
    else:
        if platform is None and not custom_urls and credentials.platform is not None:
            platform = credentials.platform
        name = (platform or ("custom" if custom_urls else "prod")).lower()
        if name != "custom":
            if custom_urls:
                raise CredentialsError(
                    f"api_url, id_url and app_url are for platform='custom', not {name!r}", key="platform"
                )
            return get_platform(name)
        if api_url is None:
            hint = (
                f" ({credentials.source} names the ID server {credentials.id_url})"
                if credentials.source and credentials.id_url
                else ""
            )
            raise CredentialsError(f"platform 'custom' needs api_url, the REST API URL{hint}", key="api_url")
        urls = custom_platform(api_url, id_url=id_url or credentials.id_url, app_url=app_url)
    if urls.id_url is None:
        raise CredentialsError(
            f"platform {urls.name!r} needs id_url, the OAuth2 ID server URL (its token endpoint is "
            "{id_url}/oauth/token)",
            key="id_url",
        )
    return urls


# The official SDK's names for what is named otherwise here (docs/porting.md has every method).
SDK_NAMES: dict[str, str] = {
    "application": "applications",
    "catalog": "catalogs",
    "contact": "contacts",
    "coordinate_system": "coordinate_systems",
    "coordinateSystem": "coordinate_systems",
    "srs": "coordinate_systems",
    "datasource": "datasources",
    "directive": "directives",
    "invitation": "invitations",
    "keyword": "keywords",
    "license": "licenses",
    "share": "shares",
    "specification": "specifications",
    "thesaurus": "thesauri",
    "user": "users",
    "workgroup": "workgroups",
    "connect": "authenticate",
}


def _missing(owner: object, name: str) -> AttributeError:
    """An AttributeError that names the attribute meant: the SDK's name, or a close spelling."""
    cls = type(owner).__name__
    if name in SDK_NAMES:
        return AttributeError(
            f"{cls!r} has no attribute {name!r}; did you mean {SDK_NAMES[name]!r}? "
            "(official SDK name: see docs/porting.md)",
            name=name,
            obj=owner,
        )
    import difflib

    public = [attribute for attribute in dir(type(owner)) if not attribute.startswith("_")]
    close = difflib.get_close_matches(name, public, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return AttributeError(f"{cls!r} has no attribute {name!r}{hint}", name=name, obj=owner)


class _IsogeoBase:
    """Configuration shared by the sync and async clients (no I/O here)."""

    absent_errors: tuple[type[Exception], ...] = (NotFoundError, PermissionDeniedError)
    """What the namespaces' ``exists`` methods read as "absent": the API's 404 and 403."""

    if not TYPE_CHECKING:  # for mypy an unknown attribute stays an error

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            raise _missing(self, name)

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        credentials: Credentials | None = None,
        platform: str | PlatformUrls | None = None,
        api_url: str | None = None,
        id_url: str | None = None,
        app_url: str | None = None,
        lang: str = "fr",
        timeouts: Timeouts | None = None,
        retries: RetryPolicy | int | bool | None = None,
        client_auth: ClientAuthMethod = "basic",
        token_leeway: float = 60.0,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        http2: bool = False,
        limits: httpx.Limits | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        self.credentials = _credentials(client_id, client_secret, username, password, credentials)
        self.platform = _platform_urls(self.credentials, platform, api_url, id_url, app_url)
        """The platform's URLs (API, ID server, web apps): an :class:`isogeo.platforms.PlatformUrls`."""
        self._token_url = f"{self.platform.id_url}/oauth/token"
        # Fail at construction, not at the first request; the auth flow checks every request again.
        for url, what in (
            (self.platform.api_url, "an access token"),
            (self._token_url, "client credentials"),
        ):
            check_secure_destination(httpx.URL(url), what=what, allow_insecure_http=allow_insecure_http)
        self.lang = resolve_lang(lang)
        if verify is False:
            logger.warning("TLS certificate verification is disabled for %s", self.platform.api_url)
        elif isinstance(verify, str | os.PathLike):
            # A CA bundle (file) or a folder of CA certificates, as requests and httpx < 0.28 took them.
            location = os.fspath(verify)
            verify = (
                ssl.create_default_context(capath=location)
                if os.path.isdir(location)
                else ssl.create_default_context(cafile=location)
            )
        self._settings = _http.HttpSettings(
            user_agent=USER_AGENT,
            timeouts=timeouts or Timeouts(),
            retries=_retry_policy(retries),
            verify=verify,
            proxy=proxy,
            trust_env=trust_env,
            http2=http2,
            limits=limits or DEFAULT_LIMITS,
            headers=dict(headers or {}),
            transport=transport,
            response_limits=response_limits or ResponseLimits(),
        )
        self._auth_options: dict[str, Any] = {
            "client_auth": client_auth,
            "leeway": token_leeway,
            "allow_insecure_http": allow_insecure_http,
        }
        self._closed = False
        self._connect()

    def _connect(self) -> None:
        """Build the HTTP clients and the auth flow (sync or async)."""
        raise NotImplementedError

    def _check_transport(self, expected: type[httpx.BaseTransport | httpx.AsyncBaseTransport]) -> None:
        """Refuse a ``transport=`` of the other kind (an async one for the sync client, or the reverse)."""
        transport = self._settings.transport
        if transport is None or isinstance(transport, expected):
            return
        if expected is httpx.BaseTransport:
            raise TypeError("Isogeo needs a sync httpx.BaseTransport; use AsyncIsogeo for an async one")
        raise TypeError("AsyncIsogeo needs an httpx.AsyncBaseTransport; use Isogeo for a sync one")

    @classmethod
    def from_credentials_file(
        cls,
        path: str | os.PathLike[str],
        *,
        username: str | None = None,
        password: str | None = None,
        **options: Any,
    ) -> Self:
        """A client for the application described by an Isogeo credentials file (.json or .ini).

        The platform comes from the file's ``token_uri`` unless ``platform``/``api_url``/``id_url``
        are given; user applications (``installed``) need ``username`` and ``password``.

        >>> import json, tempfile
        >>> from isogeo import Isogeo
        >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        ...     json.dump({"web": {"client_id": "app", "client_secret": "s",
        ...                        "token_uri": "https://id.api.isogeo.com/oauth/token"}}, f)
        >>> with Isogeo.from_credentials_file(f.name) as isogeo:
        ...     isogeo.platform.api_url
        'https://v1.api.isogeo.com'
        """
        creds = load_credentials_file(path, username=username, password=password)
        return cls(credentials=creds, **options)

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        auth_mode: AuthMode | str | None = None,
        **options: Any,
    ) -> Self:
        """A client configured from environment variables (:func:`~isogeo.credentials.credentials_from_env`).

        ``ISOGEO_PLATFORM``, ``ISOGEO_API_URL``, ``ISOGEO_ID_URL`` and ``ISOGEO_APP_URL`` choose the
        platform unless given as arguments.

        >>> from isogeo import Isogeo
        >>> env = {"ISOGEO_API_GROUP_CLIENT_ID": "app", "ISOGEO_API_GROUP_CLIENT_SECRET": "s",
        ...        "ISOGEO_PLATFORM": "qa"}
        >>> with Isogeo.from_env(env) as isogeo:
        ...     isogeo.platform.api_url
        'https://v1.api.qa.isogeo.com'
        """
        env = os.environ if environ is None else environ
        creds = credentials_from_env(env, auth_mode=auth_mode)
        for option, name in (
            ("platform", ENV_PLATFORM),
            ("api_url", ENV_API_URL),
            ("id_url", ENV_ID_URL),
            ("app_url", ENV_APP_URL),
        ):
            if env.get(name) and option not in options:
                options[option] = env[name]
        return cls(credentials=creds, **options)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(platform={self.platform.name!r}, api_url={self.platform.api_url!r}, "
            f"client_id={self.credentials.client_id!r}, auth_mode={self.credentials.auth_mode.value!r}, "
            f"lang={self.lang!r})"
        )

    __str__ = __repr__
