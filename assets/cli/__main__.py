"""``python -m assets.cli``: the ``tradefacts`` command without the console script."""

import sys

from assets.cli.app import main

sys.exit(main())
