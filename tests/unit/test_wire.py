from __future__ import annotations

import httpx
import pytest

from isogeo._core.wire import COMMA_JOINED_PARAMS, join_list_params
from tests.support.spec import load_spec, operations


def _non_exploded_query_params() -> set[str]:
    spec = load_spec()
    params = list(spec["components"]["parameters"].values())
    for _m, _p, op in operations():
        params.extend(op.get("parameters", []))
    names = set()
    for param in params:
        if "$ref" in param:
            param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
        if param["in"] == "query" and param.get("explode") is False:
            names.add(param["name"])
    return names


def test_comma_joined_params_match_the_spec() -> None:
    assert _non_exploded_query_params() == COMMA_JOINED_PARAMS


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/r?_include=links&_include=tags", {"_include": ["links,tags"]}),
        ("https://h/r?_include=links", {"_include": ["links"]}),
        (
            "https://h/r?box=1.5&box=2&box=3&box=4&q=type:service",
            {"box": ["1.5,2,3,4"], "q": ["type:service"]},
        ),
        ("https://h/r?q=a&q=b", {"q": ["a", "b"]}),
        ("https://h/r", {}),
    ],
)
def test_join_list_params(url: str, expected: dict[str, list[str]]) -> None:
    params = join_list_params(httpx.URL(url)).params
    assert {key: params.get_list(key) for key in params} == expected


def test_join_keeps_the_order_of_other_parameters() -> None:
    url = join_list_params(httpx.URL("https://h/r?_lang=fr&_id=a&q=x&_id=b"))
    assert list(url.params.multi_items()) == [("_lang", "fr"), ("_id", "a,b"), ("q", "x")]


@pytest.mark.parametrize(
    "url",
    [
        "https://h/r?_include=links",
        "https://h/r?x_id=a&_id=b",  # a key that ends like a joined one is another key
        "https://h/r?q=_id%3Da%20_id%3Db",  # the joined key's text inside a value
        "https://h/r",
    ],
)
def test_join_leaves_urls_without_repeated_keys_untouched(url: str) -> None:
    original = httpx.URL(url)
    assert join_list_params(original) is original


def test_join_folds_a_key_repeated_beside_a_lookalike() -> None:
    url = join_list_params(httpx.URL("https://h/r?x_id=z&_id=a&_id=b"))
    assert list(url.params.multi_items()) == [("x_id", "z"), ("_id", "a,b")]
