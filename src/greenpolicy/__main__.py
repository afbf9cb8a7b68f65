"""`python -m greenpolicy` is the `greenpolicy` command."""

from __future__ import annotations

import sys

from greenpolicy.entry import main

sys.exit(main())
