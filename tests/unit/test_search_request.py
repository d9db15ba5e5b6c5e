"""The search arguments are checked before any request: the query checker (facts §6.2), every
option of the SDK's ``search`` (§6.1), and what ``finish`` adds (augment, tags_as_dicts)."""

from __future__ import annotations

import warnings

import pytest

from isogeo.errors import InvalidInputError
from isogeo.search import (
    SEARCH_INCLUDES,
    as_results,
    build_search_request,
    finish,
    merge_pages,
    share_tags,
)
from isogeo.search_query import check_query, parse_query
from isogeo_api.models import GeoRelation, MetadataInclude, MetadataSearch, SearchOrderBy, Share

MD_ID = "0269803d50c446b09f5060ef7fe3e22b"
WG_ID = "32f7e95ec4e94ca3bc1afda960003882"
OTHER_WG_ID = "187b528eafffd1acd0d365b81e7114b8"


# ------------------------------------------------------------------ the query checker (§6.2)
@pytest.mark.parametrize(
    "query",
    [
        "",
        "rivers",
        "type:vector-dataset action:download action:view rivers",
        "type:dataset owner:32f7e95ec4e94ca3bc1afda960003882 format:shp coordinate-system:2154",
        "type:service type:service",  # the same filter twice is harmless
        "keyword:inspire-theme:hydrography keyword:isogeo:2018 catalog:x contact:group:y",
        "provider:auto has-no:keyword name:communes path:/data",
        "unknown:filter",  # sent as written: the API ignores unknown filters
        '"eaux usées" type:resource',
    ],
)
def test_valid_queries_pass(query: str) -> None:
    check_query(query)


@pytest.mark.parametrize(
    ("query", "bad", "words"),
    [
        ("type:vectorDataset", "type:vectorDataset", ["write type:vector-dataset"]),
        ("type:raster", "type:raster", ["unknown 'type' value", "type:raster-dataset"]),
        ("action:print", "action:print", ["unknown 'action' value", "action:download"]),
        ("provider:csw", "provider:csw", ["provider:auto", "provider:manual"]),
        ("type:service type:resource", "type:resource", ["takes one value", "type:service"]),
        ("format:shp format:tab", "format:tab", ["takes one value"]),
        (f"owner:{WG_ID} owner:{OTHER_WG_ID}", f"owner:{OTHER_WG_ID}", ["takes one value"]),
        ("coordinate-system:2154 coordinate-system:4326", "coordinate-system:4326", ["takes one value"]),
        ("share:abc rivers", "share:abc", ["share=", "not a filter of q"]),
        ("type: rivers", "type:", ["needs a value"]),
    ],
)
def test_invalid_queries_name_the_token_and_the_accepted_values(
    query: str, bad: str, words: list[str]
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        check_query(query)

    assert caught.value.argument == "query" and caught.value.value == bad
    for word in words:
        assert word in str(caught.value)


def test_parse_query_separates_filters_terms_and_phrases() -> None:
    parsed = parse_query('type:service "eaux usées"  rivers keyword:isogeo:2018')

    assert parsed.filters == ("type:service", "keyword:isogeo:2018")
    assert parsed.terms == ("eaux usées", "rivers")
    assert parsed.one_valued == {"type": "service"}


# ------------------------------------------------------------------ the options (§6.1)
def test_defaults_send_nothing_but_paging() -> None:
    request = build_search_request({})

    assert request.params == {}
    assert request.page_arguments(0, 20) == {"sys_offset": 0, "sys_limit": 20}
    assert (request.page_size, request.offset, request.whole_results, request.concurrency) == (
        20,
        0,
        False,
        5,
    )
    assert "ob" not in request.params  # the API's own default order


def test_every_option_maps_to_its_api_parameter() -> None:
    request = build_search_request(
        {
            "group": WG_ID.upper(),
            "query": "type:service rivers",
            "share": "urn:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b",
            "specific_md": [MD_ID],
            "include": ["links", "CONTACTS"],
            "bbox": "-4.97,41.33,9.56,51.09",
            "georel": "within",
            "order_by": "title",
            "order_dir": "asc",
            "page_size": 0,
            "offset": 40,
            "lang": "EN",
        }
    )

    params = request.params
    assert request.group == WG_ID
    assert params["q"] == "type:service rivers" and params["s"] == MD_ID and params["sys_id"] == [MD_ID]
    assert params["sys_include"] == [MetadataInclude.LINKS, MetadataInclude.CONTACTS]
    assert params["box"] == [-4.97, 41.33, 9.56, 51.09] and params["rel"] is GeoRelation.WITHIN
    assert (
        params["ob"] is SearchOrderBy.TITLE
        and params["od"].value == "asc"
        and params["sys_lang"].value == "en"
    )
    assert (request.page_size, request.offset) == (0, 40)


def test_include_all_means_every_sub_resource_a_search_returns() -> None:
    includes = build_search_request({"include": "all"}).params["sys_include"]

    assert includes == list(SEARCH_INCLUDES)
    assert MetadataInclude.CONTEXT not in includes and len(includes) == len(MetadataInclude) - 1


@pytest.mark.parametrize(
    ("options", "argument", "words"),
    [
        ({"pagesize": 10}, "pagesize", ["not a search option", "page_size"]),
        ({"page_size": 101}, "page_size", ["<= 100"]),
        ({"page_size": -1}, "page_size", [">= 0"]),
        ({"offset": -5}, "offset", [">= 0"]),
        ({"include": ["links", "nope"]}, "include[1]", ["links", "contacts"]),
        ({"include": ["context"]}, "include[0]", ["only GET /resources/{id}"]),
        ({"include": "links,contacts"}, "include[0]", ["links"]),
        ({"specific_md": [MD_ID, "42"]}, "specific_md[1]", ["not an Isogeo identifier"]),
        ({"share": "my-share"}, "share", ["not an Isogeo identifier"]),
        ({"group": 12}, "group", ["str or uuid.UUID"]),
        ({"bbox": (1, 2, 3)}, "bbox", ["4 numbers"]),
        ({"bbox": (10, 0, 5, 1)}, "bbox", ["xmin <= xmax"]),
        ({"bbox": (0, -100, 1, 1)}, "bbox", ["-90 <= ymin"]),
        ({"bbox": "a,b,c,d"}, "bbox", ["not numbers"]),
        ({"poly": "POINT (1 2)"}, "poly", ["not a WKT polygon"]),
        ({"georel": "within"}, "georel", ["needs a geometry"]),
        ({"bbox": (0, 0, 1, 1), "georel": "near"}, "georel", ["intersects", "equals"]),
        ({"order_by": "date"}, "order_by", ["_created", "relevance"]),
        ({"order_dir": "up"}, "order_dir", ["asc", "desc"]),
        ({"lang": "de"}, "lang", ["fr", "en"]),
        ({"whole_results": "yes"}, "whole_results", ["True or False"]),
        ({"concurrency": 0}, "concurrency", ["from 1 to 32"]),
        ({"expected_total": -1}, "expected_total", [">= 0"]),
        ({"tags_duplicates": "keep"}, "tags_duplicates", ["rename", "merge", "ignore"]),
        ({"query": "type:vectorDataset"}, "query", ["type:vector-dataset"]),
    ],
)
def test_bad_options_are_refused_with_the_argument_and_accepted_values(
    options: dict[str, object], argument: str, words: list[str]
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        build_search_request(options)

    assert caught.value.argument == argument
    for word in words:
        assert word in str(caught.value)


def test_check_false_sends_the_query_and_the_relation_unchecked() -> None:
    request = build_search_request(
        {"query": "type:vectorDataset share:x", "georel": "within", "check": False}
    )

    assert request.params["q"] == "type:vectorDataset share:x" and request.params["rel"] is GeoRelation.WITHIN


def test_the_sdk_equal_relation_is_sent_as_equals_with_a_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning, match="equals"):
        request = build_search_request({"bbox": [0, 0, 1, 1], "georel": "equal"})

    assert request.params["rel"] is GeoRelation.EQUALS


def test_the_documented_equals_relation_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        request = build_search_request({"poly": "POLYGON ((0 0, 1 0, 1 1, 0 0))", "georel": "equals"})

    assert request.params["rel"] is GeoRelation.EQUALS


def test_the_documentation_writes_flags_as_0_and_1() -> None:
    request = build_search_request({"page_size": 0, "whole_results": 0, "augment": 1})

    assert request.augment is True and request.whole_results is False


def test_a_single_id_may_be_a_string() -> None:
    assert build_search_request({"specific_md": MD_ID}).params["sys_id"] == [MD_ID]


# ------------------------------------------------------------------ merging and finishing
def _page(offset: int, ids: list[str], tags: dict[str, str | None], total: int = 3) -> MetadataSearch:
    return MetadataSearch.from_dict(
        {
            "limit": 2,
            "offset": offset,
            "total": total,
            "results": [{"_id": i, "title": i[:4]} for i in ids],
            "tags": tags,
            "query": {"_tags": [], "_terms": ["x"]},
            "envelope": None,
            "future": {"kept": True},
        }
    )


def test_merged_pages_keep_order_tags_and_unknown_fields() -> None:
    first = _page(0, ["a" * 32, "b" * 32], {"type:service": "Service"})
    second = _page(2, ["c" * 32], {"format:shp": "Shapefile"})

    whole = merge_pages([first, second])

    assert [md.sys_id for md in whole.results] == ["a" * 32, "b" * 32, "c" * 32]
    assert (whole.limit, whole.offset, whole.total) == (3, 0, 3)
    assert whole.tags.additional_properties == {"type:service": "Service", "format:shp": "Shapefile"}
    assert whole.additional_properties == {"future": {"kept": True}}
    assert whole.to_dict()["future"] == {"kept": True}


def test_augment_adds_every_share_and_the_share_filter() -> None:
    shares = share_tags([Share.from_dict({"_id": MD_ID, "name": "Portail"})])
    request = build_search_request({"augment": True, "share": MD_ID})

    done = finish(as_results(_page(0, [], {"type:service": "Service"})), request, shares)

    assert done.tags.additional_properties[f"share:{MD_ID}"] == "Portail"
    assert done.query.additional_properties["_shares"] == [MD_ID]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        # tag keys are taken in sorted order: the other workgroup's (187b...) comes first
        (
            "rename",
            {"SIG": f"contact:{OTHER_WG_ID}:{'2' * 32}", "SIG (Isogeo)": f"contact:{WG_ID}:{'1' * 32}"},
        ),
        ("merge", {"SIG": f"contact:{OTHER_WG_ID}:{'2' * 32}||contact:{WG_ID}:{'1' * 32}"}),
        ("ignore", {"SIG": f"contact:{WG_ID}:{'1' * 32}"}),
    ],
)
def test_tags_as_dicts_applies_the_chosen_duplicate_policy(policy: str, expected: dict[str, str]) -> None:
    tags: dict[str, str | None] = {
        f"owner:{WG_ID}": "Isogeo",
        f"owner:{OTHER_WG_ID}": "Métropole",
        f"contact:{WG_ID}:{'1' * 32}": "SIG",
        f"contact:{OTHER_WG_ID}:{'2' * 32}": "SIG",
    }
    request = build_search_request({"tags_as_dicts": True, "tags_duplicates": policy})

    done = finish(as_results(_page(0, [], tags)), request)

    assert done.tags_as_dicts is not None and done.query_as_dicts is not None
    assert done.tags_as_dicts["contacts"] == expected
    assert done.query_as_dicts["_terms"] == ["x"]
    assert done.tags.additional_properties == tags  # the API's tags are kept as they came
