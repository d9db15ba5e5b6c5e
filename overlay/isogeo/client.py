"""The front door: :class:`Isogeo` (sync) and :class:`AsyncIsogeo` (async).

One object holds the credentials, the platform URLs and one pooled, authenticated HTTP client.
Everything else hangs off it:

* ``isogeo.api`` — the generated :class:`isogeo_api.Client`, wired to that HTTP client, for
  any generated function (``get_contact.sync(cid, client=isogeo.api)``);
* ``isogeo.call(endpoint_module, ...)`` — the same, with arguments checked before the request
  and the model (never ``ApiError``/``None``) returned;
* resource namespaces such as ``isogeo.contacts`` — typed, friendly methods composed of ``call``.

Adding a resource family (see :mod:`isogeo.resources.contacts`): write the async class in
``isogeo/resources/_async/<family>.py`` (helpers both sides share in ``_<family>.py``), derive the
sync one with ``make unasync``, re-export both from ``isogeo/resources/<family>.py``, then add a
``cached_property`` to each client class that imports its module in its body (namespaces load on
first use; ``tests/unit/test_lazy_imports.py``).
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx

from isogeo._core import http as _http
from isogeo._version import __version__
from isogeo.auth import AsyncOAuth2Auth, ClientAuthMethod, OAuth2Auth, Token, check_secure_destination
from isogeo.config import (
    DEFAULT_CONCURRENCY,
    DEFAULT_LIMITS,
    ResponseLimits,
    RetryPolicy,
    Timeouts,
    resolve_lang,
)
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
from isogeo_api import Client
from isogeo_api.namespaces import AsyncNamespaces, Namespaces

# The namespaces, the batch and call helpers and the generated models they use are imported on
# first use (in the cached properties and methods below), not here: `from isogeo import Isogeo`
# stays close to `import httpx` (bench scenario 4), and a script pays only for what it touches.
if TYPE_CHECKING:
    from isogeo._core.call import AsyncEndpoint, SyncEndpoint, T
    from isogeo.batch import BatchResult
    from isogeo.resources.applications import Applications, AsyncApplications
    from isogeo.resources.bulk import AsyncBulk, Bulk
    from isogeo.resources.conditions import AsyncConditions, Conditions
    from isogeo.resources.contacts import AsyncContacts, Contacts
    from isogeo.resources.counts import AsyncCounts, Counts
    from isogeo.resources.feature_attributes import AsyncFeatureAttributes, FeatureAttributes
    from isogeo.resources.formats import AsyncFormats, Formats
    from isogeo.resources.keywords import AsyncKeywords, Keywords
    from isogeo.resources.licenses import AsyncLicenses, Licenses
    from isogeo.resources.links import AsyncLinks, Links
    from isogeo.resources.metadata import AsyncMetadataResource, MetadataResource
    from isogeo.resources.pages import AsyncPages, Pages
    from isogeo.resources.search import AsyncSearch, Search
    from isogeo.resources.services import AsyncServices, Services
    from isogeo.resources.shares import AsyncShares, Shares
    from isogeo.resources.specifications import AsyncSpecifications, Specifications
    from isogeo.search import SearchOptions
    from isogeo_api.models import Metadata

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


class Isogeo(_IsogeoBase, Namespaces):
    """The synchronous client: credentials, platform, one pooled authenticated HTTP client.

    Nothing is sent until the first request (the token is fetched then). Use it as a context
    manager, or call :meth:`close`, to release the connection pools.

    >>> from isogeo import Isogeo
    >>> isogeo = Isogeo("my-app-0123", "<client secret>")           # group app, prod platform
    >>> isogeo  # doctest: +ELLIPSIS
    Isogeo(platform='prod', api_url='https://v1.api.isogeo.com', client_id='my-app-0123', ...)
    >>> isogeo.close()

    Arguments (all but the credentials are keywords):

    * ``client_id``, ``client_secret`` — the OAuth2 client; add ``username`` and ``password`` for a
      user application (``user_legacy``, read-write). Or ``credentials=`` a
      :class:`~isogeo.credentials.Credentials`.
    * ``platform`` — ``"prod"`` (default), ``"qa"`` or ``"custom"`` with ``api_url`` and ``id_url``
      (``app_url`` optional). Giving the URLs alone means ``custom``.
    * ``lang`` — labels language, ``fr`` (default), ``en``, ``es``, ``pt``; others fall back to ``en``.
    * ``timeouts`` (:class:`~isogeo.config.Timeouts`), ``retries`` (:class:`~isogeo.retries.RetryPolicy`,
      a number of retries, or ``False``), ``limits`` (connection pool, 50/20 by default).
    * ``client_auth`` — ``"basic"`` (default) or ``"body"``: how the client id/secret reach the token
      endpoint. ``token_leeway`` — seconds before expiry at which the token is replaced.
    * ``verify`` — TLS verification, on by default, also on ``qa`` (pass ``verify=False`` or a CA
      bundle path for its self-signed certificate); ``proxy``; ``trust_env`` (``HTTPS_PROXY``,
      ``SSL_CERT_FILE``...); ``http2`` (needs ``pip install 'isogeo-client[http2]'``).
    * ``allow_insecure_http`` — allow tokens over plain ``http://`` to non-loopback hosts.
    * ``headers`` — extra headers on API requests; ``transport`` — replaces the network layer
      (tests, custom TLS), still wrapped with retries and logs.
    * ``response_limits`` — a :class:`isogeo.ResponseLimits`: the largest decoded body held in
      memory (64 MiB by default); ``timeouts`` also sets the total deadlines of an attempt and a
      call (:class:`isogeo.Timeouts`).
    """

    auth: OAuth2Auth
    """The OAuth2 flow: ``isogeo.auth.get_token()``, ``isogeo.auth.invalidate()``."""
    http: _http.IsogeoHttpClient
    """The authenticated ``httpx.Client`` (base URL: the API); raises :mod:`isogeo.errors`."""
    api: Client
    """The generated client on :attr:`http`: pass it as ``client=`` to any generated function."""

    def _connect(self) -> None:
        if self._settings.transport is not None and not isinstance(
            self._settings.transport, httpx.BaseTransport
        ):
            raise TypeError("Isogeo needs a sync httpx.BaseTransport; use AsyncIsogeo for an async one")
        self._token_http = _http.token_client(self._settings)
        self.auth = OAuth2Auth(self.credentials, self._token_url, http=self._token_http, **self._auth_options)
        self.http = _http.api_client(
            self._settings, base_url=self.platform.api_url, auth=self.auth, lang=self.lang
        )
        self.api = Client(base_url=self.platform.api_url, raise_on_unexpected_status=True).set_httpx_client(
            self.http
        )

    @cached_property
    def contacts(self) -> Contacts:
        """Contacts and address books (CTC-1..7)."""
        from isogeo.resources.contacts import Contacts

        return Contacts(self)

    # -- search, metadata, links, files, bulk, keywords ------------------------------------------
    @cached_property
    def search(self) -> Search:
        """Search (SRC-1/2): ``isogeo.search(...)`` (page or whole results), ``.iter(...)``, ``.all(...)``."""
        from isogeo.resources.search import Search

        return Search(self)

    def search_iter(self, **options: Unpack[SearchOptions]) -> Iterator[Metadata]:
        """Every search result, lazily (:meth:`isogeo.resources.search.Search.iter`).

        >>> for md in isogeo.search_iter(query="type:service"):    # doctest: +SKIP
        ...     print(md.title)
        """
        return self.search.iter(**options)

    @cached_property
    def metadata(self) -> MetadataResource:
        """Metadata (MD-1..6): get, get_many, create, update, delete, export_xml / download_xml."""
        from isogeo.resources.metadata import MetadataResource

        return MetadataResource(self)

    @cached_property
    def links(self) -> Links:
        """Links (LNK-1..7) and hosted files: download_hosted / stream_hosted, upload_hosted."""
        from isogeo.resources.links import Links

        return Links(self)

    @cached_property
    def bulk(self) -> Bulk:
        """Bulk edition (BULK-1): prepare changes, send them in one call (this client's own queue)."""
        from isogeo.resources.bulk import Bulk

        return Bulk(self)

    @cached_property
    def keywords(self) -> Keywords:
        """Keywords (KWD-1..11): searches with whole results, create, tag, workgroup selection."""
        from isogeo.resources.keywords import Keywords

        return Keywords(self)

    @cached_property
    def pages(self) -> Pages:
        """Pagination of any endpoint with ``_limit``/``_offset``: ``iter``, ``all``, ``count``."""
        from isogeo.resources.pages import Pages

        return Pages(self)

    def get_many(
        self,
        endpoint: SyncEndpoint[T],
        ids: Iterable[str],
        *args: Any,
        concurrency: int = DEFAULT_CONCURRENCY,
        **kwargs: Any,
    ) -> BatchResult[T]:
        """Batch retrieval with a "get by id" endpoint: concurrent, in input order, 404s in ``missing``.

        Each id is the endpoint's first argument; ``args``/``kwargs`` follow it.

        >>> from isogeo_api.api.contact import get_contact
        >>> result = isogeo.get_many(get_contact, contact_ids)        # doctest: +SKIP
        >>> [card.name for card in result], result.missing             # doctest: +SKIP
        """
        from isogeo.batch import get_many

        return get_many(lambda key: self.call(endpoint, key, *args, **kwargs), ids, concurrency=concurrency)

    # -- end of search, metadata, links, files, bulk, keywords ------------------------------------

    # -- composite-helper namespaces (isogeo/resources/) ------------------------------------
    @cached_property
    def formats(self) -> Formats:
        """Formats and their versions (FMT-1..6, ``add_versions``)."""
        from isogeo.resources.formats import Formats

        return Formats(self)

    @cached_property
    def licenses(self) -> Licenses:
        """Licenses (LIC-1..5) and ``associate_metadata`` with its duplicate check."""
        from isogeo.resources.licenses import Licenses

        return Licenses(self)

    @cached_property
    def conditions(self) -> Conditions:
        """Licenses applied to a metadata (CND-1..4)."""
        from isogeo.resources.conditions import Conditions

        return Conditions(self)

    @cached_property
    def specifications(self) -> Specifications:
        """Specifications (SPC-1..5) and metadata conformity (CNF-1..3)."""
        from isogeo.resources.specifications import Specifications

        return Specifications(self)

    @cached_property
    def feature_attributes(self) -> FeatureAttributes:
        """Feature attributes (FAT-1..5) and ``import_from_dataset``."""
        from isogeo.resources.feature_attributes import FeatureAttributes

        return FeatureAttributes(self)

    @cached_property
    def applications(self) -> Applications:
        """Applications (APP-1..9) and ``associate_workgroup`` with ``force``."""
        from isogeo.resources.applications import Applications

        return Applications(self)

    @cached_property
    def shares(self) -> Shares:
        """Shares (SHR-1..13), ``reshare``, ``refresh_token``, ``opencatalog_url``."""
        from isogeo.resources.shares import Shares

        return Shares(self)

    @cached_property
    def services(self) -> Services:
        """Service metadata: ``create_from_url`` (OGC and Esri), layers and operations."""
        from isogeo.resources.services import Services

        return Services(self)

    @cached_property
    def counts(self) -> Counts:
        """How many metadata (per type, format, owner...) and contacts (per type)."""
        from isogeo.resources.counts import Counts

        return Counts(self)

    def call(self, endpoint: SyncEndpoint[T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated endpoint: arguments checked, model returned, errors typed.

        ``endpoint`` is the generated module; its other arguments follow. Identifiers may be
        hex, UUIDs or URNs; enums may be given as strings. Raises
        :class:`~isogeo.errors.InvalidInputError` before any request for a bad argument, an
        :class:`~isogeo.errors.APIStatusError` subclass for a status >= 400, and
        :class:`~isogeo.errors.MalformedResponseError` for a 2xx body that does not parse.

        >>> from isogeo_api.api.contact import get_contact
        >>> isogeo = Isogeo("app", "secret")
        >>> isogeo.call(get_contact, "not-an-id")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        isogeo.errors.InvalidInputError: contact_id='not-an-id' is not accepted (not an Isogeo ...
        >>> isogeo.close()
        """
        from isogeo._core.call import call_sync

        return call_sync(self.api, endpoint, args, kwargs)

    def authenticate(self) -> Token:
        """Fetch a token now (instead of at the first request) to check the credentials early."""
        return self.auth.get_token()

    def close(self) -> None:
        """Close the connection pools; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True
        self.http.close()
        self._token_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIsogeo(_IsogeoBase, AsyncNamespaces):
    """The asynchronous twin of :class:`Isogeo` (same arguments, same capabilities).

    >>> import asyncio
    >>> from isogeo import AsyncIsogeo
    >>> async def main() -> str:
    ...     async with AsyncIsogeo("my-app-0123", "<client secret>", platform="qa") as isogeo:
    ...         return isogeo.platform.api_url
    >>> asyncio.run(main())
    'https://v1.api.qa.isogeo.com'
    """

    auth: AsyncOAuth2Auth
    """The OAuth2 flow: ``await aisogeo.auth.get_token()``, ``aisogeo.auth.invalidate()``."""
    http: _http.AsyncIsogeoHttpClient
    """The authenticated ``httpx.AsyncClient``; raises :mod:`isogeo.errors`."""
    api: Client
    """The generated client on :attr:`http`: pass it as ``client=`` to generated ``asyncio`` functions."""

    def _connect(self) -> None:
        if self._settings.transport is not None and not isinstance(
            self._settings.transport, httpx.AsyncBaseTransport
        ):
            raise TypeError("AsyncIsogeo needs an httpx.AsyncBaseTransport; use Isogeo for a sync one")
        self._token_http = _http.async_token_client(self._settings)
        self.auth = AsyncOAuth2Auth(
            self.credentials, self._token_url, http=self._token_http, **self._auth_options
        )
        self.http = _http.async_api_client(
            self._settings, base_url=self.platform.api_url, auth=self.auth, lang=self.lang
        )
        self.api = Client(
            base_url=self.platform.api_url, raise_on_unexpected_status=True
        ).set_async_httpx_client(self.http)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """Contacts and address books (CTC-1..7)."""
        from isogeo.resources.contacts import AsyncContacts

        return AsyncContacts(self)

    # -- search, metadata, links, files, bulk, keywords ------------------------------------------
    @cached_property
    def search(self) -> AsyncSearch:
        """Search (SRC-1/2): ``await aisogeo.search(...)``, ``aisogeo.search.iter(...)``, ``.all(...)``."""
        from isogeo.resources.search import AsyncSearch

        return AsyncSearch(self)

    def search_iter(self, **options: Unpack[SearchOptions]) -> AsyncIterator[Metadata]:
        """Every search result, lazily: ``async for md in aisogeo.search_iter(query="type:service")``."""
        return self.search.iter(**options)

    @cached_property
    def metadata(self) -> AsyncMetadataResource:
        """Metadata (MD-1..6): get, get_many, create, update, delete, export_xml / download_xml."""
        from isogeo.resources.metadata import AsyncMetadataResource

        return AsyncMetadataResource(self)

    @cached_property
    def links(self) -> AsyncLinks:
        """Links (LNK-1..7) and hosted files: download_hosted / stream_hosted, upload_hosted."""
        from isogeo.resources.links import AsyncLinks

        return AsyncLinks(self)

    @cached_property
    def bulk(self) -> AsyncBulk:
        """Bulk edition (BULK-1): prepare changes, ``await send()`` (this client's own queue)."""
        from isogeo.resources.bulk import AsyncBulk

        return AsyncBulk(self)

    @cached_property
    def keywords(self) -> AsyncKeywords:
        """Keywords (KWD-1..11): searches with whole results, create, tag, workgroup selection."""
        from isogeo.resources.keywords import AsyncKeywords

        return AsyncKeywords(self)

    @cached_property
    def pages(self) -> AsyncPages:
        """Pagination of any endpoint with ``_limit``/``_offset``: ``iter``, ``all``, ``count``."""
        from isogeo.resources.pages import AsyncPages

        return AsyncPages(self)

    async def get_many(
        self,
        endpoint: AsyncEndpoint[T],
        ids: Iterable[str],
        *args: Any,
        concurrency: int = DEFAULT_CONCURRENCY,
        **kwargs: Any,
    ) -> BatchResult[T]:
        """Batch retrieval with a "get by id" endpoint (tasks): in input order, 404s in ``missing``."""

        from isogeo.batch import aget_many

        async def get(key: str) -> T:
            return await self.call(endpoint, key, *args, **kwargs)

        return await aget_many(get, ids, concurrency=concurrency)

    # -- end of search, metadata, links, files, bulk, keywords ------------------------------------

    # -- composite-helper namespaces (isogeo/resources/) ------------------------------------
    @cached_property
    def formats(self) -> AsyncFormats:
        """Formats and their versions (FMT-1..6, ``add_versions``)."""
        from isogeo.resources.formats import AsyncFormats

        return AsyncFormats(self)

    @cached_property
    def licenses(self) -> AsyncLicenses:
        """Licenses (LIC-1..5) and ``associate_metadata`` with its duplicate check."""
        from isogeo.resources.licenses import AsyncLicenses

        return AsyncLicenses(self)

    @cached_property
    def conditions(self) -> AsyncConditions:
        """Licenses applied to a metadata (CND-1..4)."""
        from isogeo.resources.conditions import AsyncConditions

        return AsyncConditions(self)

    @cached_property
    def specifications(self) -> AsyncSpecifications:
        """Specifications (SPC-1..5) and metadata conformity (CNF-1..3)."""
        from isogeo.resources.specifications import AsyncSpecifications

        return AsyncSpecifications(self)

    @cached_property
    def feature_attributes(self) -> AsyncFeatureAttributes:
        """Feature attributes (FAT-1..5) and ``import_from_dataset``."""
        from isogeo.resources.feature_attributes import AsyncFeatureAttributes

        return AsyncFeatureAttributes(self)

    @cached_property
    def applications(self) -> AsyncApplications:
        """Applications (APP-1..9) and ``associate_workgroup`` with ``force``."""
        from isogeo.resources.applications import AsyncApplications

        return AsyncApplications(self)

    @cached_property
    def shares(self) -> AsyncShares:
        """Shares (SHR-1..13), ``reshare``, ``refresh_token``, ``opencatalog_url``."""
        from isogeo.resources.shares import AsyncShares

        return AsyncShares(self)

    @cached_property
    def services(self) -> AsyncServices:
        """Service metadata: ``create_from_url`` (OGC and Esri), layers and operations."""
        from isogeo.resources.services import AsyncServices

        return AsyncServices(self)

    @cached_property
    def counts(self) -> AsyncCounts:
        """How many metadata (per type, format, owner...) and contacts (per type)."""
        from isogeo.resources.counts import AsyncCounts

        return AsyncCounts(self)

    async def call(self, endpoint: AsyncEndpoint[T], /, *args: Any, **kwargs: Any) -> T:
        """Async :meth:`Isogeo.call`: ``await aisogeo.call(get_contact, contact_id)``."""
        from isogeo._core.call import call_async

        return await call_async(self.api, endpoint, args, kwargs)

    async def authenticate(self) -> Token:
        """Fetch a token now (instead of at the first request) to check the credentials early."""
        return await self.auth.get_token()

    async def close(self) -> None:
        """Close the connection pools; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True
        await self.http.aclose()
        await self._token_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


__all__ = ["AsyncIsogeo", "Isogeo"]
