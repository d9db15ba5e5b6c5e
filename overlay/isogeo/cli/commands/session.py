"""``isogeo whoami`` (who the credentials are) and ``isogeo about`` (versions and platform).

``whoami`` signs in (which checks the credentials), then shows the application, its scopes and,
for a user application, the account and its workgroup roles (ACC-1, ACC-3); for a group
application, the shares it reads (SHR-1). ``about`` needs no credentials: the client's version,
the platform's URLs and the API's version (ABT-1, an unauthenticated route).
"""

from __future__ import annotations

import platform as python_platform
from typing import Annotated, Any

import httpx
import typer

from isogeo._version import __version__
from isogeo.cli.commands.search import FormatOption, OutOption
from isogeo.cli.connection import platform_of
from isogeo.cli.output import format_for, render_record
from isogeo.cli.state import state_of
from isogeo.credentials import AuthMode
from isogeo.errors import APIConnectionError, MalformedResponseError
from isogeo.platforms import PlatformUrls
from isogeo_api.api.account import get_account, list_account_memberships
from isogeo_api.api.share import list_shares

# The commands (whoami, about) are registered on the application (isogeo.cli.app); their
# docstrings are their --help text.
__all__ = ["platform_rows"]


def platform_rows(urls: PlatformUrls) -> list[tuple[str, object]]:
    """(field, value) rows of a platform's URLs.

    >>> from isogeo.platforms import get_platform
    >>> platform_rows(get_platform("qa"))[:2]
    [('platform', 'qa'), ('api_url', 'https://v1.api.qa.isogeo.com')]
    """
    return [("platform", urls.name), ("api_url", urls.api_url), ("id_url", urls.id_url)]


def _contact_name(record: dict[str, Any]) -> object:
    contact = record.get("contact")
    return contact.get("name") if isinstance(contact, dict) else None


def whoami(ctx: typer.Context, fmt: FormatOption = None, out: OutOption = None) -> None:
    """Sign in and show who the credentials are: application, scopes, account and roles."""
    state = state_of(ctx)
    isogeo = state.client()
    token = isogeo.authenticate()
    user = isogeo.credentials.auth_mode is AuthMode.USER_LEGACY
    record: dict[str, Any] = {
        "platform": isogeo.platform.name,
        "api_url": isogeo.platform.api_url,
        "client_id": isogeo.credentials.client_id,
        "auth_mode": isogeo.credentials.auth_mode.value,
        "scopes": (token.scope or "").split(),
    }
    rows: list[tuple[str, object]] = [
        ("application", f"{record['client_id']} ({'user' if user else 'group, read-only'})"),
        *platform_rows(isogeo.platform)[:2],
        ("scopes", record["scopes"]),
    ]
    if user:
        account = isogeo.call(get_account).to_dict()
        roles = [
            {"workgroup": _contact_name(m.get("group") or {}), "role": m.get("role")}
            for m in (membership.to_dict() for membership in isogeo.call(list_account_memberships))
        ]
        record |= {"account": account, "memberships": roles}
        contact = account.get("contact") or {}
        rows += [
            ("user", f"{contact.get('name')} <{contact.get('email')}>"),
            ("staff", account.get("staff")),
            (f"workgroups ({len(roles)})", [f"{role['workgroup']} ({role['role']})" for role in roles]),
        ]
    else:
        shares = [share.to_dict() for share in isogeo.call(list_shares)]
        record["shares"] = shares
        rows.append((f"shares ({len(shares)})", [share.get("name") for share in shares]))
    render_record(record, rows, format_for(fmt, out), console=state.out, out=out, title="whoami")


def _api_version(api_url: str) -> str:
    try:
        response = httpx.get(f"{api_url}/about", timeout=15, trust_env=True)
    except httpx.HTTPError as exc:
        raise APIConnectionError(
            f"cannot reach the API ({exc})", method="GET", url=f"{api_url}/about"
        ) from exc
    try:
        response.raise_for_status()
        return str(response.json()["version"])
    except (httpx.HTTPStatusError, ValueError, KeyError, TypeError) as exc:
        raise MalformedResponseError(
            f"GET {api_url}/about answered {response.status_code} without a version",
            status_code=response.status_code,
        ) from exc


def about(
    ctx: typer.Context,
    offline: Annotated[bool, typer.Option("--offline", help="Do not ask the API for its version.")] = False,
    fmt: FormatOption = None,
    out: OutOption = None,
) -> None:
    """Show the client's version, the platform's URLs and the API's version (no credentials needed)."""
    state = state_of(ctx)
    urls = platform_of(state.options)
    record: dict[str, Any] = {
        "client": __version__,
        "python": python_platform.python_version(),
        "httpx": httpx.__version__,
        "platform": urls.name,
        "api_url": urls.api_url,
        "id_url": urls.id_url,
        "api_version": None if offline else _api_version(urls.api_url),
    }
    rows = [(key, value) for key, value in record.items() if value is not None]
    render_record(record, rows, format_for(fmt, out), console=state.out, out=out, title="isogeo-client")
