"""The SDK documentation's search usage (§1.3 "Search", ``search`` reference), with this client.

Credentials and platform from the environment (``Isogeo.from_env()``: ``ISOGEO_API_GROUP_CLIENT_ID``,
``ISOGEO_API_GROUP_CLIENT_SECRET``, ``ISOGEO_PLATFORM`` or ``ISOGEO_API_URL``/``ISOGEO_ID_URL``).
Try it on the sandbox: ``isogeo-sandbox serve``, then export what ``isogeo-sandbox info`` prints.

    python examples/search.py
"""

from __future__ import annotations

from isogeo import Isogeo
from isogeo_api.api.share import list_shares

with Isogeo.from_env() as isogeo:
    # -- get the search context (without results), useful to populate a search widget ----------
    search_context = isogeo.search(page_size=0, whole_results=0, augment=1)
    tags = search_context.tags.additional_properties
    print(f"search context: {search_context.total} metadata, {len(tags)} tags")

    # retrieving shares uuid and name from search tags (augment=1 added them)
    shares_basic = [f"{k}:{v}" for k, v in tags.items() if k.startswith("share:")]
    print(f"shares in the tags: {len(shares_basic)}")

    # -- search the 10 first results in alphabetical order ---------------------------------------
    search_10 = isogeo.search(
        page_size=10,
        include="all",
        order_by="title",
        order_dir="asc",
        expected_total=search_context.total,
    )
    print(f"first 10 by title: {', '.join(str(md.title) for md in search_10.results[:3])}, ...")

    # -- returns all results, filtering on vector datasets (pages fetched concurrently) ----------
    search_full = isogeo.search(
        query="type:vector-dataset",
        order_by="title",
        order_dir="desc",
        include="all",
        augment=1,
        whole_results=1,
    )
    print(f"all vector datasets: {len(search_full.results)} of {search_full.total}")

    # -- the same facets as label -> tag dictionaries, to fill filter drop-downs -----------------
    with_dicts = isogeo.search(page_size=0, augment=True, tags_as_dicts=True)
    assert with_dicts.tags_as_dicts is not None
    print(f"formats offered: {sorted(with_dicts.tags_as_dicts['formats'])}")

    # -- check if a metadata is in a share -----------------------------------------------------
    share_id = isogeo.call(list_shares)[0].sys_id
    md_search = isogeo.search(page_size=1, whole_results=0)
    md_id = md_search.results[0].sys_id
    share_search = isogeo.search(share=share_id, whole_results=1)
    share_mds_ids = [md.sys_id for md in share_search.results]
    print("Metadata is present in this share." if md_id in share_mds_ids else "Not present.")

    # -- every result, lazily: a page is fetched only when the loop gets to it -----------------
    for count, md in enumerate(isogeo.search_iter(query="type:service"), start=1):
        if count == 150:
            print(f"150th service: {md.title}")
            break
