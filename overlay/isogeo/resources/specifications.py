"""Specifications (SPC-1..5) and the conformity of metadata to them (CNF-1..3).

``associate_metadata(metadata, specification, conformant=True)`` is CNF-2, an **upsert**: the API
answers 200 whether the specification was associated already or not, and sets ``conformant``.
``dissociate_metadata`` is CNF-3: :class:`~isogeo.errors.NotFoundError` when the metadata does not
refer to the specification. Specifications are created and updated as **forms** (facts §10-11);
``published`` travels as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS`` (no offset, as the API writes it).

The sync class is derived from the async one (``_async/specifications.py``): the same methods.

>>> from isogeo.resources.specifications import AsyncSpecifications, Specifications
>>> sorted(set(vars(AsyncSpecifications)) ^ set(vars(Specifications)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.specifications import AsyncSpecifications
from isogeo.resources._specifications import is_complete, published_value, update_args
from isogeo.resources._sync.specifications import Specifications

__all__ = ["AsyncSpecifications", "Specifications", "is_complete", "published_value", "update_args"]
