# Derived from _async/conditions.py by tools/derive_sync.py: do not edit.
"""Sync conditions namespace (:mod:`isogeo.resources.conditions` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Conditions) if not name.startswith("_"))
['create', 'get']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from isogeo.resources._conditions import (
    LicenseRef,
    _license_id,
    check_description,
    condition_body,
    is_complete,
)
from isogeo_api.api.condition import (
    create_metadata_condition,
    get_metadata_condition,
)
from isogeo_api.api.license_ import get_license
from isogeo_api.models import Condition
from isogeo_api.namespaces import conditions as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


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

    def create(
        self,
        metadata_id: str,
        license: LicenseRef,
        *,
        description: str | None = None,
    ) -> Condition:
        """CND-3: apply a license to a metadata, even if it is applied already (no check)."""
        description = check_description(description)
        full = license if is_complete(license) else self._client.call(get_license, _license_id(license))
        body = condition_body(full, description)
        return self._client.call(create_metadata_condition, metadata_id, body=body)
