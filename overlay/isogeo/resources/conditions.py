"""Conditions (CND-1..4): licenses applied to one metadata, each with its own description.

A condition is a license *applied* to a metadata. To apply one with the SDK's duplicate check,
use :meth:`isogeo.resources.licenses.Licenses.associate_metadata`; this namespace is the raw
family (CND-3 here adds a condition even when the license is already applied).

The sync class is derived from the async one (``_async/conditions.py``): the same methods.

>>> from isogeo.resources.conditions import AsyncConditions, Conditions
>>> sorted(set(vars(AsyncConditions)) ^ set(vars(Conditions)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.conditions import AsyncConditions
from isogeo.resources._conditions import applied_condition, check_description, is_complete
from isogeo.resources._sync.conditions import Conditions

__all__ = ["AsyncConditions", "Conditions", "applied_condition", "check_description", "is_complete"]
