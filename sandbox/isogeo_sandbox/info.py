"""What a client needs to connect to a sandbox: URLs, seeded credentials and fixture identifiers.

Everything here derives from the seed name alone (no store is built), so ``isogeo-sandbox info``
answers instantly and the identifiers are the same on every run and for every metadata count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from isogeo_sandbox.ids import stable_id, stable_secret
from isogeo_sandbox.tls import default_ca_file

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8787
DEFAULT_SEED = "default"

# Well-known thesaurus ids of the real platform (facts §3.15).
THESAURUS_ISOGEO = "1616597fbc4348c8b11ef9d59cf594c8"
THESAURUS_GROUP_THEME = "0edc90b138ef41e593cf47fbca2cb1ad"
THESAURUS_INSPIRE = "926c676c380046d7af99bcae343ac813"

FIXTURE_METADATA = ("complete", "vector", "raster", "service", "resource", "no_geo", "complete_multilingual")


@dataclass(frozen=True)
class Fixtures:
    """The fixed identifiers and credentials of one seed."""

    seed: str

    def id(self, name: str) -> str:
        return stable_id(self.seed, name)

    @property
    def workgroup_test(self) -> str:
        return self.id("workgroup:test")

    @property
    def workgroup_other(self) -> str:
        return self.id("workgroup:other")

    @property
    def workgroup_multilingual(self) -> str:
        return self.id("workgroup:multilingual")

    @property
    def keyword_group_theme_translated(self) -> str:
        return self.id("keyword:group-theme:translated")

    def metadata(self, name: str) -> str:
        return self.id(f"metadata:{name}")

    @property
    def share_id(self) -> str:
        return self.id("share:fixture")

    @property
    def share_token(self) -> str:
        return stable_secret(self.seed, "share:fixture:token", 32)

    @property
    def group_app_id(self) -> str:
        return self.id("application:group")

    @property
    def group_client_id(self) -> str:
        return f"sandbox-group-app-{self.group_app_id}"

    @property
    def group_client_secret(self) -> str:
        return stable_secret(self.seed, "application:group:secret", 64)

    @property
    def user_app_id(self) -> str:
        return self.id("application:user")

    @property
    def user_client_id(self) -> str:
        return f"sandbox-user-app-{self.user_app_id}"

    @property
    def user_client_secret(self) -> str:
        return stable_secret(self.seed, "application:user:secret", 64)

    @property
    def user_id(self) -> str:
        return self.id("user:fixture")

    @property
    def username(self) -> str:
        return "sandbox.user@isogeo.test"

    @property
    def password(self) -> str:
        return "sandbox-" + stable_secret(self.seed, "user:password", 16)

    @property
    def contact_test(self) -> str:
        return self.id("contact:test:fixture")

    @property
    def catalog_test(self) -> str:
        return self.id("catalog:test:fixture")

    @property
    def license_test(self) -> str:
        return self.id("license:test:fixture")

    @property
    def specification_test(self) -> str:
        return self.id("specification:test:fixture")

    @property
    def keyword_test(self) -> str:
        return self.id("keyword:test:fixture")

    @property
    def datasource_test(self) -> str:
        return self.id("datasource:test:fixture")

    @property
    def invitation_test(self) -> str:
        return self.id("invitation:test:fixture")


def build_info(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    seed: str = DEFAULT_SEED,
    *,
    tls: bool = False,
    ca_file: str | None = None,
) -> dict[str, Any]:
    """The ``isogeo-sandbox info --json`` document.

    With ``tls``, the URLs are ``https://`` and ``ca_file`` names the CA certificate that the
    server's certificate chains to (``ca_file`` given, or the default path for ``host:port``);
    without, ``ca_file`` is None.
    """
    fx = Fixtures(seed)
    url_host = f"[{host}]" if ":" in host else host
    base = f"{'https' if tls else 'http'}://{url_host}:{port}"
    if tls and ca_file is None:
        ca_file = str(default_ca_file(host, port))
    # The web apps the URL builders point at (the sandbox serves none of them: the URLs are
    # composed, never fetched); ``platform`` is what ``isogeo.custom_platform(**...)`` takes.
    web = {
        "app_url": f"{base}/__sandbox/app",
        "manage_url": f"{base}/__sandbox/manage",
        "opencatalog_url": f"{base}/__sandbox/opencatalog",
        "csw_url": f"{base}/__sandbox/services",
    }
    return {
        "api_url": base,
        "id_url": base,
        "token_url": f"{base}/oauth/token",
        "admin_url": f"{base}/__sandbox",
        "tls": tls,
        "ca_file": ca_file if tls else None,
        **web,
        "platform": {"api_url": base, "id_url": base, **web},
        "seed": seed,
        "group_app": {
            "_id": fx.group_app_id,
            "client_id": fx.group_client_id,
            "client_secret": fx.group_client_secret,
            "scopes": ["resources:read"],
        },
        "user_app": {
            "_id": fx.user_app_id,
            "client_id": fx.user_client_id,
            "client_secret": fx.user_client_secret,
            "username": fx.username,
            "password": fx.password,
            "user_id": fx.user_id,
            "scopes": ["api:read", "api:write"],
        },
        "workgroups": {
            "test": fx.workgroup_test,
            "other": fx.workgroup_other,
            "multilingual": fx.workgroup_multilingual,
        },
        "metadata": {name: fx.metadata(name) for name in FIXTURE_METADATA},
        "share": {"id": fx.share_id, "token": fx.share_token},
        "contact": fx.contact_test,
        "catalog": fx.catalog_test,
        "license": fx.license_test,
        "specification": fx.specification_test,
        "keyword": fx.keyword_test,
        "keywords": {"group_theme_translated": fx.keyword_group_theme_translated},
        "datasource": fx.datasource_test,
        "invitation": fx.invitation_test,
        "thesauri": {
            "isogeo": THESAURUS_ISOGEO,
            "inspire-theme": THESAURUS_INSPIRE,
            "group-theme": THESAURUS_GROUP_THEME,
        },
    }
