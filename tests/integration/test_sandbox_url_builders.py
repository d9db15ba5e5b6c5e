"""The sandbox's platform gives every URL the URL builders need (``isogeo-sandbox info``)."""

from __future__ import annotations

import pytest

from isogeo import custom_platform
from isogeo.urls import UrlBuilder
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client

pytestmark = pytest.mark.integration


def test_every_url_builder_works_on_the_sandbox_platform(sandbox: SandboxHandle) -> None:
    info = sandbox.info
    urls = UrlBuilder(custom_platform(**info["platform"]))
    md_id, share = info["metadata"]["vector"], info["share"]
    with sandbox_client(sandbox) as isogeo:
        shared = isogeo.shares.get(share["id"])
        workgroup = {"_id": info["workgroups"]["test"]}
        application = {"_id": info["user_app"]["_id"]}
        metadata = isogeo.metadata.get(md_id)

    built = {
        "edit": urls.get_edit_url(metadata),
        "metadata admin": urls.metadata_admin_url(metadata),
        "workgroup admin": urls.workgroup_admin_url(workgroup),
        "share admin": urls.share_admin_url(shared),
        "application admin": urls.application_admin_url(application),
        "opencatalog": urls.opencatalog_url(shared),
        "csw": urls.get_view_url("csw_getcap", share_id=share["id"], share_token=share["token"]),
    }
    for name, url in built.items():
        assert url is not None and url.startswith(info["api_url"] + "/__sandbox/"), (name, url)
    for key in ("app_url", "manage_url", "opencatalog_url", "csw_url"):
        assert info[key] == info["platform"][key]
