"""The SDK documentation's "URL Builder for web applications" (§1.3.2), with this client.

Every URL is built locally: no network, no credentials. Where the documentation fetches a
metadata or a share from the API, this script uses the same records as plain data.

    python examples/url_builders.py
"""

from __future__ import annotations

from isogeo.ids import convert_uuid
from isogeo.urls import UrlBuilder
from isogeo_api.models import Metadata

# One builder per platform; "qa" and custom_platform(...) work the same way.
utils = UrlBuilder("prod")

# -- Get URL to online editor for a metadata ------------------------------------------------------
# The documentation gets it with isogeo.metadata.get(md_id=...); only _id, type and _creator matter.
md = Metadata.from_dict(
    {
        "_id": "36fde4261bcb4ef2a849d94a50488713",
        "type": "vectorDataset",
        "_creator": {"_id": "32f7e95ec4e94ca3bc1afda960003882"},
    }
)
url = utils.get_edit_url(metadata=md, tab="attributes")
print("edit URL:            ", url)

# -- Get OpenCatalog URL for a metadata -----------------------------------------------------------
oc_args = {
    "md_id": "36fde4261bcb4ef2a849d94a50488713",
    "share_id": "344d51c3edfb435daf9d98d948fa207e",
    "share_token": "TokenOhDearToken",
}
oc_url = utils.get_view_url(webapp="oc", **oc_args)
print("OpenCatalog:         ", oc_url)

# -- Get CSW GetCapabilities for a share ----------------------------------------------------------
csw_getcap_args = {
    "share_id": "344d51c3edfb435daf9d98d948fa207e",
    "share_token": "TokenOhDearToken",
}
csw_getcap_url = utils.get_view_url(webapp="csw_getcap", **csw_getcap_args)
print("CSW GetCapabilities: ", csw_getcap_url)

# -- Get CSW GetRecords for a share ---------------------------------------------------------------
csw_getrecords_args = {
    "share_id": "344d51c3edfb435daf9d98d948fa207e",
    "share_token": "TokenOhDearToken",
}
csw_getrecords_url = utils.get_view_url(webapp="csw_getrecords", **csw_getrecords_args)
print("CSW GetRecords:      ", csw_getrecords_url)

# -- Get CSW GetRecordById for a metadata ---------------------------------------------------------
uuid_md_source = "36fde4261bcb4ef2a849d94a50488713"
csw_getrec_args = {
    "md_uuid_urn": convert_uuid(uuid_md_source, 2),
    "share_id": "344d51c3edfb435daf9d98d948fa207e",
    "share_token": "TokenOhDearToken",
}
csw_getrec_url = utils.get_view_url(webapp="csw_getrec", **csw_getrec_args)
print("CSW GetRecordById:   ", csw_getrec_url)

# -- Register a custom webapp and get URL ---------------------------------------------------------
utils.register_webapp(
    webapp_name="PPIGE v3",
    webapp_args=["md_id"],
    webapp_url="https://www.ppigre-npdc.fr/portail/geocatalogue?uuid={md_id}",
)
custom_url_args = {
    "md_id": "36fde4261bcb4ef2a849d94a50488713",
    "share_id": "344d51c3edfb435daf9d98d948fa207e",  # not used by this web app: ignored
    "share_token": "TokenOhDearToken",
}
custom_url = utils.get_view_url(webapp="PPIGE v3", **custom_url_args)
print("custom web app:      ", custom_url)

# -- Get OpenCatalog URL for a share (documentation §1.3.1) ---------------------------------------
share = {
    "_id": "344d51c3edfb435daf9d98d948fa207e",
    "type": "application",
    "urlToken": "TokenOhDearToken",
}
if utils.opencatalog_url(share) is not None:
    print("OpenCatalog is set:  ", utils.opencatalog_url(share))
else:
    print("OpenCatalog is not set in this share")
