"""The generated client (isogeo_api) parses what the sandbox answers, for every readable operation.

Each GET operation of the spec whose path parameters a fixture can fill is called through its
generated ``sync_detailed``; the answer must be a 200 parsed into the declared model.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from isogeo._core.wire import join_list_params_hook
from isogeo_api import AuthenticatedClient
from isogeo_api.models import ApiError
from tests.support.sandbox import SandboxHandle
from tests.support.spec import operations

pytestmark = pytest.mark.integration


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _module(tag: str, operation_id: str) -> ModuleType:
    package = tag.replace("-", "_")
    for candidate in (package, f"{package}_"):
        try:
            return importlib.import_module(f"isogeo_api.api.{candidate}.{_snake(operation_id)}")
        except ModuleNotFoundError:
            continue
    raise AssertionError(f"no generated module for {operation_id}")


def _path_values(info: dict[str, Any], tag: str) -> dict[str, str]:
    metadata = {"service-layer": "service", "service-operation": "service", "feature-attribute": "vector"}
    return {
        "workgroup_id": info["workgroups"]["test"],
        "metadata_id": info["metadata"][metadata.get(tag, "complete")],
        "contact_id": info["contact"],
        "catalog_id": info["catalog"],
        "license_id": info["license"],
        "specification_id": info["specification"],
        "keyword_id": info["keyword"],
        "thesaurus_id": info["thesauri"]["isogeo"],
        "share_id": info["share"]["id"],
        "application_id": info["user_app"]["_id"],
        "user_id": info["user_app"]["user_id"],
        "invitation_id": info["invitation"],
        "datasource_id": info["datasource"],
        "srs_code": "2154",
        "format_code": "postgis",
        "tag": "format",
    }


READABLE = [
    (op["operationId"], (op.get("tags") or ["?"])[0], path)
    for method, path, op in operations()
    if method == "GET"
]


@pytest.fixture(scope="module")
def client(sandbox_server: Any) -> Iterator[AuthenticatedClient]:
    handle = SandboxHandle(sandbox_server)
    handle.reset()
    with AuthenticatedClient(
        base_url=handle.base_url,
        token=handle.token("user"),
        httpx_args={"event_hooks": {"request": [join_list_params_hook]}},
    ) as api:
        yield api


@pytest.mark.parametrize(("operation_id", "tag", "path"), READABLE, ids=[r[0] for r in READABLE])
def test_generated_client_parses_the_answer(
    client: AuthenticatedClient, sandbox: SandboxHandle, operation_id: str, tag: str, path: str
) -> None:
    values = _path_values(sandbox.info, tag)
    names = re.findall(r"\{([^}]+)\}", path)
    unknown = [name for name in names if name not in values]
    if unknown:  # sub-resource ids: look them up through the listing of the same family
        listing = client.get_httpx_client().get(path.split("/{" + unknown[0])[0].format(**values))
        assert listing.status_code == 200, listing.text
        items = listing.json()
        if path.endswith(".bin"):  # only hosted links have bytes to download
            items = [item for item in items if item.get("type") == "hosted"]
        values[unknown[0]] = items[0]["_id"]
    module = _module(tag, operation_id)
    extra: dict[str, Any] = {"text": "sandbox"} if operation_id == "listThesaurusKeywordsByText" else {}

    response = module.sync_detailed(**{name: values[name] for name in names}, client=client, **extra)

    assert response.status_code == 200, response.content[:500]
    assert response.parsed is not None and not isinstance(response.parsed, ApiError)
