"""The platform's benchmark (`python -m bench.platform`), on the test settings: files and SQLite in a throwaway folder.

Django is set up here, before `__main__` imports the platform's models.
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenpolicy.config.test_settings")
django.setup()
