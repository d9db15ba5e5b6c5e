"""Licenses (LIC-1..5) and their association with metadata (CND-3 with a duplicate check).

``associate_metadata`` is the SDK's ``ApiLicense.associate_metadata``: it lists the metadata's
conditions first (CND-1) and, when the license is already applied, raises
:class:`~isogeo.errors.AlreadyExistsError` **before any write**, carrying the existing
``Condition`` in ``.existing`` (the SDK returned ``(False, 409)``). ``force=True`` applies it
again (a metadata may hold one license several times, with different descriptions).

Licenses are created and updated as **forms** (facts §10-11): only ``name``, ``link`` and
``content`` travel; licenses without an owner are Isogeo's own and cannot be updated.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo.errors import InvalidInputError
from isogeo.resources._common import already_exists, id_of, include_param, non_empty, value_of
from isogeo.resources.conditions import (
    LicenseRef,
    applied_condition,
    check_description,
    condition_body,
    is_complete,
)
from isogeo_api.api.condition import create_metadata_condition, list_metadata_conditions
from isogeo_api.api.license_ import (
    create_workgroup_license,
    get_license,
    list_workgroup_licenses,
    update_workgroup_license,
)
from isogeo_api.models import Condition, License, LicenseInclude, LicenseWrite, Metadata
from isogeo_api.namespaces import licenses as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

DEFAULT_INCLUDE: tuple[LicenseInclude, ...] = (LicenseInclude.COUNT,)


def _write_body(name: object, link: str | None, content: str | None) -> LicenseWrite:
    body = LicenseWrite(name=non_empty(name, "name", "license name"))
    if link is not None:
        body.link = link
    if content is not None:
        body.content = content
    return body


def update_args(license: License, workgroup_id: str | None) -> tuple[str, str, LicenseWrite]:
    """(owner workgroup, license id, LIC-4 form) for a license read then modified.

    >>> lic = License.from_dict({"_id": "a" * 32, "name": "ODbL", "owner": {"_id": "b" * 32}})
    >>> owner, license_id, body = update_args(lic, None)
    >>> owner == "b" * 32, body.name
    (True, 'ODbL')
    """
    owner = value_of(license.owner)
    if workgroup_id is None:
        if owner is None:
            raise InvalidInputError(
                "workgroup_id",
                None,
                "the owner workgroup's identifier",
                reason="an Isogeo license has no owner",
            )
        workgroup_id = owner.sys_id
    body = _write_body(value_of(license.name), value_of(license.link), value_of(license.content))
    return id_of(workgroup_id, "workgroup_id"), id_of(license, "license"), body


def _already_applied(metadata_id: str, license: License, existing: Condition, exist_ok: bool) -> Condition:
    what = (
        f"license {value_of(license.name)!r} ({license.sys_id}) applied to metadata {metadata_id} "
        f"(condition {existing.sys_id}; force=True applies it again)"
    )
    return already_exists(what, existing, exist_ok=exist_ok)


class Licenses(_generated.Licenses):
    """Sync licenses namespace: ``isogeo.licenses``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     odbl = isogeo.licenses.create(WORKGROUP_ID, "ODbL", link="https://opendatacommons.org/licenses/odbl/")
    ...     isogeo.licenses.associate_metadata(METADATA_ID, odbl, description="Attribution: Métropole")
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(
        self, workgroup_id: str, *, include: Iterable[LicenseInclude | str] | None = DEFAULT_INCLUDE
    ) -> builtins.list[License]:
        """LIC-1: the licenses a workgroup may apply (its own and Isogeo's)."""
        return self._client.call(list_workgroup_licenses, workgroup_id, sys_include=include_param(include))

    def get(self, license_id: str) -> License:
        """LIC-2: one license."""
        return self._client.call(get_license, license_id)

    def create(
        self, workgroup_id: str, name: str, *, link: str | None = None, content: str | None = None
    ) -> License:
        """LIC-3: add a license to a workgroup."""
        return self._client.call(
            create_workgroup_license, workgroup_id, body=_write_body(name, link, content)
        )

    def update(self, license: License, *, workgroup_id: str | None = None) -> License:
        """LIC-4: save a license read then modified; the workgroup comes from ``license.owner``."""
        owner, license_id, body = update_args(license, workgroup_id)
        return self._client.call(update_workgroup_license, owner, license_id, body=body)

    def associate_metadata(
        self,
        metadata: Metadata | str,
        license: LicenseRef,
        *,
        description: str | None = None,
        force: bool = False,
        exist_ok: bool = False,
    ) -> Condition:
        """Apply a license to a metadata (CND-3), unless it is applied already (checked with CND-1).

        ``metadata`` and ``license`` are models or identifiers. Raises
        :class:`~isogeo.errors.AlreadyExistsError` (``.existing`` is the condition) when the
        license is applied already; nothing is written then. ``exist_ok=True`` returns that
        condition instead; ``force=True`` applies the license again (a second condition).

        >>> from isogeo.errors import AlreadyExistsError
        >>> try:                                                          # doctest: +SKIP
        ...     isogeo.licenses.associate_metadata(METADATA_ID, LICENSE_ID, description="Attribution")
        ... except AlreadyExistsError as err:
        ...     print("already applied by condition", err.existing.sys_id)
        """
        metadata_id = id_of(metadata, "metadata")
        description = check_description(description)
        full = license if is_complete(license) else self.get(id_of(license, "license"))
        if not force:
            existing = applied_condition(
                self._client.call(list_metadata_conditions, metadata_id), full.sys_id
            )
            if existing is not None:
                return _already_applied(metadata_id, full, existing, exist_ok)
        return self._client.call(
            create_metadata_condition, metadata_id, body=condition_body(full, description)
        )


class AsyncLicenses(_generated.AsyncLicenses):
    """Async licenses namespace: ``aisogeo.licenses`` (the methods of :class:`Licenses`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(
        self, workgroup_id: str, *, include: Iterable[LicenseInclude | str] | None = DEFAULT_INCLUDE
    ) -> builtins.list[License]:
        """LIC-1: the licenses a workgroup may apply (its own and Isogeo's)."""
        return await self._client.call(
            list_workgroup_licenses, workgroup_id, sys_include=include_param(include)
        )

    async def get(self, license_id: str) -> License:
        """LIC-2: one license."""
        return await self._client.call(get_license, license_id)

    async def create(
        self, workgroup_id: str, name: str, *, link: str | None = None, content: str | None = None
    ) -> License:
        """LIC-3: add a license to a workgroup."""
        body = _write_body(name, link, content)
        return await self._client.call(create_workgroup_license, workgroup_id, body=body)

    async def update(self, license: License, *, workgroup_id: str | None = None) -> License:
        """LIC-4: save a license read then modified; the workgroup comes from ``license.owner``."""
        owner, license_id, body = update_args(license, workgroup_id)
        return await self._client.call(update_workgroup_license, owner, license_id, body=body)

    async def associate_metadata(
        self,
        metadata: Metadata | str,
        license: LicenseRef,
        *,
        description: str | None = None,
        force: bool = False,
        exist_ok: bool = False,
    ) -> Condition:
        """Apply a license unless it is applied already (see :meth:`Licenses.associate_metadata`)."""
        metadata_id = id_of(metadata, "metadata")
        description = check_description(description)
        full = license if is_complete(license) else await self.get(id_of(license, "license"))
        if not force:
            conditions = await self._client.call(list_metadata_conditions, metadata_id)
            existing = applied_condition(conditions, full.sys_id)
            if existing is not None:
                return _already_applied(metadata_id, full, existing, exist_ok)
        body = condition_body(full, description)
        return await self._client.call(create_metadata_condition, metadata_id, body=body)


__all__ = ["AsyncLicenses", "Licenses", "update_args"]
