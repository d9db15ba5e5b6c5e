"""What the sync and async applications namespaces share (:mod:`isogeo.resources.applications`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo.resources._common import non_empty, round_trip, value_of
from isogeo_api.models import Application, ApplicationInclude, ApplicationType, ApplicationWrite, Workgroup

DEFAULT_INCLUDE: tuple[ApplicationInclude, ...] = (
    ApplicationInclude.SYS_ABILITIES,
    ApplicationInclude.GROUPS,
)


ApplicationRef = Application | str


WorkgroupRef = Workgroup | str


# Server-managed keys of an application: never sent back on update.
_READ_ONLY = ("_id", "_created", "_modified", "_abilities", "client_id", "client_secret", "groups", "kind")


def update_body(application: Application, **changes: object) -> ApplicationWrite:
    """The APP-5 body of an application read from the API, with ``changes`` (snake_case) applied.

    >>> app = Application.from_dict({"_id": "a" * 32, "name": "Widget", "type": "group", "client_id": "w-1",
    ...                              "canHaveManyGroups": False})
    >>> body = update_body(app, can_have_many_groups=True)
    >>> body.to_dict()
    {'name': 'Widget', 'type': 'group', 'canHaveManyGroups': True}
    """
    body = round_trip(application, ApplicationWrite, drop=_READ_ONLY)
    for attribute, value in changes.items():
        setattr(body, attribute, value)
    return body


class AssociationPlan:
    """What APP-8 needs for ``application`` and ``workgroup_id`` (no I/O): refuse, nothing, or writes."""

    def __init__(self, application: Application, workgroup_id: str, *, force: bool) -> None:
        app_type = str(value_of(application.type_) or "")
        if app_type != ApplicationType.GROUP.value:
            raise InvalidInputError(
                "application",
                application.sys_id,
                "a group application",
                reason=f"a {app_type or 'typeless'} application has no workgroups",
            )
        groups = [group.sys_id for group in value_of(application.groups) or []]
        self.already_done = workgroup_id in groups
        self.needs_many_groups = bool(groups) and not value_of(application.can_have_many_groups)
        if self.needs_many_groups and not self.already_done and not force:
            raise InvalidInputError(
                "workgroup",
                workgroup_id,
                "force=True to set the application's canHaveManyGroups first",
                reason=f"application {application.sys_id} may have one workgroup only and has {groups[0]}",
            )


def _creation(
    name: str,
    type_: ApplicationType | str,
    can_have_many_groups: bool,
    redirect_uris: Iterable[str] | None,
    scopes: Iterable[str] | None,
    staff: bool,
    url: str | None,
) -> ApplicationWrite:
    body = ApplicationWrite(
        name=non_empty(name, "name", "application name"),
        type_=coerce_enum(type_, ApplicationType, "type"),
        can_have_many_groups=can_have_many_groups,
        staff=staff,
    )
    if url is not None:  # no URL: the key is left out, not sent as null
        body.url = url
    if redirect_uris is not None:
        body.redirect_uris = builtins.list(redirect_uris)
    if scopes is not None:
        body.scopes = builtins.list(scopes)
    return body
