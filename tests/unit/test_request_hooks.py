from __future__ import annotations

import httpx
import pytest

from isogeo._core.http import _request_hooks
from isogeo.config import Timeouts


def _hooked(url: str, lang: str = "fr") -> httpx.Request:
    request = httpx.Request("GET", url)
    for hook in _request_hooks(lang, Timeouts()):
        hook(request)
    return request


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/resources/", [("_lang", "fr")]),
        ("https://h/resources/?q=a&_include=tags", [("q", "a"), ("_include", "tags"), ("_lang", "fr")]),
        ("https://h/resources/?x_lang=en", [("x_lang", "en"), ("_lang", "fr")]),
        ("https://h/resources/?q=_lang%3Den", [("q", "_lang=en"), ("_lang", "fr")]),
        ("https://h/resources/?_lang=pt&q=a", [("_lang", "pt"), ("q", "a")]),
        ("https://h/resources/?q=a&_lang=", [("q", "a"), ("_lang", "")]),
    ],
)
def test_the_default_language_is_added_once_and_never_overrides(
    url: str, expected: list[tuple[str, str]]
) -> None:
    assert list(_hooked(url).url.params.multi_items()) == expected


def test_the_default_language_is_encoded() -> None:
    assert _hooked("https://h/r", lang="en&x=1").url.params.multi_items() == [("_lang", "en&x=1")]
