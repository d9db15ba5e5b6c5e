"""Conditions (CND-1..4): licenses applied to one metadata, each with its own description.

A condition is a license *applied* to a metadata. To apply one with the SDK's duplicate check,
use :meth:`isogeo.resources.licenses.Licenses.associate_metadata`; this namespace is the raw
family (CND-3 here adds a condition even when the license is already applied).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, TypeGuard

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, value_of
from isogeo_api.api.condition import (
    create_metadata_condition,
    get_metadata_condition,
)
from isogeo_api.api.license_ import get_license
from isogeo_api.models import Condition, ConditionCreate, License
from isogeo_api.namespaces import conditions as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

LicenseRef = License | str
"""A license: the model, or its identifier (then read with LIC-2 for the CND-3 body)."""


def check_description(description: object) -> str | None:
    """``description`` if it is ``None`` or a string, else :class:`InvalidInputError`.

    >>> check_description(None) is None, check_description("Attribution: Métropole")
    (True, 'Attribution: Métropole')
    """
    if description is None or isinstance(description, str):
        return description
    raise InvalidInputError("description", description, "a string or None")


def is_complete(license: LicenseRef) -> TypeGuard[License]:
    """Whether ``license`` is a license model read from the API, not an id (or a bare ``_id``):
    CND-3 wants the whole license, so anything else is read first (LIC-2).

    >>> is_complete("f6e0c665905a4feab1e9c1d6359a225f")
    False
    >>> is_complete(License.from_dict({"_id": "f6e0c665905a4feab1e9c1d6359a225f", "name": "ODbL"}))
    True
    """
    return isinstance(license, License) and value_of(license.name) is not None


def condition_body(license: License, description: str | None) -> ConditionCreate:
    """The CND-3 body: the whole license (the SDK sends its full dict) and the description."""
    return ConditionCreate(description=description, license_=license)


def applied_condition(conditions: builtins.list[Condition], license_id: str) -> Condition | None:
    """The condition of ``conditions`` that applies ``license_id``, if any.

    >>> c = Condition.from_dict({"_id": "c" * 32, "license": {"_id": "a" * 32, "name": "ODbL"}})
    >>> applied_condition([c], "a" * 32) is c, applied_condition([c], "b" * 32)
    (True, None)
    """
    for condition in conditions:
        applied = value_of(condition.license_)
        if applied is not None and applied.sys_id == license_id:
            return condition
    return None


def _license_id(license: Any) -> str:
    return id_of(license, "license")


class Conditions(_generated.Conditions):
    """Sync conditions namespace: ``isogeo.conditions``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     for condition in isogeo.conditions.list(METADATA_ID):
    ...         print(condition.license_.name, condition.description)
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def get(self, metadata_id: str, condition_id: str) -> Condition:
        """CND-2: one condition of a metadata."""
        return self._client.call(get_metadata_condition, metadata_id, condition_id)

    def create(self, metadata_id: str, license: LicenseRef, *, description: str | None = None) -> Condition:
        """CND-3: apply a license to a metadata, even if it is applied already (no check)."""
        description = check_description(description)
        full = license if is_complete(license) else self._client.call(get_license, _license_id(license))
        return self._client.call(
            create_metadata_condition, metadata_id, body=condition_body(full, description)
        )


class AsyncConditions(_generated.AsyncConditions):
    """Async conditions namespace: ``aisogeo.conditions`` (the methods of :class:`Conditions`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def get(self, metadata_id: str, condition_id: str) -> Condition:
        """CND-2: one condition of a metadata."""
        return await self._client.call(get_metadata_condition, metadata_id, condition_id)

    async def create(
        self,
        metadata_id: str,
        license: LicenseRef,
        *,
        description: str | None = None,
    ) -> Condition:
        """CND-3: apply a license to a metadata, even if it is applied already (no check)."""
        description = check_description(description)
        full = license if is_complete(license) else await self._client.call(get_license, _license_id(license))
        body = condition_body(full, description)
        return await self._client.call(create_metadata_condition, metadata_id, body=body)


__all__ = [
    "AsyncConditions",
    "Conditions",
    "applied_condition",
    "check_description",
    "is_complete",
]
