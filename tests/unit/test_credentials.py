"""Credentials files (JSON web/installed, INI [auth]) and environment variables (fact sheet §2.6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from isogeo import AuthMode, Credentials, Isogeo, credentials_from_env, load_credentials_file
from isogeo.errors import CredentialsError

GROUP_FILE = {
    "web": {
        "client_id": "my-group-app-0269803d50c446b09f5060ef7fe3e22b",
        "client_secret": "S" * 64,
        "scopes": ["resources:read"],
        "auth_uri": "https://id.api.isogeo.com/oauth/authorize",
        "token_uri": "https://id.api.isogeo.com/oauth/token",
        "kind": "public",
        "isogeo_type": "group",
        "isogeo_staff": False,
    }
}
USER_FILE = {
    "installed": {
        "client_id": "my-user-app-0269803d50c446b09f5060ef7fe3e22b",
        "client_secret": "U" * 64,
        "redirect_uris": ["http://localhost:5000/login/callback"],
        "scopes": ["api:read", "api:write"],
        "token_uri": "https://id.api.qa.isogeo.com/oauth/token",
        "kind": "confidential",
        "isogeo_type": "user",
    }
}


def _write(tmp_path: Path, name: str, content: Any) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_json_web_file_is_a_group_application_on_its_platform(tmp_path: Path) -> None:
    creds = load_credentials_file(_write(tmp_path, "client_secrets.json", GROUP_FILE))

    assert creds.auth_mode is AuthMode.GROUP
    assert (creds.client_id, creds.client_secret) == (GROUP_FILE["web"]["client_id"], "S" * 64)
    assert (creds.platform, creds.id_url) == ("prod", "https://id.api.isogeo.com")


def test_json_installed_file_is_a_user_application_needing_a_login(tmp_path: Path) -> None:
    path = _write(tmp_path, "user.json", USER_FILE)

    creds = load_credentials_file(path, username="me@example.org", password="pw")
    with pytest.raises(CredentialsError, match="needs a username") as caught:
        load_credentials_file(path)

    assert creds.auth_mode is AuthMode.USER_LEGACY and creds.platform == "qa"
    assert caught.value.key == "username" and str(path) in str(caught.value)


def test_isogeo_type_wins_over_the_top_level_key(tmp_path: Path) -> None:
    """Isogeo hands `web` files to public user applications too."""
    public_user_app = {"web": {**GROUP_FILE["web"], "isogeo_type": "user"}}

    creds = load_credentials_file(_write(tmp_path, "c.json", public_user_app), username="u", password="p")

    assert creds.auth_mode is AuthMode.USER_LEGACY


def test_ini_file_with_an_auth_section(tmp_path: Path) -> None:
    ini = "[auth]\nclient_type = user_legacy\nCLIENT_ID = app-1\nClient_Secret = s3cr3t\nURI_TOKEN = https://id.example.org/oauth/token\n"

    creds = load_credentials_file(_write(tmp_path, "isogeo.ini", ini), username="u", password="p")

    assert (creds.client_id, creds.client_secret, creds.auth_mode) == (
        "app-1",
        "s3cr3t",
        AuthMode.USER_LEGACY,
    )
    assert (creds.platform, creds.id_url) == ("custom", "https://id.example.org")


@pytest.mark.parametrize(
    ("name", "content", "key", "needle"),
    [
        ("c.json", {"web": {"client_id": "app"}}, "web.client_secret", "key 'web.client_secret' is missing"),
        (
            "c.json",
            {"web": {"client_id": "", "client_secret": "s"}},
            "web.client_id",
            "must be a non-empty string",
        ),
        ("c.json", {"web": {"client_id": 12, "client_secret": "s"}}, "web.client_id", "(got int)"),
        (
            "c.json",
            {"client_id": "app"},
            "web",
            "exactly one top-level key 'web' or 'installed' (found: 'client_id')",
        ),
        ("c.json", {"web": {}, "installed": {}}, "web", "exactly one top-level key"),
        ("c.json", {"web": ["app"]}, "web", "key 'web' must be an object"),
        (
            "c.json",
            {"web": {**GROUP_FILE["web"], "isogeo_type": "robot"}},
            "web.isogeo_type",
            "accepted: 'group'",
        ),
        (
            "c.json",
            {"web": {**GROUP_FILE["web"], "token_uri": "id.example"}},
            "web.token_uri",
            "not an absolute",
        ),
        ("c.json", '{"web": {"client_id": "app",}}', None, "not valid JSON (line 1, column"),
        ("c.json", "[]", None, "expected a JSON object"),
        ("c.ini", "[isogeo]\nCLIENT_ID = a\n", "auth", "missing section [auth]"),
        ("c.ini", "[auth]\nCLIENT_SECRET = s\n", "auth.CLIENT_ID", "key 'auth.CLIENT_ID' is missing"),
        (
            "c.ini",
            "[auth]\nCLIENT_ID=a\nCLIENT_SECRET=s\nCLIENT_TYPE=robot\n",
            "auth.CLIENT_TYPE",
            "accepted: group",
        ),
        ("c.ini", "no section header\n", None, "not a valid INI file"),
        ("c.yaml", "web: {}", None, "unsupported credentials file type '.yaml'; expected .json or .ini"),
    ],
)
def test_malformed_files_name_the_file_the_key_and_the_layout(
    tmp_path: Path, name: str, content: Any, key: str | None, needle: str
) -> None:
    path = _write(tmp_path, name, content)

    with pytest.raises(CredentialsError) as caught:
        load_credentials_file(path)

    message = str(caught.value)
    assert message.startswith(f"{path}: ") and needle in message
    assert caught.value.key == key and caught.value.source == str(path)
    if key is not None and name.endswith(".json"):
        assert '{"web" | "installed": {"client_id"' in message  # the expected layout


def test_a_missing_file_is_a_credentials_error(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError, match=r"missing\.json: cannot read credentials file"):
        load_credentials_file(tmp_path / "missing.json")


def test_an_unknown_id_server_needs_an_api_url(tmp_path: Path) -> None:
    onprem = {"web": {**GROUP_FILE["web"], "token_uri": "https://id.isogeo.example.org/oauth/token"}}
    path = _write(tmp_path, "onprem.json", onprem)

    with pytest.raises(
        CredentialsError, match=r"onprem\.json names the ID server https://id\.isogeo\.example\.org"
    ):
        Isogeo.from_credentials_file(path)
    with Isogeo.from_credentials_file(path, api_url="https://api.isogeo.example.org") as isogeo:
        urls = isogeo.platform

    assert (urls.name, urls.api_url) == ("custom", "https://api.isogeo.example.org")
    assert urls.token_url == "https://id.isogeo.example.org/oauth/token"


def test_environment_group_and_user_sets() -> None:
    group = {"ISOGEO_API_GROUP_CLIENT_ID": "g", "ISOGEO_API_GROUP_CLIENT_SECRET": "gs"}
    user = {
        "ISOGEO_API_USER_LEGACY_CLIENT_ID": "u",
        "ISOGEO_API_USER_LEGACY_CLIENT_SECRET": "us",
        "ISOGEO_USER_NAME": "me@example.org",
        "ISOGEO_USER_PASSWORD": "pw",
    }

    assert credentials_from_env(group).client_id == "g"
    assert credentials_from_env({**group, **user}).auth_mode is AuthMode.USER_LEGACY
    assert credentials_from_env({**group, **user}, auth_mode="group").client_id == "g"


def test_environment_errors_name_the_missing_variable() -> None:
    partial = {"ISOGEO_API_USER_LEGACY_CLIENT_ID": "u", "ISOGEO_API_USER_LEGACY_CLIENT_SECRET": "us"}

    with pytest.raises(CredentialsError) as missing:
        credentials_from_env(partial, auth_mode="user_legacy")
    with pytest.raises(
        CredentialsError, match="ISOGEO_API_GROUP_CLIENT_ID and ISOGEO_API_GROUP_CLIENT_SECRET"
    ):
        credentials_from_env(partial)
    with pytest.raises(CredentialsError, match="unknown auth_mode 'user'"):
        credentials_from_env(partial, auth_mode="user")

    assert missing.value.key == "ISOGEO_USER_NAME" and missing.value.source == "environment"


def test_from_env_reads_the_platform_variables() -> None:
    env = {
        "ISOGEO_API_GROUP_CLIENT_ID": "g",
        "ISOGEO_API_GROUP_CLIENT_SECRET": "gs",
        "ISOGEO_PLATFORM": "custom",
        "ISOGEO_API_URL": "https://api.example.org/",
        "ISOGEO_ID_URL": "id.example.org",
        "ISOGEO_APP_URL": "https://app.example.org",
    }

    with Isogeo.from_env(env) as isogeo:
        urls = isogeo.platform
    with Isogeo.from_env(env, platform="qa", api_url=None, id_url=None, app_url=None) as isogeo:
        qa = isogeo.platform

    assert (urls.api_url, urls.id_url, urls.app_url) == (
        "https://api.example.org",
        "https://id.example.org",
        "https://app.example.org",
    )
    assert qa.api_url == "https://v1.api.qa.isogeo.com"


def test_secrets_are_masked_in_repr() -> None:
    creds = Credentials("app", "the-client-secret", AuthMode.USER_LEGACY, "me", "the-password")

    for text in (repr(creds), str(creds)):
        assert "the-client-secret" not in text and "the-password" not in text
        assert "client_secret='***'" in text and "username='me'" in text


def test_empty_secret_is_refused() -> None:
    with pytest.raises(CredentialsError, match="client_secret is empty"):
        Credentials("app", "")
