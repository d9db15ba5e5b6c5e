"""The documented utilities of the official SDK (``IsogeoUtils``, ``IsogeoTranslator``,
``IsogeoChecker``), as plain functions in one place. Nothing here touches the network.

==================================  =====================================================
SDK                                 here
==================================  =====================================================
``IsogeoUtils.convert_uuid``        :func:`convert_uuid` (also :func:`normalize_id`)
``IsogeoChecker.check_is_uuid``     :func:`is_isogeo_id`
``IsogeoUtils.hlpr_datetimes``      :func:`parse_datetime` / :func:`hlpr_datetimes`
``IsogeoUtils.convert_octets``      :func:`convert_octets`
``IsogeoUtils.encoded_words_to...`` :func:`encoded_words_to_text`, :func:`safe_filename`
``IsogeoUtils.pages_counter``       :func:`pages_counter`
``IsogeoUtils.tags_to_dict``        :func:`tags_to_dict`
``IsogeoUtils.guess_platform...``   :func:`guess_platform_from_url`
``IsogeoUtils.get_url_base_from...``:func:`get_url_base_from_url_token`
``IsogeoTranslator``                :class:`IsogeoTranslator`
``Metadata.title_or_name`` etc.     :func:`title_or_name`, :func:`signature`,
                                    :func:`owner_workgroup_id`, :func:`owner_workgroup_name`
``ApiLink.clean_kind_action_...``   :func:`clean_link_actions`
``IsogeoUtils.get_view_url`` etc.   :mod:`isogeo.urls` (:class:`~isogeo.urls.UrlBuilder`)
==================================  =====================================================

>>> from isogeo.utils import convert_octets, pages_counter
>>> convert_octets(204132), pages_counter(626)
('199.35 Ko', 7)
"""

from __future__ import annotations

from isogeo.dates import hlpr_datetimes, parse_date, parse_datetime
from isogeo.errors import InvalidInputError
from isogeo.ids import UuidForm, convert_uuid, is_isogeo_id, normalize_id
from isogeo.link_kinds import DEFAULT_LINK_KINDS, LINK_ACTIONS, clean_link_actions, link_kinds_from_api
from isogeo.metadata_helpers import (
    SIGNATURE_FIELDS,
    metadata_type_filter_form,
    owner_workgroup_id,
    owner_workgroup_name,
    signature,
    title_or_name,
)
from isogeo.platforms import get_url_base_from_url_token, guess_platform_from_url
from isogeo.sizes import convert_octets
from isogeo.tags import TAG_CATEGORIES, tags_to_dict
from isogeo.text import encoded_words_to_text, filename_from_content_disposition, safe_filename, slugify
from isogeo.translator import LABELS, IsogeoTranslator

__all__ = [
    "DEFAULT_LINK_KINDS",
    "LABELS",
    "LINK_ACTIONS",
    "SIGNATURE_FIELDS",
    "TAG_CATEGORIES",
    "InvalidInputError",
    "IsogeoTranslator",
    "UuidForm",
    "clean_link_actions",
    "convert_octets",
    "convert_uuid",
    "encoded_words_to_text",
    "filename_from_content_disposition",
    "get_url_base_from_url_token",
    "guess_platform_from_url",
    "hlpr_datetimes",
    "is_isogeo_id",
    "link_kinds_from_api",
    "metadata_type_filter_form",
    "normalize_id",
    "owner_workgroup_id",
    "owner_workgroup_name",
    "pages_counter",
    "parse_date",
    "parse_datetime",
    "safe_filename",
    "signature",
    "slugify",
    "tags_to_dict",
    "title_or_name",
]


def pages_counter(total: int, page_size: int = 100) -> int:
    """How many pages of ``page_size`` (100: the search's largest) hold ``total`` results; at least
    one (an empty search still answers one page, with ``total``, ``tags`` and ``envelope``).

    >>> pages_counter(626), pages_counter(156, 22), pages_counter(100), pages_counter(0)
    (7, 8, 1, 1)
    """
    if isinstance(total, bool) or not isinstance(total, int) or total < 0:
        raise InvalidInputError("total", total, "a count of results: an int >= 0")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidInputError("page_size", page_size, "an int >= 1")
    return max(1, -(-total // page_size))
