"""Resource namespaces: friendly, typed methods per route family, each a composition of ``call``.

The pattern (follow it for a new family): a module per family holding a sync class and its async
twin with the same methods; each method turns friendly arguments into a generated endpoint's
arguments (pure helpers shared by both twins), then runs it through ``client.call``; the client
classes expose an instance as a ``cached_property`` (``isogeo.contacts``).
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
