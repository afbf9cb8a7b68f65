"""The WSGI application, served by gunicorn in `make run`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "greenpolicy.config.settings")
application = get_wsgi_application()
