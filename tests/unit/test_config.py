"""Platforms, language, timeouts, retry policy and the client constructor (no network)."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
import trustme

from isogeo import AsyncIsogeo, AuthMode, Credentials, Isogeo, Platform, PlatformUrls, RetryPolicy, Timeouts
from isogeo.config import resolve_lang
from isogeo.errors import CredentialsError, InvalidInputError


def test_default_platform_urls() -> None:
    prod, qa = PlatformUrls.for_platform(), PlatformUrls.for_platform("QA")

    assert (prod.api_url, prod.token_url, prod.app_url) == (
        "https://v1.api.isogeo.com",
        "https://id.api.isogeo.com/oauth/token",
        "https://app.isogeo.com",
    )
    assert (qa.platform, qa.api_url, qa.id_url) == (
        Platform.QA,
        "https://v1.api.qa.isogeo.com",
        "https://id.api.qa.isogeo.com",
    )


def test_custom_platform_needs_both_urls() -> None:
    with pytest.raises(CredentialsError, match="platform 'custom' needs id_url") as caught:
        PlatformUrls.for_platform("custom", api_url="https://api.example.org")
    assert caught.value.key == "id_url"
    urls = PlatformUrls.for_platform(api_url="api.example.org/", id_url="http://127.0.0.1:8000")
    assert (urls.platform, urls.api_url, urls.id_url, urls.app_url) == (
        Platform.CUSTOM,
        "https://api.example.org",
        "http://127.0.0.1:8000",
        "",
    )


def test_prod_and_qa_urls_cannot_be_mixed_with_custom_ones() -> None:
    with pytest.raises(CredentialsError, match="api_url and id_url are for platform='custom'"):
        PlatformUrls.for_platform("prod", api_url="https://api.example.org")
    with pytest.raises(CredentialsError, match="unknown platform 'staging'; accepted: prod, qa, custom"):
        PlatformUrls.for_platform("staging")


@pytest.mark.parametrize(
    ("given", "sent"), [(None, "fr"), ("fr", "fr"), ("EN", "en"), (" es ", "es"), ("pt", "pt")]
)
def test_supported_languages(given: str | None, sent: str) -> None:
    assert resolve_lang(given) == sent


def test_unsupported_language_falls_back_to_english_with_a_warning() -> None:
    with pytest.warns(UserWarning, match="'de' is not supported by the Isogeo API .* using 'en'"):
        assert resolve_lang("de") == "en"


def test_timeouts_are_separate_and_searches_wait_longer() -> None:
    timeouts = Timeouts()

    assert timeouts.as_httpx() == httpx.Timeout(connect=15.0, read=45.0, write=45.0, pool=15.0)
    assert timeouts.for_search().read == 200.0 and timeouts.for_search().connect == 15.0


def test_retry_policy_maps_to_httpx_retries() -> None:
    retry = RetryPolicy(max_retries=3, backoff_factor=1.0, max_backoff=10, max_total_backoff=20).to_retry()

    assert (retry.total, retry.backoff_factor, retry.max_backoff_wait, retry.total_timeout) == (
        3,
        1.0,
        10,
        20,
    )
    assert retry.allowed_methods == frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
    assert set(retry.status_forcelist) == {429, 502, 503, 504}
    assert not retry.is_retryable_method("POST") and not retry.is_retryable_method("PATCH")
    assert RetryPolicy.disabled().to_retry().is_exhausted()


def test_client_needs_credentials() -> None:
    with pytest.raises(CredentialsError, match="missing client_id and client_secret"):
        Isogeo()
    with pytest.raises(CredentialsError, match="either credentials= or client_id"):
        Isogeo("a", "b", credentials=Credentials("a", "b"))


def test_username_and_password_make_a_user_application() -> None:
    with Isogeo("app", "secret", username="me", password="pw") as isogeo:
        assert isogeo.credentials.auth_mode is AuthMode.USER_LEGACY
    with pytest.raises(CredentialsError, match="needs a password"):
        Isogeo("app", "secret", username="me")


def test_client_auth_must_be_basic_or_body() -> None:
    with pytest.raises(InvalidInputError, match="client_auth: 'jwt' is not supported"):
        Isogeo("app", "secret", client_auth="jwt")  # type: ignore[arg-type]


def test_transport_kind_must_match_the_client() -> None:
    with pytest.raises(TypeError, match=r"needs a sync httpx\.BaseTransport"):
        Isogeo("app", "secret", transport=httpx.AsyncHTTPTransport())
    with pytest.raises(TypeError, match=r"needs an httpx\.AsyncBaseTransport"):
        AsyncIsogeo("app", "secret", transport=httpx.HTTPTransport())


def test_verify_accepts_a_ca_bundle_path(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))

    with Isogeo("app", "secret", verify=bundle) as isogeo:
        assert isinstance(isogeo._settings.verify, ssl.SSLContext)
