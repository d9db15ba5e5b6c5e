"""The hosts of each Isogeo platform (prod, qa, custom) and how to tell a platform from a URL.

:data:`PLATFORMS` holds the URLs of the two public platforms (facts §1.1); :func:`custom_platform`
describes an on-premises one. Every URL is stored with its scheme and **without** a trailing slash.

>>> PLATFORMS["prod"].api_url, PLATFORMS["qa"].app_url
('https://v1.api.isogeo.com', 'https://qa-isogeo-app.azurewebsites.net')
>>> PLATFORMS["prod"].token_url
'https://id.api.isogeo.com/oauth/token'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import httpx

from isogeo.errors import InvalidInputError

__all__ = [
    "PLATFORMS",
    "PlatformName",
    "PlatformUrls",
    "custom_platform",
    "get_platform",
    "get_url_base_from_url_token",
    "guess_platform_from_url",
]

PlatformName = Literal["prod", "qa", "custom"]


@dataclass(frozen=True)
class PlatformUrls:
    """Where each component of one Isogeo platform lives.

    ``None`` means "not known for this platform" (a custom platform configured without it); the
    URL builders that need such a URL say so instead of guessing.
    """

    name: str
    api_url: str
    """REST API root, e.g. ``https://v1.api.isogeo.com``."""
    id_url: str | None
    """OAuth2 server root; the token endpoint is ``{id_url}/oauth/token``."""
    app_url: str | None
    """Back-office web app (metadata edition, workgroup and share administration)."""
    manage_url: str | None
    """Staff administration app (applications)."""
    opencatalog_url: str | None
    """OpenCatalog, the public catalogue of a share."""
    csw_url: str | None
    """CSW / OWS services."""
    verify_tls: bool = True
    """The QA platform uses a self-signed certificate; the official SDK turns verification off there."""

    @property
    def token_url(self) -> str | None:
        """The OAuth2 token endpoint, or ``None`` when the ID server is unknown."""
        return None if self.id_url is None else f"{self.id_url}/oauth/token"


PLATFORMS: Mapping[str, PlatformUrls] = MappingProxyType(
    {
        "prod": PlatformUrls(
            name="prod",
            api_url="https://v1.api.isogeo.com",
            id_url="https://id.api.isogeo.com",
            app_url="https://app.isogeo.com",
            manage_url="https://manage.isogeo.com",
            opencatalog_url="https://open.isogeo.com",
            csw_url="https://services.api.isogeo.com",
            verify_tls=True,
        ),
        "qa": PlatformUrls(
            name="qa",
            api_url="https://v1.api.qa.isogeo.com",
            id_url="https://id.api.qa.isogeo.com",
            app_url="https://qa-isogeo-app.azurewebsites.net",
            manage_url="https://qa-isogeo-manage.azurewebsites.net",
            opencatalog_url="https://qa-isogeo-open.azurewebsites.net",
            # Plain http, as the platform publishes it (facts §1.1).
            csw_url="http://services.api.qa.isogeo.com",
            verify_tls=False,
        ),
    }
)


def _absolute(url: str | None, argument: str, *, default_scheme: str = "https") -> str | None:
    if url is None:
        return None
    if not isinstance(url, str) or not url.strip():
        raise InvalidInputError(argument, url, "an absolute URL or a host name")
    text = url.strip()
    if "://" not in text:
        text = f"{default_scheme}://{text}"
    try:
        parts = urlsplit(text)
        if parts.scheme in ("http", "https") and parts.netloc:
            httpx.URL(text)  # what the client will send to: the host must encode (IDNA, no NUL...)
    except (ValueError, httpx.InvalidURL) as exc:
        raise InvalidInputError(argument, url, "an http(s) URL or a host name", reason=str(exc)) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInputError(argument, url, "an http(s) URL or a host name")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def custom_platform(
    api_url: str,
    *,
    id_url: str | None = None,
    app_url: str | None = None,
    manage_url: str | None = None,
    opencatalog_url: str | None = None,
    csw_url: str | None = None,
    verify_tls: bool = True,
) -> PlatformUrls:
    """Describe an on-premises platform. Host names without a scheme get ``https://``.

    Unlike the official SDK, a URL left out stays unknown (``None``) instead of silently
    pointing at the QA platform's web apps.

    >>> p = custom_platform("api.isogeo.example.org/", app_url="https://app.isogeo.example.org")
    >>> p.api_url, p.app_url, p.opencatalog_url
    ('https://api.isogeo.example.org', 'https://app.isogeo.example.org', None)
    """
    api = _absolute(api_url, "api_url")
    assert api is not None  # a str was given; _absolute only maps None to None
    return PlatformUrls(
        name="custom",
        api_url=api,
        id_url=_absolute(id_url, "id_url"),
        app_url=_absolute(app_url, "app_url"),
        manage_url=_absolute(manage_url, "manage_url"),
        opencatalog_url=_absolute(opencatalog_url, "opencatalog_url"),
        csw_url=_absolute(csw_url, "csw_url"),
        verify_tls=verify_tls,
    )


def get_platform(platform: str | PlatformUrls = "prod") -> PlatformUrls:
    """The URLs of ``"prod"`` or ``"qa"`` (case-insensitive); a :class:`PlatformUrls` passes through.

    >>> get_platform("QA").csw_url
    'http://services.api.qa.isogeo.com'
    >>> get_platform("custom")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: platform='custom' is not accepted \
(describe a custom platform with custom_platform(api_url=...)); expected one of: prod, qa
    """
    if isinstance(platform, PlatformUrls):
        return platform
    key = platform.lower() if isinstance(platform, str) else platform
    if key in PLATFORMS:
        return PLATFORMS[key]
    reason = "describe a custom platform with custom_platform(api_url=...)" if key == "custom" else None
    raise InvalidInputError("platform", platform, list(PLATFORMS), reason=reason)


def get_url_base_from_url_token(
    url_api_token: str = "https://id.api.isogeo.com/oauth/token",  # noqa: S107 - a URL, not a secret
) -> str:
    """Derive the API root from the OAuth2 token (or authorize) URL, exactly as the official SDK does.

    The path is dropped; then, if ``qa`` appears anywhere in the URL, a leading ``id.`` label is
    removed, otherwise it is replaced by ``v1.``.

    Compatibility note (facts sheet §10 item 39): for QA this yields ``https://api.qa.isogeo.com``,
    **not** the QA API host used everywhere else (``https://v1.api.qa.isogeo.com``, see
    ``PLATFORMS["qa"].api_url``). The output is kept identical to the SDK's so that credentials
    files and scripts written for it keep resolving to the same URLs. Only a *leading* ``id.`` is
    touched (the SDK also rewrote ``id.`` inside other labels, e.g. ``valid.example.org``).

    >>> get_url_base_from_url_token()
    'https://v1.api.isogeo.com'
    >>> get_url_base_from_url_token("https://id.api.qa.isogeo.com/oauth/token")
    'https://api.qa.isogeo.com'
    >>> get_url_base_from_url_token("https://id.isogeo.example.org/oauth/token")
    'https://v1.isogeo.example.org'
    """
    if not isinstance(url_api_token, str) or "://" not in url_api_token:
        raise InvalidInputError("url_api_token", url_api_token, "an absolute URL of the OAuth2 server")
    parts = urlsplit(url_api_token)
    host = parts.netloc
    if host.startswith("id."):
        host = host[len("id.") :] if "qa" in url_api_token else "v1." + host[len("id.") :]
    return urlunsplit((parts.scheme, host, "", "", ""))


def guess_platform_from_url(url: str = "https://api.isogeo.com/") -> Literal["prod", "qa", "unknown"]:
    """Tell which Isogeo platform a URL (API, ID server, web app, OpenCatalog, CSW) belongs to.

    The SDK's rules, applied to the host name only (a path mentioning ``qa-`` does not make a URL
    QA): hosts containing ``api.isogeo.com`` or ``app.isogeo.com`` are ``prod``; hosts containing
    ``api.qa.isogeo.com``, or ``qa.``/``qa-`` together with ``isogeo`` are ``qa``. Beyond the SDK,
    any other ``*.isogeo.com`` host (``open.isogeo.com``, ``manage.isogeo.com``) is ``prod``.
    Anything else is ``unknown`` (e.g. an on-premises platform).

    >>> guess_platform_from_url("https://api.isogeo.com")
    'prod'
    >>> guess_platform_from_url("https://api.qa.isogeo.com")
    'qa'
    >>> guess_platform_from_url("https://api.isogeo.ratp.local")
    'unknown'
    """
    if not isinstance(url, str):
        raise InvalidInputError("url", url, "a URL or a host name")
    text = url.strip().lower()
    host = urlsplit(text if "://" in text else f"//{text}").hostname or ""
    if "api.qa.isogeo.com" in host:
        return "qa"
    if "api.isogeo.com" in host or "app.isogeo.com" in host:
        return "prod"
    if "isogeo" in host and ("qa." in host or "qa-" in host):
        return "qa"
    if host == "isogeo.com" or host.endswith(".isogeo.com"):
        return "prod"
    return "unknown"
