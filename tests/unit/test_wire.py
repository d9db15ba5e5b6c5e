from __future__ import annotations

import httpx
import pytest

from isogeo._wire import COMMA_JOINED_PARAMS, join_list_params
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
