from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from isogeo.platforms import (
    PLATFORMS,
    PlatformUrls,
    custom_platform,
    get_platform,
    get_url_base_from_url_token,
    guess_platform_from_url,
)


@pytest.mark.parametrize(
    ("platform", "attribute", "expected"),
    [
        ("prod", "api_url", "https://v1.api.isogeo.com"),
        ("prod", "id_url", "https://id.api.isogeo.com"),
        ("prod", "token_url", "https://id.api.isogeo.com/oauth/token"),
        ("prod", "app_url", "https://app.isogeo.com"),
        ("prod", "manage_url", "https://manage.isogeo.com"),
        ("prod", "opencatalog_url", "https://open.isogeo.com"),
        ("prod", "csw_url", "https://services.api.isogeo.com"),
        ("prod", "verify_tls", True),
        ("qa", "api_url", "https://v1.api.qa.isogeo.com"),
        ("qa", "token_url", "https://id.api.qa.isogeo.com/oauth/token"),
        ("qa", "app_url", "https://qa-isogeo-app.azurewebsites.net"),
        ("qa", "manage_url", "https://qa-isogeo-manage.azurewebsites.net"),
        ("qa", "opencatalog_url", "https://qa-isogeo-open.azurewebsites.net"),
        ("qa", "csw_url", "http://services.api.qa.isogeo.com"),
        ("qa", "verify_tls", False),
    ],
)
def test_platform_table_matches_the_facts(platform: str, attribute: str, expected: object) -> None:
    assert getattr(PLATFORMS[platform], attribute) == expected


def test_platform_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        PLATFORMS["prod"] = PLATFORMS["qa"]  # type: ignore[index]


@pytest.mark.parametrize(("name", "expected"), [("prod", "prod"), ("PROD", "prod"), ("Qa", "qa")])
def test_get_platform_is_case_insensitive(name: str, expected: str) -> None:
    assert get_platform(name) is PLATFORMS[expected]


def test_get_platform_passes_a_platform_through() -> None:
    custom = custom_platform("api.example.org")
    assert get_platform(custom) is custom


@pytest.mark.parametrize("name", ["custom", "int", "", "production"])
def test_get_platform_refuses_unknown_names(name: str) -> None:
    with pytest.raises(InvalidInputError, match=r"expected one of: prod, qa$"):
        get_platform(name)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("api.isogeo.example.org", "https://api.isogeo.example.org"),
        ("https://api.isogeo.example.org/", "https://api.isogeo.example.org"),
        ("http://api.isogeo.example.org", "http://api.isogeo.example.org"),
        ("https://example.org/isogeo/api/", "https://example.org/isogeo/api"),
    ],
)
def test_custom_platform_normalises_urls(given: str, expected: str) -> None:
    platform = custom_platform(given, app_url=given)
    assert isinstance(platform, PlatformUrls)
    assert platform.name == "custom"
    assert platform.api_url == expected
    assert platform.app_url == expected


def test_custom_platform_leaves_unknown_urls_unknown() -> None:
    platform = custom_platform("api.example.org")
    assert (platform.id_url, platform.token_url, platform.app_url, platform.opencatalog_url) == (None,) * 4


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "ftp://example.org",
        "https://",
        42,
        # Found by fuzzing (tests/reliability): these escaped as ValueError / httpx.InvalidURL.
        "http://[::1",
        "http://[zz]",
        "https://exa\x00mple.org",
        "https://h\u00e9\u0301llo\u200d.org",
    ],
)
def test_custom_platform_refuses_bad_urls(bad: object) -> None:
    with pytest.raises(InvalidInputError, match=r"^api_url="):
        custom_platform(bad)  # type: ignore[arg-type]


# Facts §9.5: the SDK's exact outputs, including the QA quirk (§10 item 39).
@pytest.mark.parametrize(
    ("token_url", "expected"),
    [
        ("https://id.api.isogeo.com/oauth/token", "https://v1.api.isogeo.com"),
        ("https://id.api.qa.isogeo.com/oauth/token", "https://api.qa.isogeo.com"),
        ("https://id.isogeo.example.org/oauth/token", "https://v1.isogeo.example.org"),
        ("https://id.api.isogeo.com/oauth/authorize", "https://v1.api.isogeo.com"),
        ("https://id.api.isogeo.com", "https://v1.api.isogeo.com"),
        # Only a leading `id.` label is rewritten (the SDK's str.replace also hit `valid.`).
        ("https://id.valid.example.org/oauth/token", "https://v1.valid.example.org"),
        ("https://auth.example.org/oauth/token", "https://auth.example.org"),
    ],
)
def test_get_url_base_from_url_token(token_url: str, expected: str) -> None:
    assert get_url_base_from_url_token(token_url) == expected


def test_get_url_base_from_url_token_default_is_prod() -> None:
    assert get_url_base_from_url_token() == "https://v1.api.isogeo.com"


@pytest.mark.parametrize("bad", ["id.api.isogeo.com/oauth/token", "", None])
def test_get_url_base_from_url_token_needs_an_absolute_url(bad: object) -> None:
    with pytest.raises(InvalidInputError, match=r"^url_api_token="):
        get_url_base_from_url_token(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the SDK documentation's examples
        ("https://api.isogeo.com", "prod"),
        ("https://api.qa.isogeo.com", "qa"),
        ("https://api.isogeo.ratp.local", "unknown"),
        # every host of both platforms
        ("https://v1.api.isogeo.com/resources/search", "prod"),
        ("https://id.api.isogeo.com/oauth/token", "prod"),
        ("https://app.isogeo.com/groups/x", "prod"),
        ("https://open.isogeo.com/s/a/b", "prod"),
        ("https://manage.isogeo.com", "prod"),
        ("https://services.api.isogeo.com/ows/s/a/b", "prod"),
        ("https://v1.api.qa.isogeo.com", "qa"),
        ("https://id.api.qa.isogeo.com/oauth/token", "qa"),
        ("http://services.api.qa.isogeo.com", "qa"),
        ("https://qa-isogeo-app.azurewebsites.net", "qa"),
        ("https://qa-isogeo-open.azurewebsites.net", "qa"),
        ("https://qa-isogeo-manage.azurewebsites.net", "qa"),
        # host names without a scheme, and case
        ("v1.api.isogeo.com", "prod"),
        ("HTTPS://V1.API.QA.ISOGEO.COM", "qa"),
        # odd ones: only the host counts
        ("https://example.org/isogeo/qa-report", "unknown"),
        ("https://isogeo.com.evil.example", "unknown"),
        ("", "unknown"),
    ],
)
def test_guess_platform_from_url(url: str, expected: str) -> None:
    assert guess_platform_from_url(url) == expected
