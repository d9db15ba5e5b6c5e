"""``include`` of a search or of a metadata read: which sub-resources to ask for.

Apart from :mod:`isogeo.search` (which re-exports both names) so that reading a metadata does not
import the search machinery and its models.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo_api.models import MetadataInclude

__all__ = ["SEARCH_INCLUDES", "search_includes"]

SEARCH_INCLUDES: tuple[MetadataInclude, ...] = tuple(
    member for member in MetadataInclude if member is not MetadataInclude.CONTEXT
)
"""What ``include="all"`` asks a search for: every sub-resource but ``context`` (GET by id only)."""


def search_includes(
    value: object, *, accepted: Sequence[MetadataInclude] = SEARCH_INCLUDES
) -> list[MetadataInclude]:
    """``include`` as a list of :class:`MetadataInclude`; ``"all"`` expands to ``accepted``.

    >>> search_includes(["links", "contacts"])
    [<MetadataInclude.LINKS: 'links'>, <MetadataInclude.CONTACTS: 'contacts'>]
    >>> len(search_includes("all"))
    16
    """
    if value is None:
        return []
    if isinstance(value, str) and value.strip().lower() == "all":
        return list(accepted)
    items = [value] if isinstance(value, str | MetadataInclude) else value
    if not isinstance(items, Iterable):
        raise InvalidInputError("include", value, '"all" or a list of sub-resources')
    names = [str(member.value) for member in accepted]
    includes: list[MetadataInclude] = []
    for index, item in enumerate(items):
        argument = f"include[{index}]"
        if isinstance(item, str) and item.strip().lower() == "all":
            raise InvalidInputError(argument, item, names, reason='"all" is include="all", not an item')
        member = coerce_enum(item, MetadataInclude, argument)
        if member not in accepted:
            raise InvalidInputError(
                argument, item, names, reason="only GET /resources/{id} returns it, not a search"
            )
        if member not in includes:
            includes.append(member)
    return includes
