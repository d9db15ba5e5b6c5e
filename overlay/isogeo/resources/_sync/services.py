# Derived from _async/services.py by tools/derive_sync.py: do not edit.
"""Sync services namespace (:mod:`isogeo.resources.services` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Services) if not name.startswith("_"))
['create_from_url', 'layers', 'link_layer', 'operations', 'unlink_layer']
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from isogeo._core.call import SyncEndpoint
from isogeo.capabilities import Capabilities, OperationInfo
from isogeo.resources._common import id_of, value_of
from isogeo.resources._services import (
    SEARCH_PAGE,
    WITH_PARTS,
    Probe,
    _already_exists,
    _duplicate,
    _layer_ids,
    _Plan,
    _plan,
    _search_query,
    _service_formats,
    check_format,
    check_layer_dataset,
    check_layer_service,
    creation_bodies,
    known_type,
    layer_body,
    layers_in_order,
    logger,
    operation_body,
    plain_client_options,
)
from isogeo.service_urls import ServiceType, ServiceUrl
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
    Format,
    Metadata,
    MetadataTypeFilter,
    ServiceLayer,
    ServiceOperation,
)

if TYPE_CHECKING:
    from isogeo.client import Isogeo

# FMT-2 answers a Format or a list: name the union so that mypy need not infer it.
_GET_FORMATS: SyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type


def _probe(http: httpx.Client, service: ServiceUrl) -> Probe:
    probe = Probe()
    try:
        probe.head_status = (http.head(service.url)).status_code
    except httpx.HTTPError as exc:
        probe.head_error = type(exc).__name__
    try:
        response = http.get(service.capabilities_url)
        probe.get_status, probe.content = response.status_code, response.content
    except httpx.HTTPError as exc:
        probe.get_error = type(exc).__name__
    return probe


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
        formats = self._client.call(_GET_FORMATS, MetadataTypeFilter.SERVICE)
        check_format(plan.service, _service_formats(formats))
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
        # Steps 2 and 3 (HEAD, GET) over the caller's client or a plain one closed at once; the
        # capabilities are then read from what was fetched (no I/O), the same way sync and async.
        if http is not None:
            probe = _probe(http, service)
        else:
            with httpx.Client(**plain_client_options(self._client)) as plain:
                probe = _probe(plain, service)
        return probe.capabilities(service, ignore_availability=ignore_availability)

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
                created_layer = self._client.call(create_service_layer, md.sys_id, body=body)
                uids[layer.name] = created_layer.sys_id
            created = True
        if not value_of(md.operations) and caps.operations:
            for operation in dict.fromkeys((op.name, op.verb) for op in caps.operations):
                op_body = operation_body(OperationInfo(*operation))
                self._client.call(create_service_operation, md.sys_id, body=op_body)
            created = True
        if created:
            logger.info("service metadata %s: layers and operations created from the capabilities", md.sys_id)
        return created
