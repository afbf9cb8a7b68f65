"""Ingesting through the pages: upload, review what was read, map unknown names, confirm; a second upload is a duplicate."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.models import PolicyDocument
from tests.conftest import SEED

pytestmark = pytest.mark.django_db


def upload(client: Client, data: bytes, name: str = SEED.name) -> object:
    return client.post(reverse("web:ingest"), {"file": SimpleUploadedFile(name, data)})


def test_upload_review_confirm_then_duplicate(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    client = client_for("supervisor")
    assert client.get(reverse("web:ingest")).status_code == 200
    response = upload(client, SEED.read_bytes())
    assert response.status_code == 302
    review_url = response["Location"]
    sha256 = review_url.rstrip("/").rsplit("/", 1)[1]
    assert review_url == reverse("web:ingest_review", args=[sha256])

    review = client.get(review_url)
    assert review.status_code == 200
    assert "解析出 24 项任务" in review.text
    assert len(re.findall(r"<tr>", review.text.split('id="parsed-tasks"')[1].split("</table>")[0])) == 25
    assert "渝发改资环〔2020〕1891号" in review.text
    assert "市发展改革委（牵头）" in review.text
    assert "truncated" in review.text  # every diagnostic is listed
    assert PolicyDocument.objects.count() == 0  # reviewing writes nothing

    unknown = re.findall(r'name="(department-\d+)"', review.text)
    mapping = dict.fromkeys(unknown, "")
    confirmed = client.post(reverse("web:ingest_confirm", args=[sha256]), mapping, follow=True)
    document = PolicyDocument.objects.get()
    assert confirmed.redirect_chain[-1][0] == document.get_absolute_url()
    assert "已导入《关于加快建立绿色生产和消费法规政策体系的实施意见》，共24项任务" in confirmed.text
    assert document.tasks.count() == 24

    again = upload(client, SEED.read_bytes())
    duplicate = client.get(again["Location"])
    assert 'id="duplicate"' in duplicate.text
    assert document.get_absolute_url() in duplicate.text
    assert reverse("web:ingest_confirm", args=[sha256]) not in duplicate.text  # no confirm button
    refused = client.post(reverse("web:ingest_confirm", args=[sha256]), follow=True)
    assert "该文件已导入" in refused.text
    assert PolicyDocument.objects.count() == 1


def test_an_unknown_name_can_be_mapped_to_a_department(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    text = SEED.read_text(encoding="utf-8").replace("市科技局", "市科学技术局办公室", 1)
    client = client_for("supervisor")
    review_url = upload(client, text.encode("utf-8"), "variant.txt")["Location"]
    review = client.get(review_url)
    names = re.findall(r'<label for="(department-\d+)">([^<]+)</label>', review.text)
    assert names, "the variant has a name the registry does not know"
    assert "新增为部门（按原文名称）" in review.text
    target = departments["市科技局"]
    mapping = {field: str(target.pk) for field, _ in names}
    sha256 = review_url.rstrip("/").rsplit("/", 1)[1]
    client.post(reverse("web:ingest_confirm", args=[sha256]), mapping)
    target.refresh_from_db()
    assert any(name in target.aliases for _, name in names)


def test_a_bad_upload_shows_its_reason(client_for: Callable[[str], Client]) -> None:
    response = upload(client_for("supervisor"), b"   ", "empty.txt")
    assert response.status_code == 200
    assert "empty.txt：文件是空的" in response.text


def test_an_unknown_staging_id_goes_back_to_upload(client_for: Callable[[str], Client]) -> None:
    response = client_for("supervisor").get(reverse("web:ingest_review", args=["f" * 64]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("web:ingest")
    assert "暂存文件已不存在，请重新上传" in response.text


def test_the_document_page_links_each_task_in_its_text(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    response = client_for("leader").get(seed.get_absolute_url())
    task = seed.tasks.get(kind="key_task", number="1")
    assert f'<a class="span depth-2" href="{task.get_absolute_url()}"' in response.text
    assert reverse("web:document_original", args=[seed.pk]) in response.text
