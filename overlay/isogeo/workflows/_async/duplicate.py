"""Duplicate a metadata with all it has, in its workgroup or into another one.

Copied: root fields (title with an optional prefix), catalog associations, conditions (licenses),
contacts with their roles, coordinate system, events, feature attributes, keywords, limitations,
links (a hosted file is downloaded and uploaded again), conformity to specifications, and the
layers and operations of a service. A dataset's service layers are not: a layer serves one
dataset (reported as skipped).

Into another workgroup, the source workgroup's own contacts, licenses, specifications and
catalogs are reused when the target has one of the same email (contacts) or name, or created
(``policy``: ``reuse-or-create``, ``create``, ``skip``). Isogeo's shared licenses and
specifications, keywords and other workgroups' contacts are reused as they are.

The journal receives the new metadata's id, and each entity created, before the run goes on; a
re-run with the same journal continues on the same copy and adds only what it lacks (each
sub-resource is compared with what the copy already has), so nothing is created twice.

>>> CLOCK_TOLERANCE.total_seconds()
300.0
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from typing import Any, cast

from isogeo._core.call import AsyncEndpoint
from isogeo._core.validation import normalize_identifier
from isogeo.client import AsyncIsogeo
from isogeo.errors import ConflictError, InvalidInputError, InvalidInputTypeError
from isogeo.pagination import DEFAULT_CONCURRENCY
from isogeo.resources.metadata import MetadataRef, metadata_id_of
from isogeo.workflows._common import Journal, JournalError, Progress, WorkflowReport, check_choice, utc_now
from isogeo.workflows._duplicate_plan import (
    CREATE_FIELDS,
    POLICIES,
    Policy,
    copy_body,
    entity_body,
    entity_key,
    global_entity,
    signature,
)
from isogeo_api.api.condition import create_metadata_condition
from isogeo_api.api.conformity import set_metadata_conformity
from isogeo_api.api.contact import (
    associate_contact_to_metadata,
    create_workgroup_contact,
    list_workgroup_contacts,
)
from isogeo_api.api.feature_attribute import create_metadata_feature_attribute
from isogeo_api.api.keyword import associate_keyword_to_metadata
from isogeo_api.api.license_ import create_workgroup_license, list_workgroup_licenses
from isogeo_api.api.link import create_metadata_link
from isogeo_api.api.specification import create_workgroup_specification, list_workgroup_specifications
from isogeo_api.models import Link, LinkWrite

from ._primitives import Task, run_bounded

__all__ = ["duplicate"]

_CREATE_LINK = cast(AsyncEndpoint[Link | list[Link]], create_metadata_link)

# How long before the journal's intent line a metadata found by title may have been created (clocks
# of the client and of the API differ) to be taken for the one an interrupted run created.
CLOCK_TOLERANCE = dt.timedelta(minutes=5)


class _Entities:
    """The source workgroup's entities resolved to their counterparts in the target workgroup."""

    def __init__(
        self,
        isogeo: AsyncIsogeo,
        log: Journal,
        report: WorkflowReport,
        source_group: str,
        target: str,
        policy: Policy,
    ) -> None:
        self.isogeo, self.log, self.report = isogeo, log, report
        self.source_group, self.target, self.policy = source_group, target, policy
        self.listed: dict[str, list[dict[str, Any]]] = {}
        self.resolved: dict[tuple[str, str], dict[str, Any] | None] = {}

    async def _listing(self, kind: str) -> list[dict[str, Any]]:
        if kind not in self.listed:
            if kind == "contact":
                found: list[Any] = await self.isogeo.call(list_workgroup_contacts, self.target)
            elif kind == "license":
                found = await self.isogeo.call(list_workgroup_licenses, self.target)
            elif kind == "specification":
                found = await self.isogeo.call(list_workgroup_specifications, self.target)
            else:
                found = await self.isogeo.catalogs.list(self.target)
            self.listed[kind] = [item.to_dict() for item in found]
        return self.listed[kind]

    async def _create(self, kind: str, entity: dict[str, Any]) -> dict[str, Any]:
        body = entity_body(kind, entity)
        if kind == "contact":
            created: Any = await self.isogeo.call(create_workgroup_contact, self.target, body=body)
        elif kind == "license":
            created = await self.isogeo.call(create_workgroup_license, self.target, body=body)
        elif kind == "specification":
            created = await self.isogeo.call(create_workgroup_specification, self.target, body=body)
        else:
            created = await self.isogeo.catalogs.create(self.target, body)
        data: dict[str, Any] = created.to_dict()
        return data

    async def resolve(self, kind: str, entity: dict[str, Any]) -> dict[str, Any] | None:
        """The target's counterpart of ``entity`` (its JSON), or None when the policy skips it."""
        source_id = str(entity.get("_id"))
        if self.target == self.source_group or (
            kind != "catalog" and global_entity(entity, self.source_group)
        ):
            return entity
        if (kind, source_id) in self.resolved:
            return self.resolved[(kind, source_id)]
        listing = await self._listing(kind)
        by_id = {str(item.get("_id")): item for item in listing}
        done = [
            step
            for step in self.log.of("created")
            if step.get("kind") == kind and step.get("source") == source_id
        ]
        if done and done[-1]["id"] in by_id:
            found: dict[str, Any] | None = by_id[done[-1]["id"]]
            self.report.add("created", kind, done[-1]["id"], source=source_id, resumed=True)
        else:
            interrupted = any(
                step.get("kind") == kind and step.get("source") == source_id for step in self.log.of("intent")
            )
            key = entity_key(kind, entity)
            match = next(
                (item for item in listing if key is not None and entity_key(kind, item) == key), None
            )
            if match is not None and (self.policy != "create" or interrupted):
                found = match
                self.report.add(
                    "reused", kind, str(match.get("_id")), source=source_id, name=entity.get("name")
                )
            elif self.policy == "skip":
                found = None
                self.report.add(
                    "skipped",
                    kind,
                    source=source_id,
                    name=entity.get("name"),
                    reason="none in the target workgroup",
                )
            else:
                self.log.append({"op": "intent", "kind": kind, "source": source_id, "at": utc_now()})
                found = await self._create(kind, entity)
                self.log.append({"op": "created", "kind": kind, "source": source_id, "id": found["_id"]})
                listing.append(found)
                self.report.add("created", kind, str(found["_id"]), source=source_id, name=entity.get("name"))
        self.resolved[(kind, source_id)] = found
        return found


def _title(source: dict[str, Any], prefix: str) -> str:
    title = source.get("title") or source.get("name") or ""
    return f"{prefix}{title}"


async def _find_interrupted_copy(isogeo: AsyncIsogeo, target: str, title: str, since: str) -> str | None:
    """The metadata an interrupted run created (it answered nothing or the journal was not written)."""
    threshold = dt.datetime.fromisoformat(since) - CLOCK_TOLERANCE
    found = await isogeo.search.all(query="", group=target)
    candidates = [
        record.sys_id
        for record in found.results
        if record.title == title
        and isinstance(record.sys_created, dt.datetime)
        and record.sys_created.astimezone(dt.UTC) >= threshold
    ]
    if len(candidates) > 1:
        raise JournalError(
            f"an interrupted run may have created {title!r}; {len(candidates)} metadata of the target have "
            f"that title ({', '.join(candidates)}): delete the extra ones or use a new journal"
        )
    return candidates[0] if candidates else None


async def _copy_root(
    isogeo: AsyncIsogeo,
    source: dict[str, Any],
    target: str,
    prefix: str,
    log: Journal,
    report: WorkflowReport,
) -> str:
    created = [step for step in log.of("created") if step.get("kind") == "metadata"]
    if created:
        report.add("created", "metadata", created[-1]["id"], source=source["_id"], resumed=True)
        return str(created[-1]["id"])
    title = _title(source, prefix)
    intents = [step for step in log.of("intent") if step.get("kind") == "metadata"]
    if intents:
        existing = await _find_interrupted_copy(isogeo, target, title, intents[-1]["at"])
        if existing is not None:
            log.append({"op": "created", "kind": "metadata", "source": source["_id"], "id": existing})
            report.add("created", "metadata", existing, source=source["_id"], resumed=True)
            return existing
    body = {"title": title, "type": source.get("type")}
    body.update({key: source[key] for key in CREATE_FIELDS if source.get(key) is not None})
    log.append({"op": "intent", "kind": "metadata", "source": source["_id"], "at": utc_now()})
    record = await isogeo.metadata.create(target, body)
    log.append({"op": "created", "kind": "metadata", "source": source["_id"], "id": record.sys_id})
    report.add("created", "metadata", record.sys_id, source=source["_id"], title=title)
    return record.sys_id


async def duplicate(
    isogeo: AsyncIsogeo,
    metadata: MetadataRef,
    *,
    into: str | None = None,
    title_prefix: str = "",
    policy: Policy = "reuse-or-create",
    journal: str | os.PathLike[str] | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> WorkflowReport:
    """Copy ``metadata`` with all it has into ``into`` (default: its own workgroup).

    Returns a report: the new metadata (``created``, kind ``metadata``), each workgroup entity
    ``created``/``reused``/``skipped``, and each sub-resource copied. Give ``journal`` to make an
    interrupted run resumable (see the module docstring).

    >>> report = await aduplicate(isogeo, METADATA_ID, into=OTHER_WORKGROUP_ID,
    ...                           title_prefix="[copie] ", journal="dup.jsonl")   # doctest: +SKIP
    >>> report.created[0].id                                                       # doctest: +SKIP
    """
    source_id = metadata_id_of(metadata)
    chosen: Policy = check_choice("policy", policy, POLICIES)  # type: ignore[assignment]
    if not isinstance(title_prefix, str):
        raise InvalidInputTypeError("title_prefix", title_prefix, "a string")
    source = (await isogeo.metadata.get(source_id, include="all")).to_dict()
    creator = source.get("_creator")
    source_group = str(creator.get("_id")) if isinstance(creator, dict) else ""
    target = normalize_identifier(into, "into") if into is not None else source_group
    if not target:
        raise InvalidInputError("into", into, "a workgroup id", reason="the source metadata names no owner")
    header = {
        "workflow": "duplicate",
        "source": source_id,
        "into": target,
        "title_prefix": title_prefix,
        "policy": chosen,
    }
    log = Journal(journal, header)
    report = WorkflowReport("duplicate", journal=None if log.path is None else str(log.path))
    source_catalogs = [item.to_dict() for item in await isogeo.catalogs.list_for_metadata(source_id)]
    new_id = await _copy_root(isogeo, source, target, title_prefix, log, report)
    copy = (await isogeo.metadata.get(new_id, include="all")).to_dict()
    copy_catalogs = {item.sys_id for item in await isogeo.catalogs.list_for_metadata(new_id)}
    entities = _Entities(isogeo, log, report, source_group, target, chosen)

    # Entities first, one at a time (a contact with two roles is created once), then the copies.
    tasks: list[Task] = []
    for catalog in source_catalogs:
        found = await entities.resolve("catalog", catalog)
        if found is not None:
            tasks.append(_associate_catalog(isogeo, new_id, str(found["_id"]), copy_catalogs, report))
    present_contacts = {(item["contact"]["_id"], item.get("role")) for item in copy.get("contacts", [])}
    for item in source.get("contacts", []):
        found = await entities.resolve("contact", item["contact"])
        if found is not None:
            tasks.append(
                _associate_contact(
                    isogeo, new_id, str(found["_id"]), item.get("role"), present_contacts, report
                )
            )
    present_conditions = {
        (item.get("license", {}).get("_id"), item.get("description")) for item in copy.get("conditions", [])
    }
    for item in source.get("conditions", []):
        found = await entities.resolve("license", item["license"]) if item.get("license") else None
        if found is not None:
            tasks.append(
                _condition(isogeo, new_id, found, item.get("description"), present_conditions, report)
            )
    present_conformity = {
        (item["specification"]["_id"], item.get("conformant")) for item in copy.get("specifications", [])
    }
    for item in source.get("specifications", []):
        found = await entities.resolve("specification", item["specification"])
        if found is not None:
            tasks.append(
                _conformity(isogeo, new_id, found, bool(item.get("conformant")), present_conformity, report)
            )
    present_keywords = {item["_id"] for item in copy.get("keywords", [])}
    for item in source.get("keywords", []):
        tasks.append(_keyword(isogeo, new_id, str(item["_id"]), present_keywords, report))
    system = source.get("coordinate-system")
    if isinstance(system, dict) and system.get("code") is not None:
        tasks.append(_coordinate_system(isogeo, new_id, system, copy.get("coordinate-system"), report))
    for kind in ("events", "limitations", "feature-attributes", "links", "layers", "operations"):
        present = {signature(kind, item) for item in copy.get(kind, [])}
        for item in source.get(kind, []):
            if signature(kind, item) in present:
                report.add("present", kind.rstrip("s"), source=item.get("_id"))
            else:
                tasks.append(_create_sub(isogeo, source_id, new_id, kind, item, log, report))
    for item in source.get("serviceLayers", []):
        # A service layer serves one dataset (the API answers 409 for a second): the source keeps it.
        report.add("skipped", "service-layer", item.get("_id"), reason="a service layer serves one dataset")

    finished = [0]

    async def run(task: Task) -> None:
        await task()
        finished[0] += 1
        if progress is not None:
            progress(finished[0], len(tasks))

    if progress is not None:
        progress(0, len(tasks))
    await run_bounded(run, tasks, concurrency=concurrency)
    log.append({"op": "finished", "id": new_id, "at": utc_now()})
    report.finished = utc_now()
    return report


def _associate_catalog(
    isogeo: AsyncIsogeo, new_id: str, catalog_id: str, present: set[str], report: WorkflowReport
) -> Task:
    async def task() -> None:
        if catalog_id in present:
            report.add("present", "catalog-association", catalog_id)
            return
        await isogeo.catalogs.associate(catalog=catalog_id, metadata=new_id)
        report.add("created", "catalog-association", catalog_id)

    return task


def _associate_contact(
    isogeo: AsyncIsogeo,
    new_id: str,
    contact_id: str,
    role: Any,
    present: set[tuple[Any, Any]],
    report: WorkflowReport,
) -> Task:
    async def task() -> None:
        if (contact_id, role) in present:
            report.add("present", "contact-role", contact_id, role=role)
            return
        await isogeo.call(associate_contact_to_metadata, new_id, contact_id, body={"role": role})
        report.add("created", "contact-role", contact_id, role=role)

    return task


def _condition(
    isogeo: AsyncIsogeo,
    new_id: str,
    license_: dict[str, Any],
    description: Any,
    present: set[tuple[Any, Any]],
    report: WorkflowReport,
) -> Task:
    async def task() -> None:
        if (license_.get("_id"), description) in present:
            report.add("present", "condition", license_.get("_id"))
            return
        body = {"license": license_, "description": description}
        created = await isogeo.call(create_metadata_condition, new_id, body=body)
        report.add("created", "condition", created.sys_id, license=license_.get("_id"))

    return task


def _conformity(
    isogeo: AsyncIsogeo,
    new_id: str,
    specification: dict[str, Any],
    conformant: bool,
    present: set[tuple[Any, Any]],
    report: WorkflowReport,
) -> Task:
    async def task() -> None:
        if (specification.get("_id"), conformant) in present:
            report.add("present", "conformity", specification.get("_id"))
            return
        body = {"conformant": conformant, "specification": specification}
        await isogeo.call(set_metadata_conformity, new_id, str(specification["_id"]), body=body)
        report.add("created", "conformity", str(specification["_id"]), conformant=conformant)

    return task


def _keyword(
    isogeo: AsyncIsogeo, new_id: str, keyword_id: str, present: set[str], report: WorkflowReport
) -> Task:
    async def task() -> None:
        if keyword_id in present:
            report.add("present", "keyword", keyword_id)
            return
        try:
            await isogeo.call(associate_keyword_to_metadata, new_id, keyword_id)
        except ConflictError:  # already tagged (KWD-8): the answer of an earlier, interrupted run
            report.add("present", "keyword", keyword_id)
            return
        report.add("created", "keyword", keyword_id)

    return task


def _coordinate_system(
    isogeo: AsyncIsogeo, new_id: str, system: dict[str, Any], current: Any, report: WorkflowReport
) -> Task:
    async def task() -> None:
        if isinstance(current, dict) and current.get("code") == system.get("code"):
            report.add("present", "coordinate-system", str(system.get("code")))
            return
        body = {key: system[key] for key in ("code", "alias") if system.get(key) is not None}
        await isogeo.coordinate_systems.associate_metadata(metadata=new_id, body=body)
        report.add("created", "coordinate-system", str(system.get("code")))

    return task


async def _copy_hosted(isogeo: AsyncIsogeo, source_id: str, new_id: str, item: dict[str, Any]) -> Any:
    """A hosted file: downloaded to a temporary folder, uploaded to the copy under the same title."""
    with tempfile.TemporaryDirectory(prefix="isogeo-duplicate-") as folder:
        downloaded = await isogeo.links.download_hosted(item, folder, metadata_id=source_id)
        return await isogeo.links.upload_hosted(new_id, downloaded.path, title=item.get("title"))


def _create_sub(
    isogeo: AsyncIsogeo,
    source_id: str,
    new_id: str,
    kind: str,
    item: dict[str, Any],
    log: Journal,
    report: WorkflowReport,
) -> Task:
    async def task() -> None:
        body = copy_body(kind, item)
        created: Any
        if kind == "events":
            created = await isogeo.events.create(new_id, body)
        elif kind == "limitations":
            created = await isogeo.limitations.create(new_id, body)
        elif kind == "feature-attributes":
            created = await isogeo.call(create_metadata_feature_attribute, new_id, body=body)
        elif kind == "links" and item.get("type") == "hosted":
            created = await _copy_hosted(isogeo, source_id, new_id, item)
        elif kind == "links":
            created = await isogeo.call(_CREATE_LINK, new_id, body=LinkWrite.from_dict(body))
        elif kind == "layers":
            created = await isogeo.service_layers.create(new_id, body)
        else:
            created = await isogeo.service_operations.create(new_id, body)
        created_id = getattr(created, "sys_id", None)
        log.append({"op": "created", "kind": kind, "source": item.get("_id"), "id": created_id})
        report.add("created", kind.rstrip("s"), created_id, source=item.get("_id"))

    return task
