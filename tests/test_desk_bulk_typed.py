"""Recipients typed or pasted on the bulk page, one a line (the thôn and ấp of a commune,
which no province list holds and no clerk keeps in a spreadsheet): each line gets its letter,
and a form sent back keeps what she typed."""

from __future__ import annotations

import re

import pytest
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen.bulk.layoutread import addressee_bare
from ntm_docgen.desk.bulkrun import typed_list

#: As a văn thư pastes them from a Nơi nhận list: dashes, semicolons, a blank line.
#: A Giấy mời of a commune, nothing of a list in its text.
GIAY_MOI = """loai: GM
co_quan: {ten: ỦY BAN NHÂN DÂN XÃ LONG HẢI, viet_tat: UBND}
dia_danh: Long Hải
trich_yeu: Dự họp triển khai Kế hoạch Dân số năm 2026
noi_dung: Ủy ban nhân dân xã trân trọng kính mời dự họp.
ky: {chuc_vu: CHỦ TỊCH, ho_ten: Trần Văn Bảy}
"""
THON = "- Trưởng thôn An Hòa;\n- Trưởng thôn Phước Lộc;\n\n  Trưởng ấp Hải Sơn.  \n"


def test_a_line_is_a_recipient_as_a_noi_nhan_list_writes_it():
    assert typed_list(THON).splitlines() == [
        "kinh_gui", "Trưởng thôn An Hòa", "Trưởng thôn Phước Lộc", "Trưởng ấp Hải Sơn"]
    assert typed_list('Ban "Dân số", xã A') == 'kinh_gui\n"Ban ""Dân số"", xã A"\n'
    assert typed_list(" \n- ;\n") == ""


@pytest.mark.parametrize("line", ["— Trưởng thôn An Hòa;", "* Trưởng thôn An Hòa.",
                                  "-Trưởng thôn An Hòa ;", "• Trưởng thôn An Hòa,"])
def test_a_typed_line_is_read_by_the_rule_of_a_list_files_addressee(line):
    """One rule for a Nơi nhận line typed in the box and an addressee cell of a list file."""
    assert typed_list(line).splitlines() == ["kinh_gui", "Trưởng thôn An Hòa"]
    assert addressee_bare(line) == "Trưởng thôn An Hòa"


def test_the_typed_recipients_each_get_a_letter(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": THON},
                        files={"mau": ("giay-moi.yaml", GIAY_MOI.encode())},
                        follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = c.get(answer.headers["location"]).text
    for name in ("Trưởng thôn An Hòa", "Trưởng thôn Phước Lộc", "Trưởng ấp Hải Sơn"):
        assert name in page, name
    shown = re.sub(r"\s+", " ", html.fromstring(page).text_content())
    assert "3 nơi nhận bạn đã gõ." in shown and "Tạo 3 văn bản" in shown, shown
    rows = html.fromstring(page).xpath("//table[@class='grid']//tr/td[1]/text()")
    assert rows == ["1", "2", "3"], "her lines counted as she typed them, not the file's rows"


def test_a_form_sent_back_keeps_the_typed_recipients(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/hang-loat")
        refused = c.post("/hang-loat", data={"csrf_token": csrf, "go": THON})
    assert refused.status_code == 422
    kept = html.fromstring(refused.text).get_element_by_id("go").text_content()
    assert "Trưởng thôn Phước Lộc" in kept and "Trưởng ấp Hải Sơn" in kept


def test_a_letter_not_issued_is_said_to_leave_the_number_blank(tmp_path):
    """Letters from a draft not issued print “Số: /SNV-TĐKT”: the check says so and how to
    give them all its number; once issued, the draft is named with its number, and its
    letters carry it."""
    from desk_support import CONG_VAN, new_draft

    with desk_client(tmp_path) as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        draft = editor.rsplit("/", 1)[1]
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        run = c.post("/hang-loat", data={"csrf_token": csrf, "go": THON, "ban_nhap": draft},
                     follow_redirects=False).headers["location"]
        said = html.fromstring(c.get(run).text).get_element_by_id("no-number")
        assert "have no number yet" in said.text_content()
        assert said.xpath(".//a/@href") == [editor]
        c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"})
        assert re.search(rf'<option value="{draft}">[^<]*\(issued: 01/SNV-TĐKT\)</option>',
                         c.get("/hang-loat").text)
        again = c.post("/hang-loat", data={"csrf_token": csrf, "go": THON, "ban_nhap": draft},
                       follow_redirects=False).headers["location"]
        assert 'id="no-number"' not in c.get(again).text


def test_a_pasted_noi_nhan_blocks_own_lines_make_no_letter(tmp_path):
    """Pasted whole from a letter, a Nơi nhận list brings its head, "Như trên" and the Lưu
    line: no letter is made for them (a review found 0001-Noi-nhan.docx), and she is told."""
    pasted = "Nơi nhận:\n- Như trên;\n" + THON + "- Lưu: VT, VP.\n"
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": pasted},
                        files={"mau": ("giay-moi.yaml", GIAY_MOI.encode())},
                        follow_redirects=False)
        assert answer.status_code == 303, answer.text
        shown = re.sub(r"\s+", " ", html.fromstring(c.get(answer.headers["location"]).text)
                       .text_content())
    assert "Tạo 3 văn bản" in shown, shown
    assert "(“Như trên”) là một dòng của phần Nơi nhận" in shown
    assert "(“Lưu: VT, VP”) là một dòng của phần Nơi nhận" in shown
