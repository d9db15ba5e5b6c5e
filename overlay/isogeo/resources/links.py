"""Links of a metadata (LNK-1..7), hosted data download (streamed) and upload (with progress).

* ``list`` / ``get`` / ``create`` / ``update`` / ``delete`` / ``kinds`` — the link routes;
* ``stream_hosted(link)`` — a context manager giving the streamed file
  (:class:`~isogeo.files.DownloadStream`: safe ``filename``, ``size`` and ``human_size`` from the
  link's ``size`` as the SDK does, chunks); ``download_hosted(link, out_dir)`` writes it into
  ``out_dir`` in chunks, under a safe name, never outside ``out_dir`` — whatever the server's
  ``Content-Disposition`` says (``../../etc/passwd`` becomes ``etcpasswd``);
* ``upload_hosted(metadata, path, progress=...)`` — a multipart upload streamed from disk, with a
  ``progress(bytes_sent, total)`` callback; refused for ``service`` metadata (facts §8.1).

The download URL is built from the spec (``/resources/{metadata_id}/links/{link_id}.bin``), with
the metadata id taken from the link's own relative ``url`` when not given: a link can never send
the token to another host.

The sync class is derived from the async one (``_async/links.py``): the same methods.

>>> from isogeo.resources.links import AsyncLinks, Links
>>> sorted(set(vars(AsyncLinks)) ^ set(vars(Links)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.links import AsyncLinks
from isogeo.resources._links import HostedLink, hosted_link
from isogeo.resources._sync.links import Links

__all__ = ["AsyncLinks", "HostedLink", "Links", "hosted_link"]
