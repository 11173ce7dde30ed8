"""A letter read from a scan by OCR: the editor marks each field the OCR filled (“read by
OCR”) and names at a field the words OCR was unsure of that it still holds, to be checked
against the paper; the marks go with the draft's notes (hidden by the clerk, or the letter
issued). The importer gives them: the pages it read by OCR, the words read with a confidence
under ``secondread.DOUBTFUL``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from desk_support import CONG_VAN, scanned_letter
from lxml import html

from ntm_docgen import api
from ntm_docgen.importer import unsure
from ntm_docgen.importer.build import ImportResult

SPEC = {"loai": "CV", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                  "viet_tat": "SNV"}, "so": 512, "ky_hieu": "SNV-TĐKT",
        "dia_danh": "...", "trich_yeu": "V/v tổng kết phong trào thi đua",
        "noi_dung": "Sở Nội vụ đề nghị các đơn vị báo cáo.",
        "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Thái"}, "noi_nhan": ["Như trên"]}


@pytest.fixture
def opened(client, csrf, monkeypatch: pytest.MonkeyPatch) -> str:
    """The editor of a scan the reader read by OCR (a stand-in reading, at once): page 1,
    unsure of “Thái.” and of the number line “512/SNV-TĐKT”."""
    def import_letter(path: Any) -> ImportResult:
        return ImportResult(SPEC, [f"{Path(path).name}: page 1 is a scanned image"],
                            ocr_pages=(1,), unsure=("Thái.", "512/SNV-TĐKT"))

    monkeypatch.setattr(api, "import_letter", import_letter)
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": ("cv.txt", b"text")}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def marks(page: str) -> tuple[set[str], dict[str, str]]:
    """The fields marked “read by OCR”, and the notes of unsure words by field."""
    tree = html.fromstring(page)
    badged = {f.get("data-field") for f in tree.xpath(
        "//div[contains(@class, 'field')][.//span[@class='ocr-badge']]")}
    noted = {n.get("data-scanned"): n.text_content() for n in tree.xpath(
        "//div[@class='scanned-note']")}
    return badged, noted


def test_the_fields_read_by_ocr_are_marked_with_the_words_it_was_unsure_of(client, opened):
    badged, noted = marks(client.get(opened).text)
    assert {"co_quan.ten", "so", "ky_hieu", "trich_yeu", "ky.ho_ten", "noi_nhan"} <= badged
    assert "dia_danh" not in badged, "a placeholder was not read: its note says so"
    assert "can_cu" not in badged and "loai" not in badged
    assert set(noted) == {"so", "ky_hieu", "co_quan.viet_tat", "ky.ho_ten"}
    assert "“Thái”" in noted["ky.ho_ten"] and "“512”" in noted["so"]
    assert "“SNV”, “TĐKT”" in noted["ky_hieu"]


def test_a_word_mended_by_the_clerk_is_no_longer_named(client, csrf, opened):
    form = {**CONG_VAN, "ky.ho_ten": "Hoàng Văn Thành", "csrf_token": csrf}
    assert client.post(opened, data=form).status_code == 200
    badged, noted = marks(client.get(opened).text)
    assert "ky.ho_ten" in badged, "still read by OCR: the mark stays until she hides it"
    assert "ky.ho_ten" not in noted


def test_hiding_the_notes_hides_the_marks(client, csrf, opened):
    client.post(f"{opened}/luu-y/an", data={"csrf_token": csrf})
    assert marks(client.get(opened).text) == (set(), {})


def test_a_letter_not_scanned_has_no_marks(client, csrf):
    answer = client.post("/soan/mo", data={"csrf_token": csrf}, files={"tep": (
        "cv.txt", "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/UBND-KT\nV/v tổng kết\n".encode())})
    assert answer.status_code == 200
    assert marks(answer.text) == (set(), {})


def test_the_importer_gives_the_words_ocr_was_unsure_of(tmp_path, monkeypatch):
    """Every word counted unsure (the bar above any confidence): the words of the scan come
    back, as the fields hold them, with the page read by OCR."""
    monkeypatch.setattr(unsure, "DOUBTFUL", 101.0)
    read = api.import_letter(scanned_letter(tmp_path))
    assert read.ocr_pages == (1,)
    assert {"Hoàng", "Văn", "Thái"} <= set(read.unsure)
    assert "Thái" in read.spec["ky"]["ho_ten"]
