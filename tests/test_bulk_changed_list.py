"""A bulk rerun after the clerk changed her list: a row taken out moves the names of the letters
after it, so the folder would keep a letter to the unit taken out and two to the next one (with
``--so-rieng``, under two numbers). The run is refused, naming the letters, before any is
written."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_bulk import SPEC, write_csv

from ntm_docgen.cli.main import main

UNITS = ["Ủy ban nhân dân xã Tân Thành", "Ủy ban nhân dân xã Đồng Đăng",
         "Ủy ban nhân dân xã Na Sầm"]


def _list(path: Path, units: list[str]) -> Path:
    return write_csv(path, [["kinh_gui", "ghi_chu"], *[[u, "đúng hạn"] for u in units]])


def test_a_row_taken_out_refuses_the_rerun_naming_the_old_letters(tmp_path: Path) -> None:
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _list(people, UNITS)
    assert runner.invoke(main, args).exit_code == 0
    before = sorted(p.name for p in out.iterdir())
    _list(people, [UNITS[0], UNITS[2]])  # Đồng Đăng taken out
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "0002-UBND-xa-Dong-Dang.docx, 0003-UBND-xa-Na-Sam.docx" in result.stderr
    assert "another folder" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == before  # nothing written
    assert "(--force deletes them)" in result.stderr
    forced = runner.invoke(main, [*args, "--force"])  # the earlier list's letters deleted, said
    assert forced.exit_code == 0, forced.output
    assert "deleted 0002-UBND-xa-Dong-Dang.docx, 0003-UBND-xa-Na-Sam.docx" in forced.stderr
    assert sorted(p.name for p in out.glob("*.docx")) == [
        "0001-UBND-xa-Tan-Thanh.docx", "0002-UBND-xa-Na-Sam.docx"]


def test_her_own_files_and_the_merged_letter_are_no_letters_of_a_list(tmp_path: Path) -> None:
    """Only the letters a run wrote count: the merged file named 2025-tat-ca.docx in the folder,
    or a plan of her own named 2025-ke-hoach.docx, do not stop a rerun of the same list."""
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out),
            "--merge", str(out / "2025-tat-ca.docx")]
    _list(people, UNITS)
    assert runner.invoke(main, args).exit_code == 0
    (out / "2025-ke-hoach.docx").write_bytes(b"her own plan")
    again = runner.invoke(main, args)
    assert again.exit_code == 0, again.output
    assert (out / "2025-ke-hoach.docx").read_bytes() == b"her own plan"


def test_the_numbered_rerun_takes_no_second_number(tmp_path: Path) -> None:
    runner = CliRunner()
    people, out, db = tmp_path / "ds.csv", tmp_path / "thu", tmp_path / "so.sqlite"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out), "--so-rieng",
            "--db", str(db)]
    _list(people, UNITS)
    assert runner.invoke(main, args).exit_code == 0
    _list(people, [UNITS[0], UNITS[2]])
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "cancel in the register" in result.stderr
    listed = runner.invoke(main, ["register", "list", "--db", str(db)])
    assert [n for n in ("01/UBND-KT", "02/UBND-KT", "03/UBND-KT", "04/UBND-KT")
            if n in listed.stdout] == ["01/UBND-KT", "02/UBND-KT", "03/UBND-KT"]


def test_rows_added_at_the_end_or_an_interrupted_run_go_on(tmp_path: Path) -> None:
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _list(people, UNITS[:2])
    assert runner.invoke(main, args).exit_code == 0
    _list(people, UNITS)
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.stderr
    assert "1 written, 2 unchanged" in result.stdout


def test_a_rerun_without_merge_says_the_earlier_merged_file_is_behind(tmp_path: Path) -> None:
    """The merged file she prints was made from the letters before a row was mended: a rerun
    that writes letters but does not merge them again says so, naming the file; a rerun that
    changes nothing, or merges again, says nothing of it."""
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    merged = out / "tat-ca.docx"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _list(people, UNITS)
    assert runner.invoke(main, [*args, "--merge", str(merged)]).exit_code == 0
    same = runner.invoke(main, args)
    assert same.exit_code == 0 and "tat-ca.docx" not in same.stderr
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "chậm"] for u in UNITS]])
    mended = runner.invoke(main, [*args, "--force"])
    assert mended.exit_code == 0, mended.output
    assert f"{merged.resolve()} still holds the letters as they were before this run" \
        in mended.stderr
    again = runner.invoke(main, [*args, "--merge", str(merged), "--force"])
    assert again.exit_code == 0 and "still holds" not in again.stderr


def test_the_merge_the_warning_advises_is_made_as_advised(tmp_path: Path) -> None:
    """"merge them again (--merge FILE)" works as written: the stale merged file the tool left
    is replaced without --force (a black-box finding: it was refused as another file); one
    edited since is still kept."""
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    merged = out / "tat-ca.docx"
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _list(people, UNITS)
    assert runner.invoke(main, [*args, "--merge", str(merged)]).exit_code == 0
    first = merged.read_bytes()
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "chậm"] for u in UNITS]])
    assert "still holds" in runner.invoke(main, [*args, "--force"]).stderr
    from ntm_docgen.bulk.run import LOCK_NAME
    from ntm_docgen.files.folderlock import folder_lock

    with folder_lock(out / LOCK_NAME):  # another run writes into the folder: refused, kept
        held = runner.invoke(main, [*args, "--merge", str(merged)])
    assert held.exit_code == 1 and merged.read_bytes() == first
    advised = runner.invoke(main, [*args, "--merge", str(merged)])
    assert advised.exit_code == 0, advised.output
    assert merged.read_bytes() != first
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "sớm"] for u in UNITS]])
    assert "still holds" in runner.invoke(main, [*args, "--force"]).stderr
    merged.write_bytes(merged.read_bytes() + b"\0")  # opened and saved by hand since
    edited = runner.invoke(main, [*args, "--merge", str(merged)])
    assert edited.exit_code == 1 and "--force" in edited.output


def test_a_draft_with_a_copy_block_is_told_once_and_not_with_so_rieng(tmp_path: Path) -> None:
    """Bulk letters unnumbered, each with a copy block: every copy would copy a draft (render
    says it of one letter); with --so-rieng each letter and its copy get their numbers."""
    import yaml

    spec = tmp_path / "kem-sao.yaml"
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    data.pop("so", None)
    data["ban_sao"] = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"},
                       "dia_danh": "Lạng Sơn", "ngay": "2026-01-05",
                       "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Nguyễn Văn A"},
                       "noi_nhan": ["Sở Nội vụ"]}
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    people = _list(tmp_path / "ds.csv", UNITS)
    runner = CliRunner()
    plain = runner.invoke(main, ["bulk", str(spec), "--recipients", str(people),
                                 "-o", str(tmp_path / "a")])
    assert plain.exit_code == 0, plain.output
    assert plain.stderr.count("each letter's copy block copies a draft") == 1
    numbered = runner.invoke(main, ["bulk", str(spec), "--recipients", str(people), "-o",
                                    str(tmp_path / "b"), "--so-rieng", "--db",
                                    str(tmp_path / "so.sqlite")])
    assert numbered.exit_code == 0, numbered.output
    assert "copies a draft" not in numbered.stderr
