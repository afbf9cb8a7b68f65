"""Departments, users and their roles: who may read and write what."""
