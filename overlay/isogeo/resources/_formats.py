"""What the sync and async formats namespaces share (:mod:`isogeo.resources.formats`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from isogeo.errors import InvalidInputError
from isogeo.resources._common import non_empty, round_trip
from isogeo_api.models import Format, FormatWrite, MetadataTypeFilter

_TYPE_FILTERS = tuple(member.value for member in MetadataTypeFilter)


_READ_ONLY = ("_id", "_tag")


def _code(code: object) -> str:
    text = non_empty(code, "code", "format code")
    if text in _TYPE_FILTERS:
        raise InvalidInputError(
            "code", code, "a format code such as 'postgis'", reason="a metadata type: use list_for_type()"
        )
    return text


def _code_of(fmt: Format | str) -> str:
    if isinstance(fmt, Format):
        return _code(fmt.code)
    return _code(fmt)


def _type_filter(metadata_type: MetadataTypeFilter | str) -> MetadataTypeFilter:
    from isogeo._core.validation import coerce_enum

    return coerce_enum(metadata_type, MetadataTypeFilter, "metadata_type")


def _new_versions(versions: str | Iterable[str]) -> builtins.list[str]:
    """The versions to add, checked: a bare string is one version."""
    given = [versions] if isinstance(versions, str) else builtins.list(versions)
    if not given:
        raise InvalidInputError("versions", versions, "at least one version string")
    for index, version in enumerate(given):
        if not isinstance(version, str) or not version.strip():
            raise InvalidInputError(f"versions[{index}]", version, "a non-empty version string")
    return [version.strip() for version in given]


def merge_versions(fmt: Format, versions: Iterable[str]) -> FormatWrite | None:
    """The FMT-4 body adding ``versions`` to ``fmt`` (existing order kept), or ``None`` if none is new.

    >>> fmt = Format.from_dict({"_id": "f" * 32, "code": "postgis", "name": "PostGIS", "versions": ["2.5"]})
    >>> merge_versions(fmt, ["3.4", "2.5", "3.4"]).versions
    ['2.5', '3.4']
    >>> merge_versions(fmt, ["2.5"]) is None
    True
    """
    current: builtins.list[str | None] = builtins.list(fmt.versions or [])
    added = [v for v in dict.fromkeys(versions) if v not in current]
    if not added:
        return None
    body = round_trip(fmt, FormatWrite, drop=_READ_ONLY)
    body.versions = [*current, *added]
    return body


def _creation(
    code: str, name: str, type_: str, aliases: Iterable[str], versions: Iterable[str | None]
) -> FormatWrite:
    return FormatWrite(
        code=_code(code),
        name=non_empty(name, "name", "format name"),
        type_=non_empty(type_, "type", "format type"),
        aliases=builtins.list(aliases),
        versions=builtins.list(versions),
    )
