"""The front door: :class:`Isogeo` (sync) and :class:`AsyncIsogeo` (async).

One object holds the credentials, the platform URLs and one pooled, authenticated HTTP client.
Everything else hangs off it:

* ``isogeo.api`` — the generated :class:`isogeo_api.Client`, wired to that HTTP client, for
  any generated function (``get_contact.sync(cid, client=isogeo.api)``);
* ``isogeo.call(endpoint_module, ...)`` — the same, with arguments checked before the request
  and the model (never ``ApiError``/``None``) returned;
* resource namespaces such as ``isogeo.contacts`` — typed, friendly methods composed of ``call``.

Where the client is built: :class:`AsyncIsogeo` is written once, async, in
``isogeo/_async/client.py``; :class:`Isogeo` is derived from it into ``isogeo/_sync/client.py``
(``make unasync``; never edited by hand); what both share without I/O (arguments resolved into
credentials, platform and HTTP settings, ``from_credentials_file``, ``from_env``, ``repr``) is in
``isogeo/_client.py``. This module re-exports both clients, so they import from here.

Adding a resource family (see :mod:`isogeo.resources.contacts`): write the async class in
``isogeo/resources/_async/<family>.py`` (helpers both sides share in ``_<family>.py``), derive the
sync one with ``make unasync``, re-export both from ``isogeo/resources/<family>.py``, then add a
``cached_property`` to ``AsyncIsogeo`` in ``isogeo/_async/client.py`` that imports its module in
its body (namespaces load on first use; ``tests/unit/test_lazy_imports.py``) and derive again.

Both clients take the same arguments and have the same methods; the async ones are awaited:

>>> import asyncio
>>> with Isogeo("my-app-0123", "<client secret>", platform="qa") as isogeo:
...     isogeo.platform.api_url
'https://v1.api.qa.isogeo.com'
>>> async def main() -> str:
...     async with AsyncIsogeo("my-app-0123", "<client secret>", platform="qa") as isogeo:
...         return isogeo.platform.api_url
>>> asyncio.run(main())
'https://v1.api.qa.isogeo.com'
"""

from __future__ import annotations

# Beyond __all__, what other modules import from here (`X as X`: re-exported).
from isogeo._async.client import AsyncIsogeo
from isogeo._client import SDK_NAMES as SDK_NAMES
from isogeo._client import USER_AGENT as USER_AGENT
from isogeo._client import _IsogeoBase as _IsogeoBase
from isogeo._sync.client import Isogeo

__all__ = ["AsyncIsogeo", "Isogeo"]
