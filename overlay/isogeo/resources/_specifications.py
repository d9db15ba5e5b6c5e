"""What the sync and async specifications namespaces share (:mod:`isogeo.resources.specifications`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeGuard

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, non_empty, value_of
from isogeo_api.models import (
    ConformityWrite,
    Specification,
    SpecificationInclude,
    SpecificationWrite,
)

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
