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
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, include_param, non_empty, round_trip, value_of
from isogeo_api.api.application import (
    associate_workgroup_to_application,
    create_application,
    dissociate_workgroup_from_application,
    get_application,
    list_application_workgroups,
    list_applications,
    list_workgroup_applications,
    update_application,
)
from isogeo_api.models import Application, ApplicationInclude, ApplicationType, ApplicationWrite, Workgroup
from isogeo_api.namespaces import applications as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

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


class Applications(_generated.Applications):
    """Sync applications namespace: ``isogeo.applications``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     app = isogeo.applications.associate_workgroup(APPLICATION_ID, WORKGROUP_ID, force=True)
    ...     [group.sys_id for group in app.groups]
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(
        self,
        workgroup_id: str | None = None,
        *,
        include: Iterable[ApplicationInclude | str] | None = (ApplicationInclude.SYS_ABILITIES,),
    ) -> builtins.list[Application]:
        """APP-1: the applications the user may see, or APP-2: those of a workgroup."""
        if workgroup_id is None:
            return self._client.call(list_applications, sys_include=include_param(include))
        return self._client.call(
            list_workgroup_applications, workgroup_id, sys_include=include_param(include)
        )

    def get(
        self, application_id: str, *, include: Iterable[ApplicationInclude | str] | None = DEFAULT_INCLUDE
    ) -> Application:
        """APP-3: one application (with its workgroups by default)."""
        return self._client.call(get_application, application_id, sys_include=include_param(include))

    def create(
        self,
        name: str,
        type: ApplicationType | str,
        *,
        can_have_many_groups: bool = False,
        redirect_uris: Iterable[str] | None = None,
        scopes: Iterable[str] | None = None,
        staff: bool = False,
        url: str | None = None,
    ) -> Application:
        """APP-4: register an application (``group`` or ``user``); the answer holds its secret."""
        body = _creation(name, type, can_have_many_groups, redirect_uris, scopes, staff, url)
        return self._client.call(create_application, body=body)

    def update(self, application: Application) -> Application:
        """APP-5: save an application read then modified (server-managed fields are not sent)."""
        return self._client.call(update_application, application.sys_id, body=update_body(application))

    def workgroups(self, application: ApplicationRef) -> builtins.list[Workgroup]:
        """APP-7: the workgroups of an application."""
        return self._client.call(list_application_workgroups, id_of(application, "application"))

    def associate_workgroup(
        self, application: ApplicationRef, workgroup: WorkgroupRef, *, force: bool = False
    ) -> Application:
        """APP-8 with the SDK's checks (see the module's docstring); returns the application read afresh.

        >>> app = isogeo.applications.associate_workgroup(APP_ID, WORKGROUP_ID, force=True)  # doctest: +SKIP
        >>> app.can_have_many_groups, len(app.groups)  # doctest: +SKIP
        (True, 2)
        """
        application_id, workgroup_id = id_of(application, "application"), id_of(workgroup, "workgroup")
        current = self.get(application_id, include=[ApplicationInclude.GROUPS])
        plan = AssociationPlan(current, workgroup_id, force=force)
        if plan.already_done:
            return current
        if plan.needs_many_groups:
            self._client.call(
                update_application, application_id, body=update_body(current, can_have_many_groups=True)
            )
        self._client.call(associate_workgroup_to_application, application_id, workgroup_id)
        return self.get(application_id, include=[ApplicationInclude.GROUPS])

    def dissociate_workgroup(self, application: ApplicationRef, workgroup: WorkgroupRef) -> None:
        """APP-9: remove a workgroup from an application."""
        self._client.call(
            dissociate_workgroup_from_application,
            id_of(application, "application"),
            id_of(workgroup, "workgroup"),
        )


class AsyncApplications(_generated.AsyncApplications):
    """Async applications namespace: ``aisogeo.applications`` (:class:`Applications`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(
        self,
        workgroup_id: str | None = None,
        *,
        include: Iterable[ApplicationInclude | str] | None = (ApplicationInclude.SYS_ABILITIES,),
    ) -> builtins.list[Application]:
        """APP-1: the applications the user may see, or APP-2: those of a workgroup."""
        if workgroup_id is None:
            return await self._client.call(list_applications, sys_include=include_param(include))
        return await self._client.call(
            list_workgroup_applications, workgroup_id, sys_include=include_param(include)
        )

    async def get(
        self, application_id: str, *, include: Iterable[ApplicationInclude | str] | None = DEFAULT_INCLUDE
    ) -> Application:
        """APP-3: one application (with its workgroups by default)."""
        return await self._client.call(get_application, application_id, sys_include=include_param(include))

    async def create(
        self,
        name: str,
        type: ApplicationType | str,
        *,
        can_have_many_groups: bool = False,
        redirect_uris: Iterable[str] | None = None,
        scopes: Iterable[str] | None = None,
        staff: bool = False,
        url: str | None = None,
    ) -> Application:
        """APP-4: register an application (``group`` or ``user``); the answer holds its secret."""
        body = _creation(name, type, can_have_many_groups, redirect_uris, scopes, staff, url)
        return await self._client.call(create_application, body=body)

    async def update(self, application: Application) -> Application:
        """APP-5: save an application read then modified (server-managed fields are not sent)."""
        return await self._client.call(update_application, application.sys_id, body=update_body(application))

    async def workgroups(self, application: ApplicationRef) -> builtins.list[Workgroup]:
        """APP-7: the workgroups of an application."""
        return await self._client.call(list_application_workgroups, id_of(application, "application"))

    async def associate_workgroup(
        self, application: ApplicationRef, workgroup: WorkgroupRef, *, force: bool = False
    ) -> Application:
        """APP-8 with the SDK's checks (see :meth:`Applications.associate_workgroup`)."""
        application_id, workgroup_id = id_of(application, "application"), id_of(workgroup, "workgroup")
        current = await self.get(application_id, include=[ApplicationInclude.GROUPS])
        plan = AssociationPlan(current, workgroup_id, force=force)
        if plan.already_done:
            return current
        if plan.needs_many_groups:
            body = update_body(current, can_have_many_groups=True)
            await self._client.call(update_application, application_id, body=body)
        await self._client.call(associate_workgroup_to_application, application_id, workgroup_id)
        return await self.get(application_id, include=[ApplicationInclude.GROUPS])

    async def dissociate_workgroup(self, application: ApplicationRef, workgroup: WorkgroupRef) -> None:
        """APP-9: remove a workgroup from an application."""
        await self._client.call(
            dissociate_workgroup_from_application,
            id_of(application, "application"),
            id_of(workgroup, "workgroup"),
        )


__all__ = ["Applications", "AssociationPlan", "AsyncApplications", "update_body"]
