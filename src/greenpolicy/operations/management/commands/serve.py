"""`greenpolicy serve`: the platform behind gunicorn, a production-grade WSGI server."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Serve the platform with gunicorn on 127.0.0.1:PORT (default 8000)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))

    def handle(self, *args: Any, **options: Any) -> None:
        from gunicorn.app.wsgiapp import run

        address = f"{options['host']}:{options['port']}"
        self.stdout.write(f"GreenPolicy: http://{address}/", ending="\n")
        self.stdout.flush()
        # gunicorn reads its options from argv, as its own command would.
        sys.argv = ["gunicorn", "--bind", address, "--workers", str(options["workers"]),
                    "--access-logfile", "-", "greenpolicy.config.wsgi:application"]  # fmt: skip
        run()
