"""about: versions of the API and its components (ABT-1..2; no authentication). The components on other
hosts (ABT-3..5, ``openapi/isogeo-about.yaml``) answer the same body at the same path ``/about``."""

from __future__ import annotations

from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import ok

API_VERSION = "4.2.11.1"
DATABASE_VERSION = "2.19.1.15"


@handler("getApiVersion")
def get_api_version(ctx: Context) -> Reply:
    return ok({"version": API_VERSION})


@handler("getDatabaseVersion")
def get_database_version(ctx: Context) -> Reply:
    return ok({"version": DATABASE_VERSION})
