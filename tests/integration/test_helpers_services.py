# Derived from integration/test_helpers_services_async.py by tools/derive_sync.py: do not edit.
"""Service metadata from a service URL: OGC and Esri capabilities served on loopback, the sandbox
as the API; availability, format, duplicate and capabilities refusals; the API's autofill kept.

Written async; tools/derive_sync.py derives test_helpers_services.py from this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from isogeo.errors import AlreadyExistsError, CapabilitiesError, InvalidInputError, UnreachableServiceError
from tests.conftest import load_fixture
from tests.support.clients import sync_client
from tests.support.front_door import new_workgroup, record_requests, sandbox_client, writes
from tests.support.loopback import LoopbackServer, closed_port_url
from tests.support.oauth import OAuthServer
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client as sync_sandbox_client
from tests.support.services import JSON, XML, publish, services

pytestmark = pytest.mark.integration

MD_ID = "0269803d50c446b09f5060ef7fe3e22b"


@pytest.fixture
def host() -> Iterator[LoopbackServer]:
    with services() as server:
        yield server


@pytest.fixture
def wg(sandbox: SandboxHandle) -> str:
    """A workgroup of the test's own: the duplicate check searches the workgroup, and a port the OS
    hands to ``host`` again must not make a service another test created there look like this one."""
    with sync_sandbox_client(sandbox) as isogeo:
        return new_workgroup(isogeo)


def _layers(md: object) -> dict[str, tuple[str | None, str | None, str | None]]:
    """layer name -> (title, type, parent's name)."""
    layers = md.layers  # type: ignore[attr-defined]
    names = {layer.sys_id: layer.id for layer in layers}
    return {layer.id: (layer.title, str(layer.type_), names.get(layer.parent_uid)) for layer in layers}


def _operations(md: object) -> set[tuple[str, str]]:
    return {(op.name, str(op.verb)) for op in md.operations}  # type: ignore[attr-defined]


def test_wms_metadata_gets_layers_and_operations_from_the_capabilities(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    url = f"{host.base_url}/geoserver/ows?service=WMS&version=1.3.0&request=GetCapabilities"
    with sandbox_client(sandbox) as isogeo:
        md = isogeo.services.create_from_url(wg, url)
        token = isogeo.auth.token

    assert (md.type_, md.format_, md.format_version) == ("service", "wms", "1.3.0")
    assert md.path == f"{host.base_url}/geoserver/ows"
    assert md.title == "Référentiels de la Métropole"
    assert md.abstract == "Fonds de plan et limites administratives de la Métropole."
    assert _layers(md) == {
        "limites": ("Limites administratives", "group", None),
        "communes": ("Communes", "layer", "limites"),
        "arrondissements": ("Arrondissements", "layer", "limites"),
        "orthophoto_2023": ("Orthophotographie 2023", "layer", None),
    }
    assert _operations(md) == {
        ("GetCapabilities", "GET"), ("GetCapabilities", "POST"), ("GetMap", "GET"), ("GetFeatureInfo", "GET"),
    }  # fmt: skip
    sent = [(r.method, r.path, r.query) for r in host.requests]
    assert sent == [
        ("HEAD", "/geoserver/ows", "service=WMS&version=1.3.0&request=GetCapabilities"),
        ("GET", "/geoserver/ows", "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0"),
    ]
    # The third party never sees Isogeo credentials.
    assert token is not None
    assert all("authorization" not in r.headers for r in host.requests)
    assert all(token.access_token not in str(r.headers) for r in host.requests)


def test_wfs_and_wmts_formats_come_from_the_path(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    with sandbox_client(sandbox) as isogeo:
        wfs = isogeo.services.create_from_url(wg, f"{host.base_url}/wfs")
        wmts = isogeo.services.create_from_url(
            wg, f"{host.base_url}/geoserver/gwc/service/wmts", title="Tuiles"
        )

    assert (wfs.format_, wfs.format_version, wfs.title) == ("wfs", "2.0.0", "Voirie - WFS")
    assert _layers(wfs) == {
        "voirie:troncons": ("Tronçons de voirie", "layer", None),
        "voirie:carrefours": ("Carrefours", "layer", None),
    }
    assert ("GetFeature", "POST") in _operations(wfs)
    assert (wmts.format_, wmts.title) == ("wmts", "Tuiles")
    assert _layers(wmts) == {"plan_ville": ("Plan de ville", "layer", None)}
    assert _operations(wmts) == {("GetCapabilities", "GET"), ("GetTile", "GET")}


def test_esri_map_feature_and_image_services(sandbox: SandboxHandle, wg: str, host: LoopbackServer) -> None:
    base = f"{host.base_url}/arcgis/rest/services"
    with sandbox_client(sandbox) as isogeo:
        ems = isogeo.services.create_from_url(wg, f"{base}/Signalisation/MapServer?f=pjson")
        efs = isogeo.services.create_from_url(wg, f"{base}/Dechets/FeatureServer")
        ets = isogeo.services.create_from_url(wg, f"{base}/MNT/ImageServer")

    assert (ems.format_, ems.title, ems.path) == (
        "ems",
        "Signalisation routière",
        f"{base}/Signalisation/MapServer",
    )
    assert _layers(ems) == {
        "0": ("Signalisation", "group", None),
        "1": ("Panneaux", "layer", "0"),
        "2": ("Feux", "layer", "0"),
        "3": ("Interventions", "table", None),
    }
    assert _operations(ems) == {("Map", "GET"), ("Query", "GET"), ("Data", "GET")}
    assert efs.format_ == "efs" and efs.title == f"{host.base_url.split('//')[1]} - efs"
    assert set(_layers(efs)) == {"0", "1"}
    assert ets.format_ == "ets" and _layers(ets) == {"MNT_1m": ("MNT_1m", "layer", None)}
    assert {r.query for r in host.requests if r.method == "GET"} == {"f=json"}


def test_a_wcs_is_checked_for_availability_only(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    publish(
        host, "/wcs", b'<wcs:Capabilities version="2.0.1" xmlns:wcs="http://www.opengis.net/wcs/2.0"/>', XML
    )
    with sandbox_client(sandbox) as isogeo:
        md = isogeo.services.create_from_url(wg, f"{host.base_url}/wcs")

    assert (md.format_, md.layers, md.operations) == ("wcs", [], [])
    assert [r.method for r in host.requests] == ["HEAD", "GET"]


def test_a_given_plain_client_reaches_the_service(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.method)

    with sandbox_client(sandbox) as isogeo, httpx.Client(event_hooks={"request": [record]}) as plain:
        md = isogeo.services.create_from_url(wg, f"{host.base_url}/wfs", http=plain)

    assert seen == ["HEAD", "GET"] and md.format_ == "wfs"


def test_unreachable_service_is_refused_before_any_write(sandbox: SandboxHandle, wg: str) -> None:
    url = f"{closed_port_url()}/geoserver/ows?service=wms"
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(UnreachableServiceError, match="did not answer") as caught:
            isogeo.services.create_from_url(wg, url)

    assert caught.value.status_code is None and caught.value.url == url
    assert writes(sent) == []


def test_a_service_answering_errors_is_unreachable(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    publish(
        host, "/broken/wms", b"<html>Service Unavailable</html>", {"Content-Type": "text/html"}, status=503
    )
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(UnreachableServiceError, match="answered 503") as caught:
            isogeo.services.create_from_url(wg, f"{host.base_url}/broken/wms")

    assert caught.value.status_code == 503
    assert writes(sent) == []


def test_ignore_availability_creates_the_metadata_without_layers(sandbox: SandboxHandle, wg: str) -> None:
    url = f"{closed_port_url()}/private/wms?SERVICE=WMS"
    with sandbox_client(sandbox) as isogeo:
        md = isogeo.services.create_from_url(wg, url, ignore_availability=True)

    assert (md.type_, md.format_, md.path) == ("service", "wms", url.split("?")[0])
    assert md.title.endswith(" - wms")
    assert md.layers == [] and md.operations == []


def test_unknown_service_format_is_refused_before_contacting_anyone(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(
            InvalidInputError, match=r"service_format='wps'.*not a service format of the API"
        ) as caught:
            isogeo.services.create_from_url(wg, f"{host.base_url}/ows?service=WPS")
        with pytest.raises(InvalidInputError, match=r"service_format=None.*cannot be guessed"):
            isogeo.services.create_from_url(wg, f"{host.base_url}/services/plans")

    assert "wms" in caught.value.accepted and "efs" in caught.value.accepted
    assert writes(sent) == [] and host.requests == []


@pytest.mark.parametrize(
    ("arguments", "refused"),
    [
        ({"service_url": "ftp://example.org/wms"}, "service_url"),
        ({"service_url": "https://example.org/wms", "service_type": "arcgis"}, "service_type"),
        ({"service_url": "https://example.org/wms", "title": " "}, "title"),
        ({"service_url": "https://example.org/wms", "workgroup_id": "nope"}, "workgroup_id"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    sandbox: SandboxHandle, wg: str, arguments: dict[str, str], refused: str
) -> None:
    arguments = {"workgroup_id": wg, **arguments}
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match=f"^{refused}="):
            isogeo.services.create_from_url(**arguments)  # type: ignore[arg-type]

    assert sent == []


def test_a_service_described_already_is_refused_unless_asked(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    publish(host, "/dup/wms/?", _wms(), XML)
    with sandbox_client(sandbox) as isogeo:
        first = isogeo.services.create_from_url(wg, f"{host.base_url}/dup/wms?service=wms")
        sent = record_requests(isogeo)
        with pytest.raises(AlreadyExistsError, match="check_exists=False") as caught:
            isogeo.services.create_from_url(
                wg, f"{host.base_url}/dup/wms/?SERVICE=WMS&REQUEST=GetCapabilities"
            )
        refused = writes(sent)
        second = isogeo.services.create_from_url(wg, f"{host.base_url}/dup/wms", check_exists=False)

    assert caught.value.existing.sys_id == first.sys_id
    assert refused == []
    assert second.sys_id != first.sys_id and second.path == first.path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body>Welcome</body></html>", "not an OGC capabilities document"),
        (
            b'<?xml version="1.0"?><ServiceExceptionReport version="1.3.0">'
            b'<ServiceException code="LayerNotDefined">Unknown service</ServiceException>'
            b"</ServiceExceptionReport>",
            r"exception report \(Unknown service\)",
        ),
        (b'<WMS_Capabilities version="1.3.0"><Capability><Layer>', "unreadable WMS 1.3.0 capabilities"),
    ],
)
def test_unreadable_capabilities_are_refused_before_any_write(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer, body: bytes, message: str
) -> None:
    publish(host, "/odd/wms", body, XML)
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(CapabilitiesError, match=message):
            isogeo.services.create_from_url(wg, f"{host.base_url}/odd/wms")

    assert writes(sent) == []


def test_esri_error_answer_is_a_capabilities_error(
    sandbox: SandboxHandle, wg: str, host: LoopbackServer
) -> None:
    body = b'{"error": {"code": 499, "message": "Token Required", "details": []}}'
    publish(host, "/arcgis/rest/services/Private/MapServer", body, JSON)
    with sandbox_client(sandbox) as isogeo:
        url = f"{host.base_url}/arcgis/rest/services/Private/MapServer"
        with pytest.raises(CapabilitiesError, match="error 499: Token Required"):
            isogeo.services.create_from_url(wg, url)


def test_layers_the_api_filled_in_are_kept(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    """Against a loopback API whose MD-4 autofills layers (as the real API does): none is created."""
    wg = "32f7e95ec4e94ca3bc1afda960003882"
    publish(loopback, "/geoserver/ows", _wms(), XML)
    service_path = f"{loopback.base_url}/geoserver/ows"
    filled = {
        "_id": MD_ID, "type": "service", "title": "WMS", "format": "wms", "path": service_path,
        "layers": [{"_id": "1" * 32, "id": "limites", "title": "Limites"}],
        "operations": [{"_id": "2" * 32, "name": "GetMap", "verb": "GET"}],
    }  # fmt: skip
    oauth.api("GET", "/formats/service", (200, load_fixture("service_formats.json"), {}))
    oauth.api("GET", "/resources/search", (200, {"limit": 100, "offset": 0, "results": [], "total": 0}, {}))
    oauth.api("POST", f"/groups/{wg}/resources", (200, {"_id": MD_ID, "title": "WMS", "type": "service"}, {}))
    oauth.api("PUT", f"/resources/{MD_ID}", (200, filled, {}))
    oauth.api("GET", f"/resources/{MD_ID}", (200, filled, {}))

    with sync_client(loopback, user=True) as isogeo:
        md = isogeo.services.create_from_url(wg, f"{service_path}?service=wms")

    assert [layer.id for layer in md.layers] == ["limites"]
    api_writes = [
        (r.method, r.path)
        for r in loopback.requests
        if r.method in ("POST", "PUT") and r.path != "/oauth/token"
    ]
    assert api_writes == [("POST", f"/groups/{wg}/resources"), ("PUT", f"/resources/{MD_ID}")]
    search = loopback.requests_to("/resources/search")[0].params
    assert search["q"] == [f"type:service format:wms owner:{wg}"] and search["_limit"] == ["100"]
    replaced = loopback.requests_to(f"/resources/{MD_ID}", "PUT")[0].json()
    assert (
        replaced["type"] == "service"
        and replaced["editionProfile"] == "manual"
        and replaced["path"] == service_path
    )


def _wms() -> bytes:
    from tests.support.services import document

    return document("wms_1_3_0.xml")
