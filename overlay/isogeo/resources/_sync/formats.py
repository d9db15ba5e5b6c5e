# Derived from _async/formats.py by tools/derive_sync.py: do not edit.
"""Sync formats namespace (:mod:`isogeo.resources.formats` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Formats) if not name.startswith("_"))
['add_versions', 'create', 'delete', 'get', 'list_for_type', 'search_no_geo', 'update']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo._core.call import SyncEndpoint
from isogeo.errors import NotFoundError
from isogeo.resources._common import already_exists, expect, round_trip
from isogeo.resources._formats import (
    _READ_ONLY,
    _code,
    _code_of,
    _creation,
    _new_versions,
    _type_filter,
    merge_versions,
)
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
    from isogeo.client import Isogeo

# FMT-2 answers a Format or a list: name the union so that mypy need not infer it.
_GET_FORMAT: SyncEndpoint[Format | builtins.list[Format]] = get_format_by_code_or_type


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
        body = round_trip(fmt, FormatWrite, drop=_READ_ONLY)
        return self._client.call(update_format, _code_of(fmt), body=body)

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

        >>> (isogeo.formats.add_versions("postgis", ["3.4", "3.5"])).versions  # doctest: +SKIP
        ['2.5', '3.0', '3.4', '3.5']
        """
        new = _new_versions(versions)
        current = self.get(_code_of(fmt))
        body = merge_versions(current, new)
        if body is None:
            return current
        return self._client.call(update_format, body.code, body=body)
