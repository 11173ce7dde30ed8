"""render --allocate: numbers from the register, the letter recorded with its file and hash."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA
from docxview import find, open_docx, paragraphs

from ntm_docgen import register
from ntm_docgen.cli.main import main

GOOD = DATA / "specs" / "good.minimal.yaml"


def test_two_letters_get_01_and_02_and_are_recorded(runner, tmp_path):
    db = tmp_path / "so-di.sqlite3"
    outs = [tmp_path / "a.docx", tmp_path / "b.docx"]
    for out in outs:
        result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--allocate",
                                      "--db", str(db)])
        assert result.exit_code == 0, result.output
    numbers = [find(paragraphs(open_docx(o.read_bytes())), "Số:").text for o in outs]
    assert numbers == ["Số: 01/KH-SNV", "Số: 02/KH-SNV"]
    with register.Register(db) as reg:
        rows = reg.entries()
    assert [r.so for r in rows] == [1, 2]
    assert rows[0].sha256 == hashlib.sha256(outs[0].read_bytes()).hexdigest()


def test_existing_output_takes_no_number(runner, tmp_path):
    db = tmp_path / "so-di.sqlite3"
    out = tmp_path / "a.docx"
    out.write_bytes(b"x")
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--allocate", "--db",
                                  str(db)])
    assert result.exit_code == 1 and "already exists" in result.output
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "b.docx"),
                                  "--allocate", "--db", str(db)])
    assert find(paragraphs(open_docx((tmp_path / "b.docx").read_bytes())), "Số:").text == \
        "Số: 01/KH-SNV"


def test_a_number_in_the_spec_is_replaced_with_a_warning(runner, tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text(GOOD.read_text(encoding="utf-8") + "so: 7\n", encoding="utf-8")
    out = tmp_path / "a.docx"
    result = runner.invoke(
        main, ["render", str(spec), "-o", str(out), "--allocate", "--db",
               str(tmp_path / "r.sqlite3")])
    assert result.exit_code == 0
    assert "so: 7 in the spec is replaced" in result.stderr
    assert find(paragraphs(open_docx(out.read_bytes())), "Số:").text == "Số: 01/KH-SNV"


def test_a_ban_sao_block_gets_its_own_number_from_the_copies_series(runner, tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text(GOOD.read_text(encoding="utf-8") + (
        "ban_sao:\n  hinh_thuc: SAO Y\n  co_quan: {ten: VĂN PHÒNG, viet_tat: VP}\n"
        "  dia_danh: Lạng Sơn\n  ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn B}\n"
        "  noi_nhan: [UBND các xã]\n  luu: VT\n"), encoding="utf-8")
    db = tmp_path / "r.sqlite3"
    register.allocate(db, co_quan="VP", loai_code="SY", nam=date.today().year)
    out = tmp_path / "a.docx"
    result = runner.invoke(main, ["render", str(spec), "-o", str(out), "--allocate", "--db",
                                  str(db)])
    assert result.exit_code == 0, result.output
    numbers = [p.text for p in paragraphs(open_docx(out.read_bytes()))
               if p.text.startswith("Số:")]
    assert numbers == ["Số: 01/KH-SNV", "Số: 02/SY-VP"]
    assert "số 01/KH-SNV from the register" in result.stderr
    assert "số 02/SY-VP from the register" in result.stderr
    with register.Register(db) as reg:
        rows = {(r.ky_hieu, r.so): r for r in reg.entries()}
    copy_line = rows[("SY-VP", 2)]
    assert copy_line.trich_yeu.startswith("Kế hoạch số 01/KH-SNV")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert copy_line.sha256 == digest and rows[("KH-SNV", 1)].sha256 == digest


def test_a_letter_without_its_date_is_issued_today(runner, tmp_path):
    """A draft leaves the day and month blank; the number is given when it is issued, and the
    date with it: the file recorded in the register carries both."""
    from ntm_docgen.vietnamese.text import ngay_thang_nam

    out = tmp_path / "a.docx"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--allocate", "--db",
                                  str(tmp_path / "so-di.sqlite3")])
    assert result.exit_code == 0, result.output
    line = find(paragraphs(open_docx(out.read_bytes())), "Lạng Sơn, ngày").text
    assert line.endswith(ngay_thang_nam(date.today(), date.today().year))


def test_a_numbered_letter_is_on_the_disk_before_the_register_records_it(runner, tmp_path,
                                                                          disk_events):
    """Its data flushed before the rename, its folder after; then the register's line; an
    unnumbered letter flushes nothing."""
    db = tmp_path / "so-di.sqlite3"
    assert runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "first.docx"),
                                "--allocate", "--db", str(db)]).exit_code == 0
    folder = tmp_path / "out"
    folder.mkdir()
    events = disk_events.watch(folder)
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(folder / "kh.docx"),
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"data \.kh\.docx\.\d+-\d+\.part", events[0]), events
    assert events[1:] == ["rename to kh.docx", "sync out", "register"]
    events.clear()
    plain = runner.invoke(main, ["render", str(GOOD), "-o", str(folder / "plain.docx")])
    assert plain.exit_code == 0, plain.output
    assert events == ["rename to plain.docx"]


@pytest.mark.parametrize("failing", ["libreoffice", "disk-full-on-the-pdf"])
def test_a_letter_whose_pdf_fails_is_written_not_at_all_and_its_number_cancelled(
        runner, tmp_path, monkeypatch, failing):
    """Whole or nothing: the .docx and its PDF both, or neither (never a .docx carrying a
    number the register cancelled); the number is recorded only for a letter written whole."""
    import errno

    import ntm_docgen.files.output as fileio
    import ntm_docgen.letter.paginate as paginate
    from ntm_docgen.errors import ConversionError

    def convert(docx: bytes, _convert: object) -> bytes:
        if failing == "libreoffice":
            raise ConversionError("LibreOffice stopped before the PDF was written")
        return b"%PDF-1.4\n"

    real = fileio._write_flushed

    def write(path, data):  # type: ignore[no-untyped-def]
        if ".pdf." in path.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(paginate, "letter_pdf", convert)
    monkeypatch.setattr(fileio, "_write_flushed", write)
    folder = tmp_path / "ra"
    folder.mkdir()
    db = tmp_path / "so-di.sqlite3"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(folder / "kh.docx"), "--pdf",
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "number 01/KH-SNV was taken from the register for this letter and is now marked " \
        "cancelled" in result.stderr
    assert list(folder.iterdir()) == []
    with register.Register(db) as reg:
        (row,) = reg.entries()
    assert (row.so_hieu, row.trang_thai, row.tep) == ("01/KH-SNV", "huy", None)


def _no_libreoffice(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ntm_docgen.files.soffice as soffice

    monkeypatch.setattr(soffice, "NAMES", ())
    monkeypatch.setattr(soffice, "install_paths", lambda *where: [])


@pytest.mark.parametrize("cause", ["no-libreoffice-for-the-pdf", "a-folder-not-writable"])
def test_what_can_be_known_before_takes_no_number(runner, tmp_path, monkeypatch, cause):
    """LibreOffice missing for a PDF, or a folder no file can be made in (/proc), is refused
    before a number is taken: the register holds no cancelled number for a letter that could
    never have been made."""
    out = tmp_path / "kh.docx"
    if cause == "no-libreoffice-for-the-pdf":
        _no_libreoffice(monkeypatch)
    else:
        out = Path("/proc") / "ntm-docgen-test" / "kh.docx"
    db = tmp_path / "so-di.sqlite3"
    args = ["render", str(GOOD), "-o", str(out), "--allocate", "--db", str(db)]
    result = runner.invoke(main, [*args, "--pdf"] if cause.startswith("no-") else args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "taken from the register" not in result.output
    assert not db.exists()  # no register was even made: no number taken


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_cancel_note_is_vietnamese_whole_the_clerks_message_in_her_language(
        runner, tmp_path, monkeypatch, lang):
    """The sổ of Phụ lục IV is Vietnamese: the note of a number whose letter could not be
    made quotes the failure in Vietnamese too, whatever language the clerk reads; on her
    screen the failure is said in hers."""
    import ntm_docgen.files.soffice as soffice
    import ntm_docgen.register.numbered as numbered

    monkeypatch.setattr(soffice, "NAMES", ())
    monkeypatch.setattr(soffice, "install_paths", lambda *where: [])
    monkeypatch.setattr(numbered, "find_soffice", lambda: "soffice")  # found, then gone
    db = tmp_path / "so-di.sqlite3"
    result = runner.invoke(main, ["--lang", lang, "render", str(GOOD), "-o",
                                  str(tmp_path / "kh.docx"), "--pdf", "--allocate", "--db",
                                  str(db)])
    assert result.exit_code == 1
    said = {"en": "LibreOffice is needed for PDF output but was not found",
            "vi": "Cần LibreOffice để tạo PDF nhưng không tìm thấy"}[lang]
    assert said in result.stderr
    with register.Register(db) as reg:
        (row,) = reg.entries()
    assert row.trang_thai == "huy"
    assert row.ghi_chu.startswith("Hủy: không tạo được văn bản: Cần LibreOffice để tạo PDF "
                                  "nhưng không tìm thấy: hãy cài đặt"), row.ghi_chu


@pytest.mark.parametrize(("years_off", "warned"), [(1, True), (-1, True), (0, False)])
def test_a_date_in_another_year_is_said_before_its_series_numbers_it(runner, tmp_path, years_off,
                                                                      warned):
    """A letter dated 2027 (a slip for this year) or back in last year takes 01 of that year's
    series: said, with the series, before the number is taken; this year's date says nothing."""
    year = date.today().year + years_off
    spec = tmp_path / "s.yaml"
    spec.write_text(GOOD.read_text(encoding="utf-8") + f"ngay: {year}-03-05\n", encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "a.docx"),
                                  "--allocate", "--db", str(tmp_path / "so.sqlite3")])
    assert result.exit_code == 0, result.output
    said = (f"ngay: the letter is dated 05/03/{year}, and takes its number from the register's "
            f"series of {year}")
    assert (said in result.output) is warned


def test_a_typed_number_without_a_date_is_not_warned_of_when_the_register_numbers_it(
        runner, tmp_path):
    """--allocate gives the number and today's date: "number 7 with no date" would be false."""
    spec = tmp_path / "s.yaml"
    spec.write_text(GOOD.read_text(encoding="utf-8") + "so: 7\n", encoding="utf-8")
    alone = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "a.docx")])
    assert "ngay: number 7 is given and the date is blank" in alone.output
    numbered = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "b.docx"),
                                    "--allocate", "--db", str(tmp_path / "so.sqlite3")])
    assert numbered.exit_code == 0, numbered.output
    assert "the date is blank" not in numbered.output
    assert "so: 7 in the spec is replaced by the register's number" in numbered.output


@pytest.mark.parametrize(("day", "warned"), [("02-03", True), ("06-17", False)])
def test_a_letter_dated_well_before_its_series_latest_is_said_as_it_is_numbered(
        runner, tmp_path, day, warned):
    """A black-box test numbered a letter of 02/01 as 04 after 01-03 of 05/12, and the sổ
    listed them out of their order without a word: a date more than a few days before the
    latest of its series is said, naming that number and its date; a weekend's gap is not."""
    db = str(tmp_path / "so.sqlite3")
    year = date.today().year
    for name, when in (("a", "06-20"), ("b", day)):
        spec = tmp_path / f"{name}.yaml"
        spec.write_text(GOOD.read_text(encoding="utf-8") + f"ngay: {year}-{when}\n",
                        encoding="utf-8")
        result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / f"{name}.docx"),
                                      "--allocate", "--db", db])
        assert result.exit_code == 0, result.output
    said = (f"ngay: the letter is dated {day[3:]}/{day[:2]}/{year}, but number 01/KH-SNV of "
            f"its series in the register is dated 20/06/{year}")
    assert (said in result.output) is warned, result.output
    with register.Register(db) as reg:
        assert [r.so for r in reg.entries()] == [1, 2], "said, and numbered all the same"


def test_a_letter_dated_a_later_day_of_this_year_is_said_before_it_is_numbered():
    """A black-box test numbered a letter dated 28/12 on 05/12 without a word: a letter is
    numbered and dated on the day it is issued; today and earlier days say nothing."""
    from ntm_docgen import api

    spec = api.load_spec(GOOD)
    later, today = (api.numbering_warnings(dataclasses.replace(spec, ngay=date(2026, 12, d)),
                                           today=date(2026, 12, 5)) for d in (28, 5))
    assert later == ["ngay: the letter is dated 28/12/2026, a later day than today (05/12/2026), "
                     "and is numbered today: a letter is numbered and dated on the day it is "
                     "issued; check the date"]
    assert today == []
