"""``bulk --so-rieng`` run again on its folder: a letter the register numbered keeps its number.

An unchanged letter stays as it is; a changed one (a corrected deadline) is told as without
--so-rieng, and with --force written again under its own number, its register line brought up
to date; a row taken out leaves its number in the register, told to be cancelled, and the
letters after it keep theirs. No number is given twice or spent; both backends."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from register_support import register_db
from test_bulk import write_csv

from ntm_docgen.cli.main import main

SPEC = """\
loai: CV
co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, viet_tat: SNNMT}
don_vi: PTNT
dia_danh: Lạng Sơn
ngay: 2025-10-01
trich_yeu: Đôn đốc báo cáo kết quả xây dựng nông thôn mới của {{ ten }}
noi_dung: |
  Sở Nông nghiệp và Môi trường đề nghị {{ kinh_gui }} báo cáo trước ngày {{ han }}./.
ky: {quyen_han: [KT. GIÁM ĐỐC], chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Hoàng Văn Nam}
noi_nhan: [Giám đốc Sở (b/c)]
luu: VT, PTNT
"""
UNITS = [("UBND xã Tân Thành", "xã Tân Thành"), ("UBND xã Đồng Đăng", "xã Đồng Đăng"),
         ("UBND xã Na Sầm", "xã Na Sầm")]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as url:
        yield url


def _list(path: Path, units: list[tuple[str, str]], han: str = "30/10/2025") -> Path:
    return write_csv(path, [["kinh_gui", "ten", "han"], *[[k, t, han] for k, t in units]])


def _setup(tmp_path: Path, db: str, units: list[tuple[str, str]] = UNITS[::2],
           ) -> tuple[list[str], Path, Path]:
    spec = tmp_path / "sonn.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    people, out = _list(tmp_path / "ds.csv", units), tmp_path / "thu"
    args = ["bulk", str(spec), "--recipients", str(people), "-o", str(out), "--so-rieng",
            "--db", db]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    return args, people, out


def _lines(db: str) -> list[dict]:
    listed = CliRunner().invoke(main, ["register", "list", "--db", db, "--nam", "2025",
                                       "--json"])
    assert listed.exit_code == 0, listed.output
    return json.loads(listed.stdout)


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*cells, *(p.text for p in document.paragraphs)])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_changed_row_is_told_and_keeps_the_old_letter_unless_forced(tmp_path, db) -> None:
    args, people, out = _setup(tmp_path, db)
    before = {p.name: p.read_bytes() for p in out.glob("*.docx")}
    _list(people, UNITS[::2], han="15/10/2025")  # the deadline corrected
    told = CliRunner().invoke(main, args)
    assert told.exit_code == 1
    assert "0 written, 0 unchanged, 2 kept" in told.stdout
    assert "0001-UBND-xa-Tan-Thanh.docx (01/SNNMT-PTNT) differs from what this row gives now" \
        in told.stderr
    assert "--force writes it again under the same number" in told.stderr
    assert {p.name: p.read_bytes() for p in out.glob("*.docx")} == before
    assert [line["so_hieu"] for line in _lines(db)] == ["01/SNNMT-PTNT", "02/SNNMT-PTNT"]


def test_forced_the_changed_letters_keep_their_numbers_and_the_register_follows(
        tmp_path, db) -> None:
    args, people, out = _setup(tmp_path, db)
    _list(people, [(UNITS[0][0], "xã Tân Thành mới"), UNITS[2]], han="15/10/2025")
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "2 written" in forced.stdout
    assert "numbers from the register" not in forced.stderr  # no number taken
    assert "kept by the letters written again: 01-02/SNNMT-PTNT" in forced.stderr
    letters = sorted(out.glob("*.docx"))
    lines = _lines(db)
    assert [line["so_hieu"] for line in lines] == ["01/SNNMT-PTNT", "02/SNNMT-PTNT"]
    for letter, line, so in zip(letters, lines, ["01", "02"], strict=True):
        text = _text(letter)
        assert f"Số: {so}/SNNMT-PTNT" in text and "trước ngày 15/10/2025" in text
        assert line["tep"] == str(letter.absolute()) and line["sha256"] == _sha(letter)
        assert line["trang_thai"] == "da_ghi" and line["ghi_chu"].startswith("Ghi lại ngày")
    assert lines[0]["trich_yeu"].endswith("của xã Tân Thành mới")
    again = CliRunner().invoke(main, args)  # and the next run finds them unchanged
    assert again.exit_code == 0 and "0 written, 2 unchanged" in again.stdout


def test_a_row_taken_out_leaves_its_number_told_and_the_others_keep_theirs(tmp_path, db) -> None:
    args, people, out = _setup(tmp_path, db, UNITS)
    first = (out / "0001-UBND-xa-Tan-Thanh.docx").read_bytes()
    _list(people, UNITS[::2])  # Đồng Đăng taken out: Na Sầm's letter becomes 0002
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1
    assert "a letter whose row only moved keeps its number under its new name" in refused.stderr
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert (out / "0001-UBND-xa-Tan-Thanh.docx").read_bytes() == first  # not numbered again
    assert "Số: 03/SNNMT-PTNT" in _text(out / "0002-UBND-xa-Na-Sam.docx")
    assert "0002-UBND-xa-Na-Sam.docx keeps 03/SNNMT-PTNT, which the register gave it as " \
        "0003-UBND-xa-Na-Sam.docx" in forced.stderr
    assert "02/SNNMT-PTNT: given by the register to 0002-UBND-xa-Dong-Dang.docx" \
        in forced.stderr
    assert "register cancel SO/KY-HIEU" in forced.stderr
    assert "numbers from the register" not in forced.stderr
    lines = {line["so_hieu"]: line for line in _lines(db)}
    assert sorted(lines) == ["01/SNNMT-PTNT", "02/SNNMT-PTNT", "03/SNNMT-PTNT"]
    assert lines["03/SNNMT-PTNT"]["sha256"] == _sha(out / "0002-UBND-xa-Na-Sam.docx")
    gone = CliRunner().invoke(main, ["register", "file", "02/SNNMT-PTNT", "--db", db, "--nam",
                                     "2025", "-o", str(tmp_path / "x.docx")])
    assert gone.exit_code == 1 and "which is no longer there (moved or deleted)" in gone.stderr


def test_a_letter_deleted_from_the_folder_is_written_again_under_its_number(tmp_path, db) -> None:
    args, _people, out = _setup(tmp_path, db)
    letter = out / "0002-UBND-xa-Na-Sam.docx"
    kept = letter.read_bytes()
    letter.unlink()
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 written, 1 unchanged" in result.stdout
    assert letter.read_bytes() == kept
    assert [line["so_hieu"] for line in _lines(db)] == ["01/SNNMT-PTNT", "02/SNNMT-PTNT"]


def test_a_letter_the_register_never_numbered_is_kept_until_forced(tmp_path, db) -> None:
    spec = tmp_path / "sonn.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    people, out = _list(tmp_path / "ds.csv", UNITS[:1]), tmp_path / "thu"
    plain = ["bulk", str(spec), "--recipients", str(people), "-o", str(out)]
    assert CliRunner().invoke(main, plain).exit_code == 0  # a draft, without a number
    numbered = [*plain, "--so-rieng", "--db", db]
    told = CliRunner().invoke(main, numbered)
    assert told.exit_code == 1
    assert "records no number for it" in told.stderr
    assert "Số: 01/" not in _text(out / "0001-UBND-xa-Tan-Thanh.docx")
    forced = CliRunner().invoke(main, [*numbered, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "Số: 01/SNNMT-PTNT" in _text(out / "0001-UBND-xa-Tan-Thanh.docx")


def test_a_letter_now_of_another_year_keeps_its_file_and_takes_no_number(tmp_path) -> None:
    db = str(tmp_path / "so.sqlite")
    args, _people, out = _setup(tmp_path, db)
    before = (out / "0001-UBND-xa-Tan-Thanh.docx").read_bytes()
    (tmp_path / "sonn.yaml").write_text(SPEC.replace("2025-10-01", "2026-01-05"),
                                        encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "--force"])
    assert result.exit_code == 1
    assert "carries 01/SNNMT-PTNT from the register, but the letter this row gives now is " \
           "numbered in another series" in result.stderr
    assert (out / "0001-UBND-xa-Tan-Thanh.docx").read_bytes() == before
    listed = CliRunner().invoke(main, ["register", "list", "--db", db, "--json"])
    assert len(json.loads(listed.stdout)) == 2


def test_a_copy_block_keeps_its_number_too(tmp_path) -> None:
    db = str(tmp_path / "so.sqlite")
    spec = tmp_path / "sonn.yaml"
    copy = ("ban_sao: {hinh_thuc: SAO Y, co_quan: {ten: VĂN PHÒNG, viet_tat: VP}, dia_danh: "
            "Lạng Sơn, ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}}\n")
    spec.write_text(SPEC + copy, encoding="utf-8")
    people, out = _list(tmp_path / "ds.csv", UNITS[:1]), tmp_path / "thu"
    args = ["bulk", str(spec), "--recipients", str(people), "-o", str(out), "--so-rieng",
            "--db", db]
    assert CliRunner().invoke(main, args).exit_code == 0
    _list(people, UNITS[:1], han="15/10/2025")
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    text = _text(out / "0001-UBND-xa-Tan-Thanh.docx")
    assert "Số: 01/SNNMT-PTNT" in text and "Số: 01/SY-VP" in text and "15/10/2025" in text
    listed = json.loads(CliRunner().invoke(main, ["register", "list", "--db", db,
                                                  "--json"]).stdout)
    assert sorted(line["so_hieu"] for line in listed) == ["01/SNNMT-PTNT", "01/SY-VP"]
    assert {line["sha256"] for line in listed} == {_sha(out / "0001-UBND-xa-Tan-Thanh.docx")}



def test_run_again_without_so_rieng_says_the_letters_carry_numbers_not_a_hand_edit(
        tmp_path) -> None:
    """A black-box test ran a numbered bulk again without --so-rieng and was told the 65
    letters were edited by hand or the spec changed: neither; they carry the register's
    numbers, and this run gives none."""
    args, _people, out = _setup(tmp_path, str(tmp_path / "so.sqlite3"))
    before = {p.name: p.read_bytes() for p in out.glob("*.docx")}
    plain = args[:args.index("--so-rieng")]
    again = CliRunner().invoke(main, plain)
    assert again.exit_code == 1, again.output
    assert "carries number 01/SNNMT-PTNT, which the register gave it when the letters were " \
           "made with --so-rieng" in again.output, again.output
    assert "edited by hand" not in again.output
    assert "2 letters in the folder carry numbers the register gave and were not replaced: run " \
           "again with --so-rieng" in again.output, again.output
    assert "--force to write them again" not in again.output
    assert {p.name: p.read_bytes() for p in out.glob("*.docx")} == before


def test_a_numbered_bulk_dated_a_day_not_yet_come_is_said_before_its_numbers(tmp_path) -> None:
    """A bulk --so-rieng dated 28/12 took 01-02 on 05/12 without a word, where render
    --allocate says it of one letter (an independent review's finding)."""
    from datetime import date, timedelta

    later = date.today() + timedelta(days=1)
    spec = tmp_path / "sonn.yaml"
    spec.write_text(SPEC.replace("ngay: 2025-10-01", f"ngay: {later.isoformat()}"),
                    encoding="utf-8")
    people = _list(tmp_path / "ds.csv", UNITS[:2])
    result = CliRunner().invoke(main, ["bulk", str(spec), "--recipients", str(people), "-o",
                                       str(tmp_path / "thu"), "--so-rieng", "--db",
                                       str(tmp_path / "so.sqlite3")])
    assert result.exit_code == 0, result.output
    assert f"ngay: the letter is dated {later.strftime('%d/%m/%Y')}" in result.output
