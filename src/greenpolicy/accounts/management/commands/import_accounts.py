"""`greenpolicy import_accounts FILE`: create departments and users from a spreadsheet (xlsx or csv), all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from greenpolicy.accounts.bulk import BulkError, Outcome, SheetKind, apply_bulk, preview_bulk
from greenpolicy.accounts.models import Role, User


class Command(BaseCommand):
    help = (
        "Create departments (部门 sheet) and users (用户 sheet) from an xlsx or csv file. Any error in any row: "
        "nothing is written and the command exits 2. New users' initial passwords are printed once."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--user", help="the supervisor recorded as importing (default: the first administrator)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="only check the file and show what it would do"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        actor = self._actor(options["user"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error}", returncode=2) from error
        preview = preview_bulk(data, path.name, actor=actor)
        if preview.has_errors:
            for problem in preview.problems():
                self.stderr.write(f"{path}: {problem}")
            raise CommandError(f"{len(preview.problems())} 处错误，未导入任何内容", returncode=2)
        summary = "；".join(
            f"{label} 新增 {preview.count(kind, Outcome.CREATE)}、更新 {preview.count(kind, Outcome.UPDATE)}、"
            f"无变化 {preview.count(kind, Outcome.UNCHANGED)}"
            for kind, label in ((SheetKind.DEPARTMENTS, "部门"), (SheetKind.USERS, "用户"))
        )
        if options["dry_run"]:
            self.stdout.write(f"{path}: 检查通过（未写入）：{summary}")
            return
        try:
            result = apply_bulk(data, path.name, actor=actor)
        except BulkError as error:  # the data changed between the check and the write
            raise CommandError(str(error), returncode=2) from error
        self.stdout.write(f"{path}: 已导入：{summary}")
        if result.users:
            self.stdout.write("新用户的初始密码只显示这一次，请妥善转交并提醒首次登录后修改：")
            for user in result.users:
                self.stdout.write(
                    f"  {user.username}\t{user.full_name}\t{user.role}\t{user.department}\t{user.password}"
                )

    def _actor(self, username: str | None) -> User:
        users = User.objects.filter(is_active=True, role__in=(Role.SUPERVISOR, Role.ADMINISTRATOR))
        actor = users.filter(username=username).first() if username else users.order_by("pk").first()
        if actor is None:
            raise CommandError(
                f"没有可用的督办员账号{f'：{username}' if username else '（请先运行 greenpolicy firstrun）'}"
            )
        return actor
