"""`greenpolicy ingest FILE...`: write documents and their tasks without the browser's review step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenpolicy.accounts.models import Role, User
from greenpolicy.core.reading import DocumentError
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.reading_problems import describe
from greenpolicy.ledger.services.ingestion import ingest_file


class Command(BaseCommand):
    help = "Ingest policy documents (txt, docx, pdf, html); unknown departments are registered as written."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--user", help="the supervisor recorded as importing (default: the first administrator)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        actor = self._actor(options["user"])
        failures = 0
        for path in options["files"]:
            try:
                document = ingest_file(path.read_bytes(), path.name, actor=actor)
            except DocumentError as error:
                failures += 1
                self.stderr.write(describe(error))
                continue
            except (OSError, WorkflowError) as error:
                failures += 1
                self.stderr.write(f"{path}: {error}")
                continue
            self.stdout.write(f"{path}: 《{document.title}》 {document.tasks.count()} 项任务")
        if failures:
            raise CommandError(f"{failures} 个文件未能导入", returncode=2)

    def _actor(self, username: str | None) -> User:
        users = User.objects.filter(is_active=True, role__in=(Role.SUPERVISOR, Role.ADMINISTRATOR))
        actor = users.filter(username=username).first() if username else users.order_by("pk").first()
        if actor is None:
            raise CommandError(
                f"没有可用的督办员账号{f'：{username}' if username else '（请先运行 greenpolicy firstrun）'}"
            )
        return actor
