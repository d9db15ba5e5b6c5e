"""What a metadata update sends (facts §10 item 6): root fields only, unknown fields kept, PATCH or
PUT by type, ``editionProfile`` defaulted, ``type`` required."""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from isogeo.resources.metadata import update_arguments
from isogeo_api.api.metadata import replace_metadata, update_metadata
from isogeo_api.models import Metadata, MetadataUpdate

MD_ID = "0269803d50c446b09f5060ef7fe3e22b"


def _record(md_type: str, **extra: object) -> Metadata:
    return Metadata.from_dict(
        {
            "_id": MD_ID,
            "_created": "2024-01-02T03:04:05.1234567+00:00",
            "_creator": {"_id": "32f7e95ec4e94ca3bc1afda960003882"},
            "title": "Communes",
            "type": md_type,
            "tags": {"type:vector-dataset": "Vecteur"},
            "links": [{"_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f", "type": "url"}],
            "coordinate-system": {"_tag": "coordinate-system:2154", "code": 2154},
            **extra,
        }
    )


def test_a_read_record_sends_back_its_root_fields_and_unknown_ones() -> None:
    endpoint, key, body = update_arguments(_record("vectorDataset", futureField={"kept": 1}), None, "auto")

    sent = body.to_dict()
    assert endpoint is update_metadata and key == MD_ID
    assert sent == {
        "title": "Communes",
        "type": "vectorDataset",
        "editionProfile": "manual",
        "futureField": {"kept": 1},
    }


def test_services_are_put_and_the_method_can_be_forced() -> None:
    assert update_arguments(_record("service"), None, "auto")[0] is replace_metadata
    assert update_arguments(_record("service"), None, "patch")[0] is update_metadata
    assert update_arguments(_record("resource"), None, "put")[0] is replace_metadata


def test_an_edition_profile_already_set_is_kept() -> None:
    body = update_arguments(
        MetadataUpdate.from_dict({"type": "resource", "editionProfile": "csw"}), MD_ID, "auto"
    )[2]

    assert body.to_dict()["editionProfile"] == "csw"


@pytest.mark.parametrize(
    ("metadata", "metadata_id", "method", "argument"),
    [
        ({"_id": MD_ID, "title": "x"}, None, "auto", "type"),
        ({"_id": MD_ID, "type": "vectorDataSet2"}, None, "auto", "type"),
        ({"type": "resource"}, None, "auto", "metadata_id"),
        ({"type": "resource"}, "nope", "auto", "metadata_id"),
        ({"_id": MD_ID, "type": "resource"}, None, "post", "method"),
    ],
)
def test_bad_updates_are_refused(
    metadata: dict[str, object], metadata_id: str | None, method: str, argument: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        update_arguments(metadata, metadata_id, method)  # type: ignore[arg-type]

    assert caught.value.argument == argument
