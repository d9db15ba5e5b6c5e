"""Platforms, language, timeouts, retry policy and the client constructor (no network)."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
import trustme

from isogeo import AsyncIsogeo, AuthMode, Credentials, Isogeo, RetryPolicy, Timeouts, custom_platform
from isogeo.config import resolve_lang
from isogeo.errors import CredentialsError, InvalidInputError


def test_default_platform_is_prod() -> None:
    with Isogeo("app", "secret") as prod, Isogeo("app", "secret", platform="QA") as qa:
        assert (prod.platform.api_url, prod._token_url, prod.platform.app_url) == (
            "https://v1.api.isogeo.com",
            "https://id.api.isogeo.com/oauth/token",
            "https://app.isogeo.com",
        )
        assert (qa.platform.name, qa.platform.api_url, qa._token_url) == (
            "qa",
            "https://v1.api.qa.isogeo.com",
            "https://id.api.qa.isogeo.com/oauth/token",
        )


def test_custom_platform_needs_both_urls() -> None:
    with pytest.raises(CredentialsError, match="platform 'custom' needs id_url") as caught:
        Isogeo("app", "secret", api_url="https://api.example.org")
    assert caught.value.key == "id_url"
    with Isogeo("app", "secret", api_url="api.example.org/", id_url="http://127.0.0.1:8000") as isogeo:
        urls = isogeo.platform
    assert (urls.name, urls.api_url, urls.id_url, urls.app_url) == (
        "custom",
        "https://api.example.org",
        "http://127.0.0.1:8000",
        None,
    )


def test_a_platform_object_is_accepted() -> None:
    onprem = custom_platform("api.example.org", id_url="id.example.org", app_url="app.example.org")

    with Isogeo("app", "secret", platform=onprem) as isogeo:
        assert isogeo.platform is onprem and isogeo._token_url == "https://id.example.org/oauth/token"


def test_prod_and_qa_urls_cannot_be_mixed_with_custom_ones() -> None:
    with pytest.raises(CredentialsError, match="are for platform='custom', not 'prod'"):
        Isogeo("app", "secret", platform="prod", api_url="https://api.example.org")
    with pytest.raises(
        InvalidInputError, match="platform='staging' is not accepted; expected one of: prod, qa"
    ):
        Isogeo("app", "secret", platform="staging")


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
    with pytest.raises(
        InvalidInputError, match="client_auth='jwt' is not accepted; expected one of: basic, body"
    ):
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
