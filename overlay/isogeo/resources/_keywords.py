"""What the sync and async keywords namespaces share (:mod:`isogeo.resources.keywords`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import InvalidInputError
from isogeo.pagination import (
    DEFAULT_CONCURRENCY,
    check_concurrency,
    check_expected_total,
    check_offset,
    check_page_size,
)
from isogeo.search import flag_option
from isogeo_api.models import (
    Keyword,
    KeywordInclude,
    KeywordOrderBy,
    KeywordSearch,
    Lang,
    SortDirection,
    WorkgroupKeywordOrderBy,
)

ISOGEO_THESAURUS_ID = "1616597fbc4348c8b11ef9d59cf594c8"
"""The thesaurus of free keywords (``isogeo``): the SDK's default."""


GROUP_THEME_THESAURUS_ID = "0edc90b138ef41e593cf47fbca2cb1ad"
"""The thesaurus of workgroup themes (``group-theme``)."""


DEFAULT_KEYWORD_INCLUDE: tuple[KeywordInclude, ...] = tuple(KeywordInclude)
"""``_abilities``, ``count``, ``thesaurus``: what the SDK asks for on keyword reads."""


DEFAULT_KEYWORD_PAGE_SIZE = 100
"""The SDK's keyword-search page size (3.9; 20 in 3.3)."""


KeywordRef = Keyword | str


class KeywordSearchOptions(TypedDict, total=False):
    """Arguments of the keyword searches (KWD-2/3), all optional keywords."""

    query: str
    """Text the keywords contain (``q``)."""
    specific_md: Iterable[str] | str | None
    """Only the keywords used by these metadata (``_id``)."""
    specific_tag: Iterable[str] | str | None
    """Only these keywords, by tag (``_tag``: ``keyword:isogeo:...``)."""
    include: Iterable[KeywordInclude | str] | str | None
    """Sub-resources (``_abilities``, ``count``, ``thesaurus``) or ``"all"`` (the default, as the SDK)."""
    order_by: KeywordOrderBy | WorkgroupKeywordOrderBy | str | None
    """``text`` (default), ``count.isogeo``; a workgroup search also ``count.group``."""
    order_dir: SortDirection | str | None
    """``desc`` (default) or ``asc``."""
    page_size: int
    """Keywords per page (default 100)."""
    offset: int
    whole_results: bool
    """Every keyword, not one page."""
    concurrency: int
    """Pages fetched at once for whole results (default 5)."""
    expected_total: int | None
    lang: Lang | str | None
    thesaurus: str | None
    """Workgroup search only: the id of one thesaurus to keep (``th``)."""


_ACCEPTED = tuple(KeywordSearchOptions.__annotations__)


_NOT_FOR_ITERATION = ("whole_results", "concurrency", "expected_total")


@dataclass(frozen=True)
class _KeywordRequest:
    params: dict[str, Any]
    page_size: int
    offset: int
    whole_results: bool
    concurrency: int
    expected_total: int | None

    def page_arguments(self, offset: int, limit: int) -> dict[str, Any]:
        return {**self.params, "sys_offset": offset, "sys_limit": limit}


def _strings(value: object, argument: str, *, ids: bool) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        raise InvalidInputError(argument, value, "a list of str")
    checked: list[str] = []
    for index, item in enumerate(items):
        if ids:
            checked.append(normalize_identifier(item, f"{argument}[{index}]"))
        elif not isinstance(item, str) or not item.startswith("keyword:"):
            raise InvalidInputError(f"{argument}[{index}]", item, "a keyword tag: keyword:{thesaurus}:{code}")
        else:
            checked.append(item)
    return checked or None


def _includes(value: object) -> list[KeywordInclude]:
    if value is None:
        return []
    if isinstance(value, str) and value.strip().lower() == "all":
        return list(KeywordInclude)
    items = [value] if isinstance(value, str | KeywordInclude) else value
    if not isinstance(items, Iterable):
        raise InvalidInputError("include", value, '"all" or a list of _abilities, count, thesaurus')
    return [coerce_enum(item, KeywordInclude, f"include[{index}]") for index, item in enumerate(items)]


def _keyword_request(options: Mapping[str, Any], *, workgroup: bool, iteration: bool) -> _KeywordRequest:
    unknown = sorted(set(options) - set(_ACCEPTED))
    if unknown:
        raise InvalidInputError(
            unknown[0], options[unknown[0]], _ACCEPTED, reason="not a keyword search option"
        )
    for name in _NOT_FOR_ITERATION if iteration else ():
        if name in options:
            raise InvalidInputError(
                name, options[name], "the non-iterating search", reason="not for iteration"
            )
    if not workgroup and options.get("thesaurus") is not None:
        raise InvalidInputError(
            "thesaurus", options["thesaurus"], "thesaurus_id (the first argument)", reason="for workgroups"
        )
    params: dict[str, Any] = {}
    query = options.get("query") or ""
    if not isinstance(query, str):
        raise InvalidInputError("query", query, "a str")
    if query:
        params["q"] = query
    if (ids := _strings(options.get("specific_md"), "specific_md", ids=True)) is not None:
        params["sys_id"] = ids
    if (tags := _strings(options.get("specific_tag"), "specific_tag", ids=False)) is not None:
        params["sys_tag"] = tags
    params["sys_include"] = _includes(options.get("include", DEFAULT_KEYWORD_INCLUDE))
    if options.get("order_by") is not None:
        order_enum: Any = WorkgroupKeywordOrderBy if workgroup else KeywordOrderBy
        params["ob"] = coerce_enum(options["order_by"], order_enum, "order_by")
    if options.get("order_dir") is not None:
        params["od"] = coerce_enum(options["order_dir"], SortDirection, "order_dir")
    if options.get("lang") is not None:
        params["sys_lang"] = coerce_enum(options["lang"], Lang, "lang")
    if workgroup and options.get("thesaurus") is not None:
        params["th"] = normalize_identifier(options["thesaurus"], "thesaurus")
    return _KeywordRequest(
        params=params,
        page_size=check_page_size(
            options.get("page_size", DEFAULT_KEYWORD_PAGE_SIZE), minimum=1, maximum=None
        ),
        offset=check_offset(options.get("offset", 0)),
        whole_results=flag_option(options, "whole_results", False),
        concurrency=check_concurrency(options.get("concurrency", DEFAULT_CONCURRENCY)),
        expected_total=check_expected_total(options.get("expected_total")),
    )


def merge_keyword_pages(pages: Sequence[KeywordSearch]) -> KeywordSearch:
    """Whole keyword results: results concatenated, ``limit`` = their number, offset and unknown
    fields from the first page (facts §6.4).

    >>> def page(n):
    ...     return KeywordSearch.from_dict({"limit": 1, "offset": n, "total": 2,
    ...                                     "results": [{"_id": f"{n:032x}", "text": f"k{n}"}]})
    >>> pages = [page(0), page(1)]
    >>> merged = merge_keyword_pages(pages)
    >>> merged.limit, merged.total, [k.text for k in merged.results]
    (2, 2, ['k0', 'k1'])
    """
    first = pages[0]
    results = [item for page in pages for item in page.results]
    merged = KeywordSearch(limit=len(results), offset=first.offset, results=results, total=first.total)
    merged.additional_properties = dict(first.additional_properties)
    return merged


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def _same_text(candidates: Iterable[Keyword], text: str) -> Keyword | None:
    """The keyword whose text is ``text`` exactly, else the one equal without case and accents."""
    loose: Keyword | None = None
    for keyword in candidates:
        found = keyword.text if isinstance(keyword.text, str) else ""
        if found == text:
            return keyword
        if loose is None and _fold(found) == _fold(text):
            loose = keyword
    return loose


def _keyword_id(keyword: KeywordRef) -> str:
    return keyword.sys_id if isinstance(keyword, Keyword) else keyword


def _creation_text(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidInputError("text", text, "a non-empty keyword text")
    return text.strip()


def _page_fetch(
    call: Callable[..., Any], endpoint: Any, owner: str, request: _KeywordRequest
) -> Callable[[int, int], Any]:
    return lambda offset, limit: call(endpoint, owner, **request.page_arguments(offset, limit))
