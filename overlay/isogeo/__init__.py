"""isogeo — the front door of the Isogeo REST API client.

>>> from isogeo import Isogeo
>>> with Isogeo.from_env() as isogeo:                         # doctest: +SKIP
...     for contact in isogeo.contacts.list(WORKGROUP_ID):
...         print(contact.name)

:class:`Isogeo` / :class:`AsyncIsogeo` authenticate (OAuth2), retry, log and raise typed errors
(:mod:`isogeo.errors`); the generated, typed endpoints and models live in :mod:`isogeo_api` and
work through ``isogeo.api`` or ``isogeo.call(endpoint_module, ...)``.
"""

from __future__ import annotations

from isogeo import errors
from isogeo._version import __version__
from isogeo.auth import Token
from isogeo.client import AsyncIsogeo, Isogeo
from isogeo.config import ResponseLimits, Timeouts
from isogeo.credentials import AuthMode, Credentials, credentials_from_env, load_credentials_file
from isogeo.platforms import PLATFORMS, PlatformUrls, custom_platform
from isogeo.retries import RetryEvent, RetryPolicy

__all__ = [
    "PLATFORMS",
    "AsyncIsogeo",
    "AuthMode",
    "Credentials",
    "Isogeo",
    "PlatformUrls",
    "ResponseLimits",
    "RetryEvent",
    "RetryPolicy",
    "Timeouts",
    "Token",
    "__version__",
    "credentials_from_env",
    "custom_platform",
    "errors",
    "load_credentials_file",
]
