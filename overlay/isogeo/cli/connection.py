"""Where the ``isogeo`` command connects, and as whom: its global options turned into a client.

Three sources of credentials, the first one given wins:

1. ``--sandbox URL`` — a local sandbox (``isogeo-sandbox serve``): its credentials and URLs are
   read from its admin API (``URL/__sandbox/info``); the user application by default, the group
   application with ``--auth group``;
2. ``--credentials FILE`` — an Isogeo credentials file (``.json`` or ``.ini``), with
   ``--username`` for a user application;
3. the ``ISOGEO_*`` environment variables read by :meth:`isogeo.Isogeo.from_env`
   (``--auth group|user`` chooses when both sets are complete).

``--platform``, ``--api-url`` and ``--id-url`` choose the platform (default: the file's, or
prod). A user application's password comes from ``--password``, ``ISOGEO_USER_PASSWORD`` or a
prompt that does not echo; it is never printed or logged (:class:`ConnectionOptions` masks it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import httpx

from isogeo.client import Isogeo
from isogeo.credentials import ENV_USER_ID, ENV_USER_NAME, ENV_USER_PASSWORD, AuthMode
from isogeo.errors import APIConnectionError, CredentialsError
from isogeo.platforms import PlatformUrls, custom_platform, get_platform

__all__ = ["ConnectionOptions", "connect", "platform_of", "sandbox_info"]

AuthChoice = Literal["group", "user"]
PasswordPrompt = Callable[[str], str]
"""``prompt(username) -> password``: asks for a user application's password when none was given."""

_AUTH_MODES: Mapping[str, AuthMode] = {"group": AuthMode.GROUP, "user": AuthMode.USER_LEGACY}


@dataclass(frozen=True, repr=False)
class ConnectionOptions:
    """The global options of ``isogeo`` (each may also come from an environment variable).

    >>> ConnectionOptions(username="me@example.org", password="s3cret", platform="qa")
    ConnectionOptions(platform='qa', username='me@example.org', password='***')
    """

    credentials_file: Path | None = None
    auth: AuthChoice | None = None
    username: str | None = None
    password: str | None = None
    platform: str | None = None
    api_url: str | None = None
    id_url: str | None = None
    sandbox_url: str | None = None
    lang: str = "fr"

    def __repr__(self) -> str:
        shown = {
            "credentials_file": self.credentials_file,
            "auth": self.auth,
            "sandbox_url": self.sandbox_url,
            "platform": self.platform,
            "api_url": self.api_url,
            "id_url": self.id_url,
            "username": self.username,
            "password": "***" if self.password else None,
        }
        given = ", ".join(f"{key}={value!r}" for key, value in shown.items() if value is not None)
        return f"ConnectionOptions({given})"

    def platform_options(self) -> dict[str, Any]:
        """The platform arguments of :class:`~isogeo.Isogeo` that were given.

        >>> ConnectionOptions(api_url="http://127.0.0.1:8787").platform_options()
        {'api_url': 'http://127.0.0.1:8787'}
        """
        options = {"platform": self.platform, "api_url": self.api_url, "id_url": self.id_url}
        return {key: value for key, value in options.items() if value is not None}


def sandbox_info(sandbox_url: str, *, timeout: float = 10.0) -> dict[str, Any]:
    """What ``isogeo-sandbox info --json`` prints, read from a running sandbox's admin API.

    >>> sandbox_info("http://127.0.0.1:9")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.APIConnectionError: no sandbox answers at http://127.0.0.1:9 (...)
    """
    url = f"{sandbox_url.rstrip('/')}/__sandbox/info"
    try:
        response = httpx.get(url, timeout=timeout, trust_env=False)
    except httpx.HTTPError as exc:
        raise APIConnectionError(f"no sandbox answers at {sandbox_url} ({exc})") from exc
    if response.status_code != 200:
        raise CredentialsError(
            f"{url} answered {response.status_code}: is it an isogeo-sandbox with its admin API "
            "(isogeo-sandbox serve --admin)?",
            source=url,
        )
    info: dict[str, Any] = response.json()
    return info


def _sandbox_client(options: ConnectionOptions) -> Isogeo:
    assert options.sandbox_url is not None
    info = sandbox_info(options.sandbox_url)
    kind = options.auth or "user"
    app = info[f"{kind}_app"]
    login = {"username": app["username"], "password": app["password"]} if kind == "user" else {}
    return Isogeo(
        app["client_id"],
        app["client_secret"],
        api_url=info["api_url"],
        id_url=info["id_url"],
        lang=options.lang,
        **login,
    )


def _with_password(
    options: ConnectionOptions, prompt: PasswordPrompt | None, env: Mapping[str, str]
) -> ConnectionOptions:
    """Ask for the password of a user application given a username but no password."""
    if prompt is None or options.password or not options.username or options.auth == "group":
        return options
    user_app = options.credentials_file is not None or options.auth == "user" or bool(env.get(ENV_USER_ID))
    return replace(options, password=prompt(options.username)) if user_app else options


def connect(
    options: ConnectionOptions,
    *,
    environ: Mapping[str, str] | None = None,
    prompt: PasswordPrompt | None = None,
) -> Isogeo:
    """An :class:`~isogeo.Isogeo` client for ``options`` (nothing is sent yet).

    ``prompt`` asks for the password of a user application given a username but no password.
    Missing or malformed credentials raise :class:`~isogeo.errors.CredentialsError`.

    >>> env = {"ISOGEO_API_GROUP_CLIENT_ID": "app", "ISOGEO_API_GROUP_CLIENT_SECRET": "s"}
    >>> with connect(ConnectionOptions(platform="qa"), environ=env) as isogeo:
    ...     isogeo.platform.api_url, isogeo.credentials.auth_mode.value
    ('https://v1.api.qa.isogeo.com', 'group')
    """
    if options.sandbox_url:
        return _sandbox_client(options)
    env = dict(os.environ if environ is None else environ)
    options = _with_password(options, prompt, env)
    if options.credentials_file is not None:
        return Isogeo.from_credentials_file(
            options.credentials_file,
            username=options.username,
            password=options.password,
            lang=options.lang,
            **options.platform_options(),
        )
    if options.username:
        env[ENV_USER_NAME] = options.username
    if options.password:
        env[ENV_USER_PASSWORD] = options.password
    auth_mode = _AUTH_MODES[options.auth] if options.auth else None
    return Isogeo.from_env(env, auth_mode=auth_mode, lang=options.lang, **options.platform_options())


def platform_of(options: ConnectionOptions, *, environ: Mapping[str, str] | None = None) -> PlatformUrls:
    """The platform ``options`` point at, without needing complete credentials (``isogeo about``).

    >>> platform_of(ConnectionOptions(api_url="http://127.0.0.1:8787"), environ={}).api_url
    'http://127.0.0.1:8787'
    >>> platform_of(ConnectionOptions(), environ={}).name
    'prod'
    """
    try:
        with connect(options, environ=environ) as isogeo:
            return isogeo.platform
    except CredentialsError:
        pass
    if options.sandbox_url:
        info = sandbox_info(options.sandbox_url)
        return custom_platform(info["api_url"], id_url=info["id_url"])
    if options.api_url:
        return custom_platform(options.api_url, id_url=options.id_url)
    return get_platform(options.platform or "prod")
