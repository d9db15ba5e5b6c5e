"""Every generated namespace method, sync and async, against the sandbox (one test per operation).

For each operation of the spec, ``isogeo.<namespace>.<method>(...)`` runs on a dedicated sandbox with
arguments built from the sandbox's own records (fresh ones, made through the generated functions,
for whatever the call changes) and the spec's request examples. What it returns is then checked
against the sandbox's state read back over raw HTTP:

* a read returns exactly what the sandbox answers for it (``to_dict()`` equals the JSON);
* a creation returns a record the sandbox then lists or serves;
* an update returns the record the sandbox then serves;
* a deletion or a dissociation leaves the sandbox without the record or the link, an association
  with it.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from dateutil.parser import isoparse

from isogeo import AsyncIsogeo, Isogeo
from isogeo_api.models import MetadataType, ShareType
from isogeo_api.namespaces import NAMESPACES, OPERATIONS
from isogeo_api.types import UNSET, File, Unset
from tests.support.contract import Case, cases
from tests.support.sandbox import SandboxHandle, start_sandbox
from tests.support.sandbox_clients import async_sandbox_client, sandbox_client
from tools.generate_namespaces import load_names

pytestmark = pytest.mark.integration

CASES = {case.operation_id: case for case in cases() if case.request_content_type != "multipart/form-data"}
UPLOAD = next(case for case in cases() if case.request_content_type == "multipart/form-data")
SPEC_OPERATIONS = sorted(CASES)
ID_PARAMETER = re.compile(r"\{([^}]+)\}")


@pytest.fixture(scope="module")
def world() -> Iterator[SandboxHandle]:
    with start_sandbox(seed="small") as sandbox:
        yield sandbox


def test_every_operation_has_one_namespace_method_on_both_clients() -> None:
    assert sorted(OPERATIONS) == SPEC_OPERATIONS
    assert len(set(OPERATIONS.values())) == len(OPERATIONS)
    assert sorted({attribute for attribute, _ in OPERATIONS.values()}) == sorted(NAMESPACES)
    isogeo, aisogeo = Isogeo("app", "secret"), AsyncIsogeo("app", "secret")
    for attribute, method in OPERATIONS.values():
        assert callable(_generated(getattr(isogeo, attribute), method))
        assert asyncio.iscoroutinefunction(_generated(getattr(aisogeo, attribute), method).func)
    isogeo.close()
    asyncio.run(aisogeo.close())


# --- building the arguments ---------------------------------------------------------------------


def _module(case: Case) -> Any:
    return importlib.import_module(case.module)


def _example_body(operation_id: str) -> Any:
    body = CASES[operation_id].arguments().get("body")
    # Names that must be unique in their workgroup (catalogs, formats...) get a fresh suffix.
    if body is not None and not isinstance(body, list):
        for name in ("name", "code", "title", "email", "text"):
            value = getattr(body, name, None)
            if isinstance(value, str) and not isinstance(value, Unset):
                fresh = f"{value}-{uuid.uuid4().hex[:8]}"
                if name == "email":
                    fresh = f"{uuid.uuid4().hex[:8]}.{value}"
                setattr(body, name, fresh)
    return body


class Records:
    """Identifiers for the path parameters of one operation: seed records, or fresh ones."""

    def __init__(self, isogeo: Isogeo, sandbox: SandboxHandle, case: Case) -> None:
        self.isogeo = isogeo
        self.info = sandbox.info
        self.case = case
        self.values: dict[str, str] = {}

    def body(self, operation_id: str) -> Any:
        """The spec's example body, with the records it names replaced by this sandbox's."""
        body = _example_body(operation_id)
        if hasattr(body, "group") and isinstance(body.group, str):
            body.group = self.workgroup()
        contact = getattr(body, "contact", None)
        if operation_id in ("createUser", "updateUser") and isinstance(getattr(contact, "email", None), str):
            contact.email = f"{uuid.uuid4().hex[:8]}.{contact.email}"  # e-mail addresses are unique
        if operation_id == "updateAccount":  # the e-mail address is the login; the user stays staff
            body.contact.email = self.info["user_app"]["username"]
            body.staff = UNSET
        if operation_id == "createMetadataCondition":
            body.license_.sys_id = self.value("license_id")
        if operation_id in ("createMetadataLimitation", "updateMetadataLimitation") and not isinstance(
            getattr(body, "directive", UNSET), Unset
        ):
            body.directive.sys_id = self.isogeo.http.get("/directives").json()[0]["_id"]
        if operation_id == "createServiceLayer":
            body.target_dataset = UNSET  # a layer made to be linked to a dataset by the test
        return body

    def create(self, operation_id: str, *args: str) -> Any:
        return self.isogeo.call(_module(CASES[operation_id]), *args, body=self.body(operation_id))

    def workgroup(self) -> str:
        return str(self.info["workgroups"]["test"])

    def metadata(self, kind: str = "vectorDataset") -> str:
        body = _example_body("createWorkgroupMetadata")
        body.type_ = MetadataType(kind)
        return str(
            self.isogeo.call(_module(CASES["createWorkgroupMetadata"]), self.workgroup(), body=body).sys_id
        )

    def value(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self._make(name)
        return self.values[name]

    def _make(self, name: str) -> str:
        tag = self.case.operation["tags"][0]
        wg = self.workgroup
        fresh_target = self.case.method in ("PUT", "PATCH", "DELETE") and self.case.path.endswith(
            f"{{{name}}}"
        )
        if name == "workgroup_id":
            if (tag == "workgroup" and fresh_target) or tag == "coordinate-system":
                return str(self.create("createWorkgroup").sys_id)
            return wg()
        if name == "metadata_id":
            kinds = {"service-layer": "service", "service-operation": "service"}
            return self.metadata(kinds.get(tag, "vectorDataset"))
        if name == "dataset_id":
            return self.metadata("vectorDataset")
        if name == "catalog_id":
            return str(self.create("createWorkgroupCatalog", wg()).sys_id)
        if name == "contact_id":
            return str(self.create("createWorkgroupContact", wg()).sys_id)
        if name == "license_id":
            return str(self.create("createWorkgroupLicense", wg()).sys_id)
        if name == "specification_id":
            return str(self.create("createWorkgroupSpecification", wg()).sys_id)
        if name == "datasource_id":
            return str(self.create("createWorkgroupDatasource", wg()).sys_id)
        if name == "share_id":
            body = self.body("createWorkgroupShare")
            if "WorkgroupToShare" in self.case.operation_id or "WorkgroupFromShare" in self.case.operation_id:
                body.type_ = ShareType.GROUP  # only group shares take workgroups
            return str(self.isogeo.call(_module(CASES["createWorkgroupShare"]), wg(), body=body).sys_id)
        if name == "invitation_id":
            return str(self.create("createWorkgroupInvitation", wg()).sys_id)
        if name == "application_id":
            return str(self.create("createApplication").sys_id)
        if name == "user_id":
            if fresh_target:
                return str(self.create("createUser").sys_id)
            return str(self.info["user_app"]["user_id"])
        if name == "thesaurus_id":
            return str(self.info["thesauri"]["isogeo"])
        if name == "keyword_id":
            if self.case.method != "GET":
                return str(self.create("createThesaurusKeyword", self.value("thesaurus_id")).sys_id)
            return str(self.info["keyword"])
        if name == "srs_code":
            return "2154"
        if name == "format_code":
            return str(self.create("createFormat").code) if fresh_target else "postgis"
        if name == "tag":
            return "format"
        children = {
            "event_id": "createMetadataEvent",
            "limitation_id": "createMetadataLimitation",
            "condition_id": "createMetadataCondition",
            "attribute_id": "createMetadataFeatureAttribute",
            "layer_id": "createServiceLayer",
            "operation_id": "createServiceOperation",
            "link_id": "createMetadataLink",
        }
        if name == "link_id" and self.case.operation_id == "downloadHostedLink":  # a hosted file
            upload = UPLOAD.arguments()["body"]
            created = self.isogeo.call(_module(UPLOAD), self.value("metadata_id"), body=upload)
            return str((created[0] if isinstance(created, list) else created).sys_id)
        if name in children:
            return str(self.create(children[name], self.value("metadata_id")).sys_id)
        raise AssertionError(f"no record for {name}")


RENAMED = load_names().parameters


def _public(operation_id: str, name: str) -> str:
    """The namespace's name of a path parameter: ``_id`` dropped, unless the names file says."""
    return RENAMED.get(f"{operation_id}.{name}", name.removesuffix("_id"))


def _arguments(records: Records, case: Case) -> tuple[dict[str, Any], dict[str, str]]:
    """(the namespace method's keyword arguments, the path values)."""
    path_values = {name: records.value(name) for name in ID_PARAMETER.findall(case.path)}
    kwargs: dict[str, Any] = {_public(case.operation_id, name): value for name, value in path_values.items()}
    example = case.arguments()
    if "body" in example:
        kwargs["body"] = records.body(case.operation_id)
        if "format_code" in path_values:  # a format's code is its path key
            kwargs["body"].code = path_values["format_code"]
    if case.operation_id == "listThesaurusKeywordsByText":
        kwargs["text"] = "sandbox"
    return kwargs, path_values


# Reads of a link need the link first: read -> the operation that makes it (same path values).
LINK_FIRST = {
    "getMetadataCoordinateSystem": "associateCoordinateSystemToMetadata",
    "getWorkgroupCoordinateSystem": "associateCoordinateSystemToWorkgroup",
}


def _before(records: Records, case: Case, path_values: dict[str, str]) -> None:
    """A dissociation, or the read of a link, needs the link first."""
    associate: Case | None = None
    if case.operation_id in LINK_FIRST:
        associate = CASES[LINK_FIRST[case.operation_id]]
    elif case.operation_id.startswith("dissociate") or case.operation_id == "deleteMetadataConformity":
        associate = next(
            other
            for other in CASES.values()
            if other.path == case.path and other.operation_id.startswith(("associate", "set"))
        )
    if associate is not None:
        body = associate.arguments().get("body")
        extra = {} if body is None else {"body": body}
        args = [path_values[name] for name in ID_PARAMETER.findall(associate.path)]
        records.isogeo.call(_module(associate), *args, **extra)


# --- checking against the sandbox's state -------------------------------------------------------------


def _as_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, File):
        return value.payload.read()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def _normal(value: Any) -> Any:
    """JSON with its date-times as datetimes (``.475560`` and ``.47556`` are the same instant)."""
    if isinstance(value, dict):
        return {key: _normal(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normal(item) for item in value]
    if isinstance(value, str) and ISO_DATETIME.match(value):
        return isoparse(value)
    return value


def _raw(sandbox: SandboxHandle, method: str, path: str, **kwargs: Any) -> Any:
    with sandbox.user() as http:
        return http.request(method, path, **kwargs)


def _readable(path: str) -> bool:
    return any(other.path == path and other.method == "GET" for other in CASES.values())


def _fill(path: str, values: dict[str, str]) -> str:
    return ID_PARAMETER.sub(lambda match: values[match.group(1)], path)


# A link between two records, and the read that shows it: (path[#key of the answer to look in],
# query, the path value it shows).
_LINK_READS: dict[str, tuple[str, dict[str, str], str]] = {
    "WorkgroupToApplication": ("/applications/{application_id}/groups", {}, "workgroup_id"),
    "MetadataToCatalog": ("/resources/{metadata_id}/catalogs", {}, "catalog_id"),
    "ContactToMetadata": ("/resources/{metadata_id}/contacts", {}, "contact_id"),
    "CoordinateSystemToWorkgroup": ("/groups/{workgroup_id}/coordinate-systems", {}, "srs_code"),
    "CoordinateSystemToMetadata": ("/resources/{metadata_id}/coordinate-system", {}, "srs_code"),
    "KeywordToMetadata": ("/resources/{metadata_id}/keywords", {}, "keyword_id"),
    "KeywordToWorkgroup": ("/groups/{workgroup_id}/keywords/search", {"_limit": "100"}, "keyword_id"),
    "DatasetToServiceLayer": ("/resources/{metadata_id}/layers/{layer_id}", {}, "dataset_id"),
    "ApplicationToShare": ("/shares/{share_id}#applications", {}, "application_id"),
    "CatalogToShare": ("/shares/{share_id}#catalogs", {}, "catalog_id"),
    "WorkgroupToShare": ("/shares/{share_id}#groups", {"_include": "groups"}, "workgroup_id"),
    "MetadataConformity": ("/resources/{metadata_id}/specifications", {}, "specification_id"),
}
LINKS = {
    f"{verb}{link.replace('To', joint, 1) if verb == 'dissociate' else link}": read
    for link, read in _LINK_READS.items()
    for verb, joint in (("associate", "To"), ("dissociate", "From"), ("set", ""), ("delete", ""))
    if (verb in ("set", "delete")) == (link == "MetadataConformity")
}


def _check(sandbox: SandboxHandle, case: Case, path_values: dict[str, str], result: Any) -> str:
    """Compare the method's result with the sandbox's state; return what was checked."""
    path = _fill(case.path, path_values)
    params = {"text": "sandbox"} if case.operation_id == "listThesaurusKeywordsByText" else {}
    if case.method == "GET":
        answer = _raw(sandbox, "GET", path, params=params)
        assert answer.status_code == 200, answer.text
        expected = answer.content if isinstance(result, File) else answer.json()
        assert _normal(_as_json(result)) == _normal(expected)
        return "read equals the sandbox's answer"
    last = ID_PARAMETER.findall(case.path)[-1] if ID_PARAMETER.findall(case.path) else None
    if case.operation_id in LINKS:
        read, params, shown = LINKS[case.operation_id]
        read, _, key = read.partition("#")
        answer = _raw(sandbox, "GET", _fill(read, path_values), params=params)
        linked = case.operation_id.startswith(("associate", "set"))
        value = path_values.get(shown, "2154")  # the examples' coordinate system (EPSG:2154)
        text = json.dumps(answer.json().get(key)) if key and answer.status_code == 200 else answer.text
        visible = answer.status_code == 200 and value in text
        assert visible == linked, (answer.status_code, answer.text[:300])
        return "link visible" if linked else "link gone"
    if case.method == "DELETE":
        reads = [
            other.path
            for other in CASES.values()
            if other.method == "GET"
            and ID_PARAMETER.findall(other.path)[-1:] == [last]
            and set(ID_PARAMETER.findall(other.path)) <= set(path_values)
        ]
        if reads:  # the record's own read (the deleted path first) answers 404
            read = case.path if case.path in reads else reads[0]
            answer = _raw(sandbox, "GET", _fill(read, path_values))
            assert answer.status_code == 404, answer.text
            return "record gone"
        listing = _raw(sandbox, "GET", path.rsplit("/", 1)[0])
        assert listing.status_code == 200 and path_values[str(last)] not in listing.text
        return "record gone from its listing"
    if case.operation_id in ("acceptInvitation", "refuseInvitation"):  # answered, then used up
        assert result.sys_id == path_values["invitation_id"]
        assert _raw(sandbox, "GET", path.removesuffix("/accept").removesuffix("/refuse")).status_code == 404
        if case.operation_id == "acceptInvitation":
            memberships = _raw(sandbox, "GET", "/account/memberships").text
            assert path_values.get("workgroup_id", sandbox.info["workgroups"]["test"]) in memberships
        return "invitation used up"
    # creations, updates and actions: the record the method returns is the one the sandbox serves
    record = _as_json(result)
    if isinstance(record, dict) and "_id" in record:
        read = _item_read(
            case, path_values, record.get("code", record["_id"]) if case.path == "/formats" else record["_id"]
        )
        answer = _raw(sandbox, "GET", read)
        assert answer.status_code == 200, (read, answer.text[:300])
        served = answer.json()
        assert served["_id"] == record["_id"]
        for key in ("name", "title", "code", "email", "text"):
            if key in record and key in served:
                assert _normal(served[key]) == _normal(record[key]), key
        return "record served"
    assert result is not None or case.success.schema is None
    return "answer parsed"


def _item_read(case: Case, path_values: dict[str, str], new_id: str) -> str:
    """The read of one record of the type the operation returns, filled for ``new_id``."""
    if case.method != "POST" and _readable(case.path):
        return _fill(case.path, path_values)
    for other in CASES.values():  # the collection's own item: POST /x/{a}/things -> GET .../{thing_id}
        names = ID_PARAMETER.findall(other.path)
        if other.method == "GET" and names and other.path == f"{case.path}/{{{names[-1]}}}":
            return _fill(other.path, {**path_values, names[-1]: new_id})
    ref = (case.success.schema or {}).get("$ref")
    for other in CASES.values():
        if ref is None:
            break
        names = ID_PARAMETER.findall(other.path)
        if (
            other.method == "GET"
            and (other.success.schema or {}).get("$ref") == ref
            and names
            and names[-1].endswith("_id")
            and set(names[:-1]) <= set(path_values)
        ):
            return _fill(other.path, {**path_values, names[-1]: new_id})
    raise AssertionError(f"{case.operation_id}: no read of a {ref}")


def _generated(namespace: object, method: str) -> Any:
    """The generated method, also where a hand-written namespace replaces it with its own."""
    for cls in type(namespace).__mro__:
        if cls.__module__.startswith("isogeo_api.namespaces.") and method in vars(cls):
            return functools.partial(vars(cls)[method], namespace)
    raise AssertionError(f"{type(namespace).__name__} has no generated {method}")


def _run(sandbox: SandboxHandle, operation_id: str, mode: str) -> None:
    case = CASES[operation_id]
    attribute, method = OPERATIONS[operation_id]
    with sandbox_client(sandbox) as isogeo:
        records = Records(isogeo, sandbox, case)
        kwargs, path_values = _arguments(records, case)
        _before(records, case, path_values)
        if mode == "sync":
            result = _generated(getattr(isogeo, attribute), method)(**kwargs)
        else:

            async def run() -> Any:
                async with async_sandbox_client(sandbox) as aisogeo:
                    return await _generated(getattr(aisogeo, attribute), method)(**kwargs)

            result = asyncio.run(run())
        _check(sandbox, case, path_values, result)


# ABT-3..5 live on other hosts, each at <host>/about (openapi/isogeo-about.yaml): the same call as
# the API's version on a client whose api_url is that host; the sandbox plays one of them.
OTHER_HOSTS: set[str] = set()


def test_component_version_on_a_host_of_its_own(world: SandboxHandle) -> None:
    for mode in ("sync", "async"):
        with sandbox_client(world, api_url=world.base_url) as isogeo:
            if mode == "sync":
                about = isogeo.about.api_version()
            else:

                async def run() -> Any:
                    async with async_sandbox_client(world, api_url=world.base_url) as aisogeo:
                        return await aisogeo.about.api_version()

                about = asyncio.run(run())
        assert about.to_dict() == _raw(world, "GET", "/about").json()


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(set(SPEC_OPERATIONS) - OTHER_HOSTS))
def test_namespace_method_against_the_sandbox(world: SandboxHandle, operation_id: str, mode: str) -> None:
    before = len(world.violations())
    _run(world, operation_id, mode)
    assert world.violations()[before:] == []


# --- exists: beside every get whose arguments are identifiers ------------------------------------

EXISTS = sorted(
    operation_id
    for operation_id, (attribute, method) in OPERATIONS.items()
    if method == "get" and operation_id in CASES and ID_PARAMETER.search(CASES[operation_id].path)
)


@pytest.mark.parametrize("operation_id", EXISTS)
def test_exists_answers_true_for_a_record_and_false_for_an_unknown_id(
    world: SandboxHandle, operation_id: str
) -> None:
    case = CASES[operation_id]
    attribute, _ = OPERATIONS[operation_id]
    with sandbox_client(world) as isogeo:
        generated = _generated(getattr(isogeo, attribute), "exists")
        records = Records(isogeo, world, case)
        kwargs, path_values = _arguments(records, case)
        _before(records, case, path_values)
        last = _public(operation_id, ID_PARAMETER.findall(case.path)[-1])
        # An EPSG code is digits: an unknown one is a number no registry has.
        unknown = {**kwargs, last: "987654321" if last == "srs_code" else uuid.uuid4().hex}
        sync_answers = (generated(**kwargs), generated(**unknown))

        async def run() -> tuple[bool, bool]:
            async with async_sandbox_client(world) as aisogeo:
                agenerated = _generated(getattr(aisogeo, attribute), "exists")
                return await agenerated(**kwargs), await agenerated(**unknown)

        async_answers = asyncio.run(run())
    assert sync_answers == async_answers == (True, False), (operation_id, kwargs, unknown)
