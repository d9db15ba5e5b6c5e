"""What the sync and async licenses namespaces share (:mod:`isogeo.resources.licenses`)."""

from __future__ import annotations

from isogeo.errors import InvalidInputError
from isogeo.resources._common import already_exists, id_of, non_empty, value_of
from isogeo_api.models import Condition, License, LicenseInclude, LicenseWrite

DEFAULT_INCLUDE: tuple[LicenseInclude, ...] = (LicenseInclude.COUNT,)


def _write_body(name: object, link: str | None, content: str | None) -> LicenseWrite:
    body = LicenseWrite(name=non_empty(name, "name", "license name"))
    if link is not None:
        body.link = link
    if content is not None:
        body.content = content
    return body


def update_args(license: License, workgroup_id: str | None) -> tuple[str, str, LicenseWrite]:
    """(owner workgroup, license id, LIC-4 form) for a license read then modified.

    >>> lic = License.from_dict({"_id": "a" * 32, "name": "ODbL", "owner": {"_id": "b" * 32}})
    >>> owner, license_id, body = update_args(lic, None)
    >>> owner == "b" * 32, body.name
    (True, 'ODbL')
    """
    owner = value_of(license.owner)
    if workgroup_id is None:
        if owner is None:
            raise InvalidInputError(
                "workgroup_id",
                None,
                "the owner workgroup's identifier",
                reason="an Isogeo license has no owner",
            )
        workgroup_id = owner.sys_id
    body = _write_body(value_of(license.name), value_of(license.link), value_of(license.content))
    return id_of(workgroup_id, "workgroup_id"), id_of(license, "license"), body


def _already_applied(metadata_id: str, license: License, existing: Condition, exist_ok: bool) -> Condition:
    what = (
        f"license {value_of(license.name)!r} ({license.sys_id}) applied to metadata {metadata_id} "
        f"(condition {existing.sys_id}; force=True applies it again)"
    )
    return already_exists(what, existing, exist_ok=exist_ok)
