from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from greenpolicy.accounts.models import Department, User


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin[Department]):
    list_display = ("name", "short_name", "level", "kind", "region", "active")
    list_filter = ("level", "kind", "active", "region")
    search_fields = ("name", "short_name", "aliases")


@admin.register(User)
class UserAdmin(DjangoUserAdmin[User]):
    list_display = ("username", "first_name", "department", "role", "is_active")
    list_filter = ("role", "is_active", "department")
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        (_("部门与角色"), {"fields": ("department", "role")}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (_("部门与角色"), {"fields": ("first_name", "department", "role", "email")}),
    )
