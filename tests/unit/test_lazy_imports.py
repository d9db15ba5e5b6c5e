"""Importing the client loads no namespace and no generated model: they load on first use.

``from isogeo import Isogeo`` is what every script runs first; the generated models alone cost
more than httpx to import (bench scenario 4). These tests run fresh interpreters and look at
``sys.modules``; they time nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("isogeo_api.models", "isogeo_api.api", "isogeo.resources", "isogeo.search", "isogeo._core.call")


def _modules_after(code: str) -> list[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    modules: list[str] = json.loads(completed.stdout.splitlines()[-1])
    return modules


@pytest.mark.parametrize(
    "code",
    [
        "import isogeo",
        "from isogeo import AsyncIsogeo, Isogeo",
        "from isogeo import Isogeo\nIsogeo('app', 'secret').close()",
    ],
)
def test_the_client_loads_no_namespace_and_no_model(code: str) -> None:
    loaded = [
        name for name in _modules_after(code) if any(name == h or name.startswith(f"{h}.") for h in HEAVY)
    ]
    assert loaded == []


def test_a_namespace_loads_on_first_use() -> None:
    code = "from isogeo import Isogeo\nisogeo = Isogeo('app', 'secret')\nisogeo.contacts\nisogeo.close()"
    loaded = _modules_after(code)
    assert "isogeo.resources.contacts" in loaded
    assert "isogeo_api.models" in loaded
    assert "isogeo.resources.search" not in loaded


def test_reading_a_metadata_loads_only_the_models_it_holds() -> None:
    # A metadata without sub-resources decodes without importing the modules of the ~60 models it
    # could hold; one with contacts imports those it meets, and decodes the same afterwards.
    code = (
        "from isogeo import Isogeo\nisogeo = Isogeo('app', 'secret')\nisogeo.metadata\nisogeo.close()\n"
        "from isogeo_api.models import Metadata\n"
        "Metadata.from_dict({'_id': 'a', 'type': 'vectorDataset', 'title': 'T'})"
    )
    loaded = _modules_after(code)
    assert "isogeo_api.models.metadata" in loaded
    assert "isogeo.search" not in loaded
    assert "isogeo.resources.contacts" not in loaded
    for model in ("contact", "resource_contact", "workgroup", "keyword", "link", "event"):
        assert f"isogeo_api.models.{model}" not in loaded

    with_contacts = _modules_after(
        "from isogeo_api.models import Metadata, ResourceContact\n"
        "body = {'_id': 'a', 'contacts': [{'role': 'author', 'contact': {'_id': 'c', 'name': 'N'}}]}\n"
        "first, second = Metadata.from_dict(body), Metadata.from_dict(body)\n"
        "assert first == second and first.to_dict() == body\n"
        "assert type(first.contacts[0]) is ResourceContact\n"
        "import isogeo_api.models.metadata as module\n"
        "assert module.ResourceContact is ResourceContact  # the placeholder gave way to the class"
    )
    assert "isogeo_api.models.resource_contact" in with_contacts
    assert "isogeo_api.models.contact" in with_contacts
    assert "isogeo_api.models.keyword" not in with_contacts


def test_a_generated_namespace_loads_the_endpoint_of_each_method_when_it_is_called() -> None:
    # The metadata namespace holds create/update/replace/delete/export besides get: importing it
    # loads none of their endpoints nor their body models; calling `get` loads its endpoint only.
    imported = _modules_after("import isogeo_api.namespaces.metadata")
    assert not [name for name in imported if name.startswith("isogeo_api.api.metadata.")]
    assert "isogeo_api.models.metadata_create" not in imported
    called = _modules_after(
        "from isogeo_api.namespaces.metadata import MetadataNamespace\n"
        "class Caller:\n"
        "    absent_errors = (LookupError,)\n"
        "    def call(self, endpoint, *args, **kwargs):\n"
        "        return endpoint.__name__\n"
        "assert MetadataNamespace(Caller()).get('a' * 32) == 'isogeo_api.api.metadata.get_metadata'"
    )
    assert "isogeo_api.api.metadata.get_metadata" in called
    assert "isogeo_api.api.metadata.create_workgroup_metadata" not in called
    assert "isogeo_api.models.metadata_create" not in called
