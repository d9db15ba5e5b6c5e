from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.format_ import Format
from ...models.format_write import FormatWrite
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    format_code: str,
    *,
    body: FormatWrite,
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
        "method": "put",
        "url": "/formats/{format_code}".format(
            format_code=quote(str(format_code), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Format | None:
    if response.status_code == 200:
        response_200 = Format.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | Format]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_code: str,
    *,
    client: AuthenticatedClient,
    body: FormatWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Format]:
    """Update a format (Isogeo staff).

     Extra keys such as `_id` and `_tag` (which the official SDK sends) are ignored.

    Args:
        format_code (str):
        sys_lang (Lang | Unset): Label language.
        body (FormatWrite): Body of `createFormat` and `updateFormat`. Isogeo staff only. A create
            with an existing
            `code` answers **500**, not 409. `null` means no value (the server default; the official
            SDK sends every key, `null` when unset).
             Example: {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type':
            'dataset', 'versions': ['1.3', '1.2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Format]
    """

    kwargs = _get_kwargs(
        format_code=format_code,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    format_code: str,
    *,
    client: AuthenticatedClient,
    body: FormatWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Format | None:
    """Update a format (Isogeo staff).

     Extra keys such as `_id` and `_tag` (which the official SDK sends) are ignored.

    Args:
        format_code (str):
        sys_lang (Lang | Unset): Label language.
        body (FormatWrite): Body of `createFormat` and `updateFormat`. Isogeo staff only. A create
            with an existing
            `code` answers **500**, not 409. `null` means no value (the server default; the official
            SDK sends every key, `null` when unset).
             Example: {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type':
            'dataset', 'versions': ['1.3', '1.2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Format
    """

    return sync_detailed(
        format_code=format_code,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    format_code: str,
    *,
    client: AuthenticatedClient,
    body: FormatWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Format]:
    """Update a format (Isogeo staff).

     Extra keys such as `_id` and `_tag` (which the official SDK sends) are ignored.

    Args:
        format_code (str):
        sys_lang (Lang | Unset): Label language.
        body (FormatWrite): Body of `createFormat` and `updateFormat`. Isogeo staff only. A create
            with an existing
            `code` answers **500**, not 409. `null` means no value (the server default; the official
            SDK sends every key, `null` when unset).
             Example: {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type':
            'dataset', 'versions': ['1.3', '1.2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Format]
    """

    kwargs = _get_kwargs(
        format_code=format_code,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    format_code: str,
    *,
    client: AuthenticatedClient,
    body: FormatWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Format | None:
    """Update a format (Isogeo staff).

     Extra keys such as `_id` and `_tag` (which the official SDK sends) are ignored.

    Args:
        format_code (str):
        sys_lang (Lang | Unset): Label language.
        body (FormatWrite): Body of `createFormat` and `updateFormat`. Isogeo staff only. A create
            with an existing
            `code` answers **500**, not 409. `null` means no value (the server default; the official
            SDK sends every key, `null` when unset).
             Example: {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type':
            'dataset', 'versions': ['1.3', '1.2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Format
    """

    return (
        await asyncio_detailed(
            format_code=format_code,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
