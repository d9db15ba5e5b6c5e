# Derived from _async/applications.py by tools/derive_sync.py: do not edit.
"""Sync applications namespace (:mod:`isogeo.resources.applications` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Applications) if not name.startswith("_"))
['associate_workgroup', 'create', 'dissociate_workgroup', 'get', 'list', 'update', 'workgroups']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from isogeo.resources._applications import (
    DEFAULT_INCLUDE,
    ApplicationRef,
    AssociationPlan,
    WorkgroupRef,
    _creation,
    update_body,
)
from isogeo.resources._common import id_of, include_param
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
from isogeo_api.models import Application, ApplicationInclude, ApplicationType, Workgroup
from isogeo_api.namespaces import applications as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


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

        >>> app = isogeo.applications.associate_workgroup(  # doctest: +SKIP
        ...     APP_ID, WORKGROUP_ID, force=True)
        >>> app.can_have_many_groups, len(app.groups)  # doctest: +SKIP
        (True, 2)
        """
        application_id, workgroup_id = id_of(application, "application"), id_of(workgroup, "workgroup")
        current = self.get(application_id, include=[ApplicationInclude.GROUPS])
        plan = AssociationPlan(current, workgroup_id, force=force)
        if plan.already_done:
            return current
        if plan.needs_many_groups:
            body = update_body(current, can_have_many_groups=True)
            self._client.call(update_application, application_id, body=body)
        self._client.call(associate_workgroup_to_application, application_id, workgroup_id)
        return self.get(application_id, include=[ApplicationInclude.GROUPS])

    def dissociate_workgroup(self, application: ApplicationRef, workgroup: WorkgroupRef) -> None:
        """APP-9: remove a workgroup from an application."""
        self._client.call(
            dissociate_workgroup_from_application,
            id_of(application, "application"),
            id_of(workgroup, "workgroup"),
        )
