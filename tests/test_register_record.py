"""``register record`` of a letter typed in Word: what it prints is held against the sổ.

A văn thư takes a number with ``register next``, writes it on the letter and records the file.
The number and year the file prints must be the line's (contract10's and contract11's
black-box runs: a letter printing 3/BC-UBND dated 2027 went in as 01/BC-UBND of 2026, and one
file under two numbers); the line's empty columns are filled from the letter; a number whose
letter was issued is cancelled with a word on what cancelling does not do; the state of a number
has one name wherever it is shown."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES

from ntm_docgen.api import parse_spec, render
from ntm_docgen.cli.main import main
from ntm_docgen.i18n import _, written_in
from ntm_docgen.register import Register
from ntm_docgen.register.export import cell
from ntm_docgen.register.model import STATE_NAMES

ROOT = Path(__file__).resolve().parent.parent


def letter(tmp_path: Path, name: str, **changes: object) -> Path:
    """The example Báo cáo of a commune (dated 2026), numbered and changed as given, as Word."""
    data = yaml.safe_load((EXAMPLES / "bao-cao-xa.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    out = tmp_path / name
    render(parse_spec(data), out, today=date(2026, 12, 5))
    return out


def run(runner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(main, list(args))


@pytest.fixture
def db(tmp_path: Path, runner) -> str:  # type: ignore[no-untyped-def]
    """A sổ with 01, 02 and 03/BC-UBND of 2026 given."""
    path = str(tmp_path / "so.sqlite")
    for _n in range(3):
        assert run(runner, "register", "next", "--db", path, "--co-quan", "UBND", "--loai",
                   "BC", "--nam", "2026").exit_code == 0
    return path


def lines(db: str) -> dict[str, object]:
    with Register(db) as reg:
        return {r.so_hieu: r for r in reg.entries(nam=2026)}


def test_a_letter_is_recorded_under_the_number_it_prints_and_fills_the_line(runner, db,
                                                                          tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", so=2, ngay="2026-12-04")
    result = run(runner, "register", "record", "02/BC-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert result.exit_code == 0, result.output
    row = lines(db)["02/BC-UBND"]
    assert row.trang_thai == "da_ghi" and row.ngay.isoformat() == "2026-12-04"
    example = yaml.safe_load((EXAMPLES / "bao-cao-xa.yaml").read_text(encoding="utf-8"))
    assert row.trich_yeu == " ".join(example["trich_yeu"].split())
    assert row.nguoi_ky and row.noi_nhan
    assert "Ngày tháng văn bản" in result.output  # the columns filled, by the sổ's headings


def test_a_letter_printing_another_number_is_refused_and_nothing_recorded(runner, db,
                                                                         tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", so=3, ngay="2026-12-04")
    result = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert result.exit_code == 1
    assert "03/BC-UBND" in result.output and "01/BC-UBND" in result.output
    assert "Traceback" not in result.output
    assert lines(db)["01/BC-UBND"].trang_thai == "cap"


def test_the_number_refused_is_quoted_as_the_letter_prints_it(runner, db, tmp_path) -> None:
    """A letter typed in Word prints "Số: 3/BC-UBND": she searches her file for what she is
    told, so the message quotes 3/BC-UBND, not the 03/BC-UBND the register would write."""
    import docx

    bc = letter(tmp_path, "bc.docx", so=3, ngay="2026-12-04")
    document = docx.Document(str(bc))
    for paragraph in (p for c in document.tables[0]._cells for p in c.paragraphs):
        for run_ in paragraph.runs:
            run_.text = run_.text.replace("Số: 03/", "Số: 3/")
    document.save(str(bc))
    result = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert result.exit_code == 1
    assert "“Số: 3/BC-UBND”" in result.output, result.output
    assert "03/BC-UBND" not in result.output
    assert lines(db)["01/BC-UBND"].trang_thai == "cap"


def test_a_letter_dated_in_another_year_is_refused(runner, db, tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", so=1, ngay="2027-01-05", nam=2027)
    result = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert result.exit_code == 1
    assert "05/01/2027" in result.output and "2027" in result.output
    assert lines(db)["01/BC-UBND"].trang_thai == "cap"


def test_one_file_is_not_recorded_under_two_numbers(runner, db, tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", ngay="2026-12-04")  # a draft: it prints no number
    first = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
                "--nam", "2026")
    assert first.exit_code == 0, first.output
    assert "01/BC-UBND" in first.stderr and re.search(r"Số", first.stderr)  # write it on
    second = run(runner, "register", "record", "02/BC-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert second.exit_code == 1 and "01/BC-UBND" in second.output
    assert lines(db)["02/BC-UBND"].trang_thai == "cap"


def test_a_file_that_cannot_be_read_is_recorded_and_said(runner, db, tmp_path) -> None:
    odd = tmp_path / "bc.docx"
    odd.write_bytes(b"PK\x03\x04 not a letter")
    result = run(runner, "register", "record", "01/BC-UBND", "--tep", str(odd), "--db", db,
                 "--nam", "2026")
    assert result.exit_code == 0, result.output
    assert lines(db)["01/BC-UBND"].trang_thai == "da_ghi"
    assert result.stderr.count("\n") >= 1


def test_cancelling_an_issued_number_says_what_it_does_not_do(runner, db, tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", so=1, ngay="2026-12-04")
    assert run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
               "--nam", "2026").exit_code == 0
    cancel = run(runner, "register", "cancel", "01/BC-UBND", "--db", db, "--nam", "2026",
                 "--ly-do", "ký nhầm")
    assert cancel.exit_code == 0 and "bc.docx" in cancel.stderr and "04/12/2026" in cancel.stderr
    again = run(runner, "register", "cancel", "01/BC-UBND", "--db", db, "--nam", "2026",
                "--ly-do", "lần nữa")
    assert again.exit_code == 0 and "ký nhầm" in again.stderr
    assert lines(db)["01/BC-UBND"].ghi_chu.count("Hủy") == 1


def test_a_number_s_state_has_one_name_everywhere(runner, db, tmp_path) -> None:
    template = (ROOT / "ntm_docgen" / "desk" / "templates" / "register.html").read_text(
        encoding="utf-8")
    # the desk's sổ names a state from STATE_NAMES itself, not from a copy of its words
    assert "_(state_names[r.trang_thai])" in template
    assert not any(f'_("{msgid}")' in template for msgid in STATE_NAMES.values())
    listed = run(runner, "register", "list", "--db", db, "--nam", "2026").output
    row = lines(db)["01/BC-UBND"]
    assert _(STATE_NAMES["cap"]) in listed  # in the clerk's language, by the same msgid
    with written_in("vi"):
        assert cell(row, "trang_thai") == _(STATE_NAMES["cap"]) == "đã cấp số"
        assert _(STATE_NAMES["da_ghi"]) == "đã phát hành"


def test_a_copy_is_recorded_under_its_own_number(runner, db, tmp_path) -> None:
    """A copy prints its original's Số first: it is not held against the copy's number, and
    the letter and its copy block may hold one file (a letter issued with its ban_sao)."""
    bc = letter(tmp_path, "bc.docx", so=1, ngay="2026-12-04")
    assert run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
               "--nam", "2026").exit_code == 0
    assert run(runner, "register", "next", "--db", db, "--co-quan", "UBND", "--loai", "SY",
               "--nam", "2026").exit_code == 0
    copied = run(runner, "register", "record", "01/SY-UBND", "--tep", str(bc), "--db", db,
                 "--nam", "2026")
    assert copied.exit_code == 0, copied.output
    assert lines(db)["01/SY-UBND"].trang_thai == "da_ghi"
    assert lines(db)["01/SY-UBND"].trich_yeu == ""  # the original's is not the copy's


def test_a_letter_written_again_replaces_what_the_line_said(runner, db, tmp_path) -> None:
    bc = letter(tmp_path, "bc.docx", so=1, ngay="2026-12-04")
    first = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", db,
                "--nam", "2026")
    assert first.exit_code == 0, first.output
    assert lines(db)["01/BC-UBND"].ngay.isoformat() == "2026-12-04", first.output
    corrected = letter(tmp_path, "bc-sua.docx", so=1, ngay="2026-12-06")
    again = run(runner, "register", "record", "01/BC-UBND", "--tep", str(corrected), "--db",
                db, "--nam", "2026")
    assert again.exit_code == 0, again.output
    said = " ".join(again.stderr.split())
    assert "01/BC-UBND named bc.docx before" in said, said
    assert "“04/12/2026”" in said and "“06/12/2026”" in said, said
    assert lines(db)["01/BC-UBND"].ngay.isoformat() == "2026-12-06"


def test_a_line_that_differs_from_its_letter_is_said_and_kept(runner, tmp_path) -> None:
    path = str(tmp_path / "so.sqlite")
    assert run(runner, "register", "next", "--db", path, "--co-quan", "UBND", "--loai", "BC",
               "--nam", "2026", "--ngay", "01/12/2026", "--trich-yeu", "Báo cáo cũ").exit_code == 0
    bc = letter(tmp_path, "bc.docx", so=1, ngay="2026-12-04")
    result = run(runner, "register", "record", "01/BC-UBND", "--tep", str(bc), "--db", path,
                 "--nam", "2026")
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "the register says “01/12/2026”, the letter prints “04/12/2026”" in said, said
    assert "“Báo cáo cũ”" in said, said
    assert lines(path)["01/BC-UBND"].ngay.isoformat() == "2026-12-01"
