from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.workgroup import Workgroup
from ...models.workgroup_create import WorkgroupCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WorkgroupCreate,
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
        "url": "/groups",
        "params": params,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Workgroup | None:
    if response.status_code == 200:
        response_200 = Workgroup.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Workgroup.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Workgroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkgroupCreate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Workgroup]:
    """Create a workgroup (Isogeo staff).

     The body is a **form with dotted keys** for the contact card (`contact.name` is the
    workgroup name), whereas the update is JSON.

    Args:
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupCreate): Body of `createWorkgroup`, a **form** with dotted keys for the
            workgroup's contact card
            (`contact.name` is the workgroup name). `contact.fax` and `contact.phone` carry their real
            values (the official SDK always sends them empty).
             Example: {'contact.name': 'Métropole de Lyon - Service SIG', 'contact.email':
            'sig@example.org', 'contact.phone': '+33 4 78 63 40 40', 'contact.addressLine1': '20 rue
            du Lac', 'contact.city': 'Lyon', 'contact.zipCode': '69003', 'contact.countryCode': 'FR',
            'metadataLanguage': 'fr', 'canCreateLegacyServiceLinks': False, 'canCreateMetadata':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Workgroup]
    """

    kwargs = _get_kwargs(
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WorkgroupCreate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Workgroup | None:
    """Create a workgroup (Isogeo staff).

     The body is a **form with dotted keys** for the contact card (`contact.name` is the
    workgroup name), whereas the update is JSON.

    Args:
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupCreate): Body of `createWorkgroup`, a **form** with dotted keys for the
            workgroup's contact card
            (`contact.name` is the workgroup name). `contact.fax` and `contact.phone` carry their real
            values (the official SDK always sends them empty).
             Example: {'contact.name': 'Métropole de Lyon - Service SIG', 'contact.email':
            'sig@example.org', 'contact.phone': '+33 4 78 63 40 40', 'contact.addressLine1': '20 rue
            du Lac', 'contact.city': 'Lyon', 'contact.zipCode': '69003', 'contact.countryCode': 'FR',
            'metadataLanguage': 'fr', 'canCreateLegacyServiceLinks': False, 'canCreateMetadata':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Workgroup
    """

    return sync_detailed(
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkgroupCreate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Workgroup]:
    """Create a workgroup (Isogeo staff).

     The body is a **form with dotted keys** for the contact card (`contact.name` is the
    workgroup name), whereas the update is JSON.

    Args:
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupCreate): Body of `createWorkgroup`, a **form** with dotted keys for the
            workgroup's contact card
            (`contact.name` is the workgroup name). `contact.fax` and `contact.phone` carry their real
            values (the official SDK always sends them empty).
             Example: {'contact.name': 'Métropole de Lyon - Service SIG', 'contact.email':
            'sig@example.org', 'contact.phone': '+33 4 78 63 40 40', 'contact.addressLine1': '20 rue
            du Lac', 'contact.city': 'Lyon', 'contact.zipCode': '69003', 'contact.countryCode': 'FR',
            'metadataLanguage': 'fr', 'canCreateLegacyServiceLinks': False, 'canCreateMetadata':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Workgroup]
    """

    kwargs = _get_kwargs(
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkgroupCreate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Workgroup | None:
    """Create a workgroup (Isogeo staff).

     The body is a **form with dotted keys** for the contact card (`contact.name` is the
    workgroup name), whereas the update is JSON.

    Args:
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupCreate): Body of `createWorkgroup`, a **form** with dotted keys for the
            workgroup's contact card
            (`contact.name` is the workgroup name). `contact.fax` and `contact.phone` carry their real
            values (the official SDK always sends them empty).
             Example: {'contact.name': 'Métropole de Lyon - Service SIG', 'contact.email':
            'sig@example.org', 'contact.phone': '+33 4 78 63 40 40', 'contact.addressLine1': '20 rue
            du Lac', 'contact.city': 'Lyon', 'contact.zipCode': '69003', 'contact.countryCode': 'FR',
            'metadataLanguage': 'fr', 'canCreateLegacyServiceLinks': False, 'canCreateMetadata':
            True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Workgroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
