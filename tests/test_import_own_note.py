"""A draft imported whose phụ lục note only restates the letter's own blank number and date
("(Kèm theo Công văn số       /UBND-VP ngày 20 tháng 3 năm 2024 …)") leaves the note to be
generated, so the letter once issued prints its number on the phụ lục too; the issued letter of
finding 13 printed "Số: 01/UBND-VP" on page 1 and the blank number on its đề cương."""

from __future__ import annotations

import io
import re
from datetime import date

from desk_support import csrf_of, desk_client
from docx import Document

from ntm_docgen import api

TODAY = date(2026, 3, 25)

#: A huyện's draft công văn with its đề cương, as the chuyên viên hands it to the văn thư.
DRAFT = {
    "loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nHUYỆN ĐĂK HÀ", "viet_tat": "UBND"},
    "don_vi": "VP", "dia_danh": "Đăk Hà", "ngay": "2024-03-20",
    "trich_yeu": "V/v tổng kết phong trào thi đua",
    "kinh_gui": ["Ủy ban nhân dân các xã, thị trấn"],
    "noi_dung": "Đề nghị các đơn vị báo cáo theo Đề cương kèm theo.",
    "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Trần Văn Hùng"},
    "noi_nhan": ["Như trên", "Lưu: VT, VP"],
    "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua",
                 "noi_dung": "I. KẾT QUẢ\nII. KIẾN NGHỊ"}],
}


def _word(tmp_path, spec):
    path = tmp_path / "du-thao.docx"
    api.render(api.parse_spec(spec), path, today=TODAY)
    return path


def _notes(docx: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(docx)).paragraphs if "Kèm theo" in p.text]


def test_a_draft_s_own_note_is_left_to_be_generated(tmp_path):
    word = _word(tmp_path, DRAFT)
    assert any(re.search(r"số\s+/UBND-VP", n) for n in _notes(word.read_bytes()))
    read = api.import_letter(word).spec
    assert "so" not in read
    assert "ghi_chu" not in read["phu_luc"][0]
    issued = api.render_bytes(api.parse_spec({**read, "so": 1}), today=TODAY)
    assert any("Công văn số 01/UBND-VP ngày 20 tháng 3 năm 2024" in n for n in _notes(issued))


def test_a_note_citing_another_letter_is_kept(tmp_path):
    other = "(Kèm theo Kế hoạch số 44/KH-BCĐ ngày 05/01/2024 của Ban Chỉ đạo huyện)"
    spec = {**DRAFT, "phu_luc": [{**DRAFT["phu_luc"][0], "ghi_chu": other}]}
    read = api.import_letter(_word(tmp_path, spec)).spec
    assert read["phu_luc"][0]["ghi_chu"] == other


def test_the_desk_issues_the_opened_draft_with_its_number_on_the_phu_luc(tmp_path):
    word = _word(tmp_path, DRAFT)
    with desk_client(tmp_path / "desk", lang="vi") as client:
        csrf = csrf_of(client)
        opened = client.post("/soan/mo", data={"csrf_token": csrf},
                             files={"tep": (word.name, word.read_bytes())},
                             follow_redirects=False)
        editor = opened.headers["location"]
        issued = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                             follow_redirects=False)
        assert issued.status_code == 303, issued.text
        letter = client.get(f"{editor}/tai.docx").content
    notes = _notes(letter)
    assert notes and all("số 01/UBND-VP" in n for n in notes), notes
