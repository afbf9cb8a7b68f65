"""Settings for the test suite: the same platform, its files in a throwaway folder, fast password hashing."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_VAR = tempfile.mkdtemp(prefix="greenpolicy-test-")
atexit.register(shutil.rmtree, _VAR, ignore_errors=True)
os.environ["GREENPOLICY_VAR"] = _VAR

from greenpolicy.config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # tests sign in hundreds of times
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise looks for it on every request
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405 - no collectstatic before tests
