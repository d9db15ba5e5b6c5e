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

The sync class is derived from the async one (``_async/keywords.py``): the same methods.

>>> from isogeo.resources.keywords import AsyncKeywords, Keywords
>>> sorted(set(vars(AsyncKeywords)) ^ set(vars(Keywords)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.keywords import AsyncKeywords
from isogeo.resources._keywords import (
    DEFAULT_KEYWORD_INCLUDE,
    GROUP_THEME_THESAURUS_ID,
    ISOGEO_THESAURUS_ID,
    KeywordSearchOptions,
    merge_keyword_pages,
)
from isogeo.resources._sync.keywords import Keywords

__all__ = [
    "DEFAULT_KEYWORD_INCLUDE",
    "GROUP_THEME_THESAURUS_ID",
    "ISOGEO_THESAURUS_ID",
    "AsyncKeywords",
    "KeywordSearchOptions",
    "Keywords",
    "merge_keyword_pages",
]
