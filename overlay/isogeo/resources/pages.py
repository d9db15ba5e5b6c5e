"""Generic pagination over any generated endpoint that pages with ``_limit``/``_offset``.

``isogeo.pages.iter(endpoint, *args, **kwargs)`` yields every item lazily and
``isogeo.pages.all(endpoint, *args, **kwargs)`` returns them all (pages fetched ``concurrency``
at a time), for the listings that page: the metadata searches (``search_metadata``,
``search_workgroup_metadata``), the keyword searches (``search_thesaurus_keywords``,
``search_workgroup_keywords``) and the no-geo formats search (``search_no_geo_formats``, a bare
list without total, paged until a short page). The friendlier namespaces (``isogeo.search``,
``isogeo.keywords``) are built on the same engine (:mod:`isogeo.pagination`).

The other arguments are the endpoint's own (checked as ``call`` checks them) except
``sys_limit``/``sys_offset``, which the paginator sets (``page_size``, ``offset``).
``isogeo.pages.count(total, page_size)`` is the SDK's ``pages_counter``.

The sync class is derived from the async one (``_async/pages.py``): the same methods.

>>> from isogeo.resources.pages import AsyncPages, Pages
>>> sorted(set(vars(AsyncPages)) ^ set(vars(Pages)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.pages import AsyncPages
from isogeo.resources._pages import check_paging_endpoint
from isogeo.resources._sync.pages import Pages

__all__ = ["AsyncPages", "Pages", "check_paging_endpoint"]
