"""Service URLs taken apart (kind, format, path, capabilities URL) and capabilities read from fixtures."""

from __future__ import annotations

import pytest

from isogeo.capabilities import LayerInfo, read_capabilities
from isogeo.errors import CapabilitiesError, InvalidInputError
from isogeo.service_urls import parse_service_url
from tests.support.services import document

BASE = "https://carto.example.org"


@pytest.mark.parametrize(
    ("url", "kind", "fmt", "capabilities"),
    [
        (f"{BASE}/geoserver/ows?service=wms&version=1.3.0&request=GetCapabilities", "ogc", "wms",
         f"{BASE}/geoserver/ows?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0"),
        (f"{BASE}/cgi-bin/mapserv?map=/data/plan.map&SERVICE=WFS", "ogc", "wfs",
         f"{BASE}/cgi-bin/mapserv?map=%2Fdata%2Fplan.map&SERVICE=WFS&REQUEST=GetCapabilities"),
        (f"{BASE}/server/services/LM/MapServer/WFSServer?request=GetCapabilities&service=WFS", "ogc", "wfs",
         f"{BASE}/server/services/LM/MapServer/WFSServer?SERVICE=WFS&REQUEST=GetCapabilities"),
        (f"{BASE}/arcgis/services/Voirie/MapServer/WMSServer", "ogc", "wms",
         f"{BASE}/arcgis/services/Voirie/MapServer/WMSServer?SERVICE=WMS&REQUEST=GetCapabilities"),
        (f"{BASE}/geoserver/gwc/service/wmts?REQUEST=GetCapabilities", "ogc", "wmts",
         f"{BASE}/geoserver/gwc/service/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"),
        (f"{BASE}/arcgis/rest/services/SIGNALISATION/signalisation_MAJ/FeatureServer?f=json", "esri", "efs",
         f"{BASE}/arcgis/rest/services/SIGNALISATION/signalisation_MAJ/FeatureServer?f=json"),
        (f"{BASE}/arcgis/rest/services/Voirie/MapServer", "esri", "ems",
         f"{BASE}/arcgis/rest/services/Voirie/MapServer?f=json"),
        (f"{BASE}/arcgis/rest/services/MNT/ImageServer?token=abc", "esri", "ets",
         f"{BASE}/arcgis/rest/services/MNT/ImageServer?token=abc&f=json"),
    ],
)  # fmt: skip
def test_kind_format_and_capabilities_url(url: str, kind: str, fmt: str, capabilities: str) -> None:
    service = parse_service_url(url)

    assert (service.kind, service.format, service.capabilities_url) == (kind, fmt, capabilities)
    assert service.path == url.split("?")[0]


def test_explicit_type_and_format_win() -> None:
    service = parse_service_url(f"{BASE}/arcgis/rest/services/X/MapServer", "esri_ogc", "WMS")

    assert (service.kind, service.format, service.is_esri) == ("esri_ogc", "wms", False)


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ((None,), "service_url"),
        (("example.org/wms",), "service_url"),
        ((f"{BASE}/wms", "wms"), "service_type"),
        ((f"{BASE}/plans",), "service_format"),
        ((f"{BASE}/wms", "guess", ""), "service_format"),
    ],
)
def test_refusals_name_the_argument(arguments: tuple[object, ...], argument: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_service_url(*arguments)

    assert caught.value.argument == argument


@pytest.mark.parametrize(
    ("url", "fixture", "layers"),
    [
        (f"{BASE}/ows?service=wms", "wms_1_3_0.xml", 4),
        (f"{BASE}/wfs", "wfs_2_0_0.xml", 2),
        (f"{BASE}/wmts", "wmts_1_0_0.xml", 1),
        (f"{BASE}/arcgis/rest/services/S/MapServer", "esri_mapserver.json", 4),
        (f"{BASE}/arcgis/rest/services/D/FeatureServer", "esri_featureserver.json", 2),
        (f"{BASE}/arcgis/rest/services/M/ImageServer", "esri_imageserver.json", 1),
    ],
)
def test_capabilities_of_every_fixture(url: str, fixture: str, layers: int) -> None:
    caps = read_capabilities(parse_service_url(url), document(fixture))

    assert len(caps.layers) == layers and caps.operations
    assert all(isinstance(layer, LayerInfo) and layer.name for layer in caps.layers)


def test_wcs_capabilities_are_not_read() -> None:
    with pytest.raises(CapabilitiesError, match="WCS capabilities is not supported"):
        read_capabilities(parse_service_url(f"{BASE}/ows?service=WCS"), b"<Capabilities version='2.0.1'/>")
