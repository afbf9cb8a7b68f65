"""`greenpolicy firstrun`: migrate, load the registry and the sample document, create the administrator."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from greenpolicy.operations.firstrun import prepare


class Command(BaseCommand):
    help = "Prepare the platform: migrations, department registry, sample document, administrator."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        outcome = prepare()
        self.stdout.write(f"部门名录：新增 {outcome.departments_created} 个部门")
        if outcome.document is not None:
            self.stdout.write(
                f"已导入示例文件：《{outcome.document.title}》，{outcome.document.tasks.count()} 项任务"
            )
        if outcome.administrator:
            self.stdout.write(self.style.WARNING(
                f"管理员账号：{outcome.administrator}  初始密码：{outcome.password}  （仅显示这一次，请登录后修改）"
            ))  # fmt: skip
