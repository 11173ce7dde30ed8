"""What a bulk run tells of the values its letters take from the list (contract7 items 11 and
12): letters the list makes different documents (their trích yếu, signer or date differ) under
the spec's one number; a signer's name the list types in capitals, as ``render`` tells it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "ke_hoach_kiem_tra.yaml"
#: The black-box run's list: two units, the second signed by a name in capitals.
PEOPLE = ("Kính gửi;Tên đơn vị;Ngày kiểm tra;Người ký\n"
          "UBND xã Tân Thành;xã Tân Thành;15/10/2025;Hoàng Thị Hiền\n"
          "UBND xã Đồng Đăng;xã Đồng Đăng;16/10/2025;HOÀNG VĂN NAM\n")


def _run(runner: CliRunner, tmp_path: Path, people: str = PEOPLE, spec: str | None = None,
         *more: str):
    path = tmp_path / "kh.yaml"
    path.write_text(spec if spec is not None else SPEC.read_text(encoding="utf-8"),
                    encoding="utf-8")
    (tmp_path / "ds.csv").write_text(people, encoding="utf-8")
    return runner.invoke(main, ["bulk", str(path), "--recipients", str(tmp_path / "ds.csv"),
                                "-o", str(tmp_path / "thu"), *more])


ONE_NUMBER = ("so: every letter carries the spec's number 12, but what the register records of "
              "them differs from letter to letter (trich_yeu, filled from column Tên đơn vị): "
              "they are different documents, and a number with its ký hiệu is given once a "
              "year; give each letter its own number from the register (--so-rieng)")


def test_letters_whose_trich_yeu_differs_under_one_number_are_warned_of(runner, tmp_path):
    result = _run(runner, tmp_path, PEOPLE.replace("HOÀNG VĂN NAM", "Hoàng Thị Hiền"))
    assert result.exit_code == 0, result.output
    assert ONE_NUMBER in result.stderr


def test_the_signer_differing_makes_other_documents_too(runner, tmp_path):
    spec = SPEC.read_text(encoding="utf-8").replace("{{ Tên đơn vị }}", "các xã")
    result = _run(runner, tmp_path, PEOPLE, spec)
    assert result.exit_code == 0, result.output
    assert "differs from letter to letter (ky.ho_ten, filled from column Người ký)" \
        in result.stderr


def test_one_document_sent_to_many_is_not_warned_of(runner, tmp_path):
    """The same trích yếu and signer for every unit, its body naming each: one document."""
    spec = SPEC.read_text(encoding="utf-8").replace(
        "trich_yeu: Kiểm tra công tác thi đua tại {{ Tên đơn vị }}",
        "trich_yeu: Kiểm tra công tác thi đua năm 2025")
    people = PEOPLE.replace("HOÀNG VĂN NAM", "Hoàng Thị Hiền")
    result = _run(runner, tmp_path, people, spec)
    assert result.exit_code == 0, result.output
    assert "different documents" not in result.stderr


def test_no_warning_when_each_letter_takes_its_own_number_or_none(runner, tmp_path):
    numbered = _run(runner, tmp_path, PEOPLE, None, "--so-rieng", "--db",
                    str(tmp_path / "so.sqlite3"))
    assert numbered.exit_code == 0, numbered.output
    assert "different documents" not in numbered.stderr
    draft = SPEC.read_text(encoding="utf-8").replace("so: 12\n", "")
    (tmp_path / "nhap").mkdir()
    unnumbered = _run(runner, tmp_path / "nhap", PEOPLE, draft)
    assert unnumbered.exit_code == 0, unnumbered.output
    assert "different documents" not in unnumbered.stderr


def test_a_signers_name_in_capitals_from_the_list_is_warned_of_with_its_row(runner, tmp_path):
    """render warns of it in a spec, check reports it (ho_ten.case) on the letter bulk wrote."""
    result = _run(runner, tmp_path, PEOPLE + "UBND xã Na Sầm;xã Na Sầm;17/10/2025;HOÀNG VĂN NAM\n")
    assert result.exit_code == 0, result.output
    assert ("ds.csv: rows 3-4: ky.ho_ten: “HOÀNG VĂN NAM” is in capitals; the decree prints the "
            "name in lower case with capital initials: write “Hoàng Văn Nam” in column "
            "Người ký") in result.stderr
    assert "Hoàng Thị Hiền" not in result.stderr


def test_the_specs_own_departures_are_told_once_as_render_tells_them(runner, tmp_path):
    """A signer typed in capitals in the spec, a Lưu line without VT: render warned, bulk
    wrote every letter with them without a word."""
    spec = SPEC.read_text(encoding="utf-8").replace('ho_ten: "{{ Người ký }}"',
                                                    "ho_ten: HOÀNG VĂN NAM")
    result = _run(runner, tmp_path, PEOPLE, spec.replace("luu: VT", "luu: TĐKT"))
    assert result.exit_code == 0, result.output
    assert result.stderr.count('ky.ho_ten: "HOÀNG VĂN NAM" is in capitals') == 1, result.stderr
    assert result.stderr.count('luu: "TĐKT" does not start with VT') == 1, result.stderr
    assert "trich_yeu: \"" not in result.stderr  # filled from the list: told by its rows


def test_numbers_from_a_column_of_the_list_are_each_letters_own(runner, tmp_path):
    """``so: "{{ Số }}"`` filled from a column of numbers: each letter has its own number, none
    carries the spec's one; a column holding one number for every row still is one number."""
    spec = SPEC.read_text(encoding="utf-8").replace("so: 12\n", 'so: "{{ Số }}"\n')
    people = PEOPLE.replace("Người ký\n", "Người ký;Số\n").replace("Hiền\n", "Hiền;12\n") \
        .replace("NAM\n", "NAM;13\n")
    own = _run(runner, tmp_path, people, spec)
    assert own.exit_code == 0, own.output
    assert "different documents" not in own.stderr
    (tmp_path / "mot").mkdir()
    one = _run(runner, tmp_path / "mot", people.replace(";13\n", ";12\n"), spec)
    assert one.exit_code == 0, one.output
    assert "different documents" in one.stderr
