"""Entry point: ``python -m benchmarks [corpus folders] [options]``."""

from benchmarks.run import main

raise SystemExit(main())
