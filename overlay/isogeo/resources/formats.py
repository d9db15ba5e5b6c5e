"""Formats (FMT-1..6): the reference list of data and service formats, and their versions.

``isogeo.formats.add_versions("postgis", ["3.4", "3.5"])`` is the SDK documentation's "Add versions
to a format" recipe (get, extend the versions without duplicates, PUT) in one call. Writes are for
Isogeo staff.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo._core.call import AsyncEndpoint, SyncEndpoint
from isogeo.errors import InvalidInputError, NotFoundError
from isogeo.resources._common import already_exists, expect, non_empty, round_trip
from isogeo_api.api.format_ import (
    create_format,
    delete_format,
    get_format_by_code_or_type,
    search_no_geo_formats,
    update_format,
)
from isogeo_api.models import Format, FormatSummary, FormatWrite, MetadataTypeFilter
from isogeo_api.namespaces import formats as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

# FMT-2 answers a Format or a list: name the union so that mypy need not infer it.
_GET_FORMAT: SyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type
_GET_FORMAT_ASYNC: AsyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type
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


class Formats(_generated.Formats):
    """Sync formats namespace: ``isogeo.formats``.

    >>> with Isogeo(...) as isogeo:                                     # doctest: +SKIP
    ...     postgis = isogeo.formats.add_versions("postgis", ["3.4", "3.5"])
    ...     postgis.versions[-2:]
    ['3.4', '3.5']
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def get(self, code: str) -> Format:
        """FMT-2: one format by code (``postgis``, ``wms``...); ``NotFoundError`` when unknown."""
        found = self._client.call(_GET_FORMAT, _code(code))
        return expect(found, Format, "a format")

    def list_for_type(self, metadata_type: MetadataTypeFilter | str) -> builtins.list[Format]:
        """FMT-2: the formats of a metadata filter type (``vector-dataset``, ``service``...)."""
        found = self._client.call(_GET_FORMAT, _type_filter(metadata_type))
        return expect(found, builtins.list, "a list of formats")

    def create(
        self,
        code: str,
        name: str,
        *,
        type: str = "dataset",
        aliases: Iterable[str] = (),
        versions: Iterable[str | None] = (),
        exist_ok: bool = False,
    ) -> Format:
        """FMT-3: add a format. The API answers 500 for an existing code (facts §10-1), so the
        code is looked up first: :class:`~isogeo.errors.AlreadyExistsError` (``.existing``), or
        with ``exist_ok=True`` the existing format."""
        body = _creation(code, name, type, aliases, versions)
        try:
            existing = self.get(body.code)
        except NotFoundError:
            return self._client.call(create_format, body=body)
        return already_exists(f"format {body.code!r}", existing, exist_ok=exist_ok)

    def update(self, fmt: Format) -> Format:
        """FMT-4: save a format read then modified (unknown fields kept)."""
        return self._client.call(
            update_format, _code_of(fmt), body=round_trip(fmt, FormatWrite, drop=_READ_ONLY)
        )

    def delete(self, code: str) -> None:
        """FMT-5: delete a format."""
        self._client.call(delete_format, _code(code))

    def search_no_geo(
        self, q: str | None = None, *, limit: int = 10, offset: int = 0
    ) -> builtins.list[FormatSummary]:
        """FMT-6: formats for non-geographic data matching ``q`` (``limit`` at most 100)."""
        return self._client.call(search_no_geo_formats, q=q, sys_limit=limit, sys_offset=offset)

    def add_versions(self, fmt: Format | str, versions: str | Iterable[str]) -> Format:
        """Add versions to a format: FMT-2 (fresh read), then FMT-4 with the new versions appended.

        Versions already listed are not repeated; when none is new, nothing is written and the
        format as read is returned. ``fmt`` is a code or a ``Format`` (only its code is used).

        >>> isogeo.formats.add_versions("postgis", ["3.4", "3.5"]).versions  # doctest: +SKIP
        ['2.5', '3.0', '3.4', '3.5']
        """
        new = _new_versions(versions)
        current = self.get(_code_of(fmt))
        body = merge_versions(current, new)
        if body is None:
            return current
        return self._client.call(update_format, body.code, body=body)


class AsyncFormats(_generated.AsyncFormats):
    """Async formats namespace: ``aisogeo.formats`` (the methods of :class:`Formats`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def get(self, code: str) -> Format:
        """FMT-2: one format by code; ``NotFoundError`` when unknown."""
        found = await self._client.call(_GET_FORMAT_ASYNC, _code(code))
        return expect(found, Format, "a format")

    async def list_for_type(self, metadata_type: MetadataTypeFilter | str) -> builtins.list[Format]:
        """FMT-2: the formats of a metadata filter type."""
        found = await self._client.call(_GET_FORMAT_ASYNC, _type_filter(metadata_type))
        return expect(found, builtins.list, "a list of formats")

    async def create(
        self,
        code: str,
        name: str,
        *,
        type: str = "dataset",
        aliases: Iterable[str] = (),
        versions: Iterable[str | None] = (),
        exist_ok: bool = False,
    ) -> Format:
        """FMT-3: add a format (:class:`~isogeo.errors.AlreadyExistsError` for an existing code,
        unless ``exist_ok=True``: then the existing format)."""
        body = _creation(code, name, type, aliases, versions)
        try:
            existing = await self.get(body.code)
        except NotFoundError:
            return await self._client.call(create_format, body=body)
        return already_exists(f"format {body.code!r}", existing, exist_ok=exist_ok)

    async def update(self, fmt: Format) -> Format:
        """FMT-4: save a format read then modified (unknown fields kept)."""
        body = round_trip(fmt, FormatWrite, drop=_READ_ONLY)
        return await self._client.call(update_format, _code_of(fmt), body=body)

    async def delete(self, code: str) -> None:
        """FMT-5: delete a format."""
        await self._client.call(delete_format, _code(code))

    async def search_no_geo(
        self, q: str | None = None, *, limit: int = 10, offset: int = 0
    ) -> builtins.list[FormatSummary]:
        """FMT-6: formats for non-geographic data matching ``q``."""
        return await self._client.call(search_no_geo_formats, q=q, sys_limit=limit, sys_offset=offset)

    async def add_versions(self, fmt: Format | str, versions: str | Iterable[str]) -> Format:
        """Add versions to a format (see :meth:`Formats.add_versions`)."""
        new = _new_versions(versions)
        current = await self.get(_code_of(fmt))
        body = merge_versions(current, new)
        if body is None:
            return current
        return await self._client.call(update_format, body.code, body=body)
