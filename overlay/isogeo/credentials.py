"""Who you are to the API: an OAuth2 client and, for user applications, a user's login.

Two kinds of Isogeo applications (fact sheet §2.1):

* ``group`` — a "group application": OAuth2 *client credentials*; read-only, it sees the
  metadata of the catalogs shared with it.
* ``user_legacy`` — a user application ("legacy scripts"): OAuth2 *resource-owner password*;
  reads and writes whatever the user may.

Credentials come from arguments, from the files Isogeo hands out (:func:`load_credentials_file`,
JSON ``web``/``installed`` layouts or INI ``[auth]``) or from environment variables
(:func:`credentials_from_env`). Secrets never appear in ``repr``/``str``.
"""

from __future__ import annotations

import configparser
import enum
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple
from urllib.parse import urlsplit

from isogeo.errors import CredentialsError
from isogeo.platforms import guess_platform_from_url


class AuthMode(enum.StrEnum):
    """The OAuth2 flow of an Isogeo application."""

    GROUP = "group"
    """Client credentials grant; read-only."""
    USER_LEGACY = "user_legacy"
    """Resource-owner password grant; read and write."""


@dataclass(frozen=True, repr=False)
class Credentials:
    """An OAuth2 client, the user login for ``user_legacy``, and where the file said the ID server is.

    >>> creds = Credentials("my-app-0123", "s3cr3t-value")
    >>> creds
    Credentials(client_id='my-app-0123', client_secret='***', auth_mode='group')
    """

    client_id: str
    client_secret: str
    auth_mode: AuthMode = AuthMode.GROUP
    username: str | None = None
    password: str | None = None
    id_url: str | None = None
    """The ID server the credentials file names (from its ``token_uri``), when it names one."""
    platform: str | None = None
    """The platform guessed from ``id_url``: ``prod``, ``qa``, or ``custom`` for any other host."""
    source: str | None = None
    """Where these credentials were read from (a file path or ``environment``), for error messages."""

    def __post_init__(self) -> None:
        where = f" ({self.source})" if self.source else ""
        if not self.client_id:
            raise CredentialsError(f"client_id is empty{where}", source=self.source, key="client_id")
        if not self.client_secret:
            raise CredentialsError(f"client_secret is empty{where}", source=self.source, key="client_secret")
        object.__setattr__(self, "auth_mode", AuthMode(self.auth_mode))
        if self.auth_mode is AuthMode.USER_LEGACY:
            for key in ("username", "password"):
                if not getattr(self, key):
                    raise CredentialsError(
                        f"a user application (auth_mode 'user_legacy') needs a {key}{where}; "
                        "pass username= and password=",
                        source=self.source,
                        key=key,
                    )

    def __repr__(self) -> str:
        text = (
            f"Credentials(client_id={self.client_id!r}, client_secret='***', "
            f"auth_mode={self.auth_mode.value!r}"
        )
        if self.username is not None:
            text += f", username={self.username!r}, password='***'"
        if self.id_url:
            text += f", id_url={self.id_url!r}"
        return text + ")"

    __str__ = __repr__


# --- files -------------------------------------------------------------------------------------

JSON_LAYOUT: Final = (
    '{"web" | "installed": {"client_id": "...", "client_secret": "...", '
    '"token_uri": "https://id.api.isogeo.com/oauth/token" (optional), '
    '"isogeo_type": "group" | "user" (optional)}}'
)
INI_LAYOUT: Final = (
    "[auth]\n"
    "CLIENT_TYPE = group | user_legacy (optional, default group)\n"
    "CLIENT_ID = ...\n"
    "CLIENT_SECRET = ...\n"
    "URI_TOKEN = https://id.api.isogeo.com/oauth/token (optional)"
)
_INI_MODES: Final = {
    "group": AuthMode.GROUP,
    "user": AuthMode.USER_LEGACY,
    "user_legacy": AuthMode.USER_LEGACY,
}


def load_credentials_file(
    path: str | os.PathLike[str], *, username: str | None = None, password: str | None = None
) -> Credentials:
    """Read an Isogeo credentials file (``.json`` or ``.ini``, fact sheet §2.6).

    JSON files follow Google's ``client_secrets.json`` layout: a ``web`` key for group
    applications, ``installed`` for user applications. Newer files carry ``isogeo_type``
    (``group``/``user``), which wins over the top-level key (Isogeo also hands ``web`` files to
    public *user* applications). User applications need ``username`` and ``password``.

    >>> import json, tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    ...     json.dump({"web": {"client_id": "app-1", "client_secret": "s",
    ...                        "token_uri": "https://id.api.qa.isogeo.com/oauth/token"}}, f)
    >>> creds = load_credentials_file(f.name)
    >>> creds.auth_mode.value, creds.platform, creds.id_url
    ('group', 'qa', 'https://id.api.qa.isogeo.com')
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in {".json", ".ini"}:
        raise CredentialsError(
            f"{file}: unsupported credentials file type {suffix or '(none)'!r}; expected .json or .ini",
            source=str(file),
        )
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise CredentialsError(
            f"{file}: cannot read credentials file ({exc.strerror})", source=str(file)
        ) from exc
    loader = _from_json if suffix == ".json" else _from_ini
    fields = loader(text, str(file))
    login = (username, password) if fields.is_user else (None, None)
    return Credentials(
        fields.client_id,
        fields.client_secret,
        AuthMode.USER_LEGACY if fields.is_user else AuthMode.GROUP,
        *login,
        id_url=fields.id_url,
        platform=fields.platform,
        source=str(file),
    )


class _FileFields(NamedTuple):
    client_id: str
    client_secret: str
    is_user: bool
    id_url: str | None
    platform: str | None


def _from_json(text: str, source: str) -> _FileFields:
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CredentialsError(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            f"expected layout: {JSON_LAYOUT}",
            source=source,
        ) from exc
    if not isinstance(document, dict):
        raise CredentialsError(
            f"{source}: expected a JSON object; expected layout: {JSON_LAYOUT}", source=source
        )
    sections = [key for key in ("web", "installed") if key in document]
    if len(sections) != 1:
        found = ", ".join(map(repr, document)) or "none"
        raise CredentialsError(
            f"{source}: expected exactly one top-level key 'web' or 'installed' (found: {found}); "
            f"expected layout: {JSON_LAYOUT}",
            source=source,
            key="web",
        )
    name = sections[0]
    section = document[name]
    if not isinstance(section, dict):
        raise CredentialsError(
            f"{source}: key '{name}' must be an object; expected layout: {JSON_LAYOUT}",
            source=source,
            key=name,
        )
    client_id = _required_str(section, name, "client_id", source, JSON_LAYOUT)
    client_secret = _required_str(section, name, "client_secret", source, JSON_LAYOUT)
    kind = section.get("isogeo_type")
    if kind not in (None, "group", "user"):
        raise CredentialsError(
            f"{source}: key '{name}.isogeo_type' is {kind!r}; accepted: 'group', 'user'; "
            f"expected layout: {JSON_LAYOUT}",
            source=source,
            key=f"{name}.isogeo_type",
        )
    is_user = kind == "user" if kind is not None else name == "installed"
    id_url, platform = _id_server(section.get("token_uri"), source, f"{name}.token_uri", JSON_LAYOUT)
    return _FileFields(client_id, client_secret, is_user, id_url, platform)


def _from_ini(text: str, source: str) -> _FileFields:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=source)
    except configparser.Error as exc:
        raise CredentialsError(
            f"{source}: not a valid INI file ({exc}); expected layout:\n{INI_LAYOUT}", source=source
        ) from exc
    if not parser.has_section("auth"):
        raise CredentialsError(
            f"{source}: missing section [auth]; expected layout:\n{INI_LAYOUT}", source=source, key="auth"
        )
    section = dict(parser.items("auth"))  # keys are lower-cased: CLIENT_ID and client_id both work
    client_id = _required_str(section, "auth", "client_id", source, INI_LAYOUT, upper=True)
    client_secret = _required_str(section, "auth", "client_secret", source, INI_LAYOUT, upper=True)
    client_type = section.get("client_type", "group").strip().lower()
    if client_type not in _INI_MODES:
        raise CredentialsError(
            f"{source}: key 'auth.CLIENT_TYPE' is {client_type!r}; accepted: {', '.join(_INI_MODES)}",
            source=source,
            key="auth.CLIENT_TYPE",
        )
    id_url, platform = _id_server(section.get("uri_token"), source, "auth.URI_TOKEN", INI_LAYOUT)
    is_user = _INI_MODES[client_type] is AuthMode.USER_LEGACY
    return _FileFields(client_id, client_secret, is_user, id_url, platform)


def _required_str(
    section: Mapping[str, Any], name: str, key: str, source: str, layout: str, *, upper: bool = False
) -> str:
    value = section.get(key)
    shown = f"{name}.{key.upper() if upper else key}"
    if value is None:
        problem = "is missing"
    elif not isinstance(value, str) or not value.strip():
        problem = f"must be a non-empty string (got {type(value).__name__})"
    else:
        return value.strip()
    raise CredentialsError(
        f"{source}: key '{shown}' {problem}; expected layout:\n{layout}", source=source, key=shown
    )


def _id_server(token_uri: Any, source: str, key: str, layout: str) -> tuple[str | None, str | None]:
    """(ID server URL, platform) from a token URL: ``https://id.api.isogeo.com/oauth/token`` → prod."""
    if token_uri is None or token_uri == "":
        return None, None
    parts = urlsplit(str(token_uri))
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise CredentialsError(
            f"{source}: key '{key}' is not an absolute http(s) URL: {token_uri!r}; "
            f"expected layout:\n{layout}",
            source=source,
            key=key,
        )
    path = parts.path.rstrip("/")
    if path.endswith("/oauth/token"):
        path = path[: -len("/oauth/token")]
    id_url = f"{parts.scheme}://{parts.netloc}{path}"
    guessed = guess_platform_from_url(id_url)
    return id_url, "custom" if guessed == "unknown" else guessed


# --- environment -------------------------------------------------------------------------------

# Names of environment variables, not secrets (hence the noqa).
ENV_GROUP_ID: Final = "ISOGEO_API_GROUP_CLIENT_ID"
ENV_GROUP_SECRET: Final = "ISOGEO_API_GROUP_CLIENT_SECRET"  # noqa: S105
ENV_USER_ID: Final = "ISOGEO_API_USER_LEGACY_CLIENT_ID"
ENV_USER_SECRET: Final = "ISOGEO_API_USER_LEGACY_CLIENT_SECRET"  # noqa: S105
ENV_USER_NAME: Final = "ISOGEO_USER_NAME"
ENV_USER_PASSWORD: Final = "ISOGEO_USER_PASSWORD"  # noqa: S105
ENV_PLATFORM: Final = "ISOGEO_PLATFORM"
ENV_API_URL: Final = "ISOGEO_API_URL"
ENV_ID_URL: Final = "ISOGEO_ID_URL"
ENV_APP_URL: Final = "ISOGEO_APP_URL"


def credentials_from_env(
    environ: Mapping[str, str] | None = None, *, auth_mode: AuthMode | str | None = None
) -> Credentials:
    """Credentials from the variables the SDK's samples use (``.env.example``).

    ``group``: ``ISOGEO_API_GROUP_CLIENT_ID`` and ``ISOGEO_API_GROUP_CLIENT_SECRET``.
    ``user_legacy``: ``ISOGEO_API_USER_LEGACY_CLIENT_ID``, ``ISOGEO_API_USER_LEGACY_CLIENT_SECRET``,
    ``ISOGEO_USER_NAME`` and ``ISOGEO_USER_PASSWORD``. Without ``auth_mode``, a complete user set
    wins, then a complete group set. (``ISOGEO_PLATFORM``, ``ISOGEO_API_URL``, ``ISOGEO_ID_URL``
    and ``ISOGEO_APP_URL`` are read by :meth:`isogeo.Isogeo.from_env`.)

    >>> env = {"ISOGEO_API_GROUP_CLIENT_ID": "app", "ISOGEO_API_GROUP_CLIENT_SECRET": "s"}
    >>> credentials_from_env(env).auth_mode.value
    'group'
    """
    env = os.environ if environ is None else environ
    groups = {
        AuthMode.USER_LEGACY: (ENV_USER_ID, ENV_USER_SECRET, ENV_USER_NAME, ENV_USER_PASSWORD),
        AuthMode.GROUP: (ENV_GROUP_ID, ENV_GROUP_SECRET),
    }
    if auth_mode is None:
        mode = next(
            (mode for mode, names in groups.items() if all(env.get(name) for name in names)),
            None,
        )
        if mode is None:
            raise CredentialsError(
                "no complete set of Isogeo credentials in the environment; set "
                f"{ENV_GROUP_ID} and {ENV_GROUP_SECRET} (group application) or "
                f"{', '.join(groups[AuthMode.USER_LEGACY])} (user application)",
                source="environment",
            )
    else:
        try:
            mode = AuthMode(auth_mode)
        except ValueError:
            raise CredentialsError(
                f"unknown auth_mode {auth_mode!r}; accepted: {', '.join(m.value for m in AuthMode)}",
                key="auth_mode",
            ) from None
        missing = [name for name in groups[mode] if not env.get(name)]
        if missing:
            raise CredentialsError(
                f"environment variable {missing[0]} is not set (needed for auth_mode {mode.value!r}: "
                f"{', '.join(groups[mode])})",
                source="environment",
                key=missing[0],
            )
    names = groups[mode]
    user = (env[names[2]], env[names[3]]) if mode is AuthMode.USER_LEGACY else (None, None)
    return Credentials(env[names[0]], env[names[1]], mode, user[0], user[1], source="environment")
