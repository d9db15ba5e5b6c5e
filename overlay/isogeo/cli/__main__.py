"""``python -m isogeo.cli``: the ``isogeo`` command."""

import sys

from isogeo.cli import main

if __name__ == "__main__":
    sys.exit(main())
