"""The SDK documentation's "Download hosted data from Isogeo cloud" (§1.3.4), with this client.

Each hosted file is streamed to disk in chunks into the folder given as the first argument
(``downloads/`` by default), under a safe name taken from the server's ``Content-Disposition``:
a name such as ``../../etc/passwd`` cannot leave the folder. Credentials from the environment
(``Isogeo.from_env()``; see examples/search.py).

    python examples/download_hosted.py [OUT_DIR]
"""

from __future__ import annotations

import sys

from isogeo import Isogeo
from isogeo_api.types import Unset

out_dir = sys.argv[1] if len(sys.argv) > 1 else "downloads"

with Isogeo.from_env() as isogeo:
    # search with _include = links and action = download
    latest_data_modified = isogeo.search(
        page_size=10,
        order_by="modified",
        whole_results=0,
        query="action:download",
        include=("links",),
    )

    # parse links and download hosted data
    for md in latest_data_modified.results:
        links = [] if isinstance(md.links, Unset) else md.links
        for link in filter(lambda x: x.type_ == "hosted", links):
            saved = isogeo.links.download_hosted(link, out_dir)
            print(f"{saved.filename} ({saved.human_size})")
