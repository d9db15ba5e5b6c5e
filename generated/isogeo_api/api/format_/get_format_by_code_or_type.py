from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.format_ import Format
from ...models.lang import Lang
from ...models.metadata_type_filter import MetadataTypeFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    format_code: MetadataTypeFilter | str,
    *,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formats/{format_code}".format(
            format_code=quote(str(format_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Format | list[Format] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Format | list[Format]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Format.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_format_list_item_data in _response_200_type_1:
                componentsschemas_format_list_item = Format.from_dict(componentsschemas_format_list_item_data)

                response_200_type_1.append(componentsschemas_format_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ApiError | Format | list[Format]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_code: MetadataTypeFilter | str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Format | list[Format]]:
    """Get a format by code, or list the formats of a metadata type.

     **One template, two meanings**: a format **code** (e.g. `postgis`) answers one
    `Format`; a metadata **filter type** (`dataset`, `raster-dataset`, `vector-dataset`,
    `no-geo-dataset`, `resource`, `service`; see `MetadataTypeFilter`) answers the list of formats
    for that type. The answer is therefore `anyOf` a `Format` or a `FormatList`.
    The path item is shared with `updateFormat` and `deleteFormat`, hence the parameter name
    `format_code`.

    Args:
        format_code (MetadataTypeFilter | str):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Format | list[Format]]
    """

    kwargs = _get_kwargs(
        format_code=format_code,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    format_code: MetadataTypeFilter | str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Format | list[Format] | None:
    """Get a format by code, or list the formats of a metadata type.

     **One template, two meanings**: a format **code** (e.g. `postgis`) answers one
    `Format`; a metadata **filter type** (`dataset`, `raster-dataset`, `vector-dataset`,
    `no-geo-dataset`, `resource`, `service`; see `MetadataTypeFilter`) answers the list of formats
    for that type. The answer is therefore `anyOf` a `Format` or a `FormatList`.
    The path item is shared with `updateFormat` and `deleteFormat`, hence the parameter name
    `format_code`.

    Args:
        format_code (MetadataTypeFilter | str):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Format | list[Format]
    """

    return sync_detailed(
        format_code=format_code,
        client=client,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    format_code: MetadataTypeFilter | str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Format | list[Format]]:
    """Get a format by code, or list the formats of a metadata type.

     **One template, two meanings**: a format **code** (e.g. `postgis`) answers one
    `Format`; a metadata **filter type** (`dataset`, `raster-dataset`, `vector-dataset`,
    `no-geo-dataset`, `resource`, `service`; see `MetadataTypeFilter`) answers the list of formats
    for that type. The answer is therefore `anyOf` a `Format` or a `FormatList`.
    The path item is shared with `updateFormat` and `deleteFormat`, hence the parameter name
    `format_code`.

    Args:
        format_code (MetadataTypeFilter | str):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Format | list[Format]]
    """

    kwargs = _get_kwargs(
        format_code=format_code,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    format_code: MetadataTypeFilter | str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Format | list[Format] | None:
    """Get a format by code, or list the formats of a metadata type.

     **One template, two meanings**: a format **code** (e.g. `postgis`) answers one
    `Format`; a metadata **filter type** (`dataset`, `raster-dataset`, `vector-dataset`,
    `no-geo-dataset`, `resource`, `service`; see `MetadataTypeFilter`) answers the list of formats
    for that type. The answer is therefore `anyOf` a `Format` or a `FormatList`.
    The path item is shared with `updateFormat` and `deleteFormat`, hence the parameter name
    `format_code`.

    Args:
        format_code (MetadataTypeFilter | str):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Format | list[Format]
    """

    return (
        await asyncio_detailed(
            format_code=format_code,
            client=client,
            sys_lang=sys_lang,
        )
    ).parsed
