"""Geographic web services on loopback: capabilities documents served for create_from_url tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.loopback import LoopbackServer, serve

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "services"
XML = {"Content-Type": "application/xml; charset=utf-8"}
JSON = {"Content-Type": "application/json; charset=utf-8"}

# path on the service host -> (fixture file, headers)
DOCUMENTS = {
    "/geoserver/ows": ("wms_1_3_0.xml", XML),
    "/wfs": ("wfs_2_0_0.xml", XML),
    "/geoserver/gwc/service/wmts": ("wmts_1_0_0.xml", XML),
    "/arcgis/rest/services/Signalisation/MapServer": ("esri_mapserver.json", JSON),
    "/arcgis/rest/services/Dechets/FeatureServer": ("esri_featureserver.json", JSON),
    "/arcgis/rest/services/MNT/ImageServer": ("esri_imageserver.json", JSON),
}


def document(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def publish(
    server: LoopbackServer, path: str, body: bytes, headers: dict[str, str], status: int = 200
) -> None:
    """Answer HEAD and GET on ``path`` (any query string) with ``body``."""
    for method in ("HEAD", "GET"):
        server.route(method, path, (status, body, headers))


@contextmanager
def services() -> Iterator[LoopbackServer]:
    """A loopback host serving every document of :data:`DOCUMENTS`."""
    with serve() as server:
        for path, (name, headers) in DOCUMENTS.items():
            publish(server, path, document(name), headers)
        yield server
