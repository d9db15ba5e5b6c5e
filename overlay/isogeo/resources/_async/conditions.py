"""Async conditions namespace (:mod:`isogeo.resources.conditions` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncConditions) if not name.startswith("_"))
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
    from isogeo.client import AsyncIsogeo


class AsyncConditions(_generated.AsyncConditions):
    """Async conditions namespace: ``aisogeo.conditions``.

    >>> async with AsyncIsogeo(...) as aisogeo:                                      # doctest: +SKIP
    ...     for condition in await aisogeo.conditions.list(METADATA_ID):
    ...         print(condition.license_.name, condition.description)
    """

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
