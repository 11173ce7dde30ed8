"""A copy made with no number (none typed, none taken from the register) is not said ready in
green: its Số line is blank, which a copy sent must not be, and the page says so and how to
give it one. A commune's văn thư made a SAO Y of the province's công văn, left “Lấy số từ sổ
văn bản đi” unticked, and was told only “Bản sao … đã sẵn sàng” beside its blank “Số: /SY-UBND”."""

from __future__ import annotations

from datetime import date

import pytest
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG",
        "co_quan.viet_tat": "UBND", "dia_danh": "Bảo Thắng", "ngay": "05/12/2026",
        "ky.quyen_han": "TM. ỦY BAN NHÂN DÂN", "ky.chuc_vu": "CHỦ TỊCH",
        "ky.ho_ten": "Nguyễn Văn Hùng", "noi_nhan": ["Các ban, ngành, đoàn thể xã"],
        "dang": "docx"}


@pytest.fixture
def original(tmp_path):
    letter = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    return letter


def made(tmp_path, original, **chosen: str):
    """The copy's result box on the page, as the văn thư of one computer reads it."""
    with desk_client(tmp_path / "desk", lang="vi") as c:
        answer = c.post("/sao", data={**FORM, **chosen, "csrf_token": csrf_of(c, "/sao")},
                        files={"tep": (original.name, original.read_bytes())})
    assert answer.status_code == 200, answer.text
    return html.fromstring(answer.text).get_element_by_id("copy-made")


def test_a_copy_without_a_number_says_so_and_how_to_give_it_one(tmp_path, original):
    box = made(tmp_path, original)
    assert box.get("class") == "notice", "not the green of a copy ready to send"
    said = box.text_content()
    assert "Bản sao chưa có số: dòng “Số:” đang để trống." in said
    assert "đánh dấu “Lấy số từ sổ văn bản đi” (hoặc ghi số vào ô “Số”)" in said


@pytest.mark.parametrize("chosen", [{"cap_so": "1", "xac_nhan": "1"}, {"so": "12"}],
                         ids=["taken", "typed"])  # dated 2026: past it, she chose to number it
def test_a_numbered_copy_is_said_ready(tmp_path, original, chosen):
    box = made(tmp_path, original, **chosen)
    assert box.get("class") == "success"
    assert "chưa có số" not in box.text_content()
