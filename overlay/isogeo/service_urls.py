"""What a geographic web service URL says about the service: its kind, format and capabilities URL.

Pure functions (no network), used by :meth:`isogeo.resources.services.Services.create_from_url`.
The rules follow the official SDK (facts §3.22), extended where it guessed nothing:

* **kind** — ``esri`` when the path holds ``FeatureServer``, ``ImageServer``,
  ``VectorTileServer``, or ``MapServer`` not followed by ``WMSServer``/``WFSServer`` (ArcGIS
  Server's OGC endpoints are ``ogc``); ``ogc`` otherwise. ``esri_ogc`` may be given explicitly and
  is read as OGC.
* **format** — OGC: the ``service`` query parameter, lowercased (``wms``, ``wfs``, ``wmts``...),
  else a path segment (``WMSServer``, ``wfs``, ``wmts``...); Esri: ``efs`` (FeatureServer), ``ems``
  (MapServer) or ``ets`` (ImageServer and VectorTileServer, Isogeo's "Esri Tile Service").
* **path** — the URL without its query string: the metadata's ``path`` and the duplicate key.
* **capabilities URL** — OGC: ``SERVICE=<FORMAT>&REQUEST=GetCapabilities`` (and ``VERSION`` when
  the URL named one), other query parameters kept (``map=...`` of MapServer); Esri: ``f=json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from isogeo.errors import InvalidInputError

ServiceType = Literal["guess", "ogc", "esri", "esri_ogc"]
SERVICE_TYPES: tuple[str, ...] = get_args(ServiceType)
ServiceKind = Literal["ogc", "esri", "esri_ogc"]

_ESRI_FORMATS = (
    ("featureserver", "efs"),
    ("imageserver", "ets"),
    ("vectortileserver", "ets"),
    ("mapserver", "ems"),
)
_OGC_PATH_FORMATS = (
    ("wmsserver", "wms"), ("wfsserver", "wfs"), ("wmtsserver", "wmts"), ("wcsserver", "wcs"),
    ("wmts", "wmts"), ("wms", "wms"), ("wfs", "wfs"), ("wcs", "wcs"),
)  # fmt: skip
_OGC_KEYS = frozenset({"service", "request", "version"})


@dataclass(frozen=True)
class ServiceUrl:
    """A service URL taken apart (see the module's docstring).

    >>> svc = parse_service_url("https://geo.example.org/ows?service=WMS&version=1.3.0&request=GetCapabilities")
    >>> svc.kind, svc.format, svc.version, svc.path
    ('ogc', 'wms', '1.3.0', 'https://geo.example.org/ows')
    >>> svc.capabilities_url
    'https://geo.example.org/ows?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0'
    >>> svc.default_title
    'geo.example.org - wms'
    """

    url: str
    """The URL as given (checked for availability)."""
    path: str
    """The URL without its query string."""
    kind: ServiceKind
    format: str
    version: str | None
    query: tuple[tuple[str, str], ...]
    """Query parameters other than the OGC ``service``, ``request`` and ``version``."""

    @property
    def is_esri(self) -> bool:
        """Whether the capabilities are Esri JSON (else OGC XML)."""
        return self.kind == "esri"

    @property
    def capabilities_url(self) -> str:
        """Where the service describes itself."""
        if self.is_esri:
            params = [(k, v) for k, v in self.query if k.lower() != "f"] + [("f", "json")]
        else:
            params = [*self.query, ("SERVICE", self.format.upper()), ("REQUEST", "GetCapabilities")]
            if self.version:
                params.append(("VERSION", self.version))
        return f"{self.path}?{urlencode(params)}"

    @property
    def default_title(self) -> str:
        """The SDK's default title: ``"{host} - {format}"``."""
        return f"{urlsplit(self.path).netloc} - {self.format}"


def guess_kind(path: str) -> ServiceKind:
    """``esri`` or ``ogc`` from a URL path (see the module's docstring).

    >>> guess_kind("/arcgis/rest/services/Voirie/MapServer")
    'esri'
    >>> guess_kind("/arcgis/services/Voirie/MapServer/WMSServer")
    'ogc'
    """
    lowered = path.lower()
    if any(marker in lowered for marker in ("/featureserver", "/imageserver", "/vectortileserver")):
        return "esri"
    if "/mapserver" in lowered and not re.search(r"/(wms|wfs|wmts|wcs)server", lowered):
        return "esri"
    return "ogc"


def guess_format(path: str, query: dict[str, str], kind: ServiceKind) -> str | None:
    """The format code from the URL, or ``None`` when nothing says it.

    >>> guess_format("/arcgis/rest/services/Dechets/FeatureServer", {}, "esri")
    'efs'
    >>> guess_format("/geoserver/gwc/service/wmts", {}, "ogc")
    'wmts'
    >>> guess_format("/ows", {"service": "WFS "}, "ogc")
    'wfs'
    """
    segments = [segment.lower() for segment in path.split("/") if segment]
    if kind == "esri":
        for marker, code in _ESRI_FORMATS:
            if marker in segments:
                return code
        return None
    if query.get("service"):
        return query["service"].strip().lower()
    for marker, code in _OGC_PATH_FORMATS:
        if marker in segments:
            return code
    return None


def parse_service_url(
    service_url: object, service_type: object = "guess", service_format: object = None
) -> ServiceUrl:
    """Take ``service_url`` apart; every refusal is an :class:`InvalidInputError`, before any request.

    >>> parse_service_url("https://carto.example.org/arcgis/rest/services/Voirie/MapServer?f=pjson").capabilities_url
    'https://carto.example.org/arcgis/rest/services/Voirie/MapServer?f=json'
    >>> parse_service_url("ftp://example.org/wms")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: service_url='ftp://example.org/wms' is not accepted; expected an ...
    """
    if not isinstance(service_url, str) or not service_url.strip():
        raise InvalidInputError("service_url", service_url, "an http(s) URL of a geographic web service")
    url = service_url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInputError("service_url", service_url, "an http(s) URL of a geographic web service")
    if service_type not in SERVICE_TYPES:
        raise InvalidInputError("service_type", service_type, SERVICE_TYPES)
    path = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    ogc = {key.lower(): value for key, value in pairs if key.lower() in _OGC_KEYS}
    kind: ServiceKind = guess_kind(parts.path) if service_type == "guess" else service_type  # type: ignore[assignment]
    if service_format is None:
        fmt = guess_format(parts.path, ogc, kind)
        if fmt is None:
            raise InvalidInputError(
                "service_format",
                None,
                "a format code such as 'wms', 'wfs', 'wmts', 'efs' or 'ems'",
                reason=f"it cannot be guessed from {url!r}",
            )
    elif isinstance(service_format, str) and service_format.strip():
        fmt = service_format.strip().lower()
    else:
        raise InvalidInputError("service_format", service_format, "a format code such as 'wms'")
    others = tuple((key, value) for key, value in pairs if key.lower() not in _OGC_KEYS)
    return ServiceUrl(url, path, kind, fmt, ogc.get("version") or None, others)


def same_service_path(first: str | None, second: str) -> bool:
    """Whether two service paths name the same service (scheme and host case, trailing slash aside).

    >>> same_service_path("HTTPS://Geo.Example.org/ows/", "https://geo.example.org/ows")
    True
    """
    if not first:
        return False

    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url.strip())
        return parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/")

    return key(first) == key(second)


__all__ = [
    "SERVICE_TYPES",
    "ServiceKind",
    "ServiceType",
    "ServiceUrl",
    "guess_format",
    "guess_kind",
    "parse_service_url",
    "same_service_path",
]
