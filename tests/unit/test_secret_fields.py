"""Credentials the API returns never show in a generated model's repr.

The spec marks them ``format: password``; the custom model template (templates/model.py.jinja)
declares the properties with those JSON names ``repr=False``. Both lists must agree, and the
generated models built from the spec's own examples must not print the secret.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from isogeo_api.models.application import Application
from isogeo_api.models.share import Share

ROOT = Path(__file__).resolve().parents[2]


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "isogeo.yaml").read_text(encoding="utf-8"))
    return spec


def _password_properties(spec: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for schema in spec["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("format") == "password":
                found.add(name)
    return found


def test_the_template_hides_exactly_the_spec_password_properties() -> None:
    template = (ROOT / "templates" / "model.py.jinja").read_text(encoding="utf-8")
    listed = re.search(r"property\.name in \[([^\]]*)\]", template)
    assert listed is not None, "the declaration macro of templates/model.py.jinja lost its list"
    names = {item.strip().strip('"') for item in listed.group(1).split(",")}
    assert names == _password_properties(_spec()) == {"client_secret", "urlToken"}


@pytest.mark.parametrize(
    ("model", "schema", "key"), [(Application, "Application", "client_secret"), (Share, "Share", "urlToken")]
)
def test_generated_repr_leaves_the_secret_out(model: Any, schema: str, key: str) -> None:
    example = dict(_spec()["components"]["schemas"][schema]["example"])
    example[key] = "s3cr3t-" + "f" * 40
    parsed = model.from_dict(example)
    assert example[key] in str(parsed.to_dict())  # still read and written back
    assert example[key] not in repr(parsed)
    assert example[key] not in str(parsed)
