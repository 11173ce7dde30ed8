"""A form its Thông tư names as a phụ lục: the Sở Y tế Bình Dương's procedures (Phần II of a
Quyết định of the UBND tỉnh, 2025; tests/data/check/word_blank/provenance.tsv) attach after each
procedure the form of Thông tư 09/2015/TT-BYT, "Phụ lục 01: Văn bản đề nghị xác nhận nội dung
quảng cáo ...", over the form's own header ("TÊN ĐƠN VỊ" beside its Quốc hiệu). Read as the
letter's body, its "ĐƠN ĐỀ NGHỊ" was held to the body's spacing. A form is a line naming it over
a header of its own, "Mẫu 01" or "Phụ lục 01"; it ends at the phụ lục's next item, so the
procedures after it stay the body they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.check import check_file
from ntm_docgen.check.appendices import form_lines
from ntm_docgen.check.reader import open_docx
from ntm_docgen.i18n import set_language

BINH_DUONG = Path(__file__).parent / "data" / "check" / "word_blank" / \
    "tthc_syt_binhduong_2025.docx"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _lines() -> dict[str, list[int]]:
    """The paragraphs (their index) of each printed text, in the file's order."""
    lines: dict[str, list[int]] = {}
    for para in open_docx(BINH_DUONG).paras:
        lines.setdefault(para.clean.strip(), []).append(para.index)
    return lines


def test_the_form_named_phu_luc_01_is_the_form_s_not_the_body_s():
    lines = _lines()
    forms = form_lines(open_docx(BINH_DUONG).paras)
    named = [n for text, at in lines.items() if text.startswith("Phụ lục 01: Văn bản đề nghị")
             for n in at]
    # one is the line that names the form in procedure 3's list, the others open a form
    opening = [n for n in named if n in forms]
    assert len(named) == 3 and len(opening) == 2
    for at in lines["ĐƠN ĐỀ NGHỊ"] + lines["Kính đề nghị Quý cơ quan xem xét và cấp lại giấy "
                                           "xác nhận nội dung quảng cáo./."]:
        assert at in forms
    # procedure 3's own list, where it names the form with no header under it, stays the body
    assert not set(n for n in named if n not in opening) & forms


def test_the_procedures_after_a_form_are_the_body_again():
    """Each procedure, "2. Cấp lại giấy ...", "5. Cho phép người nước ngoài ...", "13. Gia hạn
    ...", bold, follows its forms: the forms end there, not at the phụ lục's end."""
    forms = form_lines(open_docx(BINH_DUONG).paras)
    for para in open_docx(BINH_DUONG).paras:
        text = para.clean.strip()
        if text.startswith(("2. Cấp lại giấy xác nhận", "5. Cho phép người nước ngoài",
                            "13. Gia hạn giấy phép hành nghề", "14. Điều chỉnh giấy phép")):
            assert para.index not in forms, text
    assert any(p.clean.startswith("Mẫu 01 - Đơn đề nghị") and p.index in forms
               for p in open_docx(BINH_DUONG).paras)


def test_check_holds_no_form_to_the_body_s_spacing():
    found = check_file(BINH_DUONG)
    spacing = [f for f in found if f.rule == "body.spacing"]
    assert all("ĐƠN ĐỀ NGHỊ" not in f.message for f in spacing), [f.message for f in spacing]
    # the true findings on the procedures stay
    assert any(f.rule == "body.indent" and "- Cách thức thực hiện:" in f.message
               for f in found)
