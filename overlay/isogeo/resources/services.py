"""Service metadata (a ``service`` metadata with its layers and operations) from a service URL.

``create_from_url(workgroup_id, service_url, ...)`` is the SDK's ``ApiService.create`` (facts
§3.22), step by step:

1. **Arguments** — the URL is taken apart (:mod:`isogeo.service_urls`): kind (OGC or Esri),
   format (``wms``, ``wfs``, ``wmts``, ``efs``, ``ems``, ``ets``...), path without query string.
   The format must be one of the API's service formats (FMT-2 ``service``).
   Refusals: :class:`~isogeo.errors.InvalidInputError`, before anything is written.
2. **Availability** — an unauthenticated ``HEAD`` of the URL, then a ``GET`` of its capabilities
   (the SDK's GET fallback, which the next step needs anyway), with a **separate plain HTTP client**:
   the Isogeo bearer token never goes to a third party. No answer, or a status >= 400 to both:
   :class:`~isogeo.errors.UnreachableServiceError`.
3. **Capabilities** — OGC XML read with OWSLib (the ``services`` extra), Esri JSON (``?f=json``)
   read as is (:mod:`isogeo.capabilities`); unreadable: :class:`~isogeo.errors.CapabilitiesError`.
   Other OGC formats (``wcs``...) are checked for availability only: no layers are read for them.
   With ``ignore_availability=True``, steps 2 and 3 only log a warning and the metadata is created
   without the layers read here (for services only Isogeo's servers can reach, as in the SDK).
4. **Duplicates** — with ``check_exists`` (default), a search (SRC-1,
   ``type:service format:<fmt> owner:<workgroup>``, every page) for a metadata whose ``path`` is the
   same URL: :class:`~isogeo.errors.AlreadyExistsError` with the metadata in ``.existing``.
5. **Creation** — MD-2 (title: ``title``, else the capabilities' title, else ``"{host} - {format}"``;
   path, format, version, abstract), then MD-4 (PUT), which makes the API fill the layers in
   (its "autofill"), then MD-1 with ``layers`` and ``operations``.
6. **Layers and operations** — when the API filled none (the sandbox never does; the real API
   may not reach the service), they are created from the capabilities read in step 3: layers
   parents first (LAY-3, ``parentUid`` set to the parent's Isogeo id), then one operation per
   name and HTTP verb (OPE-3). Layers or operations the API filled are left as they are.

The result is the metadata read afresh with its layers and operations.

``link_layer(service, layer, dataset)`` / ``unlink_layer(...)`` are the SDK's
``ApiServiceLayer.associate_metadata`` / ``dissociate_metadata`` (LAY-6/7): a layer of a service
names the dataset it publishes. The dataset must be a vector, raster or no-geo dataset (either
naming form: ``vectorDataset`` or ``vector-dataset``); its type is checked **before the link** —
from the record when one is given, else by reading it (MD-1) — and a service given as a record
must be a ``service``. Refusals: :class:`~isogeo.errors.InvalidInputError`, nothing sent. The
API's own answers stay typed: a layer already linked is its 409
(:class:`~isogeo.errors.ConflictError`), unlinking what is not linked its 404
(:class:`~isogeo.errors.NotFoundError`).
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from isogeo._core.call import AsyncEndpoint, SyncEndpoint
from isogeo._core.redact import redact_url
from isogeo.capabilities import Capabilities, LayerInfo, OperationInfo, can_read, read_capabilities
from isogeo.errors import AlreadyExistsError, CapabilitiesError, InvalidInputError, UnreachableServiceError
from isogeo.metadata_helpers import metadata_type_filter_form
from isogeo.resources._common import id_of, value_of
from isogeo.service_urls import ServiceType, ServiceUrl, parse_service_url, same_service_path
from isogeo_api.api.format_ import get_format_by_code_or_type
from isogeo_api.api.metadata import create_workgroup_metadata, get_metadata, replace_metadata
from isogeo_api.api.search import search_metadata
from isogeo_api.api.service_layer import (
    associate_dataset_to_service_layer,
    create_service_layer,
    dissociate_dataset_from_service_layer,
    list_service_layers,
)
from isogeo_api.api.service_operation import create_service_operation, list_service_operations
from isogeo_api.models import (
    EditionProfile,
    Format,
    Metadata,
    MetadataCreate,
    MetadataInclude,
    MetadataSearch,
    MetadataType,
    MetadataTypeFilter,
    MetadataUpdate,
    ServiceLayer,
    ServiceLayerCreate,
    ServiceLayerType,
    ServiceOperation,
    ServiceOperationCreate,
    ServiceOperationVerb,
)

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo, _IsogeoBase

logger = logging.getLogger("isogeo")

# FMT-2 answers a Format or a list: name the union so that mypy need not infer it.
_GET_FORMATS: SyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type
_GET_FORMATS_ASYNC: AsyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type
WITH_PARTS = [MetadataInclude.LAYERS, MetadataInclude.OPERATIONS]
SEARCH_PAGE = 100


def check_format(service: ServiceUrl, formats: Iterable[Format]) -> None:
    """Refuse a format that is not one of the API's service formats (FMT-2 ``service``).

    >>> from isogeo.service_urls import parse_service_url
    >>> svc = parse_service_url("https://h.example.org/ows?service=WPS")
    >>> check_format(svc, [Format.from_dict({"_id": "a" * 32, "code": "wms"})])
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: service_format='wps' is not accepted (not a service format of ...
    """
    codes = sorted({str(value_of(fmt.code)) for fmt in formats if value_of(fmt.code)})
    if service.format not in codes:
        raise InvalidInputError(
            "service_format", service.format, codes, reason="not a service format of the API"
        )


def check_title(title: object) -> str | None:
    """``title`` if ``None`` or a non-blank string.

    >>> check_title(" Plans ") , check_title(None)
    ('Plans', None)
    """
    if title is None:
        return None
    if isinstance(title, str) and title.strip():
        return title.strip()
    raise InvalidInputError("title", title, "a non-empty string or None")


@dataclass
class Probe:
    """What the plain client saw: the HEAD status (or error) and the capabilities GET."""

    head_status: int | None = None
    head_error: str | None = None
    get_status: int | None = None
    get_error: str | None = None
    content: bytes = b""

    def capabilities(self, service: ServiceUrl, *, ignore_availability: bool) -> Capabilities | None:
        """The capabilities read, ``None`` when ignored, or the error of steps 2 and 3."""
        url = redact_url(service.url)
        head_ok = self.head_status is not None and self.head_status < 400
        get_ok = self.get_status is not None and self.get_status < 400
        try:
            if not head_ok and not get_ok:
                status = self.get_status or self.head_status
                why = (
                    f"answered {status}"
                    if status
                    else f"did not answer ({self.get_error or self.head_error})"
                )
                raise UnreachableServiceError(
                    f"the service {why} to HEAD then GET", url=url, status_code=status
                )
            if not get_ok:
                why = (
                    f"answered {self.get_status}" if self.get_status else f"did not answer ({self.get_error})"
                )
                raise UnreachableServiceError(
                    f"the capabilities request {why}",
                    url=redact_url(service.capabilities_url),
                    status_code=self.get_status,
                )
            if not can_read(service):  # e.g. a WCS: available, its layers left to the API's autofill
                logger.info("capabilities of %s services are not read here", service.format.upper())
                return Capabilities()
            return read_capabilities(service, self.content)
        except (UnreachableServiceError, CapabilitiesError) as exc:
            if not ignore_availability:
                raise
            logger.warning("service metadata created without reading the service (%s)", exc)
            return None


def plain_client_options(client: _IsogeoBase) -> dict[str, Any]:
    """Options of the plain (unauthenticated) httpx client that reaches the third-party service:
    the front door's timeouts, proxy, environment and User-Agent; TLS verified with the system's
    certificates (a CA given for the Isogeo platform does not apply to other hosts); no auth.

    >>> from isogeo import Isogeo
    >>> with Isogeo("app", "secret") as isogeo:
    ...     options = plain_client_options(isogeo)
    >>> sorted(options)
    ['follow_redirects', 'headers', 'proxy', 'timeout', 'trust_env']
    """
    settings = client._settings
    return {
        "timeout": settings.timeouts.as_httpx(),
        "proxy": settings.proxy,
        "trust_env": settings.trust_env,
        "follow_redirects": True,
        "headers": {"User-Agent": settings.user_agent},
    }


def _probe_sync(http: httpx.Client, service: ServiceUrl) -> Probe:
    probe = Probe()
    try:
        probe.head_status = http.head(service.url).status_code
    except httpx.HTTPError as exc:
        probe.head_error = type(exc).__name__
    try:
        response = http.get(service.capabilities_url)
        probe.get_status, probe.content = response.status_code, response.content
    except httpx.HTTPError as exc:
        probe.get_error = type(exc).__name__
    return probe


async def _probe_async(http: httpx.AsyncClient, service: ServiceUrl) -> Probe:
    probe = Probe()
    try:
        probe.head_status = (await http.head(service.url)).status_code
    except httpx.HTTPError as exc:
        probe.head_error = type(exc).__name__
    try:
        response = await http.get(service.capabilities_url)
        probe.get_status, probe.content = response.status_code, response.content
    except httpx.HTTPError as exc:
        probe.get_error = type(exc).__name__
    return probe


def _search_query(workgroup_id: str, service: ServiceUrl) -> str:
    return f"type:service format:{service.format} owner:{workgroup_id}"


def _duplicate(page: MetadataSearch, service: ServiceUrl) -> Metadata | None:
    for md in page.results:
        if same_service_path(value_of(md.path), service.path):
            return md
    return None


def _already_exists(md: Metadata, service: ServiceUrl) -> AlreadyExistsError:
    return AlreadyExistsError(
        f"metadata {md.sys_id} ({value_of(md.title)!r}) already describes {redact_url(service.path)}; "
        "pass check_exists=False to create another",
        existing=md,
    )


def creation_bodies(
    service: ServiceUrl, title: str | None, caps: Capabilities | None
) -> tuple[MetadataCreate, MetadataUpdate]:
    """The MD-2 and MD-4 bodies of a service metadata.

    >>> from isogeo.service_urls import parse_service_url
    >>> service = parse_service_url("https://h.example.org/wfs?service=wfs")
    >>> create, update = creation_bodies(service, None, None)
    >>> create.to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'title': 'h.example.org - wfs', 'type': 'service', 'format': 'wfs',
     'path': 'https://h.example.org/wfs', 'series': False}
    >>> update.to_dict()["editionProfile"]
    'manual'
    """
    fields: dict[str, Any] = {
        "title": title or (caps.title if caps else None) or service.default_title,
        "format_": service.format,
        "path": service.path,
        "series": False,
    }
    if caps and caps.abstract:
        fields["abstract"] = caps.abstract
    version = service.version or (caps.version if caps and not service.is_esri else None)
    if version:
        fields["format_version"] = version
    create = MetadataCreate(type_=MetadataType.SERVICE, **fields)
    update = MetadataUpdate(type_=MetadataType.SERVICE, edition_profile=EditionProfile.MANUAL, **fields)
    return create, update


def layers_in_order(layers: Iterable[LayerInfo]) -> builtins.list[LayerInfo]:
    """Layers in the document's order, except that a child waits until its parent is placed
    (a parent missing from the list is ignored).

    >>> order = layers_in_order([LayerInfo("child", parent="root"), LayerInfo("root", type="group"),
    ...                          LayerInfo("other")])
    >>> [layer.name for layer in order]
    ['root', 'other', 'child']
    """
    pending = builtins.list(layers)
    names = {layer.name for layer in pending}
    done: set[str] = set()
    ordered: builtins.list[LayerInfo] = []
    while pending:
        progress = False
        for layer in builtins.list(pending):
            if layer.parent is None or layer.parent in done or layer.parent not in names:
                ordered.append(layer)
                done.add(layer.name)
                pending.remove(layer)
                progress = True
        if not progress:  # a cycle: keep the document's order
            ordered.extend(pending)
            break
    return ordered


def layer_body(layer: LayerInfo, parent_uid: str | None) -> ServiceLayerCreate:
    """The LAY-3 body of a layer read from the capabilities.

    >>> layer_body(LayerInfo("communes", "Communes", "limites"), "f" * 32).to_dict()["parentUid"] == "f" * 32
    True
    """
    body = ServiceLayerCreate(id=layer.name, title=layer.title, type_=ServiceLayerType(layer.type))
    if parent_uid is not None:
        body.parent_uid = parent_uid
    return body


def operation_body(operation: OperationInfo) -> ServiceOperationCreate:
    """The OPE-3 body of an operation read from the capabilities.

    >>> operation_body(OperationInfo("GetMap", "GET")).to_dict()
    {'name': 'GetMap', 'verb': 'GET'}
    """
    return ServiceOperationCreate(name=operation.name, verb=ServiceOperationVerb(operation.verb))


def _service_formats(found: Format | builtins.list[Format]) -> builtins.list[Format]:
    return found if isinstance(found, builtins.list) else [found]


@dataclass(frozen=True)
class _Plan:
    workgroup_id: str
    service: ServiceUrl
    title: str | None


def _plan(
    workgroup_id: object, service_url: object, service_type: object, service_format: object, title: object
) -> _Plan:
    return _Plan(
        id_of(workgroup_id, "workgroup_id"),  # type: ignore[arg-type]
        parse_service_url(service_url, service_type, service_format),
        check_title(title),
    )


def _layer_ids(
    service: Metadata | str, layer: ServiceLayer | str, dataset: Metadata | str
) -> tuple[str, str, str]:
    return id_of(service, "service"), id_of(layer, "layer"), id_of(dataset, "dataset")


PUBLISHED_TYPES = ("vector-dataset", "raster-dataset", "no-geo-dataset")
"""Metadata types a service layer can publish (LAY-6), in their search-filter form."""


def known_type(metadata: object) -> str | None:
    """The type of a metadata given as a record or its JSON; ``None`` for a bare id or no type.

    >>> known_type({"_id": "a" * 32, "type": "rasterDataset"}), known_type("a" * 32)
    ('rasterDataset', None)
    """
    if isinstance(metadata, Mapping):
        value = metadata.get("type")
    elif isinstance(metadata, str):
        return None
    else:
        value = value_of(getattr(metadata, "type_", None))
    return None if value is None else str(value)


def check_layer_service(service: Metadata | Mapping[str, Any] | str) -> None:
    """Refuse a service given as a record of another type (a bare id is the server's to check)."""
    service_type = known_type(service)
    if service_type is not None and service_type != "service":
        raise InvalidInputError(
            "service",
            id_of(service, "service"),
            "a service metadata",
            reason=f"a {service_type} has no layers",
        )


def check_layer_dataset(dataset_type: str | None, dataset: Metadata | Mapping[str, Any] | str) -> None:
    """Refuse a dataset LAY-6 cannot link: anything but a vector, raster or no-geo dataset.

    >>> check_layer_dataset("resource", "b" * 32)
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: dataset='bbbb...' is not accepted (a resource cannot be published ...
    """
    if metadata_type_filter_form(dataset_type) not in PUBLISHED_TYPES:
        raise InvalidInputError(
            "dataset",
            id_of(dataset, "dataset"),
            [f"a {kind} metadata" for kind in PUBLISHED_TYPES],
            reason=f"a {dataset_type or 'metadata of unknown type'} cannot be published by a layer",
        )


class Services:
    """Sync services namespace: ``isogeo.services``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     md = isogeo.services.create_from_url(
    ...         WORKGROUP_ID, "https://geo.example.org/geoserver/ows?service=wms&request=GetCapabilities"
    ...     )
    ...     [layer.id for layer in md.layers]
    ['limites', 'communes', 'arrondissements', 'orthophoto_2023']
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client

    def layers(self, service: Metadata | str) -> builtins.list[ServiceLayer]:
        """LAY-1: the layers of a service metadata."""
        return self._client.call(list_service_layers, id_of(service, "service"))

    def operations(self, service: Metadata | str) -> builtins.list[ServiceOperation]:
        """OPE-1: the operations of a service metadata."""
        return self._client.call(list_service_operations, id_of(service, "service"))

    def link_layer(self, service: Metadata | str, layer: ServiceLayer | str, dataset: Metadata | str) -> None:
        """LAY-6: ``layer`` of ``service`` publishes ``dataset`` (checked first: see the module).

        >>> isogeo.services.link_layer(SERVICE_ID, layer, VECTOR_ID)  # doctest: +SKIP
        """
        service_id, layer_id, dataset_id = _layer_ids(service, layer, dataset)
        check_layer_service(service)  # before the read below
        dataset_type = known_type(dataset)
        if dataset_type is None:
            found: Metadata = self._client.call(get_metadata, dataset_id)
            dataset_type = known_type(found)
        check_layer_dataset(dataset_type, dataset_id)
        self._client.call(associate_dataset_to_service_layer, service_id, layer_id, dataset_id)

    def unlink_layer(
        self, service: Metadata | str, layer: ServiceLayer | str, dataset: Metadata | str
    ) -> None:
        """LAY-7: ``layer`` of ``service`` no longer publishes ``dataset`` (404 if it did not).

        >>> isogeo.services.unlink_layer(SERVICE_ID, layer, VECTOR_ID)  # doctest: +SKIP
        """
        self._client.call(dissociate_dataset_from_service_layer, *_layer_ids(service, layer, dataset))

    def create_from_url(
        self,
        workgroup_id: str,
        service_url: str,
        *,
        service_type: ServiceType = "guess",
        service_format: str | None = None,
        title: str | None = None,
        check_exists: bool = True,
        ignore_availability: bool = False,
        http: httpx.Client | None = None,
    ) -> Metadata:
        """A service metadata created from a service URL (see the module's docstring for the steps).

        ``http`` replaces the plain client that reaches the service (it must not carry Isogeo
        credentials); by default one is made from the front door's timeouts and proxy.

        >>> md = isogeo.services.create_from_url(  # doctest: +SKIP
        ...     WORKGROUP_ID, "https://carto.example.org/arcgis/rest/services/Voirie/MapServer")
        >>> md.format_, [(layer.id, layer.title) for layer in md.layers][:2]  # doctest: +SKIP
        ('ems', [('0', 'Voirie'), ('1', 'Tronçons')])
        """
        plan = _plan(workgroup_id, service_url, service_type, service_format, title)
        check_format(
            plan.service, _service_formats(self._client.call(_GET_FORMATS, MetadataTypeFilter.SERVICE))
        )
        caps = self._read_service(plan.service, http, ignore_availability=ignore_availability)
        if check_exists:
            self._refuse_duplicate(plan)
        create, update = creation_bodies(plan.service, plan.title, caps)
        created = self._client.call(create_workgroup_metadata, plan.workgroup_id, body=create)
        self._client.call(replace_metadata, created.sys_id, body=update)
        md = self._client.call(get_metadata, created.sys_id, sys_include=WITH_PARTS)
        if caps is not None and self._fill(md, caps):
            md = self._client.call(get_metadata, created.sys_id, sys_include=WITH_PARTS)
        return md

    def _read_service(
        self, service: ServiceUrl, http: httpx.Client | None, *, ignore_availability: bool
    ) -> Capabilities | None:
        if http is not None:
            return _probe_sync(http, service).capabilities(service, ignore_availability=ignore_availability)
        with httpx.Client(**plain_client_options(self._client)) as plain:
            return _probe_sync(plain, service).capabilities(service, ignore_availability=ignore_availability)

    def _refuse_duplicate(self, plan: _Plan) -> None:
        offset, query = 0, _search_query(plan.workgroup_id, plan.service)
        while True:
            page = self._client.call(search_metadata, q=query, sys_limit=SEARCH_PAGE, sys_offset=offset)
            found = _duplicate(page, plan.service)
            if found is not None:
                raise _already_exists(found, plan.service)
            offset += len(page.results)
            if not page.results or offset >= page.total:
                return

    def _fill(self, md: Metadata, caps: Capabilities) -> bool:
        """Create the layers and operations the API did not fill; whether anything was created."""
        created = False
        if not value_of(md.layers) and caps.layers:
            uids: dict[str, str] = {}
            for layer in layers_in_order(caps.layers):
                body = layer_body(layer, uids.get(layer.parent or ""))
                uids[layer.name] = self._client.call(create_service_layer, md.sys_id, body=body).sys_id
            created = True
        if not value_of(md.operations) and caps.operations:
            for operation in dict.fromkeys((op.name, op.verb) for op in caps.operations):
                self._client.call(
                    create_service_operation, md.sys_id, body=operation_body(OperationInfo(*operation))
                )
            created = True
        if created:
            logger.info("service metadata %s: layers and operations created from the capabilities", md.sys_id)
        return created


class AsyncServices:
    """Async services namespace: ``aisogeo.services`` (the methods of :class:`Services`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client

    async def layers(self, service: Metadata | str) -> builtins.list[ServiceLayer]:
        """LAY-1: the layers of a service metadata."""
        return await self._client.call(list_service_layers, id_of(service, "service"))

    async def operations(self, service: Metadata | str) -> builtins.list[ServiceOperation]:
        """OPE-1: the operations of a service metadata."""
        return await self._client.call(list_service_operations, id_of(service, "service"))

    async def link_layer(
        self, service: Metadata | str, layer: ServiceLayer | str, dataset: Metadata | str
    ) -> None:
        """LAY-6: the async twin of :meth:`Services.link_layer`."""
        service_id, layer_id, dataset_id = _layer_ids(service, layer, dataset)
        check_layer_service(service)  # before the read below
        dataset_type = known_type(dataset)
        if dataset_type is None:
            found: Metadata = await self._client.call(get_metadata, dataset_id)
            dataset_type = known_type(found)
        check_layer_dataset(dataset_type, dataset_id)
        await self._client.call(associate_dataset_to_service_layer, service_id, layer_id, dataset_id)

    async def unlink_layer(
        self, service: Metadata | str, layer: ServiceLayer | str, dataset: Metadata | str
    ) -> None:
        """LAY-7: the async twin of :meth:`Services.unlink_layer`."""
        await self._client.call(dissociate_dataset_from_service_layer, *_layer_ids(service, layer, dataset))

    async def create_from_url(
        self,
        workgroup_id: str,
        service_url: str,
        *,
        service_type: ServiceType = "guess",
        service_format: str | None = None,
        title: str | None = None,
        check_exists: bool = True,
        ignore_availability: bool = False,
        http: httpx.AsyncClient | None = None,
    ) -> Metadata:
        """A service metadata created from a service URL (see :meth:`Services.create_from_url`)."""
        plan = _plan(workgroup_id, service_url, service_type, service_format, title)
        formats = await self._client.call(_GET_FORMATS_ASYNC, MetadataTypeFilter.SERVICE)
        check_format(plan.service, _service_formats(formats))
        caps = await self._read_service(plan.service, http, ignore_availability=ignore_availability)
        if check_exists:
            await self._refuse_duplicate(plan)
        create, update = creation_bodies(plan.service, plan.title, caps)
        created = await self._client.call(create_workgroup_metadata, plan.workgroup_id, body=create)
        await self._client.call(replace_metadata, created.sys_id, body=update)
        md = await self._client.call(get_metadata, created.sys_id, sys_include=WITH_PARTS)
        if caps is not None and await self._fill(md, caps):
            md = await self._client.call(get_metadata, created.sys_id, sys_include=WITH_PARTS)
        return md

    async def _read_service(
        self, service: ServiceUrl, http: httpx.AsyncClient | None, *, ignore_availability: bool
    ) -> Capabilities | None:
        if http is not None:
            return (await _probe_async(http, service)).capabilities(
                service, ignore_availability=ignore_availability
            )
        async with httpx.AsyncClient(**plain_client_options(self._client)) as plain:
            probe = await _probe_async(plain, service)
        return probe.capabilities(service, ignore_availability=ignore_availability)

    async def _refuse_duplicate(self, plan: _Plan) -> None:
        offset, query = 0, _search_query(plan.workgroup_id, plan.service)
        while True:
            page = await self._client.call(search_metadata, q=query, sys_limit=SEARCH_PAGE, sys_offset=offset)
            found = _duplicate(page, plan.service)
            if found is not None:
                raise _already_exists(found, plan.service)
            offset += len(page.results)
            if not page.results or offset >= page.total:
                return

    async def _fill(self, md: Metadata, caps: Capabilities) -> bool:
        """Create the layers and operations the API did not fill; whether anything was created."""
        created = False
        if not value_of(md.layers) and caps.layers:
            uids: dict[str, str] = {}
            for layer in layers_in_order(caps.layers):
                body = layer_body(layer, uids.get(layer.parent or ""))
                uids[layer.name] = (
                    await self._client.call(create_service_layer, md.sys_id, body=body)
                ).sys_id
            created = True
        if not value_of(md.operations) and caps.operations:
            for operation in dict.fromkeys((op.name, op.verb) for op in caps.operations):
                op_body = operation_body(OperationInfo(*operation))
                await self._client.call(create_service_operation, md.sys_id, body=op_body)
            created = True
        if created:
            logger.info("service metadata %s: layers and operations created from the capabilities", md.sys_id)
        return created


__all__ = [
    "AsyncServices",
    "Probe",
    "Services",
    "check_format",
    "check_title",
    "creation_bodies",
    "layer_body",
    "layers_in_order",
    "operation_body",
    "plain_client_options",
]
