"""Specifications (SPC-1..5) and the conformity of metadata to them (CNF-1..3).

``associate_metadata(metadata, specification, conformant=True)`` is CNF-2, an **upsert**: the API
answers 200 whether the specification was associated already or not, and sets ``conformant``.
``dissociate_metadata`` is CNF-3: :class:`~isogeo.errors.NotFoundError` when the metadata does not
refer to the specification. Specifications are created and updated as **forms** (facts §10-11);
``published`` travels as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS`` (no offset, as the API writes it).
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeGuard

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, include_param, non_empty, value_of
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
    ConformityWrite,
    Metadata,
    Specification,
    SpecificationInclude,
    SpecificationWrite,
)
from isogeo_api.namespaces import specifications as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

DEFAULT_INCLUDE: tuple[SpecificationInclude, ...] = (SpecificationInclude.COUNT,)
SpecificationRef = Specification | str
_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$")


def published_value(published: dt.date | str | None) -> str | None:
    """``published`` as the API takes it: ``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:MM:SS`` (UTC,
    no offset) for a date-time.

    >>> published_value(dt.date(2014, 4, 17)), published_value("2014-04-17T00:00:00")
    ('2014-04-17', '2014-04-17T00:00:00')
    >>> published_value(dt.datetime(2014, 4, 17, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    '2014-04-17T00:00:00'
    >>> published_value("17/04/2014")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: published='17/04/2014' is not accepted; expected one of: ...
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        if published.tzinfo is not None:
            published = published.astimezone(dt.UTC).replace(tzinfo=None)
        return published.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(published, dt.date):
        return published.isoformat()
    if isinstance(published, str) and _PUBLISHED.match(published):
        return published
    raise InvalidInputError(
        "published", published, ["a date or datetime", "'YYYY-MM-DD'", "'YYYY-MM-DDTHH:MM:SS'"]
    )


def _write_body(name: object, link: str | None, published: dt.date | str | None) -> SpecificationWrite:
    body = SpecificationWrite(name=non_empty(name, "name", "specification name"))
    if link is not None:
        body.link = link
    value = published_value(published)
    if value is not None:
        body.published = value
    return body


def update_args(
    specification: Specification, workgroup_id: str | None
) -> tuple[str, str, SpecificationWrite]:
    """(owner workgroup, specification id, SPC-4 form) for a specification read then modified.

    >>> spec = Specification.from_dict({"_id": "a" * 32, "name": "INSPIRE", "owner": {"_id": "b" * 32},
    ...                                 "published": "2014-04-17T00:00:00"})
    >>> update_args(spec, None)[2].published
    '2014-04-17T00:00:00'
    """
    if workgroup_id is None:
        owner = value_of(specification.owner)
        if owner is None:
            raise InvalidInputError(
                "workgroup_id",
                None,
                "the owner workgroup's identifier",
                reason="an Isogeo specification has no owner",
            )
        workgroup_id = owner.sys_id
    body = _write_body(
        value_of(specification.name), value_of(specification.link), value_of(specification.published)
    )
    return id_of(workgroup_id, "workgroup_id"), id_of(specification, "specification"), body


def is_complete(specification: SpecificationRef) -> TypeGuard[Specification]:
    """Whether ``specification`` is a model read from the API (CNF-2 sends the whole specification).

    >>> is_complete("a" * 32), is_complete(Specification.from_dict({"_id": "a" * 32, "name": "INSPIRE"}))
    (False, True)
    """
    return isinstance(specification, Specification) and value_of(specification.name) is not None


def _conformity_body(specification: Specification, conformant: object) -> ConformityWrite:
    if not isinstance(conformant, bool):
        raise InvalidInputError("conformant", conformant, ["True", "False"])
    return ConformityWrite(conformant=conformant, specification=specification)


class Specifications(_generated.Specifications):
    """Sync specifications namespace: ``isogeo.specifications``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     isogeo.specifications.associate_metadata(METADATA_ID, SPECIFICATION_ID, conformant=True)
    ...     [c.specification.name for c in isogeo.specifications.conformities(METADATA_ID)]
    ['INSPIRE - Data Specification on Hydrography']
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(
        self, workgroup_id: str, *, include: Iterable[SpecificationInclude | str] | None = DEFAULT_INCLUDE
    ) -> builtins.list[Specification]:
        """SPC-1: the specifications a workgroup may refer to (its own and Isogeo's)."""
        return self._client.call(
            list_workgroup_specifications, workgroup_id, sys_include=include_param(include)
        )

    def get(self, specification_id: str) -> Specification:
        """SPC-2: one specification."""
        return self._client.call(get_specification, specification_id)

    def create(
        self,
        workgroup_id: str,
        name: str,
        *,
        link: str | None = None,
        published: dt.date | str | None = None,
    ) -> Specification:
        """SPC-3: add a specification to a workgroup."""
        body = _write_body(name, link, published)
        return self._client.call(create_workgroup_specification, workgroup_id, body=body)

    def update(self, specification: Specification, *, workgroup_id: str | None = None) -> Specification:
        """SPC-4: save a specification read then modified (workgroup from ``specification.owner``)."""
        owner, specification_id, body = update_args(specification, workgroup_id)
        return self._client.call(update_workgroup_specification, owner, specification_id, body=body)

    def conformities(self, metadata: Metadata | str) -> builtins.list[Conformity]:
        """CNF-1: the specifications a metadata refers to, with its conformity to each."""
        return self._client.call(list_metadata_conformities, id_of(metadata, "metadata"))

    def associate_metadata(
        self, metadata: Metadata | str, specification: SpecificationRef, *, conformant: bool = True
    ) -> Conformity:
        """CNF-2: refer a metadata to a specification, or change its conformity (an upsert: no
        duplicate is possible). An identifier is read first (SPC-2): the API wants the whole
        specification.

        >>> done = isogeo.specifications.associate_metadata(MD_ID, SPEC, conformant=False)  # doctest: +SKIP
        >>> done.conformant  # doctest: +SKIP
        False
        """
        metadata_id = id_of(metadata, "metadata")
        if is_complete(specification):
            full = specification
        else:
            full = self.get(id_of(specification, "specification"))
        body = _conformity_body(full, conformant)
        return self._client.call(set_metadata_conformity, metadata_id, full.sys_id, body=body)

    def dissociate_metadata(self, metadata: Metadata | str, specification: SpecificationRef) -> None:
        """CNF-3: remove the reference; :class:`~isogeo.errors.NotFoundError` if there is none.

        >>> isogeo.specifications.dissociate_metadata(METADATA_ID, SPEC_ID)  # doctest: +SKIP
        """
        self._client.call(
            delete_metadata_conformity, id_of(metadata, "metadata"), id_of(specification, "specification")
        )


class AsyncSpecifications(_generated.AsyncSpecifications):
    """Async specifications namespace: ``aisogeo.specifications`` (:class:`Specifications`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(
        self, workgroup_id: str, *, include: Iterable[SpecificationInclude | str] | None = DEFAULT_INCLUDE
    ) -> builtins.list[Specification]:
        """SPC-1: the specifications a workgroup may refer to."""
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
        """SPC-4: save a specification read then modified."""
        owner, specification_id, body = update_args(specification, workgroup_id)
        return await self._client.call(update_workgroup_specification, owner, specification_id, body=body)

    async def conformities(self, metadata: Metadata | str) -> builtins.list[Conformity]:
        """CNF-1: the specifications a metadata refers to, with its conformity to each."""
        return await self._client.call(list_metadata_conformities, id_of(metadata, "metadata"))

    async def associate_metadata(
        self, metadata: Metadata | str, specification: SpecificationRef, *, conformant: bool = True
    ) -> Conformity:
        """CNF-2: refer a metadata to a specification, or change its conformity (an upsert)."""
        metadata_id = id_of(metadata, "metadata")
        if is_complete(specification):
            full = specification
        else:
            full = await self.get(id_of(specification, "specification"))
        body = _conformity_body(full, conformant)
        return await self._client.call(set_metadata_conformity, metadata_id, full.sys_id, body=body)

    async def dissociate_metadata(self, metadata: Metadata | str, specification: SpecificationRef) -> None:
        """CNF-3: remove the reference; :class:`~isogeo.errors.NotFoundError` if there is none."""
        await self._client.call(
            delete_metadata_conformity, id_of(metadata, "metadata"), id_of(specification, "specification")
        )


__all__ = ["AsyncSpecifications", "Specifications", "is_complete", "published_value", "update_args"]
