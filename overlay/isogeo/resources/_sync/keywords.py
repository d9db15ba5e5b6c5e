# Derived from _async/keywords.py by tools/derive_sync.py: do not edit.
"""Sync keywords namespace (:mod:`isogeo.resources.keywords` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Keywords) if not name.startswith("_"))  # doctest: +NORMALIZE_WHITESPACE
['associate_workgroup', 'create', 'dissociate_workgroup', 'get', 'get_from_text', 'of_metadata',
'tag', 'thesaurus', 'thesaurus_iter', 'untag', 'workgroup', 'workgroup_iter']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Unpack

from isogeo._core.validation import normalize_identifier
from isogeo.errors import ConflictError, NotFoundError
from isogeo.pagination import (
    PAGE_SIZE_MAX,
    fetch_all_pages,
    iter_items,
)
from isogeo.resources._common import already_exists
from isogeo.resources._keywords import (
    DEFAULT_KEYWORD_INCLUDE,
    ISOGEO_THESAURUS_ID,
    KeywordRef,
    KeywordSearchOptions,
    _creation_text,
    _includes,
    _keyword_id,
    _keyword_request,
    _KeywordRequest,
    _page_fetch,
    _same_text,
    merge_keyword_pages,
)
from isogeo.resources._metadata import MetadataRef, metadata_id_of
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
    KeywordSearch,
)
from isogeo_api.namespaces import keywords as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


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

        >>> inspire = INSPIRE_THESAURUS_ID  # doctest: +SKIP
        >>> found = isogeo.keywords.thesaurus(inspire, whole_results=True)  # doctest: +SKIP
        >>> found.total  # doctest: +SKIP
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

        >>> (isogeo.keywords.create(ISOGEO_THESAURUS_ID, "Assainissement")).text    # doctest: +SKIP
        'Assainissement'
        """
        wanted = _creation_text(text)
        try:
            return self._client.call(create_thesaurus_keyword, thesaurus_id, body=KeywordCreate(text=wanted))
        except ConflictError:
            # Every candidate is read (sync and async alike), then the one with the same text is sought.
            candidates = [kw for kw in self.thesaurus_iter(thesaurus_id, query=wanted, include=())]
            found = _same_text(candidates, wanted)
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
