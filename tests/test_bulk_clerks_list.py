"""A list as a clerk makes it in Excel: a total row under the communes (``Tổng cộng | 65 đơn
vị``) made a letter "Kính gửi: 65 đơn vị", and a cell left empty filled its placeholder with
nothing, both without a word (found by a black-box run). The total row is left out and said;
an empty cell a placeholder prints is said, with its rows; "Tổng công ty ..." is a recipient."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


def _xlsx(tmp_path: Path, rows: list[list[str | None]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "xa.xlsx"
    book.save(path)
    return path


def _bulk(people: Path, out: Path, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, "bulk", str(SPEC), "--recipients",
                                     str(people), "-o", str(out)])


def test_a_total_row_makes_no_letter_and_is_said(tmp_path):
    people = _xlsx(tmp_path, [
        ["STT", "kinh_gui", "ghi_chu"], ["1", "UBND xã Hữu Lũng", "a"],
        ["2", "Tổng công ty Lương thực", "b"], [None, None, None],
        ["Tổng cộng", "2 đơn vị", None]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    letters = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert len(letters) == 2 and not any("don-vi" in name for name in letters), letters
    assert "row 5 (“Tổng cộng”) totals the list, it is no recipient: no letter is made for it" \
        in result.stderr, result.stderr


def test_an_empty_cell_a_placeholder_prints_is_said_with_its_rows(tmp_path):
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Sở A", "x"], ["Sở B", None],
                              ["Sở C", None]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "{{ ghi_chu }} is filled from column ghi_chu, whose cell is empty in rows 3-4: " \
        "those letters print nothing there" in result.stderr, result.stderr


def test_the_desk_review_says_it_too(tmp_path):
    from ntm_docgen.bulk.preview import check_rows
    from ntm_docgen.i18n import set_language

    set_language("en")
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Sở A", "x"], ["Cộng:", "1"]])
    from datetime import date

    checked = check_rows(SPEC, today=date(2026, 1, 5), recipients=people)
    assert [row.row for row in checked.rows] == [2]
    assert any("row 3 (“Cộng:”) totals the list" in w for w in checked.warnings), checked.warnings


def test_a_title_row_above_the_column_names_is_taken_as_the_title(tmp_path):
    """``DANH SÁCH ỦY BAN NHÂN DÂN CÁC XÃ`` merged over the columns in row 1, the column names
    in row 2: the list is read from row 2, the title said; rows keep their sheet numbers."""
    people = _xlsx(tmp_path, [["DANH SÁCH CÁC XÃ, PHƯỜNG TỈNH LẠNG SƠN", None, None],
                              ["STT", "kinh_gui", "ghi_chu"], ["1", "UBND xã Tân Thành", "a"],
                              ["2", None, "b"]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 1  # row 4 has no addressee: named by its row in the sheet
    assert "row 4" in result.stderr and "kinh_gui is empty" in result.stderr, result.stderr
    fixed = _xlsx(tmp_path, [["DANH SÁCH CÁC XÃ, PHƯỜNG TỈNH LẠNG SƠN", None, None],
                             ["STT", "kinh_gui", "ghi_chu"], ["1", "UBND xã Tân Thành", "a"]])
    result = _bulk(fixed, tmp_path / "out2")
    assert result.exit_code == 0, result.output
    assert "row 1 (“DANH SÁCH CÁC XÃ, PHƯỜNG TỈNH LẠNG SƠN”) stands above the column names" \
        in result.stderr, result.stderr


def test_a_title_with_no_column_names_under_it_says_where_they_go(tmp_path):
    people = _xlsx(tmp_path, [["DANH SÁCH CÁC XÃ", None], ["UBND xã Tân Thành", "a"]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 1
    assert "the first row holds only “DANH SÁCH CÁC XÃ”, a title; put the column names" \
        in result.stderr, result.stderr


def test_a_commune_name_with_a_wrong_mark_is_said(tmp_path):
    """"Ủy ban nhân dân xã Hữu Lủng": no unit of the 2025 list, but xã Hữu Lũng is, with the
    same letters: the clerk is asked, the letter still made (the list is hers)."""
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Ủy ban nhân dân xã Hữu Lủng", "a"],
                              ["Ủy ban nhân dân xã Tân Thành", "b"]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "row 2: xã “Hữu Lủng” is not in the 2025 list; is it xã “Hữu Lũng”?" in result.stderr
    assert "Tân Thành" not in result.stderr


def test_a_letter_dated_before_july_2025_to_the_2025_communes_is_said(tmp_path):
    """``--xa-cua`` addresses the communes of the 2025 list; a letter of 15/06/2025 went to the
    huyện and the communes of then: the clerk is told (contract5 saw 65 letters and no word)."""
    import yaml

    data = yaml.safe_load((SPEC.parent / "xa.yaml").read_text(encoding="utf-8"))
    told = "ngay: the letter is dated 15/06/2025, but it goes to the communes of the list in " \
        "force from 01/07/2025"
    for day, warned in (("2025-06-15", True), ("2025-09-15", False)):
        spec = tmp_path / f"xa-{day}.yaml"
        spec.write_text(yaml.safe_dump({**data, "ngay": day}, allow_unicode=True),
                        encoding="utf-8")
        result = CliRunner().invoke(main, ["--lang", "en", "bulk", str(spec), "--xa-cua",
                                           "Lai Châu", "-o", str(tmp_path / day)])
        assert result.exit_code == 0, result.output
        assert (told in result.stderr) is warned, result.stderr


def test_what_a_review_found_in_the_lists_rules(tmp_path):
    """A name in capitals or with the old tone's place is no misspelling; a total in one cell
    makes no letter; a title with a date beside it is a title; a one-column list whose column
    is misnamed is told so, not that its column is a title (found by a review)."""
    people = _xlsx(tmp_path, [["DANH SÁCH CÁC XÃ", None, "05/01/2026"],
                              ["kinh_gui", "ghi_chu", None],
                              ["UBND XÃ HỮU LŨNG", "a"], ["Ủy ban nhân dân xã Hoà Thuận", "b"],
                              ["Tổng cục Thuế", "c"], ["Tổng cộng: 3 đơn vị", None]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "is not in the 2025 list" not in result.stderr, result.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 3
    assert "“Tổng cộng: 3 đơn vị”) totals the list" in result.stderr
    single = tmp_path / "one"
    single.mkdir()
    one = _xlsx(single, [["nguoi_nhan"], ["Sở A"]])
    result = _bulk(one, tmp_path / "out2")
    assert result.exit_code == 1
    assert "a title" not in result.stderr and "the first row has: nguoi_nhan" in result.stderr


def test_a_name_a_letter_away_or_of_two_units_is_asked_about(tmp_path):
    """"Bắc Sơnn" (a letter too many) and "Binh Gia" (no marks, the letters of Bình Gia and
    of Bình Giã) are asked about with the units meant; a letter to the communes of before 1 July
    2025 is not checked against the 2025 list (found by a black-box run)."""
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Ủy ban nhân dân xã Bắc Sơnn", "a"],
                              ["Ủy ban nhân dân xã Binh Gia", "b"],
                              ["Bảo hiểm xã hội tỉnh", "c"]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "row 2: xã “Bắc Sơnn” is not in the 2025 list; is it xã “Bắc Sơn”?" in result.stderr
    assert "row 3: xã “Binh Gia” is not in the 2025 list; is it xã “Bình Gia” / “Bình Giã”?" \
        in result.stderr
    assert "row 4" not in result.stderr


def test_a_long_list_of_names_not_in_the_2025_list_is_looked_at_a_bounded_number_of_times(
        tmp_path, monkeypatch):
    """Each name not in the 2025 list is held against all 3,321 units (7 ms): a list of 20,000
    such rows took 140 s before a letter was written. At most 400 are looked at, the first
    ones still asked about; a listed unit costs no look."""
    from ntm_docgen.bulk import listnotes
    from ntm_docgen.bulk.recipients import Recipient, RecipientList
    from ntm_docgen.vietnamese import donvi

    looks = []
    real = donvi.misspelt_unit
    monkeypatch.setattr(donvi, "misspelt_unit", lambda kind, name: looks.append(name) or
                        real(kind, name))
    def row(number: int, name: str) -> Recipient:
        return Recipient(row=number, fields={"kinh_gui": name})

    rows = (row(2, "UBND xã Hữu Lủng"), *(row(3 + i, "UBND xã Hữu Lũng") for i in range(50)),
            *(row(60 + i, f"UBND xã Thử {i:05d}") for i in range(2000)))
    notes = listnotes._misspelt_units(RecipientList(columns=("kinh_gui",), recipients=rows,
                                                    source="ds.csv"))
    assert len(looks) == listnotes._LOOKS
    assert "Hữu Lủng" in looks[0] and not any(name == "Hữu Lũng" for name in looks)
    assert any("is it xã “Hữu Lũng”?" in str(note) for note in notes)
