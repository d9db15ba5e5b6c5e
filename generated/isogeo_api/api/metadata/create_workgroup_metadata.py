from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.metadata import Metadata
from ...models.metadata_create import MetadataCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workgroup_id: str,
    *,
    body: MetadataCreate,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{workgroup_id}/resources".format(
            workgroup_id=quote(str(workgroup_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Metadata | None:
    if response.status_code == 200:
        response_200 = Metadata.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Metadata.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Metadata]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: MetadataCreate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Metadata]:
    """Create a metadata in a workgroup.

     The body holds root attributes only (`title` required; without `type` the server
    creates a `resource`). The answer is **minimal**: `_id`, `title` and the posted fields,
    because creation runs server-side; GET the metadata (`getMetadata`) for the full record.

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (MetadataCreate): Body of `createWorkgroupMetadata`: the 25 root attributes the API
            accepts (sub-resources have their own routes).
            `title` is required. Without `type` the server creates a `resource`. Send `editionProfile`
            (`manual` for hand-made metadata): the API needs it on later updates. `null` means no
            value: the server default (the official SDK sends all 25 keys, `null` when unset).
            The answer is minimal: `_id`, the clock, `title`, `type`, `editionProfile` and every
            posted
            key with the value kept, e.g. `editionProfile: null` comes back `manual`. `series` also
            takes `0`/`1` (the official SDK sends `series=0` for a service).
             Example: {'title': 'Pistes cyclables de la Métropole', 'type': 'vectorDataset',
            'editionProfile': 'manual', 'abstract': 'Réseau des aménagements cyclables, mis à jour
            chaque trimestre.', 'format': 'shp', 'geometry': 'LineString', 'language': 'fr', 'name':
            'PISTES_CYCLABLES.shp', 'scale': 5000, 'series': False, 'updateFrequency': 'P3M'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Metadata]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: MetadataCreate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Metadata | None:
    """Create a metadata in a workgroup.

     The body holds root attributes only (`title` required; without `type` the server
    creates a `resource`). The answer is **minimal**: `_id`, `title` and the posted fields,
    because creation runs server-side; GET the metadata (`getMetadata`) for the full record.

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (MetadataCreate): Body of `createWorkgroupMetadata`: the 25 root attributes the API
            accepts (sub-resources have their own routes).
            `title` is required. Without `type` the server creates a `resource`. Send `editionProfile`
            (`manual` for hand-made metadata): the API needs it on later updates. `null` means no
            value: the server default (the official SDK sends all 25 keys, `null` when unset).
            The answer is minimal: `_id`, the clock, `title`, `type`, `editionProfile` and every
            posted
            key with the value kept, e.g. `editionProfile: null` comes back `manual`. `series` also
            takes `0`/`1` (the official SDK sends `series=0` for a service).
             Example: {'title': 'Pistes cyclables de la Métropole', 'type': 'vectorDataset',
            'editionProfile': 'manual', 'abstract': 'Réseau des aménagements cyclables, mis à jour
            chaque trimestre.', 'format': 'shp', 'geometry': 'LineString', 'language': 'fr', 'name':
            'PISTES_CYCLABLES.shp', 'scale': 5000, 'series': False, 'updateFrequency': 'P3M'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Metadata
    """

    return sync_detailed(
        workgroup_id=workgroup_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: MetadataCreate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Metadata]:
    """Create a metadata in a workgroup.

     The body holds root attributes only (`title` required; without `type` the server
    creates a `resource`). The answer is **minimal**: `_id`, `title` and the posted fields,
    because creation runs server-side; GET the metadata (`getMetadata`) for the full record.

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (MetadataCreate): Body of `createWorkgroupMetadata`: the 25 root attributes the API
            accepts (sub-resources have their own routes).
            `title` is required. Without `type` the server creates a `resource`. Send `editionProfile`
            (`manual` for hand-made metadata): the API needs it on later updates. `null` means no
            value: the server default (the official SDK sends all 25 keys, `null` when unset).
            The answer is minimal: `_id`, the clock, `title`, `type`, `editionProfile` and every
            posted
            key with the value kept, e.g. `editionProfile: null` comes back `manual`. `series` also
            takes `0`/`1` (the official SDK sends `series=0` for a service).
             Example: {'title': 'Pistes cyclables de la Métropole', 'type': 'vectorDataset',
            'editionProfile': 'manual', 'abstract': 'Réseau des aménagements cyclables, mis à jour
            chaque trimestre.', 'format': 'shp', 'geometry': 'LineString', 'language': 'fr', 'name':
            'PISTES_CYCLABLES.shp', 'scale': 5000, 'series': False, 'updateFrequency': 'P3M'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Metadata]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: MetadataCreate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Metadata | None:
    """Create a metadata in a workgroup.

     The body holds root attributes only (`title` required; without `type` the server
    creates a `resource`). The answer is **minimal**: `_id`, `title` and the posted fields,
    because creation runs server-side; GET the metadata (`getMetadata`) for the full record.

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (MetadataCreate): Body of `createWorkgroupMetadata`: the 25 root attributes the API
            accepts (sub-resources have their own routes).
            `title` is required. Without `type` the server creates a `resource`. Send `editionProfile`
            (`manual` for hand-made metadata): the API needs it on later updates. `null` means no
            value: the server default (the official SDK sends all 25 keys, `null` when unset).
            The answer is minimal: `_id`, the clock, `title`, `type`, `editionProfile` and every
            posted
            key with the value kept, e.g. `editionProfile: null` comes back `manual`. `series` also
            takes `0`/`1` (the official SDK sends `series=0` for a service).
             Example: {'title': 'Pistes cyclables de la Métropole', 'type': 'vectorDataset',
            'editionProfile': 'manual', 'abstract': 'Réseau des aménagements cyclables, mis à jour
            chaque trimestre.', 'format': 'shp', 'geometry': 'LineString', 'language': 'fr', 'name':
            'PISTES_CYCLABLES.shp', 'scale': 5000, 'series': False, 'updateFrequency': 'P3M'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Metadata
    """

    return (
        await asyncio_detailed(
            workgroup_id=workgroup_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
