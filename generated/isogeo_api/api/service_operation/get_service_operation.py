from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.service_operation import ServiceOperation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metadata_id: str,
    operation_id: str,
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
        "url": "/resources/{metadata_id}/operations/{operation_id}".format(
            metadata_id=quote(str(metadata_id), safe=""),
            operation_id=quote(str(operation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ServiceOperation | None:
    if response.status_code == 200:
        response_200 = ServiceOperation.from_dict(response.json())

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
) -> Response[ApiError | ServiceOperation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metadata_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | ServiceOperation]:
    """Get one operation of a service.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        operation_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ServiceOperation]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        operation_id=operation_id,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metadata_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | ServiceOperation | None:
    """Get one operation of a service.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        operation_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ServiceOperation
    """

    return sync_detailed(
        metadata_id=metadata_id,
        operation_id=operation_id,
        client=client,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    metadata_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | ServiceOperation]:
    """Get one operation of a service.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        operation_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ServiceOperation]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        operation_id=operation_id,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metadata_id: str,
    operation_id: str,
    *,
    client: AuthenticatedClient | Client,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | ServiceOperation | None:
    """Get one operation of a service.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        operation_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ServiceOperation
    """

    return (
        await asyncio_detailed(
            metadata_id=metadata_id,
            operation_id=operation_id,
            client=client,
            sys_lang=sys_lang,
        )
    ).parsed
