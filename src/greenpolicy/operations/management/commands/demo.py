"""`greenpolicy demo`: add the demonstration programme and print its users' passwords once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from greenpolicy.operations.demo import PEOPLE, build_demo


class Command(BaseCommand):
    help = "Add demonstration users (passwords printed once) and two reporting cycles with reports in every state."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            demo = build_demo()
        except ValueError as error:
            raise CommandError(str(error)) from None
        for cycle in demo.cycles:
            self.stdout.write(f"报送周期：{cycle.name}（截止 {cycle.due_on}）")
        self.stdout.write("演示账号（密码仅显示这一次）：")
        for username, name, department, role in PEOPLE:
            self.stdout.write(
                f"  {username:<10} {demo.passwords[username]}  {department} {name}（{role.label}）"
            )
