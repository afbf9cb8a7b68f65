"""The `greenpolicy` command: pure document commands run without Django; everything else is a Django command.

`greenpolicy parse` and `greenpolicy eval` need no database or settings (greenpolicy.core.cli);
`greenpolicy migrate`, `ingest`, `demo`, `remind`, `serve` … are management commands of the platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from greenpolicy.core import cli as core_cli

_CORE_COMMANDS = frozenset({"parse", "eval"})


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in _CORE_COMMANDS:
        return core_cli.main(arguments)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenpolicy.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["greenpolicy", *arguments])
    return 0


if __name__ == "__main__":
    sys.exit(main())
