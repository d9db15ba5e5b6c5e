from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metadata_id: str,
    link_id: str,
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
        "method": "delete",
        "url": "/resources/{metadata_id}/links/{link_id}".format(
            metadata_id=quote(str(metadata_id), safe=""),
            link_id=quote(str(link_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metadata_id: str,
    link_id: str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Delete a link.

     For hosted links the stored file goes too. Deleted: the documentation gives no status; expect 204,
    or 200 with an empty body.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        link_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        link_id=link_id,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metadata_id: str,
    link_id: str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Any | ApiError | None:
    """Delete a link.

     For hosted links the stored file goes too. Deleted: the documentation gives no status; expect 204,
    or 200 with an empty body.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        link_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        metadata_id=metadata_id,
        link_id=link_id,
        client=client,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    metadata_id: str,
    link_id: str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Delete a link.

     For hosted links the stored file goes too. Deleted: the documentation gives no status; expect 204,
    or 200 with an empty body.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        link_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        link_id=link_id,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metadata_id: str,
    link_id: str,
    *,
    client: AuthenticatedClient,
    sys_lang: Lang | Unset = UNSET,
) -> Any | ApiError | None:
    """Delete a link.

     For hosted links the stored file goes too. Deleted: the documentation gives no status; expect 204,
    or 200 with an empty body.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        link_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            metadata_id=metadata_id,
            link_id=link_id,
            client=client,
            sys_lang=sys_lang,
        )
    ).parsed
