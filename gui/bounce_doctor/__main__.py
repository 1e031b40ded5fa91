"""``python -m bounce_doctor``."""

import sys

from .cli import main

sys.exit(main())
