"""Keywords (KWD-1..11): searches with whole results and lazy iteration, and the keyword composites.

>>> every = isogeo.keywords.thesaurus(ISOGEO_THESAURUS_ID, query="eau", whole_results=True)  # doctest: +SKIP
>>> ISOGEO_THESAURUS_ID
'1616597fbc4348c8b11ef9d59cf594c8'

* ``get`` (KWD-4), ``of_metadata`` (KWD-1), ``get_from_text`` (KWD-5);
* ``thesaurus(...)`` / ``workgroup(...)`` (KWD-2 / KWD-3) — one page, or every keyword with
  ``whole_results=True`` (pages of 100, ``concurrency`` at a time, once each and in order), and
  ``thesaurus_iter`` / ``workgroup_iter`` — lazy, a page when the loop gets to it. (The SDK asked
  a workgroup for ``_limit=total`` in one request; pages of 100 work everywhere.)
* ``create(thesaurus_id, text, exist_ok=False)`` (KWD-6) — when the API answers 409 (same text,
  compared by the API without case or accents) the existing keyword is found with KWD-2 (exact
  text first) and, as everywhere (:func:`isogeo.resources._common.already_exists`),
  :class:`~isogeo.errors.AlreadyExistsError` holds it (``exist_ok=True`` returns it);
* ``tag`` / ``untag`` (KWD-8/9) — ``tag`` answers False when the metadata already had it (409);
* ``associate_workgroup`` / ``dissociate_workgroup`` (KWD-10/11) — False when already associated
  (409) / not associated (404), as the SDK's ``(True, 409)`` / ``(True, 404)``;
* ``delete`` (KWD-7).
"""

from __future__ import annotations

import builtins
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import ConflictError, InvalidInputError, NotFoundError
from isogeo.pagination import (
    DEFAULT_CONCURRENCY,
    PAGE_SIZE_MAX,
    afetch_all_pages,
    aiter_items,
    check_concurrency,
    check_expected_total,
    check_offset,
    check_page_size,
    fetch_all_pages,
    iter_items,
)
from isogeo.resources._common import already_exists
from isogeo.resources.metadata import MetadataRef, metadata_id_of
from isogeo.search import flag_option
from isogeo_api.api.keyword import (
    associate_keyword_to_metadata,
    associate_keyword_to_workgroup,
    create_thesaurus_keyword,
    dissociate_keyword_from_metadata,
    dissociate_keyword_from_workgroup,
    get_keyword,
    list_metadata_keywords,
    list_thesaurus_keywords_by_text,
    search_thesaurus_keywords,
    search_workgroup_keywords,
)
from isogeo_api.models import (
    Keyword,
    KeywordCreate,
    KeywordInclude,
    KeywordOrderBy,
    KeywordSearch,
    Lang,
    SortDirection,
    WorkgroupKeywordOrderBy,
)
from isogeo_api.namespaces import keywords as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

__all__ = [
    "DEFAULT_KEYWORD_INCLUDE",
    "GROUP_THEME_THESAURUS_ID",
    "ISOGEO_THESAURUS_ID",
    "AsyncKeywords",
    "KeywordSearchOptions",
    "Keywords",
    "merge_keyword_pages",
]

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


class Keywords(_generated.Keywords):
    """Sync keywords namespace: ``isogeo.keywords``.

    >>> page = isogeo.keywords.thesaurus(query="eau", page_size=10)                # doctest: +SKIP
    >>> every = isogeo.keywords.workgroup(WG_ID, whole_results=True)               # doctest: +SKIP
    >>> keyword = isogeo.keywords.create(ISOGEO_THESAURUS_ID, "Assainissement")    # doctest: +SKIP
    >>> isogeo.keywords.tag(METADATA_ID, keyword)                                  # doctest: +SKIP
    True
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def get(
        self,
        keyword_id: str,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> Keyword:
        """KWD-4: one keyword."""
        return self._client.call(get_keyword, keyword_id, sys_include=_includes(include))

    def of_metadata(
        self,
        metadata: MetadataRef,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> builtins.list[Keyword]:
        """KWD-1: the keywords of a metadata."""
        return self._client.call(
            list_metadata_keywords, metadata_id_of(metadata), sys_include=_includes(include)
        )

    def get_from_text(
        self,
        thesaurus_id: str,
        text: str,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> builtins.list[Keyword]:
        """KWD-5: the keywords of a thesaurus whose text is ``text``."""
        return self._client.call(
            list_thesaurus_keywords_by_text,
            thesaurus_id,
            text=_creation_text(text),
            sys_include=_includes(include),
        )

    def _search(self, endpoint: Any, owner: str, request: _KeywordRequest) -> KeywordSearch:
        fetch = _page_fetch(self._client.call, endpoint, owner, request)
        if request.whole_results:
            pages = fetch_all_pages(
                fetch,
                page_size=PAGE_SIZE_MAX,
                concurrency=request.concurrency,
                expected_total=request.expected_total,
            )
            return merge_keyword_pages(pages)
        page: KeywordSearch = fetch(request.offset, request.page_size)
        return page

    def thesaurus(
        self, thesaurus_id: str = ISOGEO_THESAURUS_ID, **options: Unpack[KeywordSearchOptions]
    ) -> KeywordSearch:
        """KWD-2: search a thesaurus; ``whole_results=True`` for every keyword.

        >>> isogeo.keywords.thesaurus(INSPIRE_THESAURUS_ID, whole_results=True).total   # doctest: +SKIP
        34
        """
        request = _keyword_request(options, workgroup=False, iteration=False)
        return self._search(
            search_thesaurus_keywords, normalize_identifier(thesaurus_id, "thesaurus_id"), request
        )

    def thesaurus_iter(
        self, thesaurus_id: str = ISOGEO_THESAURUS_ID, **options: Unpack[KeywordSearchOptions]
    ) -> Iterator[Keyword]:
        """KWD-2, lazily: every keyword, a page when the loop gets to it."""
        request = _keyword_request(options, workgroup=False, iteration=True)
        owner = normalize_identifier(thesaurus_id, "thesaurus_id")
        fetch = _page_fetch(self._client.call, search_thesaurus_keywords, owner, request)
        return iter_items(fetch, page_size=request.page_size, offset=request.offset)

    def workgroup(self, workgroup_id: str, **options: Unpack[KeywordSearchOptions]) -> KeywordSearch:
        """KWD-3: the keywords a workgroup uses; ``thesaurus=`` keeps one thesaurus.

        >>> isogeo.keywords.workgroup(WG_ID, order_by="count.group", page_size=10)   # doctest: +SKIP
        """
        request = _keyword_request(options, workgroup=True, iteration=False)
        return self._search(
            search_workgroup_keywords, normalize_identifier(workgroup_id, "workgroup_id"), request
        )

    def workgroup_iter(self, workgroup_id: str, **options: Unpack[KeywordSearchOptions]) -> Iterator[Keyword]:
        """KWD-3, lazily."""
        request = _keyword_request(options, workgroup=True, iteration=True)
        owner = normalize_identifier(workgroup_id, "workgroup_id")
        fetch = _page_fetch(self._client.call, search_workgroup_keywords, owner, request)
        return iter_items(fetch, page_size=request.page_size, offset=request.offset)

    def create(self, thesaurus_id: str, text: str, *, exist_ok: bool = False) -> Keyword:
        """KWD-6: create a keyword. When the text exists already (409):
        :class:`~isogeo.errors.AlreadyExistsError` with the existing keyword in ``.existing``, or
        with ``exist_ok=True`` that keyword (it may be shared: do not delete it as your own).

        >>> isogeo.keywords.create(ISOGEO_THESAURUS_ID, "Assainissement").text    # doctest: +SKIP
        'Assainissement'
        """
        wanted = _creation_text(text)
        try:
            return self._client.call(create_thesaurus_keyword, thesaurus_id, body=KeywordCreate(text=wanted))
        except ConflictError:
            found = _same_text(self.thesaurus_iter(thesaurus_id, query=wanted, include=()), wanted)
            if found is None:
                raise
        return already_exists(f"keyword {wanted!r}", found, exist_ok=exist_ok)

    def tag(self, metadata: MetadataRef, keyword: KeywordRef) -> bool:
        """KWD-8: tag a metadata with a keyword; False when it already was (409 is success)."""
        try:
            self._client.call(associate_keyword_to_metadata, metadata_id_of(metadata), _keyword_id(keyword))
        except ConflictError:
            return False
        return True

    def untag(self, metadata: MetadataRef, keyword: KeywordRef) -> None:
        """KWD-9: remove a keyword from a metadata."""
        self._client.call(dissociate_keyword_from_metadata, metadata_id_of(metadata), _keyword_id(keyword))

    def associate_workgroup(self, workgroup_id: str, keyword: KeywordRef) -> bool:
        """KWD-10 (204): let a workgroup use a keyword; False when it already could (409)."""
        try:
            self._client.call(associate_keyword_to_workgroup, workgroup_id, _keyword_id(keyword))
        except ConflictError:
            return False
        return True

    def dissociate_workgroup(self, workgroup_id: str, keyword: KeywordRef) -> bool:
        """KWD-11: remove a keyword from a workgroup's selection; False when it was not there (404)."""
        try:
            self._client.call(dissociate_keyword_from_workgroup, workgroup_id, _keyword_id(keyword))
        except NotFoundError:
            return False
        return True


class AsyncKeywords(_generated.AsyncKeywords):
    """Async keywords namespace: ``aisogeo.keywords`` (the methods of :class:`Keywords`, awaited;
    ``thesaurus_iter`` / ``workgroup_iter`` are async iterators)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def get(
        self,
        keyword_id: str,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> Keyword:
        """KWD-4: one keyword."""
        return await self._client.call(get_keyword, keyword_id, sys_include=_includes(include))

    async def of_metadata(
        self,
        metadata: MetadataRef,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> builtins.list[Keyword]:
        """KWD-1: the keywords of a metadata."""
        return await self._client.call(
            list_metadata_keywords, metadata_id_of(metadata), sys_include=_includes(include)
        )

    async def get_from_text(
        self,
        thesaurus_id: str,
        text: str,
        *,
        include: Iterable[KeywordInclude | str] | str | None = DEFAULT_KEYWORD_INCLUDE,
    ) -> builtins.list[Keyword]:
        """KWD-5: the keywords of a thesaurus whose text is ``text``."""
        return await self._client.call(
            list_thesaurus_keywords_by_text,
            thesaurus_id,
            text=_creation_text(text),
            sys_include=_includes(include),
        )

    async def _search(self, endpoint: Any, owner: str, request: _KeywordRequest) -> KeywordSearch:
        fetch: Callable[[int, int], Awaitable[KeywordSearch]] = _page_fetch(
            self._client.call, endpoint, owner, request
        )
        if request.whole_results:
            pages = await afetch_all_pages(
                fetch,
                page_size=PAGE_SIZE_MAX,
                concurrency=request.concurrency,
                expected_total=request.expected_total,
            )
            return merge_keyword_pages(pages)
        return await fetch(request.offset, request.page_size)

    async def thesaurus(
        self, thesaurus_id: str = ISOGEO_THESAURUS_ID, **options: Unpack[KeywordSearchOptions]
    ) -> KeywordSearch:
        """KWD-2: search a thesaurus; ``whole_results=True`` for every keyword."""
        request = _keyword_request(options, workgroup=False, iteration=False)
        return await self._search(
            search_thesaurus_keywords, normalize_identifier(thesaurus_id, "thesaurus_id"), request
        )

    def thesaurus_iter(
        self, thesaurus_id: str = ISOGEO_THESAURUS_ID, **options: Unpack[KeywordSearchOptions]
    ) -> AsyncIterator[Keyword]:
        """KWD-2, lazily: ``async for keyword in aisogeo.keywords.thesaurus_iter(...)``."""
        request = _keyword_request(options, workgroup=False, iteration=True)
        owner = normalize_identifier(thesaurus_id, "thesaurus_id")
        fetch = _page_fetch(self._client.call, search_thesaurus_keywords, owner, request)
        return aiter_items(fetch, page_size=request.page_size, offset=request.offset)

    async def workgroup(self, workgroup_id: str, **options: Unpack[KeywordSearchOptions]) -> KeywordSearch:
        """KWD-3: the keywords a workgroup uses."""
        request = _keyword_request(options, workgroup=True, iteration=False)
        return await self._search(
            search_workgroup_keywords, normalize_identifier(workgroup_id, "workgroup_id"), request
        )

    def workgroup_iter(
        self, workgroup_id: str, **options: Unpack[KeywordSearchOptions]
    ) -> AsyncIterator[Keyword]:
        """KWD-3, lazily."""
        request = _keyword_request(options, workgroup=True, iteration=True)
        owner = normalize_identifier(workgroup_id, "workgroup_id")
        fetch = _page_fetch(self._client.call, search_workgroup_keywords, owner, request)
        return aiter_items(fetch, page_size=request.page_size, offset=request.offset)

    async def create(self, thesaurus_id: str, text: str, *, exist_ok: bool = False) -> Keyword:
        """KWD-6: create a keyword (:class:`~isogeo.errors.AlreadyExistsError` for an existing text,
        unless ``exist_ok=True``: then the existing keyword)."""
        wanted = _creation_text(text)
        try:
            return await self._client.call(
                create_thesaurus_keyword, thesaurus_id, body=KeywordCreate(text=wanted)
            )
        except ConflictError:
            candidates = [kw async for kw in self.thesaurus_iter(thesaurus_id, query=wanted, include=())]
            found = _same_text(candidates, wanted)
            if found is None:
                raise
        return already_exists(f"keyword {wanted!r}", found, exist_ok=exist_ok)

    async def tag(self, metadata: MetadataRef, keyword: KeywordRef) -> bool:
        """KWD-8: tag a metadata with a keyword; False when it already was (409 is success)."""
        try:
            await self._client.call(
                associate_keyword_to_metadata, metadata_id_of(metadata), _keyword_id(keyword)
            )
        except ConflictError:
            return False
        return True

    async def untag(self, metadata: MetadataRef, keyword: KeywordRef) -> None:
        """KWD-9: remove a keyword from a metadata."""
        await self._client.call(
            dissociate_keyword_from_metadata, metadata_id_of(metadata), _keyword_id(keyword)
        )

    async def associate_workgroup(self, workgroup_id: str, keyword: KeywordRef) -> bool:
        """KWD-10 (204): let a workgroup use a keyword; False when it already could (409)."""
        try:
            await self._client.call(associate_keyword_to_workgroup, workgroup_id, _keyword_id(keyword))
        except ConflictError:
            return False
        return True

    async def dissociate_workgroup(self, workgroup_id: str, keyword: KeywordRef) -> bool:
        """KWD-11: remove a keyword from a workgroup's selection; False when it was not there (404)."""
        try:
            await self._client.call(dissociate_keyword_from_workgroup, workgroup_id, _keyword_id(keyword))
        except NotFoundError:
            return False
        return True
