"""Applications (APP-1..9) and their workgroups, with the SDK's ``force`` association.

``associate_workgroup(application, workgroup, force=False)`` (APP-8) follows the SDK's rules,
checked on a fresh read of the application (APP-3 with its groups) **before any write**:

* only ``group`` applications have workgroups (user applications act as a user):
  :class:`~isogeo.errors.InvalidInputError`;
* a workgroup already associated: nothing is sent, the application is returned as read;
* an application that may have one workgroup only (``canHaveManyGroups`` false) and already has
  one: refused (:class:`~isogeo.errors.InvalidInputError`), or with ``force=True`` its
  ``canHaveManyGroups`` is set first (APP-5), then the association is made.

Creating, updating and deleting applications is for Isogeo staff.

The sync class is derived from the async one (``_async/applications.py``): the same methods.

>>> from isogeo.resources.applications import AsyncApplications, Applications
>>> sorted(set(vars(AsyncApplications)) ^ set(vars(Applications)))
[]
"""

from __future__ import annotations

from isogeo.resources._applications import (
    AssociationPlan,
    update_body,
)
from isogeo.resources._applications import (
    _creation as _creation,  # the tests import it from here
)
from isogeo.resources._async.applications import AsyncApplications
from isogeo.resources._sync.applications import Applications

__all__ = ["Applications", "AssociationPlan", "AsyncApplications", "update_body"]
