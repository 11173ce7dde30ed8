"""A list as a clerk makes it in a spreadsheet: a title over the column names (merged cells),
a blank row, a total row at the end. The title and the total are no recipients: they are set
apart with a note each (the total by main's rule, 7e19126), and every other row is a letter,
numbered by its row in the file."""

from __future__ import annotations

from desk_support import XA, csrf_of, desk_client
from openpyxl import Workbook

from ntm_docgen.bulk.recipients import list_notes, read_recipients


def clerks_list(path, title=True, total="Tổng cộng"):  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    if title:
        sheet["A1"] = "DANH SÁCH CÁC XÃ NHẬN KẾ HOẠCH"
        sheet.merge_cells("A1:E1")
        sheet.append([])
    sheet.append(["STT", "Kính gửi", "ten", "loai_don_vi", "ma"])
    sheet.append([1, "Ủy ban nhân dân xã Tân Thành", "Tân Thành", "xã", "01"])
    sheet.append([])
    sheet.append([2, "Ủy ban nhân dân xã Hòa Bình", "Hòa Bình", "xã", "02"])
    if total:
        sheet.append([total, "", "2 xã"])
    book.save(path)
    return path


def test_a_title_above_the_names_and_a_total_row_make_no_letter(tmp_path):
    people = read_recipients(clerks_list(tmp_path / "ds.xlsx"))
    assert [(r.row, r.kinh_gui, r.fields["ten"]) for r in people.recipients] == [
        (4, "Ủy ban nhân dân xã Tân Thành", "Tân Thành"), (6, "Ủy ban nhân dân xã Hòa Bình",
                                                           "Hòa Bình")]
    notes = list_notes(people, {})
    assert "rows 1-2 above the column names are the list's title (“DANH SÁCH CÁC XÃ NHẬN " \
           "KẾ HOẠCH”)" in notes[0]
    assert "row 7 (“Tổng cộng”) totals the list" in notes[1]


def test_a_list_without_title_or_total_reads_as_before(tmp_path):
    people = read_recipients(clerks_list(tmp_path / "ds.xlsx", title=False, total=""))
    assert [r.row for r in people.recipients] == [2, 4]
    assert list_notes(people, {}) == []


def test_a_last_row_with_an_addressee_is_a_recipient_whatever_its_first_word(tmp_path):
    """“Cộng đồng …” in column A, a Kính gửi beside it: a recipient, not a total."""
    path = clerks_list(tmp_path / "ds.xlsx", total="")
    from openpyxl import load_workbook
    book = load_workbook(path)
    book.active.append(["Cộng đồng", "Ban công tác Mặt trận thôn 1", "thôn 1"])
    book.save(path)
    assert [r.row for r in read_recipients(path).recipients] == [4, 6, 7]


def test_the_desk_checks_such_a_list_and_says_what_it_set_apart(tmp_path):
    listed = clerks_list(tmp_path / "ds.xlsx")
    with desk_client(tmp_path / "desk") as client:
        csrf = csrf_of(client)
        answer = client.post("/hang-loat", data={"csrf_token": csrf},
                             files={"mau": (XA.name, XA.read_bytes()),
                                    "danh_sach": ("ds.xlsx", listed.read_bytes())})
        page = answer.text
    assert answer.status_code == 200, page
    assert "has no kinh_gui column" not in page
    assert "Ủy ban nhân dân xã Hòa Bình" in page
    assert "above the column names are the list&#39;s title" in page
    assert "totals the list, it is no recipient" in page
    assert "kinh_gui is empty" not in page
