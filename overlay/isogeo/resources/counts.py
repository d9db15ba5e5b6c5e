"""Counts: how many metadata (per type, format, owner...) and contacts (per type) — a sibling-API idea.

**Metadata** counts come from searches that return no result (``_limit=0``): such a search still
answers ``total`` (how many match) and ``tags`` (every facet present in the matching metadata,
e.g. ``type:vector-dataset``, ``format:shp``, ``owner:<workgroup id>``). So:

* ``counts.metadata()`` is **one** search: its ``total``;
* ``counts.metadata(by="format")`` is one search for the facets, then one per facet value of that
  kind (``q=... format:shp``, ``_limit=0``) for its ``total``: 1 + N requests (the async twin runs
  the N concurrently, 8 at a time). The search API gives facets without counts, hence the N.

``workgroup_id`` adds ``owner:<id>`` to the query; ``query`` adds anything of the search syntax
(``"keyword:isogeo:eau"``, free text...). What a group application counts is what is shared with it.

**Contact** counts read the address book once (CTC-1) and count its cards per ``type``
(``custom``, ``group``, ``user``).

The sync class is derived from the async one (``_async/counts.py``): the same methods.

>>> from isogeo.resources.counts import AsyncCounts, Counts
>>> sorted(set(vars(AsyncCounts)) ^ set(vars(Counts)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.counts import AsyncCounts
from isogeo.resources._counts import FACETS, base_query, by_count, check_by, contact_counts, facet_tags
from isogeo.resources._sync.counts import Counts

__all__ = [
    "FACETS",
    "AsyncCounts",
    "Counts",
    "base_query",
    "by_count",
    "check_by",
    "contact_counts",
    "facet_tags",
]
