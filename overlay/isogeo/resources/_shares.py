"""What the sync and async shares namespaces share (:mod:`isogeo.resources.shares`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeGuard

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo.resources._common import non_empty, round_trip, value_of
from isogeo_api.models import (
    Share,
    ShareInclude,
    ShareRight,
    ShareType,
    ShareWrite,
)

DEFAULT_INCLUDE: tuple[ShareInclude, ...] = (ShareInclude.GROUPS,)  # shares carry no _abilities


ShareRef = Share | str


# Server-managed keys and sub-resources of a share: never sent back on update (SHR-5).
_READ_ONLY = (
    "_id", "_created", "_modified", "_creator", "_abilities",
    "applications", "catalogs", "groups", "urlToken",
)  # fmt: skip


def share_type(share: Share) -> str:
    """The type of a share read from the API (``application`` or ``group``; ``""`` if unknown).

    >>> share_type(Share.from_dict({"_id": "a" * 32, "type": "group"})), share_type(Share(sys_id="a" * 32))
    ('group', '')
    """
    return str(value_of(share.type_) or "")


def require_type(share: Share, wanted: ShareType, action: str) -> None:
    """Refuse ``action`` on a share that is not of type ``wanted``.

    >>> share = Share.from_dict({"_id": "a" * 32, "name": "Open data", "type": "application"})
    >>> require_type(share, ShareType.GROUP, "reshare")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: share='aaaa...' is not accepted (reshare needs a group share, ...
    """
    current = share_type(share)
    if current != wanted.value:
        raise InvalidInputError(
            "share",
            f"{share.sys_id[:4]}...",
            f"a share of type {wanted.value!r}",
            reason=f"{action} needs a {wanted.value} share, this one is {current or 'of unknown type'}",
        )


def reshare_body(share: Share, enabled: bool) -> ShareWrite | None:
    """The SHR-5 body switching ``reshare`` on or off, or ``None`` when the share is already so.

    >>> share = Share.from_dict({"_id": "a" * 32, "name": "Référentiels", "type": "group", "rights": []})
    >>> reshare_body(share, True).to_dict()
    {'name': 'Référentiels', 'type': 'group', 'rights': ['reshare']}
    >>> reshare_body(share, False) is None
    True
    """
    require_type(share, ShareType.GROUP, "reshare")
    if not isinstance(enabled, bool):
        raise InvalidInputError("enabled", enabled, ["True", "False"])
    rights = [str(right) for right in value_of(share.rights) or []]
    if (ShareRight.RESHARE.value in rights) == enabled:
        return None
    body = round_trip(share, ShareWrite, drop=_READ_ONLY)
    others = [ShareRight(right) for right in rights if right != ShareRight.RESHARE.value]
    body.rights = [*others, ShareRight.RESHARE] if enabled else others
    return body


def _recipient_check(share: Share, workgroup_id: str) -> None:
    require_type(share, ShareType.GROUP, "dissociate_group")
    recipients = [group.sys_id for group in value_of(share.groups) or []]
    if workgroup_id not in recipients:
        raise InvalidInputError(
            "workgroup",
            workgroup_id,
            [f"a recipient of share {share.sys_id}"],
            reason="not a recipient of this share (the API would answer 500)",
        )


def _is_complete(share: ShareRef, *, groups: bool = False) -> TypeGuard[Share]:
    if not isinstance(share, Share) or value_of(share.type_) is None or value_of(share.name) is None:
        return False
    return not groups or value_of(share.groups) is not None


def _creation(name: str, type_: ShareType | str, rights: Iterable[ShareRight | str] | None) -> ShareWrite:
    body = ShareWrite(name=non_empty(name, "name", "share name"), type_=coerce_enum(type_, ShareType, "type"))
    if rights is not None:
        body.rights = [coerce_enum(right, ShareRight, f"rights[{i}]") for i, right in enumerate(rights)]
    return body
