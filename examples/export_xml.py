"""The SDK documentation's "Export metadata into XML ISO 19139" (§1.3.3), with this client.

Each document is streamed to disk in chunks under a safe file name, ``{title}.xml``, into the folder
given as the first argument (``exports/`` by default). Credentials from the environment
(``Isogeo.from_env()``; see examples/search.py).

    python examples/export_xml.py [OUT_DIR]
"""

from __future__ import annotations

import sys

from isogeo import Isogeo

out_dir = sys.argv[1] if len(sys.argv) > 1 else "exports"

with Isogeo.from_env() as isogeo:
    # search metadata
    search_to_be_exported = isogeo.search(page_size=10, query="type:dataset", whole_results=0)

    # loop on results and export
    for md in search_to_be_exported.results:
        saved = isogeo.metadata.export_xml(md, out_dir)
        print(f"{saved.filename} ({saved.human_size})")

    # the same, holding the stream yourself, as the SDK's download_xml returned it
    first = search_to_be_exported.results[0]
    with isogeo.metadata.download_xml(first) as xml_stream, open(f"{out_dir}/stream.xml", "wb") as fd:
        for block in xml_stream.iter_bytes(1024):
            fd.write(block)
    print(f"streamed {xml_stream.filename}")
