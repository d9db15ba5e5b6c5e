"""Feature attributes (FAT-1..5) of vector and no-geo datasets, and their import from another one.

``import_from_dataset(source, destination, mode=...)`` is the SDK's composite helper (FAT-1, FAT-3,
FAT-4), with three differences:

* both metadata must be ``vectorDataset`` or ``noGeoDataset`` (the types that have attributes),
  checked **before any write** (:class:`~isogeo.errors.InvalidInputError`; the SDK raised
  ``TypeError``, and only for vectors);
* it returns an :class:`ImportReport` — what was added, updated and skipped — instead of ``True``;
* names match exactly, or ignoring case with ``case_sensitive=False``; an updated attribute keeps
  the destination's name (so a case-insensitive update never renames it).

Modes: ``add`` creates the attributes whose name the destination lacks and skips the others;
``update`` rewrites the destination's attributes that share a name with a source attribute and
skips the others; ``update_or_add`` does both.

The sync class is derived from the async one (``_async/feature_attributes.py``): the same methods.

>>> from isogeo.resources.feature_attributes import AsyncFeatureAttributes, FeatureAttributes
>>> sorted(set(vars(AsyncFeatureAttributes)) ^ set(vars(FeatureAttributes)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.feature_attributes import AsyncFeatureAttributes
from isogeo.resources._feature_attributes import (
    IMPORT_MODES,
    AttributeFields,
    ImportMode,
    ImportPlan,
    ImportReport,
    check_mode,
    check_type,
    plan_import,
)
from isogeo.resources._feature_attributes import (
    _creation_body as _creation_body,  # the tests import it from here
)
from isogeo.resources._sync.feature_attributes import FeatureAttributes

__all__ = [
    "IMPORT_MODES",
    "AsyncFeatureAttributes",
    "AttributeFields",
    "FeatureAttributes",
    "ImportMode",
    "ImportPlan",
    "ImportReport",
    "check_mode",
    "check_type",
    "plan_import",
]
