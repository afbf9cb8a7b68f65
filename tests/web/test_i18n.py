"""The English catalogue: complete, compiled, covering every source string, and chosen by the pages.

None of these checks needs GNU gettext: the .po is read by a small parser here and the committed .mo by Python's
`gettext` module. When a check fails, regenerate the catalogue (from src/greenpolicy):
`greenpolicy makemessages -l en --add-location file --ignore 'core/*'`, translate every new or fuzzy entry, then
`greenpolicy compilemessages` and commit both the .po and the .mo.
"""

from __future__ import annotations

import ast
import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import translation

import greenpolicy
from greenpolicy.accounts.permissions import require
from greenpolicy.ledger.errors import StaleEditError, expect_version
from greenpolicy.ledger.models import PolicyDocument

PACKAGE = Path(greenpolicy.__file__).resolve().parent
PO = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
CJK = re.compile(r"[\u3400-\u9fff]")
NAV_LABELS_ZH = ("首页", "政策文件", "任务台账", "进展报送", "报送周期", "通知")
NAV_LABELS_EN = ("Home", "Policy documents", "Ledger", "Reporting", "Reporting cycles", "Notifications")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(text: str) -> str:
    text = text.strip()
    assert text.startswith('"') and text.endswith('"'), text
    return re.sub(r"\\(.)", lambda match: _ESCAPES.get(match.group(1), match.group(1)), text[1:-1])


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file, the header (msgid "") included; enough of the format for Django's catalogues."""
    entries: list[Entry] = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()):
        entry, key = Entry(), ""
        for line in block.splitlines():
            if line.startswith("#~"):
                entry.obsolete = True
                continue
            if line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
                continue
            if line.startswith("#") or not line.strip():
                continue
            keyword = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")$", line)
            if keyword:
                key, value = keyword.group(1), _unquote(keyword.group(3))
                if key.startswith("msgstr"):
                    key = f"msgstr[{keyword.group(2) or 0}]"
            else:
                value = _unquote(line)  # a continuation of the previous keyword's string
                key = key or "msgid"
                value = _current(entry, key) + value
            _assign(entry, key, value)
        entries.append(entry)
    return entries


def _current(entry: Entry, key: str) -> str:
    if key.startswith("msgstr["):
        return entry.msgstr.get(int(key[7:-1]), "")
    return getattr(entry, key) or ""


def _assign(entry: Entry, key: str, value: str) -> None:
    if key.startswith("msgstr["):
        entry.msgstr[int(key[7:-1])] = value
    else:
        setattr(entry, key, value)


def messages() -> list[Entry]:
    return [entry for entry in read_po(PO) if entry.msgid and not entry.obsolete]


def test_every_entry_is_translated_and_none_is_fuzzy() -> None:
    entries = messages()
    assert len(entries) > 300
    header = next(entry for entry in read_po(PO) if not entry.msgid)
    assert "fuzzy" not in header.flags and "Language: en\n" in header.msgstr[0]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert fuzzy == [], f"fuzzy entries in {PO.name}: {fuzzy}"
    untranslated = [
        entry.msgid
        for entry in entries
        if not entry.msgstr or any(not text.strip() for text in entry.msgstr.values())
        or (entry.msgid_plural is not None and sorted(entry.msgstr) != [0, 1])
    ]  # fmt: skip
    assert untranslated == [], f"untranslated entries in {PO.name}: {untranslated}"
    not_english = [
        entry.msgid
        for entry in entries
        if CJK.search(entry.msgid)
        and any(text == entry.msgid or not re.search(r"[A-Za-z]", text) for text in entry.msgstr.values())
    ]
    assert not_english == [], f"entries left in Chinese: {not_english}"


def test_placeholders_are_kept() -> None:
    for entry in messages():
        wanted = sorted(re.findall(r"%\(\w+\)[sd]", entry.msgid))
        for text in filter(None, entry.msgstr.values()):  # an empty one is reported above
            assert sorted(re.findall(r"%\(\w+\)[sd]", text)) == wanted, entry.msgid


def test_compiled_catalogue_matches_the_po() -> None:
    """The committed .mo holds the .po's current translations (compilemessages was run after the last edit)."""
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in messages():
        if entry.msgid_plural is None:
            got = [compiled.gettext(entry.msgid)]
        else:
            got = [compiled.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
        if got != [entry.msgstr[index] for index in sorted(entry.msgstr)]:
            stale.append(entry.msgid)
    assert stale == [], f"{MO.name} is older than {PO.name} for: {stale}"


def source_msgids() -> dict[str, str]:
    """Each literal marked for translation in the templates and the platform's Python, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(path for path in PACKAGE.rglob("*.html") if "templates" in path.parts):
        text = path.read_text(encoding="utf-8")
        literals = re.findall(r"""\{%\s*(?:translate|trans)\s+(?:"([^"]*)"|'([^']*)')""", text)
        literals += re.findall(r"""_\((?:"([^"]*)"|'([^']*)')\)""", text)
        for pair in literals:
            found.setdefault(pair[0] or pair[1], str(path.relative_to(PACKAGE)))
        for options, body in re.findall(r"\{%\s*blocktrans(?:late)?(.*?)%\}(.*?)\{%\s*endblocktrans(?:late)?\s*%\}",
                                        text, flags=re.S):  # fmt: skip
            if "trimmed" in options:
                continue  # not used here; trimming would need Django's rules
            singular = re.split(r"\{%\s*plural\s*%\}", body)[0]
            msgid = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", singular)
            found.setdefault(msgid, str(path.relative_to(PACKAGE)))
    call = re.compile(
        r"""(?<![\w.])(?:_|gettext|gettext_lazy|ngettext|ngettext_lazy|gettext_noop)\(\s*("(?:[^"\\\n]|\\.)*")\s*[,)]"""
    )
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "core" or "migrations" in relative.parts:
            continue
        for literal in call.findall(path.read_text(encoding="utf-8")):
            found.setdefault(ast.literal_eval(literal), str(relative))
    return found


def test_every_marked_string_is_in_the_catalogue() -> None:
    known = {entry.msgid for entry in messages()}
    sources = source_msgids()
    assert len(sources) > 300
    missing = {msgid: where for msgid, where in sources.items() if msgid not in known}
    assert missing == {}, f"strings marked for translation but missing from {PO.name}: {missing}"


def test_service_messages_follow_the_active_language() -> None:
    class Record:
        version = 2

    with translation.override("en"), pytest.raises(StaleEditError, match="Someone else has changed"):
        expect_version(Record(), 1)
    with translation.override("en"), pytest.raises(PermissionDenied, match="permission"):
        require(False)
    with pytest.raises(StaleEditError, match="该记录已被他人修改"):
        expect_version(Record(), 1)


def navigation(html: str) -> str:
    found = re.search(r'<nav class="mainnav".*?</nav>', html, flags=re.S)
    assert found is not None
    return found.group()


@pytest.mark.django_db
def test_pages_are_chinese_by_default(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    client = client_for("supervisor")
    for name in ("web:home", "web:ledger"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert '<html lang="zh-hans">' in response.text
        nav = navigation(response.text)
        assert all(label in nav for label in NAV_LABELS_ZH)
        assert "Ledger" not in nav


@pytest.mark.django_db
def test_browser_asking_for_english_gets_english(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    client = client_for("supervisor")
    for name in ("web:home", "web:ledger"):
        response = client.get(reverse(name), headers={"accept-language": "en"})
        assert response.status_code == 200
        assert '<html lang="en">' in response.text
        nav = navigation(response.text)
        assert all(label in nav for label in NAV_LABELS_EN)
        assert not CJK.search(nav), nav
    ledger = client.get(reverse("web:ledger"), headers={"accept-language": "en"}).text
    for heading in (
        "No.",
        "Task area",
        "Key task",
        "Deadline",
        "Lead department",
        "Co-departments",
        "Status",
    ):
        assert f"<th>{heading}</th>" in ledger
    assert "24 tasks" in ledger


@pytest.mark.django_db
def test_language_switch_keeps_english(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    client = client_for("ndrc_reporter")
    switched = client.post(reverse("set_language"), {"language": "en", "next": reverse("web:ledger")})
    assert switched.status_code == 302 and switched["Location"] == reverse("web:ledger")
    for name in ("web:ledger", "web:home"):
        html = client.get(reverse(name)).text
        nav = navigation(html)
        assert ">Ledger</a>" in nav and "任务台账" not in nav
        assert not CJK.search(nav)
    assert "My tasks" in client.get(reverse("web:home")).text
    client.post(reverse("set_language"), {"language": "zh-hans", "next": reverse("web:home")})
    assert "任务台账" in navigation(client.get(reverse("web:home")).text)
