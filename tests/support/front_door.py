"""Front-door clients signed in to the sandbox, and fresh entities for tests that write.

Tests share one sandbox server per run: each test that writes creates its own metadata (or
format, license...) with a unique name, so that tests stay independent without a reset.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import httpx

from isogeo import AsyncIsogeo, Isogeo
from isogeo_api.api.metadata import create_workgroup_metadata
from isogeo_api.api.workgroup import create_workgroup
from isogeo_api.models import Metadata, MetadataCreate, MetadataType, WorkgroupCreate
from tests.support.sandbox import SandboxHandle

# Re-exported (one definition, in sandbox_clients.py).
from tests.support.sandbox_clients import async_sandbox_client as async_sandbox_client
from tests.support.sandbox_clients import sandbox_client as sandbox_client


def unique(prefix: str) -> str:
    """A name no other test uses: ``prefix-1a2b3c4d``."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def metadata_body(md_type: MetadataType | str, fmt: str | None = None) -> MetadataCreate:
    body = MetadataCreate(title=unique(f"test {md_type}"), type_=MetadataType(md_type))
    if fmt is not None:
        body.format_ = fmt
    return body


def new_metadata(
    isogeo: Isogeo, workgroup_id: str, md_type: MetadataType | str, fmt: str | None = None
) -> Metadata:
    """A new metadata of ``md_type`` (and format ``fmt``) in ``workgroup_id`` (MD-2)."""
    return isogeo.call(create_workgroup_metadata, workgroup_id, body=metadata_body(md_type, fmt))


async def new_metadata_async(
    isogeo: AsyncIsogeo, workgroup_id: str, md_type: MetadataType | str, fmt: str | None = None
) -> Metadata:
    """The async twin of :func:`new_metadata`."""
    return await isogeo.call(create_workgroup_metadata, workgroup_id, body=metadata_body(md_type, fmt))


def record_requests(isogeo: Isogeo | AsyncIsogeo) -> list[tuple[str, str]]:
    """A list that receives ``(method, path)`` of every API request the client sends from now on."""
    sent: list[tuple[str, str]] = []

    if isinstance(isogeo, AsyncIsogeo):

        async def async_hook(request: httpx.Request) -> None:
            sent.append((request.method, request.url.path))

        isogeo.http.event_hooks["request"].append(async_hook)
    else:

        def hook(request: httpx.Request) -> None:
            sent.append((request.method, request.url.path))

        isogeo.http.event_hooks["request"].append(hook)
    return sent


def writes(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The requests of ``sent`` that may change something (not GET/HEAD)."""
    return [(method, path) for method, path in sent if method not in ("GET", "HEAD")]


def workgroup_body() -> WorkgroupCreate:
    return WorkgroupCreate(contact_name=unique("Groupe de test"))


def new_workgroup(isogeo: Isogeo) -> str:
    """A new, empty workgroup (WG-3; the sandbox's user is staff and becomes its administrator)."""
    return isogeo.call(create_workgroup, body=workgroup_body()).sys_id


async def new_workgroup_async(isogeo: AsyncIsogeo) -> str:
    """The async twin of :func:`new_workgroup`."""
    return (await isogeo.call(create_workgroup, body=workgroup_body())).sys_id


def user_environment(sandbox: SandboxHandle | Mapping[str, Any]) -> dict[str, str]:
    """The ``ISOGEO_*`` variables that make ``Isogeo.from_env()`` sign in as the sandbox's user
    (a sandbox handle, or the ``info`` of a sandbox)."""
    info = sandbox if isinstance(sandbox, Mapping) else sandbox.info
    user = info["user_app"]
    return {
        "ISOGEO_API_USER_LEGACY_CLIENT_ID": user["client_id"],
        "ISOGEO_API_USER_LEGACY_CLIENT_SECRET": user["client_secret"],
        "ISOGEO_USER_NAME": user["username"],
        "ISOGEO_USER_PASSWORD": user["password"],
        "ISOGEO_API_URL": info["api_url"],
        "ISOGEO_ID_URL": info["id_url"],
    }
