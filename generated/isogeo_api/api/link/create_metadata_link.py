from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.link import Link
from ...models.link_upload import LinkUpload
from ...models.link_write import LinkWrite
from ...types import UNSET, Response, Unset


def _get_kwargs(
    metadata_id: str,
    *,
    body: LinkWrite | LinkUpload | Unset = UNSET,
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
        "url": "/resources/{metadata_id}/links".format(
            metadata_id=quote(str(metadata_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, LinkWrite):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, LinkUpload):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Link | list[Link] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Link | list[Link]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Link.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = Link.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> Link | list[Link]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = Link.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_201_type_1 = []
            _response_201_type_1 = data
            for response_201_type_1_item_data in _response_201_type_1:
                response_201_type_1_item = Link.from_dict(response_201_type_1_item_data)

                response_201_type_1.append(response_201_type_1_item)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

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
) -> Response[ApiError | Link | list[Link]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metadata_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkWrite | LinkUpload | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Link | list[Link]]:
    """Add a link to a metadata, or upload a file as a hosted link.

     **Two shapes of one call**:

    * `application/json` (`LinkWrite`): create a URL link or a pointer to another metadata's link.
      The answer is the new `Link`.
    * `multipart/form-data` (`LinkUpload`): upload a file (part `file`) as a hosted link
      (`kind=data`, `type=hosted`, `actions=[download]`). The answer is a **JSON array** whose first
      element is the new link. Refused for service metadata; counts against `limits.upload`.

    The API has one route for both shapes, so this operation has both media types and its 200
    answer is `anyOf` a `Link` or an array of `Link`. Clients that expose one body type per
    operation may need the multipart request to be sent to the same URL by hand.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (LinkWrite): Body of `createMetadataLink` as JSON (create a URL link, or a pointer to
            another metadata's
            link) and of `updateMetadataLink`. `kind=data` with `type=hosted` is refused: upload a
            file
            instead (multipart `LinkUpload`). Allowed `actions` per `kind` come from `listLinkKinds`.
            Unknown keys are ignored (the official SDK sends its own `parent_resource` key).
             Example: {'title': 'Portail open data de la Métropole', 'kind': 'url', 'type': 'url',
            'url': 'https://data.example.org/dataset/communes', 'actions': ['view']}.
        body (LinkUpload): Body of `createMetadataLink` as `multipart/form-data`: upload a file as
            a hosted link. The API stores it
            as `kind=data`, `type=hosted`, `actions=[download]`; `title` is usually the file name.
            Refused for service metadata. The workgroup's upload quota is `limits.upload`.
             Example: {'file': 'UEsDBBQAAAAIAA==', 'title': 'communes_2024.zip', 'fileName':
            'communes_2024.zip', 'kind': 'data', 'type': 'hosted', 'actions': ['download']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Link | list[Link]]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metadata_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkWrite | LinkUpload | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Link | list[Link] | None:
    """Add a link to a metadata, or upload a file as a hosted link.

     **Two shapes of one call**:

    * `application/json` (`LinkWrite`): create a URL link or a pointer to another metadata's link.
      The answer is the new `Link`.
    * `multipart/form-data` (`LinkUpload`): upload a file (part `file`) as a hosted link
      (`kind=data`, `type=hosted`, `actions=[download]`). The answer is a **JSON array** whose first
      element is the new link. Refused for service metadata; counts against `limits.upload`.

    The API has one route for both shapes, so this operation has both media types and its 200
    answer is `anyOf` a `Link` or an array of `Link`. Clients that expose one body type per
    operation may need the multipart request to be sent to the same URL by hand.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (LinkWrite): Body of `createMetadataLink` as JSON (create a URL link, or a pointer to
            another metadata's
            link) and of `updateMetadataLink`. `kind=data` with `type=hosted` is refused: upload a
            file
            instead (multipart `LinkUpload`). Allowed `actions` per `kind` come from `listLinkKinds`.
            Unknown keys are ignored (the official SDK sends its own `parent_resource` key).
             Example: {'title': 'Portail open data de la Métropole', 'kind': 'url', 'type': 'url',
            'url': 'https://data.example.org/dataset/communes', 'actions': ['view']}.
        body (LinkUpload): Body of `createMetadataLink` as `multipart/form-data`: upload a file as
            a hosted link. The API stores it
            as `kind=data`, `type=hosted`, `actions=[download]`; `title` is usually the file name.
            Refused for service metadata. The workgroup's upload quota is `limits.upload`.
             Example: {'file': 'UEsDBBQAAAAIAA==', 'title': 'communes_2024.zip', 'fileName':
            'communes_2024.zip', 'kind': 'data', 'type': 'hosted', 'actions': ['download']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Link | list[Link]
    """

    return sync_detailed(
        metadata_id=metadata_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    metadata_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkWrite | LinkUpload | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Link | list[Link]]:
    """Add a link to a metadata, or upload a file as a hosted link.

     **Two shapes of one call**:

    * `application/json` (`LinkWrite`): create a URL link or a pointer to another metadata's link.
      The answer is the new `Link`.
    * `multipart/form-data` (`LinkUpload`): upload a file (part `file`) as a hosted link
      (`kind=data`, `type=hosted`, `actions=[download]`). The answer is a **JSON array** whose first
      element is the new link. Refused for service metadata; counts against `limits.upload`.

    The API has one route for both shapes, so this operation has both media types and its 200
    answer is `anyOf` a `Link` or an array of `Link`. Clients that expose one body type per
    operation may need the multipart request to be sent to the same URL by hand.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (LinkWrite): Body of `createMetadataLink` as JSON (create a URL link, or a pointer to
            another metadata's
            link) and of `updateMetadataLink`. `kind=data` with `type=hosted` is refused: upload a
            file
            instead (multipart `LinkUpload`). Allowed `actions` per `kind` come from `listLinkKinds`.
            Unknown keys are ignored (the official SDK sends its own `parent_resource` key).
             Example: {'title': 'Portail open data de la Métropole', 'kind': 'url', 'type': 'url',
            'url': 'https://data.example.org/dataset/communes', 'actions': ['view']}.
        body (LinkUpload): Body of `createMetadataLink` as `multipart/form-data`: upload a file as
            a hosted link. The API stores it
            as `kind=data`, `type=hosted`, `actions=[download]`; `title` is usually the file name.
            Refused for service metadata. The workgroup's upload quota is `limits.upload`.
             Example: {'file': 'UEsDBBQAAAAIAA==', 'title': 'communes_2024.zip', 'fileName':
            'communes_2024.zip', 'kind': 'data', 'type': 'hosted', 'actions': ['download']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Link | list[Link]]
    """

    kwargs = _get_kwargs(
        metadata_id=metadata_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metadata_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkWrite | LinkUpload | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Link | list[Link] | None:
    """Add a link to a metadata, or upload a file as a hosted link.

     **Two shapes of one call**:

    * `application/json` (`LinkWrite`): create a URL link or a pointer to another metadata's link.
      The answer is the new `Link`.
    * `multipart/form-data` (`LinkUpload`): upload a file (part `file`) as a hosted link
      (`kind=data`, `type=hosted`, `actions=[download]`). The answer is a **JSON array** whose first
      element is the new link. Refused for service metadata; counts against `limits.upload`.

    The API has one route for both shapes, so this operation has both media types and its 200
    answer is `anyOf` a `Link` or an array of `Link`. Clients that expose one body type per
    operation may need the multipart request to be sent to the same URL by hand.

    Args:
        metadata_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (LinkWrite): Body of `createMetadataLink` as JSON (create a URL link, or a pointer to
            another metadata's
            link) and of `updateMetadataLink`. `kind=data` with `type=hosted` is refused: upload a
            file
            instead (multipart `LinkUpload`). Allowed `actions` per `kind` come from `listLinkKinds`.
            Unknown keys are ignored (the official SDK sends its own `parent_resource` key).
             Example: {'title': 'Portail open data de la Métropole', 'kind': 'url', 'type': 'url',
            'url': 'https://data.example.org/dataset/communes', 'actions': ['view']}.
        body (LinkUpload): Body of `createMetadataLink` as `multipart/form-data`: upload a file as
            a hosted link. The API stores it
            as `kind=data`, `type=hosted`, `actions=[download]`; `title` is usually the file name.
            Refused for service metadata. The workgroup's upload quota is `limits.upload`.
             Example: {'file': 'UEsDBBQAAAAIAA==', 'title': 'communes_2024.zip', 'fileName':
            'communes_2024.zip', 'kind': 'data', 'type': 'hosted', 'actions': ['download']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Link | list[Link]
    """

    return (
        await asyncio_detailed(
            metadata_id=metadata_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
