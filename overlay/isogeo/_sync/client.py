# Derived from _async/client.py by tools/derive_sync.py: do not edit.
"""Sync client (:mod:`isogeo.client`, the public module, has both clients and says what they hold).

Written once, async; the other side is derived by ``tools/derive_sync.py``. What both sides share,
without I/O (arguments, platform, HTTP settings, the ``from_*`` constructors, ``repr``), is in
``isogeo._client``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx

from isogeo._client import _IsogeoBase
from isogeo._core import http as _http
from isogeo.auth import OAuth2Auth, Token
from isogeo.config import DEFAULT_CONCURRENCY
from isogeo_api import Client
from isogeo_api.namespaces import Namespaces

# The namespaces, the batch and call helpers and the generated models they use are imported on
# first use (in the cached properties and methods below), not here: `from isogeo import Isogeo`
# stays close to `import httpx` (bench scenario 4), and a script pays only for what it touches.
if TYPE_CHECKING:
    from isogeo._core.call import SyncEndpoint, T
    from isogeo.batch import BatchResult
    from isogeo.resources.applications import Applications
    from isogeo.resources.bulk import Bulk
    from isogeo.resources.conditions import Conditions
    from isogeo.resources.contacts import Contacts
    from isogeo.resources.counts import Counts
    from isogeo.resources.feature_attributes import FeatureAttributes
    from isogeo.resources.formats import Formats
    from isogeo.resources.keywords import Keywords
    from isogeo.resources.licenses import Licenses
    from isogeo.resources.links import Links
    from isogeo.resources.metadata import MetadataResource
    from isogeo.resources.pages import Pages
    from isogeo.resources.search import Search
    from isogeo.resources.services import Services
    from isogeo.resources.shares import Shares
    from isogeo.resources.specifications import Specifications
    from isogeo.search import SearchOptions
    from isogeo_api.models import Metadata


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
        self._check_transport(httpx.BaseTransport)
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
        """Search (SRC-1/2): ``isogeo.search(...)`` (page or whole results), ``.iter(...)``,
        ``.all(...)``."""
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

        def get(key: str) -> T:
            return self.call(endpoint, key, *args, **kwargs)

        return get_many(get, ids, concurrency=concurrency)

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
