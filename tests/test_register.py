"""The outgoing register: series, years, copies, secret numbers, cancel, record; both backends."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from register_support import register_db

from ntm_docgen import register
from ntm_docgen.cli.main import main
from ntm_docgen.letter.spec import load_copy_spec, load_spec
from ntm_docgen.register import Register, RegisterEntry, RegisterError

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as url:
        yield url


def next_json(runner: CliRunner, db: str, *args: str) -> dict:
    result = runner.invoke(main, ["register", "next", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("loai", "extra", "ky_hieu"), [
    ("KH", [], "KH-UBND"),
    ("Kế hoạch", [], "KH-UBND"),
    ("ke hoach", [], "KH-UBND"),
    ("QĐ", [], "QĐ-UBND"),
    ("QD", [], "QĐ-UBND"),
    ("công văn", ["--don-vi", "TH"], "UBND-TH"),
    ("CV", ["--don-vi", "kgvx"], "UBND-KGVX"),
    ("CV", [], "UBND"),
    ("TTr", [], "TTr-UBND"),
    ("SY", [], "SY-UBND"),
    ("TrS", [], "TrS-UBND"),
], ids=["code", "name", "name-no-diacritics", "code-Đ", "code-without-Đ", "cong-van-don-vi",
        "don-vi-typed-in-lower-case", "cong-van-bare", "mixed-case-code", "sao-y", "trich-sao"])
def test_next_gives_01_with_the_decree_ky_hieu(runner, tmp_path, loai, extra, ky_hieu) -> None:
    db = str(tmp_path / "r.sqlite3")
    got = next_json(runner, db, "--co-quan", "UBND", "--loai", loai, "--nam", "2026", *extra)
    assert got == {"so": 1, "ky_hieu": ky_hieu, "nam": 2026}


def test_one_shared_series_for_all_letters(runner, db) -> None:
    got = [next_json(runner, db, "--co-quan", "UBND", "--loai", loai, "--nam", "2026")
           for loai in ("KH", "BC", "công văn", "KH", "QĐ")]
    assert [g["so"] for g in got] == [1, 2, 3, 4, 5]
    assert [g["ky_hieu"] for g in got] == ["KH-UBND", "BC-UBND", "UBND", "KH-UBND", "QĐ-UBND"]


def test_copies_have_their_own_series(runner, db) -> None:
    so = [next_json(runner, db, "--co-quan", "VP", "--loai", loai, "--nam", "2026")["so"]
          for loai in ("KH", "SY", "SL", "KH", "TrS", "SY")]
    assert so == [1, 1, 2, 2, 3, 4]


def test_secret_documents_have_their_own_series(runner, db) -> None:
    so = [next_json(runner, db, "--co-quan", "UBND", "--loai", "BC", "--nam", "2026",
                    *mat)["so"] for mat in ([], ["--mat"], [], ["--mat"], [])]
    assert so == [1, 1, 2, 2, 3]


def test_a_new_year_restarts_at_01(runner, db) -> None:
    def so(*args: str) -> int:
        return next_json(runner, db, "--co-quan", "UBND", "--loai", "KH", *args)["so"]

    assert [so("--nam", "2026"), so("--nam", "2026"), so("--nam", "2026")] == [1, 2, 3]
    assert so("--ngay", "2027-01-01") == 1
    assert so("--nam", "2027") == 2
    assert so("--nam", "2026") == 4


def test_bodies_number_independently(runner, db) -> None:
    got = [next_json(runner, db, "--co-quan", body, "--loai", "KH", "--nam", "2026")["so"]
           for body in ("UBND", "SNV", "UBND", "BTĐKT", "SNV")]
    assert got == [1, 1, 2, 1, 2]


def test_per_type_series_from_a_year_on(runner, db) -> None:
    result = runner.invoke(main, ["register", "config", "--db", db, "--co-quan", "UBND",
                                  "--che-do", "theo-loai", "--nam", "2027"])
    assert result.exit_code == 0, result.output
    assert "UBND 2027: theo-loai" in result.output

    def so(loai: str, nam: str) -> int:
        return next_json(runner, db, "--co-quan", "UBND", "--loai", loai, "--nam", nam)["so"]

    assert [so("KH", "2026"), so("BC", "2026")] == [1, 2]           # 2026 still shared
    assert [so("KH", "2027"), so("BC", "2027"), so("KH", "2027")] == [1, 1, 2]
    assert so("BC", "2028") == 1                                      # the choice carries on
    refused = runner.invoke(main, ["register", "config", "--db", db, "--co-quan", "UBND",
                                   "--che-do", "chung", "--nam", "2027"])
    assert refused.exit_code == 1
    assert "already given 3 numbers in 2027" in refused.output
    assert "--nam 2028" in refused.output


def test_cancelled_number_stays_and_is_never_given_again(runner, db) -> None:
    for _ in range(2):
        next_json(runner, db, "--co-quan", "UBND", "--loai", "KH", "--nam", "2026")
    result = runner.invoke(main, ["register", "cancel", "02/KH-UBND", "--db", db, "--nam",
                                  "2026", "--ly-do", "ký nhầm"])
    assert result.exit_code == 0, result.output
    assert next_json(runner, db, "--co-quan", "UBND", "--loai", "KH", "--nam", "2026")["so"] == 3
    listed = runner.invoke(main, ["register", "list", "--db", db, "--json"])
    rows = json.loads(listed.stdout)
    assert [(r["so"], r["trang_thai"]) for r in rows] == [(1, "cap"), (2, "huy"), (3, "cap")]
    assert rows[1]["ghi_chu"] == "Hủy: ký nhầm"
    plain = runner.invoke(main, ["register", "list", "--db", db, "--nam", "2026"])
    assert "02/KH-UBND" in plain.output
    assert "cancelled" in plain.output


def test_a_file_is_recorded_only_with_a_number_given_and_not_cancelled(db, tmp_path) -> None:
    """``record`` attaches the file and its SHA-256; a cancelled number, or one the register
    does not have, is refused with its reason, and the line is left as it was."""
    letter = tmp_path / "kh.docx"
    letter.write_bytes(b"ke hoach")
    with Register(db) as reg:
        given = reg.allocate("UBND", "KH", nam=2026)
        cancelled = reg.allocate("UBND", "KH", nam=2026)
        reg.cancel(cancelled.id, "ký nhầm")
        reg.record(given.id, letter)
        with pytest.raises(RegisterError, match="was cancelled; give the letter a new number"):
            reg.record(cancelled.id, letter)
        with pytest.raises(RegisterError, match="number #9999 is not in the register"):
            reg.record(9999, letter)
        rows = {r.so: r for r in reg.entries()}
    assert (rows[1].trang_thai, rows[1].tep) == ("da_ghi", str(letter.absolute()))
    assert rows[1].sha256 == hashlib.sha256(b"ke hoach").hexdigest()
    assert (rows[2].trang_thai, rows[2].tep, rows[2].sha256) == ("huy", None, None)


def test_a_register_already_made_numbers_and_records_on_one_connection(db, tmp_path,
                                                                     monkeypatch) -> None:
    """Once the tables are there (of this version), a new register takes a number and records
    its file on the driver's connection alone: no SQLAlchemy transaction is opened."""
    letter = tmp_path / "sy.pdf"
    letter.write_bytes(b"sao y")
    with Register(db) as reg:
        reg.allocate("VP", "SY", nam=2026)

    def opened() -> None:
        raise AssertionError("a SQLAlchemy transaction was opened")

    monkeypatch.setattr(Register, "_write", opened)
    with Register(db) as reg:
        given = reg.allocate("VP", "SY", nam=2026)
        reg.record(given.id, letter)
    assert given.so_hieu == "02/SY-VP"


def render_that_fails(db: str) -> None:
    with register.issuing(db, co_quan="UBND", loai_code="KH", nam=2026) as given:
        assert given.so_hieu == "01/KH-UBND"
        raise RuntimeError("LibreOffice crashed")


def test_issuing_marks_a_failed_letter_cancelled(db) -> None:
    with pytest.raises(RuntimeError, match="LibreOffice"):
        render_that_fails(db)
    after = register.allocate(db, co_quan="UBND", loai_code="KH", nam=2026)
    assert after.so == 2
    with Register(db) as reg:
        first = reg.entries()[0]
    assert first.trang_thai == "huy"
    assert "LibreOffice crashed" in first.ghi_chu


@pytest.mark.parametrize(("raised", "said"), [
    (RuntimeError("LibreOffice đã dừng"), "không tạo được văn bản: LibreOffice đã dừng"),
    (KeyboardInterrupt(), "không tạo được văn bản: lệnh đã bị dừng trước khi ghi xong tệp"),
    (OSError(28, "No space left on device"), "không tạo được văn bản: ổ đĩa đã đầy"),
], ids=["a-problem-said", "stopped", "disk-full"])
def test_the_cancel_note_of_a_failed_letter_is_in_the_clerks_words(db, raised, said) -> None:
    """The ghi chú is Vietnamese, as the sổ is, whatever the clerk reads, and names the
    problem, not an exception class."""
    from ntm_docgen.i18n import language_kept, set_language

    def fails() -> None:
        with register.issuing(db, co_quan="UBND", loai_code="KH", nam=2026):
            raise raised

    with language_kept():
        set_language("vi")
        with pytest.raises(type(raised)):
            fails()
    with pytest.raises(type(raised)):  # the tests' language is English: the sổ stays Vietnamese
        fails()
    with Register(db) as reg:
        notes = [entry.ghi_chu for entry in reg.entries()]
    assert notes[0] == f"Hủy: {said}"
    assert notes[1].startswith("Hủy: không tạo được văn bản: ")
    assert all(type(raised).__name__ not in note for note in notes)


def test_record_attaches_the_file_and_its_sha256(runner, db, tmp_path) -> None:
    letter = tmp_path / "01-KH-UBND.docx"
    letter.write_bytes(b"PK\x03\x04 a letter")
    with register.issuing(db, co_quan="UBND", loai_code="KH", nam=2026,
                          entry=RegisterEntry(trich_yeu="Tổ chức hội nghị",
                                              ngay=date(2026, 3, 5), nguoi_ky="Nguyễn Văn A",
                                              noi_nhan=("Sở Nội vụ", "UBND các xã"),
                                              luu="VT, TH", so_luong_ban=12)) as given:
        register.record(db, given.id, letter)
    with Register(db) as reg:
        row = reg.entries(nam=2026)[0]
    assert (row.tep, row.sha256, row.trang_thai) == (
        str(letter), hashlib.sha256(letter.read_bytes()).hexdigest(), "da_ghi")
    assert row.noi_nhan == ("Sở Nội vụ", "UBND các xã")
    assert row.ten_loai_trich_yeu == "Kế hoạch: Tổ chức hội nghị"
    # A number taken by hand with `next`, its letter written elsewhere, then recorded.
    next_json(runner, db, "--co-quan", "UBND", "--loai", "BC", "--nam", "2026")
    report = tmp_path / "bc.docx"  # another letter: one file takes one number
    report.write_bytes(b"PK\x03\x04 a report")
    result = runner.invoke(main, ["register", "record", "02/BC-UBND", "--tep", str(report),
                                  "--db", db, "--nam", "2026"])
    assert result.exit_code == 0, result.output
    with Register(db) as reg:
        assert reg.entries(nam=2026)[1].trang_thai == "da_ghi"


def test_for_spec_numbers_a_letter_from_its_spec(db) -> None:
    spec = load_spec(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml")
    args = register.for_spec(spec, so_luong_ban=3)
    given = register.allocate(db, **args)
    assert (given.so, given.ky_hieu, given.nam) == (1, "HD-SNV", spec.ngay.year)
    with Register(db) as reg:
        row = reg.entries()[0]
    assert row.trich_yeu == spec.trich_yeu
    assert row.nguoi_ky == spec.ky.ho_ten
    assert row.so_luong_ban == 3


def test_for_copy_numbers_a_copy_in_the_copy_series(db) -> None:
    ban_sao = load_copy_spec(EXAMPLES / "000-sao-y-bac-giang.yaml")
    register.allocate(db, co_quan="VP", loai_code="TB", nam=2018)
    given = register.allocate(db, **register.for_copy(ban_sao, trich_yeu="Hướng dẫn 1741"))
    assert (given.so_hieu, given.nam, given.serie) == ("01/SY-VP", 2018, "SAO")
    with Register(db) as reg:
        assert reg.entries()[1].ten_loai_trich_yeu == "Bản sao y: Hướng dẫn 1741"


def test_allocate_many_gives_consecutive_numbers(db) -> None:
    entries = [RegisterEntry(trich_yeu=f"Gửi xã {i}") for i in range(5)]
    with Register(db) as reg:
        reg.allocate("UBND", "KH", nam=2026)
        given = reg.allocate_many("UBND", "CV", entries, nam=2026, don_vi="VX")
    assert [g.so_hieu for g in given] == [f"0{i}/UBND-VX" for i in range(2, 7)]


def test_library_error_for_an_unknown_type(tmp_path) -> None:
    with pytest.raises(RegisterError, match="unknown type 'KHH'.*did you mean KH"):
        register.allocate(tmp_path / "r.sqlite3", co_quan="UBND", loai_code="KHH")
    assert not (tmp_path / "r.sqlite3").exists()


def test_db_defaults_to_the_user_data_folder(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("NTM_DOCGEN_DB", raising=False)
    result = runner.invoke(main, ["register", "next", "--co-quan", "UBND", "--loai", "KH"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "ntm-docgen" / "so-di.sqlite3").is_file()


def test_env_var_overrides_the_default_and_db_overrides_both(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_DB", str(tmp_path / "env.sqlite3"))
    args = ["register", "next", "--co-quan", "UBND", "--loai", "KH", "--json"]
    assert json.loads(runner.invoke(main, args).stdout)["so"] == 1
    assert json.loads(runner.invoke(main, args).stdout)["so"] == 2
    beside = runner.invoke(main, [*args, "--db", str(tmp_path / "own.sqlite3")])
    assert json.loads(beside.stdout)["so"] == 1
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == ["env.sqlite3", "own.sqlite3"]


@pytest.mark.parametrize(("lang", "header"), [
    ("en", ["Year", "Number, ký hiệu", "Date", "State", "Type and trích yếu"]),
    ("vi", ["Năm", "Số, ký hiệu", "Ngày", "Tình trạng", "Tên loại và trích yếu nội dung"]),
])
def test_the_plain_list_opens_with_a_header_row_in_the_columns_of_its_lines(runner, db, lang,
                                                                             header) -> None:
    next_json(runner, db, "--co-quan", "UBND", "--loai", "KH", "--nam", "2026")
    listed = runner.invoke(main, ["--lang", lang, "register", "list", "--db", db])
    assert listed.exit_code == 0, listed.output
    first, line = listed.stdout.splitlines()
    assert re.split(r"\s{2,}", first.strip()) == header
    assert line.index("01/KH-UBND") == first.index(header[1])
    as_json = runner.invoke(main, ["--lang", lang, "register", "list", "--db", db, "--json"])
    assert [row["so_hieu"] for row in json.loads(as_json.stdout)] == ["01/KH-UBND"]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_cancel_note_is_written_in_vietnamese_as_the_register_is(runner, db, lang) -> None:
    """The ghi chú is part of the sổ (Phụ lục IV), a Vietnamese record: a clerk reading the
    tool in English still writes 'Hủy: ...' into it, beside the export's 'đã hủy'."""
    for _ in range(2):
        next_json(runner, db, "--co-quan", "UBND", "--loai", "KH", "--nam", "2026")
    for number, reason in (("01/KH-UBND", "ký nhầm"), ("02/KH-UBND", " ")):
        result = runner.invoke(main, ["--lang", lang, "register", "cancel", number, "--db", db,
                                      "--nam", "2026", "--ly-do", reason])
        assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["register", "list", "--db", db, "--json"])
    assert [row["ghi_chu"] for row in json.loads(listed.stdout)] == [
        "Hủy: ký nhầm", "Hủy: không rõ lý do"]
