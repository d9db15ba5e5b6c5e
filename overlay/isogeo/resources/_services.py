"""What the sync and async services namespaces share (:mod:`isogeo.resources.services`)."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from isogeo._core.redact import redact_url
from isogeo.capabilities import Capabilities, LayerInfo, OperationInfo, can_read, read_capabilities
from isogeo.errors import AlreadyExistsError, CapabilitiesError, InvalidInputError, UnreachableServiceError
from isogeo.metadata_helpers import metadata_type_filter_form
from isogeo.resources._common import id_of, value_of
from isogeo.service_urls import ServiceUrl, parse_service_url, same_service_path
from isogeo_api.models import (
    EditionProfile,
    Format,
    Metadata,
    MetadataCreate,
    MetadataInclude,
    MetadataSearch,
    MetadataType,
    MetadataUpdate,
    ServiceLayer,
    ServiceLayerCreate,
    ServiceLayerType,
    ServiceOperationCreate,
    ServiceOperationVerb,
)

if TYPE_CHECKING:
    from isogeo.client import _IsogeoBase


logger = logging.getLogger("isogeo")


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
