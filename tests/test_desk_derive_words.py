"""The implementing letter's page names a date it cannot read by the label of its field
("Hạn gửi báo cáo"), not by the command line's option or the spec's key (``han``)."""

from __future__ import annotations

import html

import pytest
from desk_support import desk_client

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


@pytest.mark.parametrize(("field", "label"), [("ngay", "Date of the new letter"),
                                              ("han", "Deadline for reports")])
def test_an_impossible_date_is_named_by_its_label(client, csrf, field, label):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "lang-son", field: "32/13/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert f"{label}: that date does not exist" in answer.text
    assert f"{field}: that date" not in answer.text


def test_both_impossible_dates_are_told_at_once(client, csrf):
    """Ngày 31/02/2026 and hạn 32/12/2026: the page told only the first, and the guidance had
    to be chosen again for the second to be told."""
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "lang-son", "ngay": "31/02/2026",
                                             "han": "32/12/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert "Date of the new letter: that date does not exist; found &#39;31/02/2026&#39;" \
        in answer.text
    assert "Deadline for reports: that date does not exist; found &#39;32/12/2026&#39;" \
        in answer.text


def test_after_an_error_the_page_keeps_what_was_typed_and_chosen(client, csrf):
    """The dates, the form and the profile come back as given; the file is chosen again."""
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "lang-son", "ngay": "15/07/2025",
                                             "han": "31/02/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert 'name="ngay" value="15/07/2025"' in answer.text
    assert 'name="han" value="31/02/2026"' in answer.text
    assert 'value="ke-hoach" checked' in answer.text
    assert 'value="cong-van" checked' not in answer.text
    assert 'value="lang-son" selected' in answer.text


def test_the_first_visit_offers_today_and_the_first_form(client):
    page = client.get("/thuc-hien").text
    assert 'value="cong-van" checked' in page and 'name="han" value=""' in page


def test_an_uploaded_profiles_warning_names_it_as_uploaded(client, csrf):
    """A profile uploaded without don_vi is warned of by its file's name, not by the server's
    temporary folder (``/tmp/ntm-desk-doc-…/phuong1.yaml``; found by a black-box run)."""
    profile = (ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml").read_text(
        encoding="utf-8").replace("don_vi: VP\n", "")
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ngay": "15/09/2025"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes()),
                                "ho_so_tep": ("phuong1.yaml", profile.encode())})
    assert answer.status_code == 200, answer.text
    assert "phuong1.yaml" in answer.text and "ntm-desk-" not in answer.text


def test_the_guidance_field_speaks_of_a_drafts_file_not_a_spec(tmp_path):
    """The page names the files it takes in a clerk's words: a draft's file downloaded from
    the desk (“Tải tệp bản nháp”), not the command line's “tệp mô tả” (desk day 21 #3)."""
    with desk_client(tmp_path, lang="vi") as client:
        page = html.unescape(client.get("/thuc-hien").text)
    label = page.split('<label for="tep">')[1].split("</label>")[0]
    assert "tệp bản nháp tải từ bàn làm việc này (.yaml, .json)" in label
    assert "tệp mô tả" not in label
