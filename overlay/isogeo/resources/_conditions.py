"""What the sync and async conditions namespaces share (:mod:`isogeo.resources.conditions`)."""

from __future__ import annotations

import builtins
from typing import Any, TypeGuard

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, value_of
from isogeo_api.models import Condition, ConditionCreate, License

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
