"""A list typed on the bulk page is told as the list she typed, its lines counted as in the
box, never as the file the desk keeps it in; a placeholder the box cannot fill is told as
needing a CSV/XLSX list with that column (contract12 #16)."""

from __future__ import annotations

import re

from desk_support import csrf_of, desk_client
from lxml import html

#: A công văn whose body asks for a column only a list file gives.
CONG_VAN = """loai: CV
co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, viet_tat: SNNMT}
dia_danh: Lạng Sơn
ngay: 2026-12-08
trich_yeu: V/v báo cáo kết quả xây dựng nông thôn mới năm 2026
kinh_gui: ["{{ kinh_gui }}"]
noi_dung: "Đề nghị báo cáo chỉ tiêu: {{ chi_tieu }}."
ky: {quyen_han: [KT. GIÁM ĐỐC], chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Nông Văn Chiến}
noi_nhan: [Như trên]
"""
TYPED = "- UBND xã Đoàn Kết;\nUBND xã Quốc Khánh.\n\nUBND xã Tân Thành\nUBND xã Mẫu Sơn\n"


def checked(home, lang: str) -> str:
    with desk_client(home, lang=lang) as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": TYPED},
                        files={"mau": ("b.yaml", CONG_VAN.encode())}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = c.get(answer.headers["location"])
    assert page.status_code == 422
    return re.sub(r"\s+", " ", html.fromstring(page.text).text_content())


def test_a_placeholder_the_box_cannot_fill_asks_for_a_list_file(tmp_path):
    shown = checked(tmp_path, "en")
    assert "danh-sach-da-go.csv" not in shown and "rows 2-5" not in shown
    assert ("the list you typed (lines 1-4) gives only the recipients: a placeholder such as "
            "{{ chi_tieu }} needs a CSV or XLSX list with a column chi_tieu") in shown, shown


def test_it_reads_so_in_vietnamese(tmp_path):
    shown = checked(tmp_path, "vi")
    assert "danh-sach-da-go.csv" not in shown
    assert "danh sách bạn đã gõ (dòng 1-4)" in shown and "có cột chi_tieu" in shown, shown


def test_a_row_of_the_typed_list_is_told_at_its_line_in_the_box():
    from ntm_docgen.desk.bulkrun import told_of_typed
    from ntm_docgen.errors import RowsError

    told = told_of_typed(RowsError("/tmp/x/danh-sach-da-go.csv", [(3, ("empty",))]))
    assert told.startswith("the list you typed: ") and "row 2: empty" in told, told


def test_a_list_file_short_of_columns_is_told_as_the_list_s_to_mend(tmp_path):
    """contract13 #4: a list lacking the letter's columns said “fix it on the letter's page”
    (of an issued letter, which cannot change) and named a column she never typed; it now
    names the columns to add to her file, and the first row it has."""
    letter = CONG_VAN.replace("{{ chi_tieu }}", "{{ chi_tieu }}, {{ ma }}")
    people = "Kính gửi,ten\nUBND xã Đoàn Kết,Đoàn Kết\nUBND xã Quốc Khánh,Quốc Khánh\n"
    with desk_client(tmp_path, lang="en") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf},
                        files={"mau": ("b.yaml", letter.encode()),
                               "danh_sach": ("thiếu cột.csv", people.encode())},
                        follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = c.get(answer.headers["location"])
    assert page.status_code == 422
    shown = re.sub(r"\s+", " ", html.fromstring(page.text).text_content())
    assert ("thiếu cột.csv has no columns chi_tieu, ma, which the letter fills its "
            "placeholders from: add them to thiếu cột.csv") in shown, shown
    assert "letter's page" not in shown
    # her header as she typed it (a black-box day read “… hiện có: kinh_gui, Ghi chú”)
    assert "The first row of thiếu cột.csv has: Kính gửi, ten." in shown, shown
    assert "kinh_gui" not in shown


def test_a_warning_of_the_typed_list_names_the_list_she_typed(tmp_path):
    """contract13 #19: a line of the box that is the Nơi nhận's Lưu was told as
    “danh-sach-da-go.csv: row 5”, a file she never made."""
    letter = CONG_VAN.replace("{{ chi_tieu }}", "kết quả năm 2026")
    typed = "- Trưởng thôn Nà Làng;\n- Trưởng thôn Bản Chu;\n- Lưu: VT.\n"
    with desk_client(tmp_path, lang="en") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "go": typed},
                        files={"mau": ("b.yaml", letter.encode())}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = c.get(answer.headers["location"])
    shown = re.sub(r"\s+", " ", html.fromstring(page.text).text_content())
    assert "danh-sach-da-go.csv" not in shown, shown
    assert "the list you typed: row 3 (“Lưu: VT”)" in shown, shown


def test_the_notes_of_several_lines_count_them_as_in_the_box(tmp_path):
    """review12 #7: a note naming several rows of the typed list (a name typed twice, on lines
    1 and 3) counted them as the rows of the file the desk keeps, its first the column's name:
    “rows 2 and 4”; the page's own notes count the box's lines."""
    from ntm_docgen.bulk.listnotes import REPEATED
    from ntm_docgen.desk.bulkrun import LIST_TYPED, of_typed
    from ntm_docgen.i18n import said

    told = of_typed(said(REPEATED[False], path=f"/tmp/x/{LIST_TYPED}", rows="2 and 4",
                         name="UBND xã An Hòa", count=2))
    assert "1 and 3" in told and "2 and 4" not in told and LIST_TYPED not in told, told
    letter = CONG_VAN.replace("Đề nghị báo cáo chỉ tiêu: {{ chi_tieu }}.", "Đề nghị báo cáo.")
    with desk_client(tmp_path, lang="en") as c:
        csrf = csrf_of(c, "/hang-loat")
        answer = c.post("/hang-loat", data={"csrf_token": csrf,
                                            "go": "UBND xã An Hòa\n=UBND xã Bình Minh\n"
                                                  "UBND xã An Hòa\n"},
                        files={"mau": ("b.yaml", letter.encode())}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        shown = re.sub(r"\s+", " ", html.fromstring(c.get(answer.headers["location"]).text)
                       .text_content())
    assert "danh-sach-da-go.csv" not in shown
    assert "row 2: the addressee starts with a spreadsheet's formula sign" in shown, shown
    assert "Also in row 3" in shown and "Also in row 1" in shown, shown


def test_a_draft_s_placeholder_the_box_cannot_fill_is_told_in_her_words(tmp_path):
    """A black-box day: a draft with {{ ten }} in its trích yếu sent to two lines typed was
    told “chỗ điền {{ ten }} không có cột tương ứng trong danh-sach-da-go.csv (không ghi được
    dòng 2-3); hãy thêm cột hoặc dùng một trong: kinh_gui”: a file she never made, rows her
    box does not have, a column a typed list cannot get, and a program's key."""
    from desk_support import CONG_VAN as FORM
    from desk_support import new_draft

    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**FORM, "trich_yeu": "V/v báo cáo của {{ ten }}",
                             "csrf_token": csrf})
        page = c.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": editor.rsplit("/")[-1],
                                          "go": "UBND xã Tân Tiến\nUBND xã Na Sầm"})
    assert page.status_code == 422
    shown = re.sub(r"\s+", " ", html.fromstring(page.text).text_content())
    assert ("Văn bản có chỗ điền {{ ten }} (Trích yếu nội dung), mà danh sách bạn gõ không điền "
            "được") in shown, shown
    for word in ("danh-sach-da-go.csv", "kinh_gui", "dòng 2-3"):
        assert word not in shown
