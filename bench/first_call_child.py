"""Child process of scenario 4's first-call row: process CPU of the first and second ``metadata.get``.

    python -m bench.first_call_child '{"client_id": ..., "client_options": {...}, "ids": [a, b], ...}'

A fresh interpreter does ``from isogeo import Isogeo`` (not timed: the import rows time it), builds
the client and authenticates (the token request: its own first call), then reads two metadata one
after the other; it prints the process CPU seconds of each ``metadata.get`` as JSON. What the
first costs more than the second is what a script pays once: the modules loaded on first use, the
first request's set-up, the first decode of each model.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any


def main(argv: list[str]) -> int:
    options: dict[str, Any] = json.loads(argv[1])
    from isogeo import Isogeo

    with Isogeo(options["client_id"], options["client_secret"], **options["client_options"]) as isogeo:
        isogeo.authenticate()
        cpu: list[float] = []
        for metadata_id in options["ids"]:
            started = time.process_time()
            metadata = isogeo.metadata.get(metadata_id)
            cpu.append(time.process_time() - started)
            if metadata.sys_id != metadata_id:
                raise RuntimeError(f"asked for {metadata_id}, got {metadata.sys_id}")
    print(json.dumps({"first_s": cpu[0], "second_s": cpu[1]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
