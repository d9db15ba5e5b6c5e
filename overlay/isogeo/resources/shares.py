"""Shares (SHR-1..13): what a workgroup shares, with whom, and the helpers of the SDK.

A share is of type ``application`` (its catalogs feed group applications, OpenCatalog and CSW
through its URL token) or ``group`` (its catalogs are lent to other workgroups, which may
``reshare`` them). The helpers check the share's type **before any write**, as the SDK does
(:class:`~isogeo.errors.InvalidInputError`):

* ``associate_application`` / ``dissociate_application``: application shares only;
* ``associate_group`` / ``dissociate_group`` and ``reshare``: group shares only;
* ``dissociate_group`` of a workgroup that is not a recipient is refused here, because the API
  answers **500** (not 404) in that case (facts §10-3);
* ``reshare(share, enabled)`` sends nothing when the share is already in the wanted state.

A share given as an identifier is read first (SHR-3); a ``Share`` model is trusted as it is.
``refresh_token`` (SHR-7) replaces the URL token; ``opencatalog_url`` builds its OpenCatalog URL
on the client's platform (:mod:`isogeo.urls`).

The sync class is derived from the async one (``_async/shares.py``): the same methods.

>>> from isogeo.resources.shares import AsyncShares, Shares
>>> sorted(set(vars(AsyncShares)) ^ set(vars(Shares)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.shares import AsyncShares
from isogeo.resources._shares import (
    _creation as _creation,  # the tests import it from here
)
from isogeo.resources._shares import (
    require_type,
    reshare_body,
    share_type,
)
from isogeo.resources._sync.shares import Shares

__all__ = ["AsyncShares", "Shares", "require_type", "reshare_body", "share_type"]
