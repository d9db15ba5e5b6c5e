"""The API clients build a request's URL from a path of the API with one parse
(``_ApiRequests.url``): the URL on the wire is the one httpx's own ``build_request`` and the request
hooks give."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from isogeo._core import http as _http
from isogeo._core.wire import join_list_params_hook
from isogeo.config import Timeouts

CASES: list[tuple[str, str, Any]] = [
    ("https://api.isogeo.com", "/resources/abc", {}),
    ("https://api.isogeo.com/", "/resources/abc", None),
    ("https://api.isogeo.com/v1", "/resources/abc", {"_include": ["links", "contacts"]}),
    (
        "http://127.0.0.1:8000/api",
        "/resources/search",
        {"q": "type:service owner:x é&=+ ", "_limit": 10, "_lang": "en", "b": True, "n": None, "f": 1.5},
    ),
    ("https://api.isogeo.com", "/resources/a%2Fb", {"_id": ["a"], "box": ["1", "2", "3", "4"]}),
    ("https://api.isogeo.com", "/résumé path/x", {"_tag": ["keyword:isogeo:a b", "x,y"]}),
    ("https://api.isogeo.com", "/x", {"_include": ["a"], "q": "a,b;c/d?e#f"}),
    ("https://api.isogeo.com", "/x", [("a", "1"), ("a", "2")]),
    ("https://api.isogeo.com", "/x", httpx.QueryParams({"_lang": "es"})),
    ("https://api.isogeo.com", "/x", {"k": "~!*'()@:$,;[]|\\^`{}<>\""}),
    ("https://api.isogeo.com", "/x?y=1", {"z": "2"}),  # not a bare path: httpx's own way
    ("https://api.isogeo.com", "https://other.example/x", {"z": "2"}),
    ("https://api.isogeo.com/?k=v", "/x", {"z": "2"}),
]


def _hooked(request: httpx.Request) -> str:
    for hook in [join_list_params_hook, *_http._request_hooks("fr", Timeouts())]:
        hook(request)
    return str(request.url)


@pytest.mark.parametrize(("base_url", "url", "params"), CASES)
def test_the_url_is_the_one_httpx_and_the_hooks_give(base_url: str, url: str, params: Any) -> None:
    expected = _hooked(httpx.Client(base_url=base_url).build_request("GET", url, params=params))
    client = _http.IsogeoHttpClient(lang="fr", base_url=base_url)
    assert _hooked(client.build_request("GET", url, params=params)) == expected
    aclient = _http.AsyncIsogeoHttpClient(lang="fr", base_url=base_url)
    assert _hooked(aclient.build_request("GET", url, params=params)) == expected


def test_a_changed_base_url_is_followed() -> None:
    client = _http.IsogeoHttpClient(lang="fr", base_url="https://a.example/v1")
    assert str(client.build_request("GET", "/x").url) == "https://a.example/v1/x?_lang=fr"
    client.base_url = httpx.URL("https://b.example")
    assert str(client.build_request("GET", "/x").url) == "https://b.example/x?_lang=fr"


def test_the_client_default_params_are_merged_as_httpx_does() -> None:
    client = _http.IsogeoHttpClient(lang="fr", base_url="https://a.example", params={"k": "v"})
    assert str(client.build_request("GET", "/x", params={"q": "1"}).url) == "https://a.example/x?k=v&q=1"


def test_a_path_of_the_api_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    client = _http.IsogeoHttpClient(lang="fr", base_url="https://api.isogeo.com")
    client.build_request("GET", "/warm-up")
    parsed: list[str] = []
    original = httpx._urls.urlparse

    def counting(url: str = "", **kwargs: Any) -> Any:
        parsed.append(url)
        return original(url, **kwargs)

    monkeypatch.setattr(httpx._urls, "urlparse", counting)
    request = client.build_request("GET", "/resources/abc", params={"_include": ["a", "b"]})
    _hooked(request)
    assert str(request.url) == "https://api.isogeo.com/resources/abc?_include=a%2Cb&_lang=fr"
    assert len(parsed) == 1


def test_a_redirect_target_still_gets_the_hooks() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) == 1:
            return httpx.Response(
                302, headers={"Location": "https://files.example/f?a=1&_include=x&_include=y"}
            )
        return httpx.Response(200)

    client = _http.IsogeoHttpClient(
        lang="fr",
        base_url="https://api.isogeo.com",
        transport=httpx.MockTransport(answer),
        follow_redirects=True,
    )
    client.get("/resources/search", params={"q": "a"})

    assert [str(request.url) for request in sent] == [
        "https://api.isogeo.com/resources/search?q=a&_lang=fr",
        "https://files.example/f?a=1&_include=x%2Cy&_lang=fr",
    ]
    long_read = Timeouts().for_search().as_dict()
    assert sent[0].extensions["timeout"] == long_read


def test_a_request_built_elsewhere_gets_the_hooks() -> None:
    client = _http.IsogeoHttpClient(
        lang="fr",
        base_url="https://api.isogeo.com",
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )
    response = client.send(httpx.Request("GET", "https://api.isogeo.com/resources/search?_tag=a&_tag=b"))
    assert str(response.request.url) == "https://api.isogeo.com/resources/search?_tag=a%2Cb&_lang=fr"
    assert response.request.extensions["timeout"] == Timeouts().for_search().as_dict()
