"""Search (SRC-1/2): ``isogeo.search(...)``, ``isogeo.search.iter(...)``, ``isogeo.search.all(...)``.

The official SDK's ``search`` with all its arguments (:class:`isogeo.search.SearchOptions`,
checked before any request by :func:`isogeo.search.build_search_request`), three ways:

* ``isogeo.search(page_size=10, ...)`` — one page (a :class:`~isogeo.search.SearchResults`, which
  is a :class:`~isogeo_api.models.MetadataSearch`); with ``whole_results=True``, every result;
* ``isogeo.search.iter(...)`` (also ``isogeo.search_iter(...)``) — every result, lazily: a page is
  fetched when the loop reaches it, nothing more once the loop stops;
* ``isogeo.search.all(...)`` — every result (``whole_results=True``): pages of 100 fetched
  ``concurrency`` at a time (5 by default), returned once each and in the server's order.

``augment=True`` needs the caller's shares (SHR-1): fetched once per client and cached
(:meth:`Search.share_tags`, ``refresh=True`` to fetch them again).

The sync class is derived from the async one (``_async/search.py``): the same methods.

>>> from isogeo.resources.search import AsyncSearch, Search
>>> sorted(set(vars(AsyncSearch)) ^ set(vars(Search)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.search import AsyncSearch
from isogeo.resources._sync.search import Search

__all__ = ["AsyncSearch", "Search"]
