"""``python -m tenor_desktop``."""

import sys

from tenor_desktop.cli import main

sys.exit(main())
