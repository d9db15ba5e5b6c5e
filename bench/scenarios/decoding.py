"""2. Model decoding: the sandbox's richest metadata through the generated models vs ``json.loads``.

The richest record is the ``complete`` fixture read with every sub-resource
(``_include`` of every :class:`~isogeo_api.models.MetadataInclude`). Ours is what the client
does with an answer: ``Metadata.from_dict(isogeo._core.json.loads(body))`` (orjson when the ``fast``
extra is installed, the standard library otherwise; the notes say which, and give the standard
library's figure too); the floor is ``json.loads(body)`` alone. The fields holding models are
decoded on their first read, each with all it holds: a second row reads every such field of the
metadata, which decodes every sub-resource at any depth (what a program that opens all of them
pays; the run checks that nothing is left undecoded). The round trip adds ``to_dict()`` (what an
update sends back).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from bench.config import BenchConfig
from bench.harness import Row, interleaved, median, ratio_row
from bench.sandbox import SandboxProcess
from isogeo._core import json as _json
from isogeo_api.models import Metadata, MetadataInclude
from isogeo_api.types import LazyField, LazyValue

_HOLDING_MODELS = tuple(name for name, slot in vars(Metadata).items() if type(slot) is LazyField)
"""The metadata's fields holding models (decoded on first read)."""


def read_sub_resources(metadata: Metadata) -> Metadata:
    """``metadata`` after reading each of its fields holding models: each first read decodes the
    field with everything it holds, so every sub-resource is decoded."""
    for name in _HOLDING_MODELS:
        getattr(metadata, name)
    return metadata


def left_undecoded(value: object, path: str = "metadata") -> list[str]:
    """Where ``value`` still keeps a field as parsed (not decoded yet), at any depth."""
    found: list[str] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += left_undecoded(item, f"{path}[{index}]")
    elif attrs.has(type(value)):
        model: Any = type(value)
        for field in attrs.fields(model):
            slot = model.__dict__.get(field.name)
            if type(slot) is LazyField and type(slot._get(value, model)) is LazyValue:
                found.append(f"{path}.{field.name}")
            else:
                found += left_undecoded(getattr(value, field.name), f"{path}.{field.name}")
    return found


def richest_metadata(sandbox: SandboxProcess) -> bytes:
    """The raw JSON of the ``complete`` fixture with every sub-resource."""
    response = httpx.get(
        f"{sandbox.api_url}/resources/{sandbox.info['metadata']['complete']}",
        params={"_include": ",".join(member.value for member in MetadataInclude), "_lang": "fr"},
        headers={"Authorization": f"Bearer {sandbox.access_token()}"},
        trust_env=False,
    )
    response.raise_for_status()
    return response.content


def _loop(iterations: int, work: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        for _ in range(iterations):
            work()

    return run


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    body = richest_metadata(sandbox)
    data = json.loads(body)
    if _json.loads(body) != data:
        raise RuntimeError("the client's JSON parser does not read the body as json.loads does")
    model = Metadata.from_dict(data)
    # The round trip is lossless: to_dict() gives back exactly what was read (timestamps keep
    # their text, unknown fields and values are kept).
    if model.to_dict() != data:
        raise RuntimeError("Metadata.to_dict() does not give back what from_dict() read")
    # Reading the metadata's fields holding models decodes everything: nothing is left as parsed.
    untouched, read = Metadata.from_dict(data), read_sub_resources(Metadata.from_dict(data))
    if not left_undecoded(untouched) or left_undecoded(read) or read.to_dict() != data:
        raise RuntimeError("reading the metadata's fields holding models does not decode every sub-resource")
    n = config.decode_iterations
    samples = interleaved(
        {
            "json.loads": _loop(n, lambda: json.loads(body)),
            "from_dict": _loop(n, lambda: Metadata.from_dict(_json.loads(body))),
            "stdlib from_dict": _loop(n, lambda: Metadata.from_dict(json.loads(body))),
            "read all": _loop(n, lambda: read_sub_resources(Metadata.from_dict(_json.loads(body)))),
            "round trip": _loop(n, lambda: Metadata.from_dict(_json.loads(body)).to_dict()),
            "to_dict": _loop(n, model.to_dict),
        },
        repeat=config.decode_repeat,
    )
    per = {name: median(values) / n for name, values in samples.items()}
    us = {name: value * 1e6 for name, value in per.items()}
    context = (
        f"`complete` fixture with all {len(MetadataInclude)} sub-resources ({len(body):,} bytes of JSON, "
        f"{len(data)} keys), {n:,} decodes per run, median of {config.decode_repeat}; the client parses "
        f"with {'orjson (the fast extra)' if _json.FAST else 'json.loads (no fast extra)'}"
    )
    return [
        ratio_row(
            "2. model decoding: Metadata.from_dict(json.loads) vs json.loads (per object)",
            per["from_dict"],
            per["json.loads"],
            2.0,
            f"{context}: {us['from_dict']:.1f} µs per object with the models vs {us['json.loads']:.1f} µs "
            f"for json.loads alone (from_dict's own share {us['from_dict'] - us['json.loads']:.1f} µs); "
            f"Metadata.from_dict(json.loads) {us['stdlib from_dict']:.1f} µs "
            f"(x{per['stdlib from_dict'] / per['json.loads']:.2f} with the standard library parser).",
        ),
        ratio_row(
            "2. model decoding, every sub-resource read: from_dict + first reads vs json.loads (per object)",
            per["read all"],
            per["json.loads"],
            2.0,
            f"{context}: {us['read all']:.1f} µs per object when each of the metadata's "
            f"{len(_HOLDING_MODELS)} fields holding models is read (the first read decodes the field with "
            f"all it holds: every sub-resource decoded) vs {us['from_dict']:.1f} µs when none is.",
        ),
        ratio_row(
            "2. model round trip: json.loads + from_dict + to_dict vs json.loads (per object)",
            per["round trip"],
            per["json.loads"],
            None,
            f"Report only. {context}: {us['round trip']:.1f} µs per round trip, of which to_dict() "
            f"{us['to_dict']:.1f} µs; to_dict() gives back exactly the JSON read.",
        ),
    ]
