"""``python -m newsparse``: the same as the ``newsparse`` command."""

from __future__ import annotations

import sys

from newsparse._cli import main

sys.exit(main())
