"""The helpers guide's example runs as written against the sandbox (and a WMS on loopback)."""

from __future__ import annotations

import pytest

from tests.support.docs import example
from tests.support.front_door import new_metadata, new_workgroup, sandbox_client, user_environment
from tests.support.sandbox import SandboxHandle
from tests.support.services import services

pytestmark = pytest.mark.integration


def test_composite_helpers_example(
    sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in user_environment(sandbox).items():
        monkeypatch.setenv(name, value)
    with sandbox_client(sandbox) as isogeo:
        workgroup_id = new_workgroup(isogeo)
        src, dst, md = (new_metadata(isogeo, workgroup_id, "vectorDataset") for _ in range(3))
        isogeo.feature_attributes.create(src.sys_id, "NOM", data_type="String")
        isogeo.feature_attributes.create(dst.sys_id, "nom")

    with services() as host:
        exec(  # noqa: S102 - our own documentation
            example("docs/guides/helpers.md"),
            {
                "src_id": src.sys_id,
                "dst_id": dst.sys_id,
                "md_id": md.sys_id,
                "license_id": sandbox.info["license"],
                "spec_id": sandbox.info["specification"],
                "workgroup_id": workgroup_id,
                "service_url": f"{host.base_url}/geoserver/ows?service=WMS&request=GetCapabilities",
            },
        )

    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "0 added, 1 updated, skipped: []",
        "Référentiels de la Métropole ['limites', 'communes', 'arrondissements', 'orthophoto_2023']",
        "{'vector-dataset': 3, 'service': 1}",
    ]
