# Derived from _async/licenses.py by tools/derive_sync.py: do not edit.
"""Sync licenses namespace (:mod:`isogeo.resources.licenses` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Licenses) if not name.startswith("_"))
['associate_metadata', 'create', 'get', 'list', 'update']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo.resources._common import id_of, include_param
from isogeo.resources._conditions import (
    LicenseRef,
    applied_condition,
    check_description,
    condition_body,
    is_complete,
)
from isogeo.resources._licenses import DEFAULT_INCLUDE, _already_applied, _write_body, update_args
from isogeo_api.api.condition import create_metadata_condition, list_metadata_conditions
from isogeo_api.api.license_ import (
    create_workgroup_license,
    get_license,
    list_workgroup_licenses,
    update_workgroup_license,
)
from isogeo_api.models import Condition, License, LicenseInclude, Metadata
from isogeo_api.namespaces import licenses as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


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
        body = _write_body(name, link, content)
        return self._client.call(create_workgroup_license, workgroup_id, body=body)

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
            conditions = self._client.call(list_metadata_conditions, metadata_id)
            existing = applied_condition(conditions, full.sys_id)
            if existing is not None:
                return _already_applied(metadata_id, full, existing, exist_ok)
        body = condition_body(full, description)
        return self._client.call(create_metadata_condition, metadata_id, body=body)
