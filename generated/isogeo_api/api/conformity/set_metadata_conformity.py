from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.conformity import Conformity
from ...models.conformity_write import ConformityWrite
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metadata_id: str,
    specification_id: str,
    *,
    body: ConformityWrite,
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
        "url": "/resources/{metadata_id}/specifications/{specification_id}".format(
            metadata_id=quote(str(metadata_id), safe=""),
            specification_id=quote(str(specification_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Conformity | None:
    if response.status_code == 200:
        response_200 = Conformity.from_dict(response.json())

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
) -> Response[ApiError | Conformity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metadata_id: str,
    specification_id: str,
    *,
    client: AuthenticatedClient,
    body: ConformityWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Conformity]:
    """Declare a metadata (non-)conformant to a specification.

     **PUT creates**: an upsert that answers **200 also when the specification is already
    associated** (the `conformant` flag is replaced). The body carries the whole specification
    as read.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        specification_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ConformityWrite): Body of `setMetadataConformity`: declare whether a metadata
            conforms to a specification.
            The **whole** specification as read may be sent (the official SDK does); its `_id` is what
            matters. Keys of that specification sent as `null` (e.g. `owner: null` for a platform
            specification) mean "not known" and are ignored.
             Example: {'conformant': True, 'specification': {'_id':
            '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', 'name': 'INSPIRE - Data Specification on
            Hydrography'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Conformity]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        specification_id=specification_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metadata_id: str,
    specification_id: str,
    *,
    client: AuthenticatedClient,
    body: ConformityWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Conformity | None:
    """Declare a metadata (non-)conformant to a specification.

     **PUT creates**: an upsert that answers **200 also when the specification is already
    associated** (the `conformant` flag is replaced). The body carries the whole specification
    as read.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        specification_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ConformityWrite): Body of `setMetadataConformity`: declare whether a metadata
            conforms to a specification.
            The **whole** specification as read may be sent (the official SDK does); its `_id` is what
            matters. Keys of that specification sent as `null` (e.g. `owner: null` for a platform
            specification) mean "not known" and are ignored.
             Example: {'conformant': True, 'specification': {'_id':
            '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', 'name': 'INSPIRE - Data Specification on
            Hydrography'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Conformity
    """

    return sync_detailed(
        metadata_id=metadata_id,
        specification_id=specification_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    metadata_id: str,
    specification_id: str,
    *,
    client: AuthenticatedClient,
    body: ConformityWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Conformity]:
    """Declare a metadata (non-)conformant to a specification.

     **PUT creates**: an upsert that answers **200 also when the specification is already
    associated** (the `conformant` flag is replaced). The body carries the whole specification
    as read.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        specification_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ConformityWrite): Body of `setMetadataConformity`: declare whether a metadata
            conforms to a specification.
            The **whole** specification as read may be sent (the official SDK does); its `_id` is what
            matters. Keys of that specification sent as `null` (e.g. `owner: null` for a platform
            specification) mean "not known" and are ignored.
             Example: {'conformant': True, 'specification': {'_id':
            '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', 'name': 'INSPIRE - Data Specification on
            Hydrography'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Conformity]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        specification_id=specification_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metadata_id: str,
    specification_id: str,
    *,
    client: AuthenticatedClient,
    body: ConformityWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Conformity | None:
    """Declare a metadata (non-)conformant to a specification.

     **PUT creates**: an upsert that answers **200 also when the specification is already
    associated** (the `conformant` flag is replaced). The body carries the whole specification
    as read.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        specification_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ConformityWrite): Body of `setMetadataConformity`: declare whether a metadata
            conforms to a specification.
            The **whole** specification as read may be sent (the official SDK does); its `_id` is what
            matters. Keys of that specification sent as `null` (e.g. `owner: null` for a platform
            specification) mean "not known" and are ignored.
             Example: {'conformant': True, 'specification': {'_id':
            '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', 'name': 'INSPIRE - Data Specification on
            Hydrography'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Conformity
    """

    return (
        await asyncio_detailed(
            metadata_id=metadata_id,
            specification_id=specification_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
