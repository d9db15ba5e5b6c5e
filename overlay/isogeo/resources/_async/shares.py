"""Async shares namespace (:mod:`isogeo.resources.shares` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncShares) if not name.startswith("_"))  # doctest: +NORMALIZE_WHITESPACE
['associate_application', 'associate_catalog', 'associate_group', 'create', 'delete',
'dissociate_application', 'dissociate_catalog', 'dissociate_group', 'get', 'list',
'opencatalog_url', 'refresh_token', 'reshare', 'update']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo.resources._common import id_of, include_param, round_trip
from isogeo.resources._shares import (
    _READ_ONLY,
    DEFAULT_INCLUDE,
    ShareRef,
    _creation,
    _is_complete,
    _recipient_check,
    require_type,
    reshare_body,
)
from isogeo.urls import UrlBuilder
from isogeo_api.api.share import (
    associate_application_to_share,
    associate_catalog_to_share,
    associate_workgroup_to_share,
    create_workgroup_share,
    delete_share,
    dissociate_application_from_share,
    dissociate_catalog_from_share,
    dissociate_workgroup_from_share,
    get_share,
    list_shares,
    list_workgroup_shares,
    refresh_share_token,
    update_share,
)
from isogeo_api.models import (
    Application,
    Catalog,
    Share,
    ShareInclude,
    ShareRight,
    ShareType,
    ShareWrite,
    Workgroup,
)
from isogeo_api.namespaces import shares as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo


class AsyncShares(_generated.AsyncShares):
    """Async shares namespace: ``aisogeo.shares``.

    >>> async with AsyncIsogeo(...) as aisogeo:                                      # doctest: +SKIP
    ...     share = await aisogeo.shares.create(WORKGROUP_ID, "Open data", "application")
    ...     await aisogeo.shares.associate_catalog(share, CATALOG_ID)
    ...     await aisogeo.shares.associate_application(share, APPLICATION_ID)
    ...     print(await aisogeo.shares.opencatalog_url(share))
    """

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(self, workgroup_id: str | None = None) -> builtins.list[Share]:
        """SHR-1: the shares the caller may see (a group app: those feeding it), or SHR-2: a workgroup's."""
        if workgroup_id is None:
            return await self._client.call(list_shares)
        return await self._client.call(list_workgroup_shares, workgroup_id)

    async def get(
        self, share_id: str, *, include: Iterable[ShareInclude | str] | None = DEFAULT_INCLUDE
    ) -> Share:
        """SHR-3: one share (with its recipient workgroups by default)."""
        return await self._client.call(get_share, share_id, sys_include=include_param(include))

    async def _read(self, share: ShareRef, *, groups: bool = False) -> Share:
        if _is_complete(share, groups=groups):
            return share
        return await self.get(id_of(share, "share"))

    async def create(
        self,
        workgroup_id: str,
        name: str,
        type: ShareType | str,
        *,
        rights: Iterable[ShareRight | str] | None = None,
    ) -> Share:
        """SHR-4: create a share of a workgroup (``application`` or ``group``)."""
        return await self._client.call(
            create_workgroup_share, workgroup_id, body=_creation(name, type, rights)
        )

    async def update(self, share: Share) -> Share:
        """SHR-5: save a share read then modified (name, type, rights; sub-resources are not sent)."""
        body = round_trip(share, ShareWrite, drop=_READ_ONLY)
        return await self._client.call(update_share, share.sys_id, body=body)

    async def delete(self, share: ShareRef) -> None:
        """SHR-6: delete a share."""
        await self._client.call(delete_share, id_of(share, "share"))

    async def refresh_token(self, share: ShareRef) -> Share:
        """SHR-7: a new URL token (the old OpenCatalog, CSW and Cartothèque URLs stop working)."""
        return await self._client.call(refresh_share_token, id_of(share, "share"))

    async def associate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-8: feed a group application with the share (application shares only)."""
        require_type(await self._read(share), ShareType.APPLICATION, "associate_application")
        await self._client.call(
            associate_application_to_share, id_of(share, "share"), id_of(application, "application")
        )

    async def dissociate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-9: stop feeding an application (application shares only; 404 if it was not)."""
        require_type(await self._read(share), ShareType.APPLICATION, "dissociate_application")
        await self._client.call(
            dissociate_application_from_share, id_of(share, "share"), id_of(application, "application")
        )

    async def associate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-10: add a catalog to the share (idempotent)."""
        await self._client.call(associate_catalog_to_share, id_of(share, "share"), id_of(catalog, "catalog"))

    async def dissociate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-11: remove a catalog from the share (404 if it was not in it)."""
        await self._client.call(
            dissociate_catalog_from_share, id_of(share, "share"), id_of(catalog, "catalog")
        )

    async def associate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-12: lend the share to a workgroup (group shares only; idempotent)."""
        require_type(await self._read(share), ShareType.GROUP, "associate_group")
        await self._client.call(
            associate_workgroup_to_share, id_of(share, "share"), id_of(workgroup, "workgroup")
        )

    async def dissociate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-13: take the share back from a workgroup (group shares only; refused if not a recipient).

        >>> await aisogeo.shares.dissociate_group(GROUP_SHARE_ID, WORKGROUP_ID)  # doctest: +SKIP
        """
        workgroup_id = id_of(workgroup, "workgroup")
        _recipient_check(await self._read(share, groups=True), workgroup_id)
        await self._client.call(dissociate_workgroup_from_share, id_of(share, "share"), workgroup_id)

    async def reshare(self, share: ShareRef, enabled: bool = True) -> Share:
        """SHR-5: let the recipients of a group share reshare it (or not); no request when already so.

        >>> (await aisogeo.shares.reshare(GROUP_SHARE_ID, enabled=False)).rights  # doctest: +SKIP
        []
        """
        current = await self._read(share)
        body = reshare_body(current, enabled)
        if body is None:
            return current
        return await self._client.call(update_share, current.sys_id, body=body)

    async def opencatalog_url(self, share: ShareRef) -> str | None:
        """The share's OpenCatalog URL on the client's platform, ``None`` when it has none.

        >>> share = await aisogeo.shares.refresh_token(SHARE_ID)  # doctest: +SKIP
        >>> await aisogeo.shares.opencatalog_url(share)  # doctest: +SKIP
        'https://open.isogeo.com/s/344d51c3edfb435daf9d98d948fa207e/NewTokenAfterRefresh'
        """
        return UrlBuilder(self._client.platform).opencatalog_url(await self._read(share))
