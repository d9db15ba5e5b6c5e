"""The httpx clients the front door hands to every generated endpoint.

What every request to the API gets, in order:

* the OAuth2 flow (:mod:`isogeo.auth`): secure-destination check, bearer token, one retry on 401;
* request hooks: comma-joined list parameters (:mod:`isogeo._core.wire`), the default ``_lang``, and
  the long read timeout on ``.../search`` routes;
* the transport stack (:mod:`isogeo._core.transport`): retries (a body cut short included, unless the
  caller streams it), per-attempt logs, the network;
* typed errors: a status >= 400 raises :mod:`isogeo.errors` *here*, in ``send``, so that code
  calling generated functions directly with ``isogeo.api`` gets them too; transport failures
  become :class:`~isogeo.errors.APIConnectionError` / :class:`~isogeo.errors.APITimeoutError`.

Redirects are followed; on a redirect to another origin httpx drops the ``Authorization``
header, so the token never leaves the API host.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

# What httpx.Client and httpx.AsyncClient share (their base_url, params, cookies, build_request):
# the one base both API clients' common part (_ApiClient) builds on.
from httpx._client import BaseClient

from isogeo import errors
from isogeo._core import deadline as _deadline
from isogeo._core.transport import STREAM_KEY, IsogeoTransport
from isogeo._core.wire import join_list_params_hook, join_list_query
from isogeo.config import DEFAULT_LIMITS, ResponseLimits, Timeouts
from isogeo.retries import RetryPolicy

try:  # httpx's own reading of HTTP(S)_PROXY / ALL_PROXY / NO_PROXY, so that we behave like httpx.
    from httpx._utils import get_environment_proxies
except ImportError:  # pragma: no cover - a future httpx moved it: then environment proxies are off

    def get_environment_proxies() -> dict[str, str | None]:
        return {}


LAST_RESPONSE: ContextVar[httpx.Response | None] = ContextVar("isogeo_last_response", default=None)
"""The last response this context received: ``call`` uses it to describe a body it cannot parse."""

TOKEN_RETRY_METHODS = frozenset({"POST"})


@dataclass(frozen=True)
class HttpSettings:
    """How to reach a host: everything both the API and the token clients share."""

    user_agent: str
    timeouts: Timeouts = field(default_factory=Timeouts)
    retries: RetryPolicy = field(default_factory=RetryPolicy)
    verify: bool | ssl.SSLContext = True
    proxy: str | httpx.Proxy | None = None
    trust_env: bool = True
    http2: bool = False
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    headers: Mapping[str, str] = field(default_factory=dict)
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    response_limits: ResponseLimits = field(default_factory=ResponseLimits)


def _network(settings: HttpSettings, proxy: str | httpx.Proxy | None, *, asynchronous: bool) -> Any:
    kwargs: dict[str, Any] = {
        "verify": settings.verify,
        "http2": settings.http2,
        "limits": settings.limits,
        "trust_env": settings.trust_env,
        "proxy": proxy,
    }
    transport = httpx.AsyncHTTPTransport(**kwargs) if asynchronous else httpx.HTTPTransport(**kwargs)
    _deadline.install(transport)
    return transport


def _transports(
    settings: HttpSettings, *, asynchronous: bool, retry_methods: frozenset[str] | None
) -> tuple[IsogeoTransport, dict[str, IsogeoTransport | None]]:
    """(default transport, mounts): every network path, proxies included, gets retries and logs."""

    def wrap(inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> IsogeoTransport:
        return IsogeoTransport(
            inner,
            settings.retries,
            retry_methods=retry_methods,
            timeouts=settings.timeouts,
            max_body_size=settings.response_limits.max_body_size,
        )

    if settings.transport is not None:
        return wrap(settings.transport), {}
    if settings.proxy is not None:
        return wrap(_network(settings, settings.proxy, asynchronous=asynchronous)), {}
    mounts: dict[str, IsogeoTransport | None] = {}
    if settings.trust_env:
        for pattern, proxy_url in get_environment_proxies().items():
            mounts[pattern] = (
                None if proxy_url is None else wrap(_network(settings, proxy_url, asynchronous=asynchronous))
            )
    return wrap(_network(settings, None, asynchronous=asynchronous)), mounts


def _client_kwargs(settings: HttpSettings, *, asynchronous: bool, token_client: bool) -> dict[str, Any]:
    transport, mounts = _transports(
        settings, asynchronous=asynchronous, retry_methods=TOKEN_RETRY_METHODS if token_client else None
    )
    return {
        "transport": transport,
        "mounts": mounts,
        "timeout": settings.timeouts.as_httpx(),
        "headers": {"User-Agent": settings.user_agent, **settings.headers},
        # API: hosted files and the API itself may redirect. Token endpoint: never follow.
        "follow_redirects": not token_client,
        "trust_env": settings.trust_env,
    }


def _has_param(query: bytes, name: bytes) -> bool:
    """Whether the raw query string ``query`` holds the parameter ``name`` (with or without value).

    >>> _has_param(b"q=a&_lang=fr", b"_lang"), _has_param(b"x_lang=fr", b"_lang"), _has_param(b"", b"_lang")
    (True, False, False)
    """
    return any(part.split(b"=", 1)[0] == name for part in query.split(b"&")) if name in query else False


def _lang_param(lang: str) -> str:
    """The default ``_lang`` as it is added to a query.

    >>> _lang_param("fr")
    '_lang=fr'
    """
    return f"_lang={quote(lang, safe='')}"


def _prefix(base_url: httpx.URL) -> str | None:
    """The text every API path is appended to (None: a base URL with a query or a fragment).

    >>> _prefix(httpx.URL("https://api.isogeo.com")), _prefix(httpx.URL("https://h/v1/"))
    ('https://api.isogeo.com/', 'https://h/v1/')
    """
    if base_url.query or base_url.fragment or not base_url.is_absolute_url:
        return None
    text = str(base_url)  # its path ends with "/" (httpx's rule); an empty one prints without
    return text if text.endswith("/") else f"{text}/"


class _Prefix:
    """The :func:`_prefix` of a client's base URL, computed again only when the base URL changes."""

    __slots__ = ("base_url", "prefix")

    def __init__(self) -> None:
        self.base_url: httpx.URL | None = None
        self.prefix: str | None = None

    def of(self, base_url: httpx.URL) -> str | None:
        if base_url is not self.base_url:
            self.prefix, self.base_url = _prefix(base_url), base_url
        return self.prefix


_BUILT_KEY = "isogeo.built_url"
"""Request extension: the URL :class:`_ApiRequests` built, with everything the hooks would add."""


class _ApiRequests:
    """What every request to the API gets (the request hooks: list parameters comma-joined, the
    default ``_lang``, the long read timeout on ``.../search``), and the URL of a request to a path
    of the API built at once with all of it (:meth:`url`)."""

    def __init__(self, lang: str, timeouts: Timeouts) -> None:
        self.lang_param = _lang_param(lang)
        self._extra = self.lang_param.encode("ascii")
        self._search_timeout = timeouts.for_search().as_dict()
        self._prefix = _Prefix()

    def default_lang(self, request: httpx.Request) -> None:
        # Generated functions send `_lang` only when given `sys_lang`; the API wants it always.
        # Read and extend the raw query: parsing it into QueryParams and adding a parameter would
        # parse the whole URL twice more on every request.
        query = request.url.query
        if not _has_param(query, b"_lang"):
            request.url = request.url.copy_with(query=query + b"&" + self._extra if query else self._extra)

    def long_search_timeout(self, request: httpx.Request) -> None:
        if request.url.path.rstrip("/").endswith("/search"):
            request.extensions["timeout"] = self._search_timeout

    def hook(self, request: httpx.Request) -> None:
        """The request hook: nothing left to do for a URL :meth:`built` (a redirect's is not)."""
        if request.extensions.get(_BUILT_KEY) is request.url:
            return
        join_list_params_hook(request)
        self.default_lang(request)
        self.long_search_timeout(request)

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)

    def built(self, request: httpx.Request) -> httpx.Request:
        """``request``, whose URL came from :meth:`url`, with what the hook would add besides."""
        self.long_search_timeout(request)
        request.extensions[_BUILT_KEY] = request.url
        return request

    def url(self, client: BaseClient, url: httpx.URL | str, params: Any) -> httpx.URL | None:
        """The final URL of a request to ``url`` (a path of the API) with ``params``, parsed once;
        None when this is not such a request (httpx's own ``build_request`` then does it).

        httpx parses a URL three more times to get there (the relative path, its merge into the
        base URL, the query); the request hooks then add the default ``_lang`` and fold repeated
        list parameters, each a parse more. Here the base URL's text, the path as given and the
        query encoded by ``httpx.QueryParams`` are joined, the list parameters folded and ``_lang``
        added first: the text is what those steps give, parsed once as the floor's
        ``client.get(url)`` does.
        """
        if url.__class__ is not str or url[:1] != "/" or url[1:2] == "/" or "?" in url or "#" in url:
            return None
        if client.params:  # the client's own default parameters: httpx merges them
            return None
        base = self._prefix.of(client.base_url)
        if base is None:
            return None
        text = self.lang_param
        if params:
            query = join_list_query(httpx.QueryParams(params))
            if "_lang" in query:
                text = str(query)
            elif query:
                text = f"{query}&{text}"
        return httpx.URL(f"{base}{url[1:]}?{text}")


def _request_hooks(lang: str, timeouts: Timeouts) -> list[Callable[[httpx.Request], None]]:
    """The default ``_lang`` and the long search timeout, as hooks of their own (tests)."""
    requests = _ApiRequests(lang, timeouts)
    return [requests.default_lang, requests.long_search_timeout]


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, which reads an answer's cookies only when the answer sets some.

    httpx hands every answer to the standard library's ``CookieJar.extract_cookies``, which builds
    urllib request and message objects to look for ``Set-Cookie`` / ``Set-Cookie2`` headers
    (≈ 10 µs per answer); it finds none in the API's answers. An answer with either header goes
    through it as before (a load balancer's affinity cookie, say).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def check_open(client: httpx.Client | httpx.AsyncClient) -> None:
    """:class:`~isogeo.errors.ClientClosedError` (not httpx's bare ``RuntimeError``) once closed."""
    if client.is_closed:
        raise errors.ClientClosedError(
            "this Isogeo client is closed (close() was called or its with block ended): create a new one"
        )


class _ApiClient(BaseClient):
    """What both HTTP clients add to httpx's: requests to the API's paths built with one URL parse
    (:class:`_ApiRequests`), and the cookie jar that reads only answers setting cookies."""

    _requests: _ApiRequests

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _Cookies(cookies)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        direct = self._requests.url(self, url, kwargs.get("params"))
        if direct is None:
            return super().build_request(method, url, **kwargs)
        kwargs["params"] = None
        return self._requests.built(super().build_request(method, direct, **kwargs))


class IsogeoHttpClient(_ApiClient, httpx.Client):
    """``httpx.Client`` whose ``send`` raises :mod:`isogeo.errors` (see the module docstring)."""

    def __init__(self, *, lang: str, timeouts: Timeouts | None = None, **kwargs: Any) -> None:
        """``lang``: the default ``_lang``; ``timeouts``: their long read for searches."""
        requests = self._requests = _ApiRequests(lang, timeouts or Timeouts())
        super().__init__(event_hooks={"request": [requests.hook]}, **kwargs)
        self._cookies = _Cookies(self._cookies)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_open(self)
        request.extensions[STREAM_KEY] = bool(kwargs.get("stream", False))
        try:
            response = super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise errors.connection_error(exc) from exc
        LAST_RESPONSE.set(response)
        if response.status_code >= 400:
            try:
                response.read()
            finally:
                response.close()
            raise errors.from_response(response)
        return response


class AsyncIsogeoHttpClient(_ApiClient, httpx.AsyncClient):
    """The async twin of :class:`IsogeoHttpClient`."""

    def __init__(self, *, lang: str, timeouts: Timeouts | None = None, **kwargs: Any) -> None:
        """``lang``: the default ``_lang``; ``timeouts``: their long read for searches."""
        requests = self._requests = _ApiRequests(lang, timeouts or Timeouts())
        super().__init__(event_hooks={"request": [requests.ahook]}, **kwargs)
        self._cookies = _Cookies(self._cookies)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_open(self)
        request.extensions[STREAM_KEY] = bool(kwargs.get("stream", False))
        try:
            response = await super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise errors.connection_error(exc) from exc
        LAST_RESPONSE.set(response)
        if response.status_code >= 400:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise errors.from_response(response)
        return response


def api_client(settings: HttpSettings, *, base_url: str, auth: httpx.Auth, lang: str) -> IsogeoHttpClient:
    """The sync client for the REST API."""
    return IsogeoHttpClient(
        lang=lang,
        timeouts=settings.timeouts,
        base_url=base_url,
        auth=auth,
        **_client_kwargs(settings, asynchronous=False, token_client=False),
    )


def async_api_client(
    settings: HttpSettings, *, base_url: str, auth: httpx.Auth, lang: str
) -> AsyncIsogeoHttpClient:
    """The async client for the REST API."""
    return AsyncIsogeoHttpClient(
        lang=lang,
        timeouts=settings.timeouts,
        base_url=base_url,
        auth=auth,
        **_client_kwargs(settings, asynchronous=True, token_client=False),
    )


def token_client(settings: HttpSettings) -> httpx.Client:
    """The sync client for the OAuth2 token endpoint (no auth, no API hooks; POSTs retried)."""
    return httpx.Client(**_client_kwargs(settings, asynchronous=False, token_client=True))


def async_token_client(settings: HttpSettings) -> httpx.AsyncClient:
    """The async client for the OAuth2 token endpoint."""
    return httpx.AsyncClient(**_client_kwargs(settings, asynchronous=True, token_client=True))
