"""isogeo — the front door of the Isogeo REST API client.

The generated, typed endpoints and models live in :mod:`isogeo_api`; this package adds what
generation cannot do (authentication, transport behaviour, helpers).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("isogeo-client")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
