"""ISO 19139 (``gmd:MD_Metadata``) export of a metadata (MD-6), built from the store."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from isogeo_sandbox.serialize import View
from isogeo_sandbox.store import MetadataRecord, Store

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gml": "http://www.opengis.net/gml/3.2",
    "xlink": "http://www.w3.org/1999/xlink",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

SCOPE = {
    "vectorDataset": "dataset",
    "rasterDataset": "dataset",
    "noGeoDataset": "nonGeographicDataset",
    "service": "service",
    "resource": "nonGeographicDataset",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _sub(parent: ET.Element, path: str) -> ET.Element:
    node = parent
    for name in path.split("/"):
        node = ET.SubElement(node, _q(name))
    return node


def _text(parent: ET.Element, path: str, value: object, kind: str = "gco:CharacterString") -> None:
    if value is None or value == "":
        return
    _sub(parent, f"{path}/{kind}").text = str(value)


def urn(metadata_id: str) -> str:
    h = metadata_id
    return f"urn:isogeo:metadata:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def metadata_to_iso19139(store: Store, md: MetadataRecord, view: View) -> bytes:
    fields = md.fields
    root = ET.Element(_q("gmd:MD_Metadata"))
    _text(root, "gmd:fileIdentifier", urn(md.id))
    _text(root, "gmd:language", fields.get("language") or "fr")
    _sub(root, "gmd:hierarchyLevel/gmd:MD_ScopeCode").text = SCOPE.get(md.type, "dataset")
    for association in md.contacts:
        contact = store.contacts.get(association["contact"])
        if not contact:
            continue
        party = _sub(root, "gmd:contact/gmd:CI_ResponsibleParty")
        _text(party, "gmd:individualName", contact.get("name"))
        _text(party, "gmd:organisationName", contact.get("organization"))
        address = _sub(party, "gmd:contactInfo/gmd:CI_Contact/gmd:address/gmd:CI_Address")
        _text(address, "gmd:city", contact.get("city"))
        _text(address, "gmd:electronicMailAddress", contact.get("email"))
        _sub(party, "gmd:role/gmd:CI_RoleCode").text = str(association["role"])
    _text(root, "gmd:dateStamp", fields.get("_modified"), "gco:DateTime")
    _text(root, "gmd:metadataStandardName", "ISO 19115:2003/19139")
    _text(root, "gmd:metadataStandardVersion", "1.0")
    if md.srs is not None:
        rs = _sub(
            root,
            "gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/gmd:referenceSystemIdentifier/gmd:RS_Identifier",
        )
        _text(rs, "gmd:code", f"EPSG:{md.srs}")
    ident = _sub(root, "gmd:identificationInfo/gmd:MD_DataIdentification")
    citation = _sub(ident, "gmd:citation/gmd:CI_Citation")
    _text(citation, "gmd:title", fields.get("title"))
    for kind, key in (("creation", "created"), ("revision", "modified"), ("publication", "published")):
        if fields.get(key):
            date = _sub(citation, "gmd:date/gmd:CI_Date")
            _text(date, "gmd:date", fields[key], "gco:DateTime")
            _sub(date, "gmd:dateType/gmd:CI_DateTypeCode").text = kind
    _text(citation, "gmd:identifier/gmd:MD_Identifier/gmd:code", urn(md.id))
    _text(ident, "gmd:abstract", fields.get("abstract"))
    keywords = [store.keywords[k] for k in md.keywords if k in store.keywords]
    if keywords:
        block = _sub(ident, "gmd:descriptiveKeywords/gmd:MD_Keywords")
        for keyword in keywords:
            _text(block, "gmd:keyword", view.keyword_text(keyword))
    for condition in md.conditions:
        lic = store.licenses.get(condition.get("license") or "")
        if lic:
            _text(ident, "gmd:resourceConstraints/gmd:MD_Constraints/gmd:useLimitation", lic.get("name"))
    if fields.get("scale"):
        _text(
            ident,
            "gmd:spatialResolution/gmd:MD_Resolution/gmd:equivalentScale/gmd:MD_RepresentativeFraction/gmd:denominator",
            fields["scale"],
            "gco:Integer",
        )
    _text(ident, "gmd:language", fields.get("language") or "fr")
    envelope = fields.get("envelope")
    if isinstance(envelope, dict) and isinstance(envelope.get("bbox"), list) and len(envelope["bbox"]) == 4:
        xmin, ymin, xmax, ymax = envelope["bbox"]
        box = _sub(ident, "gmd:extent/gmd:EX_Extent/gmd:geographicElement/gmd:EX_GeographicBoundingBox")
        for name, value in (
            ("gmd:westBoundLongitude", xmin),
            ("gmd:eastBoundLongitude", xmax),
            ("gmd:southBoundLatitude", ymin),
            ("gmd:northBoundLatitude", ymax),
        ):
            _text(box, name, value, "gco:Decimal")
    distribution = _sub(root, "gmd:distributionInfo/gmd:MD_Distribution")
    if fields.get("format"):
        fmt = _sub(distribution, "gmd:distributionFormat/gmd:MD_Format")
        _text(fmt, "gmd:name", fields["format"])
        _text(fmt, "gmd:version", fields.get("formatVersion") or "inconnue")
    for link in md.links:
        online = _sub(
            distribution, "gmd:transferOptions/gmd:MD_DigitalTransferOptions/gmd:onLine/gmd:CI_OnlineResource"
        )
        _text(online, "gmd:linkage", link.get("url"), "gmd:URL")
        _text(online, "gmd:name", link.get("title"))
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document
