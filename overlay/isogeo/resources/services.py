"""Service metadata (a ``service`` metadata with its layers and operations) from a service URL.

``create_from_url(workgroup_id, service_url, ...)`` is the SDK's ``ApiService.create`` (facts
§3.22), step by step:

1. **Arguments** — the URL is taken apart (:mod:`isogeo.service_urls`): kind (OGC or Esri),
   format (``wms``, ``wfs``, ``wmts``, ``efs``, ``ems``, ``ets``...), path without query string.
   The format must be one of the API's service formats (FMT-2 ``service``).
   Refusals: :class:`~isogeo.errors.InvalidInputError`, before anything is written.
2. **Availability** — an unauthenticated ``HEAD`` of the URL, then a ``GET`` of its capabilities
   (the SDK's GET fallback, which the next step needs anyway), with a **separate plain HTTP client**:
   the Isogeo bearer token never goes to a third party. No answer, or a status >= 400 to both:
   :class:`~isogeo.errors.UnreachableServiceError`.
3. **Capabilities** — OGC XML read with OWSLib (the ``services`` extra), Esri JSON (``?f=json``)
   read as is (:mod:`isogeo.capabilities`); unreadable: :class:`~isogeo.errors.CapabilitiesError`.
   Other OGC formats (``wcs``...) are checked for availability only: no layers are read for them.
   With ``ignore_availability=True``, steps 2 and 3 only log a warning and the metadata is created
   without the layers read here (for services only Isogeo's servers can reach, as in the SDK).
4. **Duplicates** — with ``check_exists`` (default), a search (SRC-1,
   ``type:service format:<fmt> owner:<workgroup>``, every page) for a metadata whose ``path`` is the
   same URL: :class:`~isogeo.errors.AlreadyExistsError` with the metadata in ``.existing``.
5. **Creation** — MD-2 (title: ``title``, else the capabilities' title, else ``"{host} - {format}"``;
   path, format, version, abstract), then MD-4 (PUT), which makes the API fill the layers in
   (its "autofill"), then MD-1 with ``layers`` and ``operations``.
6. **Layers and operations** — when the API filled none (the sandbox never does; the real API
   may not reach the service), they are created from the capabilities read in step 3: layers
   parents first (LAY-3, ``parentUid`` set to the parent's Isogeo id), then one operation per
   name and HTTP verb (OPE-3). Layers or operations the API filled are left as they are.

The result is the metadata read afresh with its layers and operations.

``link_layer(service, layer, dataset)`` / ``unlink_layer(...)`` are the SDK's
``ApiServiceLayer.associate_metadata`` / ``dissociate_metadata`` (LAY-6/7): a layer of a service
names the dataset it publishes. The dataset must be a vector, raster or no-geo dataset (either
naming form: ``vectorDataset`` or ``vector-dataset``); its type is checked **before the link** —
from the record when one is given, else by reading it (MD-1) — and a service given as a record
must be a ``service``. Refusals: :class:`~isogeo.errors.InvalidInputError`, nothing sent. The
API's own answers stay typed: a layer already linked is its 409
(:class:`~isogeo.errors.ConflictError`), unlinking what is not linked its 404
(:class:`~isogeo.errors.NotFoundError`).

The sync class is derived from the async one (``_async/services.py``): the same methods.

>>> from isogeo.resources.services import AsyncServices, Services
>>> sorted(set(vars(AsyncServices)) ^ set(vars(Services)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.services import AsyncServices
from isogeo.resources._services import (
    Probe,
    check_format,
    check_title,
    creation_bodies,
    layer_body,
    layers_in_order,
    operation_body,
    plain_client_options,
)
from isogeo.resources._sync.services import Services

__all__ = [
    "AsyncServices",
    "Probe",
    "Services",
    "check_format",
    "check_title",
    "creation_bodies",
    "layer_body",
    "layers_in_order",
    "operation_body",
    "plain_client_options",
]
