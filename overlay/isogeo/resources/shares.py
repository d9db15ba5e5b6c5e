"""Shares (SHR-1..13): what a workgroup shares, with whom, and the helpers of the SDK.

A share is of type ``application`` (its catalogs feed group applications, OpenCatalog and CSW
through its URL token) or ``group`` (its catalogs are lent to other workgroups, which may
``reshare`` them). The helpers check the share's type **before any write**, as the SDK does
(:class:`~isogeo.errors.InvalidInputError`):

* ``associate_application`` / ``dissociate_application``: application shares only;
* ``associate_group`` / ``dissociate_group`` and ``reshare``: group shares only;
* ``dissociate_group`` of a workgroup that is not a recipient is refused here, because the API
  answers **500** (not 404) in that case (facts §10-3);
* ``reshare(share, enabled)`` sends nothing when the share is already in the wanted state.

A share given as an identifier is read first (SHR-3); a ``Share`` model is trusted as it is.
``refresh_token`` (SHR-7) replaces the URL token; ``opencatalog_url`` builds its OpenCatalog URL
on the client's platform (:mod:`isogeo.urls`).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeGuard

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, include_param, non_empty, round_trip, value_of
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
    from isogeo.client import AsyncIsogeo, Isogeo

DEFAULT_INCLUDE: tuple[ShareInclude, ...] = (ShareInclude.GROUPS,)  # shares carry no _abilities
ShareRef = Share | str
# Server-managed keys and sub-resources of a share: never sent back on update (SHR-5).
_READ_ONLY = (
    "_id", "_created", "_modified", "_creator", "_abilities",
    "applications", "catalogs", "groups", "urlToken",
)  # fmt: skip


def share_type(share: Share) -> str:
    """The type of a share read from the API (``application`` or ``group``; ``""`` if unknown).

    >>> share_type(Share.from_dict({"_id": "a" * 32, "type": "group"})), share_type(Share(sys_id="a" * 32))
    ('group', '')
    """
    return str(value_of(share.type_) or "")


def require_type(share: Share, wanted: ShareType, action: str) -> None:
    """Refuse ``action`` on a share that is not of type ``wanted``.

    >>> share = Share.from_dict({"_id": "a" * 32, "name": "Open data", "type": "application"})
    >>> require_type(share, ShareType.GROUP, "reshare")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: share='aaaa...' is not accepted (reshare needs a group share, ...
    """
    current = share_type(share)
    if current != wanted.value:
        raise InvalidInputError(
            "share",
            f"{share.sys_id[:4]}...",
            f"a share of type {wanted.value!r}",
            reason=f"{action} needs a {wanted.value} share, this one is {current or 'of unknown type'}",
        )


def reshare_body(share: Share, enabled: bool) -> ShareWrite | None:
    """The SHR-5 body switching ``reshare`` on or off, or ``None`` when the share is already so.

    >>> share = Share.from_dict({"_id": "a" * 32, "name": "Référentiels", "type": "group", "rights": []})
    >>> reshare_body(share, True).to_dict()
    {'name': 'Référentiels', 'type': 'group', 'rights': ['reshare']}
    >>> reshare_body(share, False) is None
    True
    """
    require_type(share, ShareType.GROUP, "reshare")
    if not isinstance(enabled, bool):
        raise InvalidInputError("enabled", enabled, ["True", "False"])
    rights = [str(right) for right in value_of(share.rights) or []]
    if (ShareRight.RESHARE.value in rights) == enabled:
        return None
    body = round_trip(share, ShareWrite, drop=_READ_ONLY)
    others = [ShareRight(right) for right in rights if right != ShareRight.RESHARE.value]
    body.rights = [*others, ShareRight.RESHARE] if enabled else others
    return body


def _recipient_check(share: Share, workgroup_id: str) -> None:
    require_type(share, ShareType.GROUP, "dissociate_group")
    recipients = [group.sys_id for group in value_of(share.groups) or []]
    if workgroup_id not in recipients:
        raise InvalidInputError(
            "workgroup",
            workgroup_id,
            [f"a recipient of share {share.sys_id}"],
            reason="not a recipient of this share (the API would answer 500)",
        )


def _is_complete(share: ShareRef, *, groups: bool = False) -> TypeGuard[Share]:
    if not isinstance(share, Share) or value_of(share.type_) is None or value_of(share.name) is None:
        return False
    return not groups or value_of(share.groups) is not None


def _creation(name: str, type_: ShareType | str, rights: Iterable[ShareRight | str] | None) -> ShareWrite:
    body = ShareWrite(name=non_empty(name, "name", "share name"), type_=coerce_enum(type_, ShareType, "type"))
    if rights is not None:
        body.rights = [coerce_enum(right, ShareRight, f"rights[{i}]") for i, right in enumerate(rights)]
    return body


class Shares(_generated.Shares):
    """Sync shares namespace: ``isogeo.shares``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     share = isogeo.shares.create(WORKGROUP_ID, "Open data", "application")
    ...     isogeo.shares.associate_catalog(share, CATALOG_ID)
    ...     isogeo.shares.associate_application(share, APPLICATION_ID)
    ...     print(isogeo.shares.opencatalog_url(share))
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(self, workgroup_id: str | None = None) -> builtins.list[Share]:
        """SHR-1: the shares the caller may see (a group app: those feeding it), or SHR-2: a workgroup's."""
        if workgroup_id is None:
            return self._client.call(list_shares)
        return self._client.call(list_workgroup_shares, workgroup_id)

    def get(self, share_id: str, *, include: Iterable[ShareInclude | str] | None = DEFAULT_INCLUDE) -> Share:
        """SHR-3: one share (with its recipient workgroups by default)."""
        return self._client.call(get_share, share_id, sys_include=include_param(include))

    def _read(self, share: ShareRef, *, groups: bool = False) -> Share:
        if _is_complete(share, groups=groups):
            return share
        return self.get(id_of(share, "share"))

    def create(
        self,
        workgroup_id: str,
        name: str,
        type: ShareType | str,
        *,
        rights: Iterable[ShareRight | str] | None = None,
    ) -> Share:
        """SHR-4: create a share of a workgroup (``application`` or ``group``)."""
        return self._client.call(create_workgroup_share, workgroup_id, body=_creation(name, type, rights))

    def update(self, share: Share) -> Share:
        """SHR-5: save a share read then modified (name, type, rights; sub-resources are not sent)."""
        return self._client.call(
            update_share, share.sys_id, body=round_trip(share, ShareWrite, drop=_READ_ONLY)
        )

    def delete(self, share: ShareRef) -> None:
        """SHR-6: delete a share."""
        self._client.call(delete_share, id_of(share, "share"))

    def refresh_token(self, share: ShareRef) -> Share:
        """SHR-7: a new URL token (the old OpenCatalog, CSW and Cartothèque URLs stop working)."""
        return self._client.call(refresh_share_token, id_of(share, "share"))

    def associate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-8: feed a group application with the share (application shares only)."""
        require_type(self._read(share), ShareType.APPLICATION, "associate_application")
        self._client.call(
            associate_application_to_share, id_of(share, "share"), id_of(application, "application")
        )

    def dissociate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-9: stop feeding an application (application shares only; 404 if it was not)."""
        require_type(self._read(share), ShareType.APPLICATION, "dissociate_application")
        self._client.call(
            dissociate_application_from_share, id_of(share, "share"), id_of(application, "application")
        )

    def associate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-10: add a catalog to the share (idempotent)."""
        self._client.call(associate_catalog_to_share, id_of(share, "share"), id_of(catalog, "catalog"))

    def dissociate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-11: remove a catalog from the share (404 if it was not in it)."""
        self._client.call(dissociate_catalog_from_share, id_of(share, "share"), id_of(catalog, "catalog"))

    def associate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-12: lend the share to a workgroup (group shares only; idempotent)."""
        require_type(self._read(share), ShareType.GROUP, "associate_group")
        self._client.call(associate_workgroup_to_share, id_of(share, "share"), id_of(workgroup, "workgroup"))

    def dissociate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-13: take the share back from a workgroup (group shares only; refused if not a recipient).

        >>> isogeo.shares.dissociate_group(GROUP_SHARE_ID, WORKGROUP_ID)  # doctest: +SKIP
        """
        workgroup_id = id_of(workgroup, "workgroup")
        _recipient_check(self._read(share, groups=True), workgroup_id)
        self._client.call(dissociate_workgroup_from_share, id_of(share, "share"), workgroup_id)

    def reshare(self, share: ShareRef, enabled: bool = True) -> Share:
        """SHR-5: let the recipients of a group share reshare it (or not); no request when already so.

        >>> isogeo.shares.reshare(GROUP_SHARE_ID, enabled=False).rights  # doctest: +SKIP
        []
        """
        current = self._read(share)
        body = reshare_body(current, enabled)
        if body is None:
            return current
        return self._client.call(update_share, current.sys_id, body=body)

    def opencatalog_url(self, share: ShareRef) -> str | None:
        """The share's OpenCatalog URL on the client's platform, ``None`` when it has none.

        >>> isogeo.shares.opencatalog_url(isogeo.shares.refresh_token(SHARE_ID))  # doctest: +SKIP
        'https://open.isogeo.com/s/344d51c3edfb435daf9d98d948fa207e/NewTokenAfterRefresh'
        """
        return UrlBuilder(self._client.platform).opencatalog_url(self._read(share))


class AsyncShares(_generated.AsyncShares):
    """Async shares namespace: ``aisogeo.shares`` (the methods of :class:`Shares`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(self, workgroup_id: str | None = None) -> builtins.list[Share]:
        """SHR-1: the shares the caller may see, or SHR-2: a workgroup's."""
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
        """SHR-5: save a share read then modified (name, type, rights)."""
        body = round_trip(share, ShareWrite, drop=_READ_ONLY)
        return await self._client.call(update_share, share.sys_id, body=body)

    async def delete(self, share: ShareRef) -> None:
        """SHR-6: delete a share."""
        await self._client.call(delete_share, id_of(share, "share"))

    async def refresh_token(self, share: ShareRef) -> Share:
        """SHR-7: a new URL token (the old URLs stop working)."""
        return await self._client.call(refresh_share_token, id_of(share, "share"))

    async def associate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-8: feed a group application with the share (application shares only)."""
        require_type(await self._read(share), ShareType.APPLICATION, "associate_application")
        await self._client.call(
            associate_application_to_share, id_of(share, "share"), id_of(application, "application")
        )

    async def dissociate_application(self, share: ShareRef, application: Application | str) -> None:
        """SHR-9: stop feeding an application (application shares only)."""
        require_type(await self._read(share), ShareType.APPLICATION, "dissociate_application")
        await self._client.call(
            dissociate_application_from_share, id_of(share, "share"), id_of(application, "application")
        )

    async def associate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-10: add a catalog to the share (idempotent)."""
        await self._client.call(associate_catalog_to_share, id_of(share, "share"), id_of(catalog, "catalog"))

    async def dissociate_catalog(self, share: ShareRef, catalog: Catalog | str) -> None:
        """SHR-11: remove a catalog from the share."""
        await self._client.call(
            dissociate_catalog_from_share, id_of(share, "share"), id_of(catalog, "catalog")
        )

    async def associate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-12: lend the share to a workgroup (group shares only)."""
        require_type(await self._read(share), ShareType.GROUP, "associate_group")
        await self._client.call(
            associate_workgroup_to_share, id_of(share, "share"), id_of(workgroup, "workgroup")
        )

    async def dissociate_group(self, share: ShareRef, workgroup: Workgroup | str) -> None:
        """SHR-13: take the share back from a workgroup (refused if not a recipient)."""
        workgroup_id = id_of(workgroup, "workgroup")
        _recipient_check(await self._read(share, groups=True), workgroup_id)
        await self._client.call(dissociate_workgroup_from_share, id_of(share, "share"), workgroup_id)

    async def reshare(self, share: ShareRef, enabled: bool = True) -> Share:
        """SHR-5: let the recipients of a group share reshare it (or not); no request when already so."""
        current = await self._read(share)
        body = reshare_body(current, enabled)
        if body is None:
            return current
        return await self._client.call(update_share, current.sys_id, body=body)

    async def opencatalog_url(self, share: ShareRef) -> str | None:
        """The share's OpenCatalog URL on the client's platform, ``None`` when it has none."""
        return UrlBuilder(self._client.platform).opencatalog_url(await self._read(share))


__all__ = ["AsyncShares", "Shares", "require_type", "reshare_body", "share_type"]
