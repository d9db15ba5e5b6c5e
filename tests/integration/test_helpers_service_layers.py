"""services.link_layer / unlink_layer (LAY-6/7) against the sandbox, sync and async.

A layer publishes a vector, raster or no-geo dataset: the type is checked before the link (from
the record, or by reading the metadata when only an id is given); other types and non-services
are refused with nothing written. The API's answers stay typed: 409 for a layer already linked,
404 for unlinking what is not linked.
"""

from __future__ import annotations

import pytest

from isogeo.errors import ConflictError, InvalidInputError, NotFoundError
from isogeo_api.api.metadata import get_metadata
from isogeo_api.api.service_layer import create_service_layer
from isogeo_api.models import Metadata, ServiceLayerCreate
from tests.support.front_door import (
    async_sandbox_client,
    record_requests,
    sandbox_client,
    unique,
    writes,
)
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration
LINK = "/layers/{}/dataset/{}"


def _layer_body() -> ServiceLayerCreate:
    return ServiceLayerCreate(id=unique("layer"), title="Layer under test")


def test_a_layer_links_a_dataset_once_and_unlinks_it(sandbox: SandboxHandle) -> None:
    service, vector = sandbox.info["metadata"]["service"], sandbox.info["metadata"]["vector"]
    with sandbox_client(sandbox) as isogeo:
        layer = isogeo.call(create_service_layer, service, body=_layer_body())
        sent = record_requests(isogeo)

        isogeo.services.link_layer(service, layer, vector)  # a bare id: the type is read first
        with pytest.raises(ConflictError):  # LAY-6: already linked
            isogeo.services.link_layer(service, layer.sys_id, vector)
        isogeo.services.unlink_layer(service, layer, vector)
        with pytest.raises(NotFoundError):  # LAY-7: not linked any more
            isogeo.services.unlink_layer(service, layer, vector)
        isogeo.services.link_layer(service, layer, vector)  # free again

    path = f"/resources/{service}" + LINK.format(layer.sys_id, vector)
    assert sent[0] == ("GET", f"/resources/{vector}")
    assert writes(sent) == [
        ("POST", path),
        ("POST", path),
        ("DELETE", path),
        ("DELETE", path),
        ("POST", path),
    ]


@pytest.mark.parametrize("kind", ["raster", "no_geo"])
def test_raster_and_no_geo_datasets_given_as_records_link_without_a_read(
    sandbox: SandboxHandle, kind: str
) -> None:
    service = sandbox.info["metadata"]["service"]
    with sandbox_client(sandbox) as isogeo:
        dataset: Metadata = isogeo.call(get_metadata, sandbox.info["metadata"][kind])
        layer = isogeo.call(create_service_layer, service, body=_layer_body())
        sent = record_requests(isogeo)

        isogeo.services.link_layer(service, layer, dataset)

    assert [method for method, _ in sent] == ["POST"]


@pytest.mark.parametrize("kind", ["resource", "service"])
def test_what_a_layer_cannot_publish_is_refused_before_any_write(sandbox: SandboxHandle, kind: str) -> None:
    service = sandbox.info["metadata"]["service"]
    with sandbox_client(sandbox) as isogeo:
        layer = isogeo.call(create_service_layer, service, body=_layer_body())
        sent = record_requests(isogeo)

        with pytest.raises(
            InvalidInputError, match=r"dataset=.*cannot be published by a layer.*vector-dataset"
        ):
            isogeo.services.link_layer(service, layer, sandbox.info["metadata"][kind])

    assert writes(sent) == []


def test_a_service_given_as_another_type_is_refused_with_nothing_sent(sandbox: SandboxHandle) -> None:
    vector = sandbox.info["metadata"]["vector"]
    with sandbox_client(sandbox) as isogeo:
        not_a_service: Metadata = isogeo.call(get_metadata, vector)
        sent = record_requests(isogeo)

        with pytest.raises(InvalidInputError, match=r"service=.*has no layers"):
            isogeo.services.link_layer(not_a_service, "c" * 32, {"_id": vector, "type": "vectorDataset"})
        with pytest.raises(InvalidInputError, match=r"service=.*has no layers"):
            isogeo.services.link_layer(not_a_service, "c" * 32, vector)  # a bare id: not even read
        with pytest.raises(InvalidInputError, match="layer"):
            isogeo.services.unlink_layer(sandbox.info["metadata"]["service"], "not-an-id", vector)

    assert sent == []


@pytest.mark.anyio
async def test_async_twin_links_checks_and_unlinks(sandbox: SandboxHandle) -> None:
    service, vector = sandbox.info["metadata"]["service"], sandbox.info["metadata"]["vector"]
    async with async_sandbox_client(sandbox) as isogeo:
        layer = await isogeo.call(create_service_layer, service, body=_layer_body())
        sent = record_requests(isogeo)

        with pytest.raises(InvalidInputError, match="dataset"):
            await isogeo.services.link_layer(service, layer, sandbox.info["metadata"]["resource"])
        await isogeo.services.link_layer(service, layer, vector)
        with pytest.raises(ConflictError):
            await isogeo.services.link_layer(service, layer, {"_id": vector, "type": "vector-dataset"})
        await isogeo.services.unlink_layer(service, layer, vector)
        with pytest.raises(NotFoundError):
            await isogeo.services.unlink_layer(service, layer, vector)

    path = f"/resources/{service}" + LINK.format(layer.sys_id, vector)
    assert writes(sent) == [("POST", path), ("POST", path), ("DELETE", path), ("DELETE", path)]
