"""Async specifications namespace (:mod:`isogeo.resources.specifications` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncSpecifications) if not name.startswith("_"))
['associate_metadata', 'conformities', 'create', 'dissociate_metadata', 'get', 'list', 'update']
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo.resources._common import id_of, include_param
from isogeo.resources._specifications import (
    DEFAULT_INCLUDE,
    SpecificationRef,
    _conformity_body,
    _write_body,
    is_complete,
    update_args,
)
from isogeo_api.api.conformity import (
    delete_metadata_conformity,
    list_metadata_conformities,
    set_metadata_conformity,
)
from isogeo_api.api.specification import (
    create_workgroup_specification,
    get_specification,
    list_workgroup_specifications,
    update_workgroup_specification,
)
from isogeo_api.models import (
    Conformity,
    Metadata,
    Specification,
    SpecificationInclude,
)
from isogeo_api.namespaces import specifications as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo


class AsyncSpecifications(_generated.AsyncSpecifications):
    """Async specifications namespace: ``aisogeo.specifications``.

    >>> async with AsyncIsogeo(...) as aisogeo:                                      # doctest: +SKIP
    ...     await aisogeo.specifications.associate_metadata(METADATA_ID, SPECIFICATION_ID, conformant=True)
    ...     [c.specification.name for c in await aisogeo.specifications.conformities(METADATA_ID)]
    ['INSPIRE - Data Specification on Hydrography']
    """

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(
        self, workgroup_id: str, *, include: Iterable[SpecificationInclude | str] | None = DEFAULT_INCLUDE
    ) -> builtins.list[Specification]:
        """SPC-1: the specifications a workgroup may refer to (its own and Isogeo's)."""
        include_value = include_param(include)
        return await self._client.call(list_workgroup_specifications, workgroup_id, sys_include=include_value)

    async def get(self, specification_id: str) -> Specification:
        """SPC-2: one specification."""
        return await self._client.call(get_specification, specification_id)

    async def create(
        self,
        workgroup_id: str,
        name: str,
        *,
        link: str | None = None,
        published: dt.date | str | None = None,
    ) -> Specification:
        """SPC-3: add a specification to a workgroup."""
        body = _write_body(name, link, published)
        return await self._client.call(create_workgroup_specification, workgroup_id, body=body)

    async def update(self, specification: Specification, *, workgroup_id: str | None = None) -> Specification:
        """SPC-4: save a specification read then modified (workgroup from ``specification.owner``)."""
        owner, specification_id, body = update_args(specification, workgroup_id)
        return await self._client.call(update_workgroup_specification, owner, specification_id, body=body)

    async def conformities(self, metadata: Metadata | str) -> builtins.list[Conformity]:
        """CNF-1: the specifications a metadata refers to, with its conformity to each."""
        return await self._client.call(list_metadata_conformities, id_of(metadata, "metadata"))

    async def associate_metadata(
        self, metadata: Metadata | str, specification: SpecificationRef, *, conformant: bool = True
    ) -> Conformity:
        """CNF-2: refer a metadata to a specification, or change its conformity (an upsert: no
        duplicate is possible). An identifier is read first (SPC-2): the API wants the whole
        specification.

        >>> done = await aisogeo.specifications.associate_metadata(  # doctest: +SKIP
        ...     MD_ID, SPEC, conformant=False)
        >>> done.conformant  # doctest: +SKIP
        False
        """
        metadata_id = id_of(metadata, "metadata")
        if is_complete(specification):
            full = specification
        else:
            full = await self.get(id_of(specification, "specification"))
        body = _conformity_body(full, conformant)
        return await self._client.call(set_metadata_conformity, metadata_id, full.sys_id, body=body)

    async def dissociate_metadata(self, metadata: Metadata | str, specification: SpecificationRef) -> None:
        """CNF-3: remove the reference; :class:`~isogeo.errors.NotFoundError` if there is none.

        >>> await aisogeo.specifications.dissociate_metadata(METADATA_ID, SPEC_ID)  # doctest: +SKIP
        """
        await self._client.call(
            delete_metadata_conformity, id_of(metadata, "metadata"), id_of(specification, "specification")
        )
