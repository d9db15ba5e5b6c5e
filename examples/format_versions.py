"""The SDK documentation's "Add versions to a format" (§1.3.5), with this client.

Formats are written by Isogeo staff, with a user ("legacy scripts") application. Credentials and
platform come from the environment (see docs/guides/authentication.md), for instance
against a local sandbox (`isogeo-sandbox serve`, then the values of `isogeo-sandbox info --json`):

    ISOGEO_API_USER_LEGACY_CLIENT_ID=... ISOGEO_API_USER_LEGACY_CLIENT_SECRET=... \\
    ISOGEO_USER_NAME=... ISOGEO_USER_PASSWORD=... \\
    ISOGEO_API_URL=http://127.0.0.1:8787 ISOGEO_ID_URL=http://127.0.0.1:8787 \\
    python examples/format_versions.py postgis 3.4 3.5
"""

from __future__ import annotations

import sys

from isogeo import Isogeo


def main(code: str, new_versions: list[str]) -> None:
    with Isogeo.from_env(auth_mode="user_legacy") as isogeo:
        # The documentation's three steps...
        fmt_postgis = isogeo.formats.get(code)  # get a format
        print("before:", ", ".join(v or "-" for v in fmt_postgis.versions or []))
        fmt_postgis.versions = [*(fmt_postgis.versions or []), *new_versions]  # add versions to it
        fmt_postgis_updated = isogeo.formats.update(fmt_postgis)  # update the format
        print("after: ", ", ".join(v or "-" for v in fmt_postgis_updated.versions or []))

        # ... or one call that reads the format afresh and skips versions it already lists.
        again = isogeo.formats.add_versions(code, new_versions)
        print("again: ", ", ".join(v or "-" for v in again.versions or []))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "postgis", sys.argv[2:] or ["3.4", "3.5"])
