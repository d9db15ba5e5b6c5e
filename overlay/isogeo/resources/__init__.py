"""Resource namespaces: friendly, typed methods per route family, each a composition of ``call``.

The pattern (follow it for a new family): the async class is written in ``_async/<family>.py``
and the sync twin, with the same methods, derived from it into ``_sync/<family>.py``
(tools/derive_sync.py: ``make unasync``; ``_primitives.py`` is the only hand-written sync file);
each method turns friendly arguments into a generated endpoint's arguments (pure helpers shared by
both twins, in ``_<family>.py``), then runs it through ``client.call``; ``<family>.py`` re-exports
both classes and the public helpers (the import path users know); the client classes expose an
instance as a ``cached_property`` (``isogeo.contacts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from isogeo.resources.contacts import AsyncContacts, Contacts

__all__ = ["AsyncContacts", "Contacts"]


def __getattr__(name: str) -> Any:
    # Imported when asked for: reading a metadata (isogeo.resources.metadata) does not load the
    # contacts family and its endpoints.
    if name in __all__:
        from isogeo.resources import contacts

        return getattr(contacts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
