"""Read what a geographic web service offers: title, abstract, layers and operations.

* **OGC** (WMS 1.1.1/1.3.0, WFS 1.0.0/1.1.0/2.0.0, WMTS 1.0.0) capabilities XML is read with
  `OWSLib <https://owslib.readthedocs.io>`_ — the ``services`` extra
  (``pip install 'isogeo-client[services]'``); without it,
  :class:`~isogeo.errors.MissingDependencyError` names the extra. The document's own ``version``
  chooses the reader; an exception report becomes a :class:`~isogeo.errors.CapabilitiesError`.
* **Esri** ArcGIS REST JSON (``?f=json`` of a MapServer, FeatureServer, ImageServer or
  VectorTileServer) is read as plain JSON: layers and tables (``subLayerIds`` make a group), the
  service's ``capabilities`` (``Map,Query,Data``) as operations.

The result is a :class:`Capabilities`, independent of the library that read it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

from isogeo.errors import CapabilitiesError, MissingDependencyError
from isogeo.service_urls import ServiceUrl

LayerType = Literal["group", "layer", "table"]
READABLE_OGC_FORMATS = ("wms", "wfs", "wmts")
"""OGC formats whose capabilities this module reads (others: availability only, no layers)."""
Verb = Literal["GET", "POST"]


@dataclass(frozen=True)
class LayerInfo:
    """A layer of a service: its name in the service, title, parent layer's name and type."""

    name: str
    title: str | None = None
    parent: str | None = None
    type: LayerType = "layer"


@dataclass(frozen=True)
class OperationInfo:
    """An operation of a service and one HTTP verb it accepts."""

    name: str
    verb: Verb = "GET"
    url: str | None = None


@dataclass(frozen=True)
class Capabilities:
    """What a service says about itself.

    >>> caps = read_esri_capabilities(b'{"name": "MNT_1m", "capabilities": "Image,Metadata"}', "https://h/ImageServer")
    >>> caps.layers, [op.name for op in caps.operations]
    ((LayerInfo(name='MNT_1m', title='MNT_1m', parent=None, type='layer'),), ['Image', 'Metadata'])
    """

    title: str | None = None
    abstract: str | None = None
    version: str | None = None
    layers: tuple[LayerInfo, ...] = ()
    operations: tuple[OperationInfo, ...] = ()


def _clean(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    return stripped or None


# ---------------------------------------------------------------------- OGC (OWSLib)
def _owslib(feature: str) -> ModuleType:
    # OWSLib's WFS 1.0 reader warns at import that pyproj is missing: no CRS is transformed here.
    wfs100_logger = logging.getLogger("owslib.feature.wfs100")
    if not any(isinstance(f, _PyprojWarningFilter) for f in wfs100_logger.filters):
        wfs100_logger.addFilter(_PyprojWarningFilter())
    try:
        import owslib.wfs
        import owslib.wms
        import owslib.wmts
    except ImportError as exc:  # pragma: no cover - the test environment installs the extra
        raise MissingDependencyError("owslib", "services", feature) from exc
    module: ModuleType = owslib
    return module


class _PyprojWarningFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "pyproj" not in record.getMessage()


_ROOT = re.compile(rb"<(?:[\w.-]+:)?(\w+)[\s>][^>]*?\bversion=[\"']([\d.]+)[\"']", re.DOTALL)
_EXCEPTION = re.compile(rb"<(?:[\w.-]+:)?(ServiceExceptionReport|ExceptionReport)\b")
_EXCEPTION_TEXT = re.compile(rb"<(?:[\w.-]+:)?(?:ServiceException|ExceptionText)\b[^>]*>(.*?)</", re.DOTALL)


def _root_version(content: bytes, url: str) -> str:
    if _EXCEPTION.search(content[:2000]):
        found = _EXCEPTION_TEXT.search(content)
        detail = found.group(1).decode("utf-8", "replace").strip() if found else "no detail"
        raise CapabilitiesError(f"the service answered an exception report ({detail[:200]})", url=url)
    for match in _ROOT.finditer(content[:4000]):
        if match.group(1).endswith(b"Capabilities"):
            return match.group(2).decode()
    raise CapabilitiesError(
        "not an OGC capabilities document (no *Capabilities root with a version)", url=url
    )


def _operations(operations: Iterable[Any]) -> tuple[OperationInfo, ...]:
    found: list[OperationInfo] = []
    for operation in operations:
        methods = getattr(operation, "methods", None) or [{"type": "Get"}]
        if isinstance(methods, Mapping):  # some OWSLib readers key the methods by verb
            methods = [
                {"type": verb, **(value if isinstance(value, Mapping) else {})}
                for verb, value in methods.items()
            ]
        for method in methods:
            verb = str(method.get("type", "Get")).upper()
            if verb in ("GET", "POST"):
                found.append(OperationInfo(str(operation.name), verb, _clean(method.get("url"))))  # type: ignore[arg-type]
    return tuple(dict.fromkeys(found))


def _wms_layers(contents: Mapping[str, Any]) -> tuple[LayerInfo, ...]:
    layers = []
    for name, layer in contents.items():
        parent = getattr(layer, "parent", None)
        kind: LayerType = "group" if getattr(layer, "children", None) else "layer"
        layers.append(LayerInfo(str(name), _clean(layer.title), _clean(getattr(parent, "name", None)), kind))
    return tuple(layers)


def _flat_layers(contents: Mapping[str, Any]) -> tuple[LayerInfo, ...]:
    return tuple(
        LayerInfo(str(name), _clean(getattr(layer, "title", None))) for name, layer in contents.items()
    )


def read_ogc_capabilities(service_format: str, content: bytes, url: str) -> Capabilities:
    """Capabilities of a WMS, WFS or WMTS from its GetCapabilities XML (OWSLib).

    >>> xml = b'''<WMT_MS_Capabilities version="1.1.1"><Service><Name>OGC:WMS</Name><Title>Plans</Title>
    ... </Service><Capability><Request><GetMap><Format>image/png</Format><DCPType><HTTP><Get>
    ... <OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://h/wms?"/></Get></HTTP>
    ... </DCPType></GetMap></Request><Layer><Name>plan</Name><Title>Plan</Title></Layer></Capability>
    ... </WMT_MS_Capabilities>'''
    >>> caps = read_ogc_capabilities("wms", xml, "https://h/wms")
    >>> caps.title, caps.version, [(op.name, op.verb) for op in caps.operations]
    ('Plans', '1.1.1', [('GetMap', 'GET')])
    >>> caps.layers
    (LayerInfo(name='plan', title='Plan', parent=None, type='layer'),)
    """
    fmt = service_format.lower()
    if fmt not in READABLE_OGC_FORMATS:
        raise CapabilitiesError(
            f"reading {fmt.upper()} capabilities is not supported (WMS, WFS, WMTS are)", url=url
        )
    owslib = _owslib("isogeo.services.create_from_url")
    version = _root_version(content, url)
    try:
        if fmt == "wms":
            service: Any = owslib.wms.WebMapService(
                url, version="1.3.0" if version == "1.3.0" else "1.1.1", xml=content
            )
            layers = _wms_layers(service.contents)
        elif fmt == "wfs":
            wfs_version = version if version in ("1.0.0", "1.1.0", "2.0.0") else "2.0.0"
            service = owslib.wfs.WebFeatureService(url, version=wfs_version, xml=content)
            layers = _flat_layers(service.contents)
        else:
            service = owslib.wmts.WebMapTileService(url, version="1.0.0", xml=content)
            layers = _flat_layers(service.contents)
        identification = service.identification
        return Capabilities(
            title=_clean(getattr(identification, "title", None)),
            abstract=_clean(getattr(identification, "abstract", None)),
            version=version,
            layers=layers,
            operations=_operations(service.operations),
        )
    except CapabilitiesError:
        raise
    except Exception as exc:  # OWSLib raises many kinds (lxml syntax errors, KeyError, AttributeError...)
        raise CapabilitiesError(
            f"unreadable {fmt.upper()} {version} capabilities ({type(exc).__name__}: {exc})", url=url
        ) from exc


# ---------------------------------------------------------------------- Esri (JSON)
def _esri_layers(document: Mapping[str, Any]) -> tuple[LayerInfo, ...]:
    layers: list[LayerInfo] = []
    for key, default_type in (("layers", "layer"), ("tables", "table")):
        for item in document.get(key) or []:
            if not isinstance(item, Mapping) or "id" not in item:
                continue
            parent = item.get("parentLayerId")
            kind: LayerType = "group" if item.get("subLayerIds") else default_type  # type: ignore[assignment]
            parent_name = str(parent) if isinstance(parent, int) and parent >= 0 else None
            layers.append(LayerInfo(str(item["id"]), _clean(item.get("name")), parent_name, kind))
    if not layers and _clean(document.get("name")):  # ImageServer, VectorTileServer: one layer, the service
        name = str(document["name"])
        layers.append(LayerInfo(name, name))
    return tuple(layers)


def read_esri_capabilities(content: bytes | Mapping[str, Any], url: str) -> Capabilities:
    """Capabilities of an ArcGIS REST service from its ``?f=json`` description.

    >>> caps = read_esri_capabilities({"mapName": "Voirie", "layers": [
    ...     {"id": 0, "name": "Voies", "parentLayerId": -1, "subLayerIds": [1]},
    ...     {"id": 1, "name": "Tronçons", "parentLayerId": 0}]}, "https://h/MapServer")
    >>> caps.title, [(layer.name, layer.type, layer.parent) for layer in caps.layers]
    ('Voirie', [('0', 'group', None), ('1', 'layer', '0')])
    """
    if isinstance(content, Mapping):
        document: Any = content
    else:
        try:
            document = json.loads(content)
        except ValueError as exc:
            raise CapabilitiesError(f"not an ArcGIS REST JSON description ({exc})", url=url) from exc
    if not isinstance(document, Mapping):
        raise CapabilitiesError("not an ArcGIS REST JSON description (not an object)", url=url)
    error = document.get("error")
    if isinstance(error, Mapping):
        raise CapabilitiesError(
            f"the service answered error {error.get('code')}: {error.get('message')}", url=url
        )
    info: Mapping[str, Any] = (
        document["documentInfo"] if isinstance(document.get("documentInfo"), Mapping) else {}
    )
    title = _clean(info.get("Title")) or _clean(document.get("mapName")) or _clean(document.get("name"))
    abstract = _clean(document.get("serviceDescription")) or _clean(document.get("description"))
    names = [_clean(name) for name in str(document.get("capabilities") or "").split(",")]
    version = document.get("currentVersion")
    return Capabilities(
        title=title,
        abstract=abstract,
        version=str(version) if version is not None else None,
        layers=_esri_layers(document),
        operations=tuple(OperationInfo(name) for name in dict.fromkeys(names) if name),
    )


def can_read(service: ServiceUrl) -> bool:
    """Whether this module reads the capabilities of ``service`` (Esri, WMS, WFS, WMTS).

    >>> from isogeo.service_urls import parse_service_url
    >>> can_read(parse_service_url("https://h/ows?service=WMS")), can_read(parse_service_url("https://h/ows?service=WCS"))
    (True, False)
    """
    return service.is_esri or service.format in READABLE_OGC_FORMATS


def read_capabilities(service: ServiceUrl, content: bytes) -> Capabilities:
    """The capabilities of ``service`` from the body of its :attr:`~ServiceUrl.capabilities_url`.

    >>> from isogeo.service_urls import parse_service_url
    >>> svc = parse_service_url("https://carto.example.org/arcgis/rest/services/Dechets/FeatureServer")
    >>> read_capabilities(svc, b'{"layers": [{"id": 0, "name": "Verre"}], "capabilities": "Query"}').layers
    (LayerInfo(name='0', title='Verre', parent=None, type='layer'),)
    """
    if service.is_esri:
        return read_esri_capabilities(content, service.capabilities_url)
    return read_ogc_capabilities(service.format, content, service.capabilities_url)


__all__ = [
    "READABLE_OGC_FORMATS",
    "Capabilities",
    "LayerInfo",
    "LayerType",
    "OperationInfo",
    "can_read",
    "read_capabilities",
    "read_esri_capabilities",
    "read_ogc_capabilities",
]
