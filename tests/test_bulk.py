"""``ntm-docgen bulk``: one letter per recipient, hostile values printed as written, reruns."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk"
SPEC = BULK / "cong_van.yaml"
SAFE_NAME = re.compile(r"\d{4}-[A-Za-z0-9-]+\.docx")

HOSTILE = [
    ["kinh_gui", "ghi_chu"],
    ["A&B <x>", "a < b & c > d"],
    ["{{ 7*7 }}", "{% for x in y %}{{ x }}{% endfor %}"],
    ["../../etc/passwd", "**không đậm** *không nghiêng* a|b"],
    ["Ủy ban nhân dân xã Tân Thành", "xuống\ndòng"],
]


def write_csv(path: Path, rows: list[list[str]], bom: bool = True) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def letter_text(path: Path) -> str:
    """Every paragraph of a letter, tables included, one per line."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "nguoi_nhan.csv", HOSTILE)


def test_hostile_values_print_as_written(runner: CliRunner, tmp_path: Path,
                                         hostile: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(hostile), "-o",
                                  str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["0001-A-B-x.docx", "0002-7-7.docx", "0003-etc-passwd.docx",
                     "0004-UBND-xa-Tan-Thanh.docx"]
    assert all(SAFE_NAME.fullmatch(n) for n in names)
    assert not (tmp_path / "etc").exists()
    first = letter_text(out / names[0])
    assert "Kính gửi: A&B <x>" in first
    assert "đề nghị A&B <x> báo cáo" in first and "ghi chú: a < b & c > d." in first
    second = letter_text(out / names[1])
    assert "Kính gửi: {{ 7*7 }}" in second and "49" not in second
    assert "{% for x in y %}{{ x }}{% endfor %}" in second
    third = letter_text(out / names[2])
    assert "Kính gửi: ../../etc/passwd" in third
    assert "**không đậm** *không nghiêng* a|b" in third
    document = docx.Document(str(out / names[2]))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "**không đậm** *không nghiêng* a|b" in cells
    assert not any(r.bold for p in document.paragraphs for r in p.runs if "đậm" in r.text)
    assert "ghi chú: xuống dòng." in letter_text(out / names[3])


def test_rerun_rewrites_nothing_and_force_redoes(runner: CliRunner, tmp_path: Path,
                                                 hostile: Path) -> None:
    out = tmp_path / "out"
    args = ["bulk", str(SPEC), "--recipients", str(hostile), "-o", str(out)]
    runner.invoke(main, args)
    before = snapshot(out)
    again = runner.invoke(main, args)
    assert again.exit_code == 0
    assert "0 written, 4 unchanged" in again.stdout
    assert snapshot(out) == before
    forced = runner.invoke(main, [*args, "--force"])
    assert "4 written, 0 unchanged" in forced.stdout
    assert {k: v[1] for k, v in snapshot(out).items()} == {k: v[1] for k, v in before.items()}


def test_a_letter_edited_by_hand_is_kept_without_force(runner: CliRunner, tmp_path: Path,
                                                       hostile: Path) -> None:
    out = tmp_path / "out"
    args = ["bulk", str(SPEC), "--recipients", str(hostile), "-o", str(out)]
    runner.invoke(main, args)
    edited = out / "0002-7-7.docx"
    edited.write_bytes(b"edited")
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "1 kept" in result.stdout and "--force" in result.stderr
    assert edited.read_bytes() == b"edited"


def test_a_changed_spec_names_ten_kept_letters_then_counts_the_rest(
        runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = tmp_path / "spec.yaml"
    source = BULK / "xa.yaml"
    spec.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["bulk", str(spec), "--xa-cua", "Lai Châu", "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    spec.write_text(source.read_text(encoding="utf-8").replace("trich_yeu: ", "trich_yeu: Về "),
                    encoding="utf-8")
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "38 kept" in result.stdout
    assert result.stderr.count("differs from what this row gives now") == 10
    assert "... and 28 more letters that differ" in result.stderr
    assert "38 letters differ from the files in the folder" in result.stderr


def test_interrupted_run_leaves_no_partial_file_and_rerun_finishes(
        runner: CliRunner, tmp_path: Path, hostile: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ntm_docgen.files import output

    out = tmp_path / "out"
    out.mkdir()
    (out / ".0009-old.docx.abc123.part").write_bytes(b"left by a killed run")
    real = output.os.replace
    calls = []

    def interrupted(source: str, target: str) -> None:
        if str(target).startswith(str(out)):
            calls.append(target)
            if len(calls) == 3:  # Ctrl-C with the third letter written but not yet in place
                raise KeyboardInterrupt
        real(source, target)

    monkeypatch.setattr(output.os, "replace", interrupted)
    args = ["bulk", str(SPEC), "--recipients", str(hostile), "-o", str(out), "--jobs", "1"]
    stopped = runner.invoke(main, args)
    assert stopped.exit_code != 0
    assert sorted(p.name for p in out.iterdir()) == ["0001-A-B-x.docx", "0002-7-7.docx"]
    monkeypatch.setattr(output.os, "replace", real)
    finished = runner.invoke(main, args)
    assert "2 written, 2 unchanged" in finished.stdout
    assert len(list(out.glob("*.docx"))) == 4


def test_unknown_placeholder_is_refused_before_any_letter(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    recipients = write_csv(tmp_path / "r.csv", [["kinh_gui", "ghi"], ["UBND xã A", "x"]])
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(recipients),
                                  "-o", str(out)])
    assert result.exit_code == 1
    assert "{{ ghi_chu }} has no column" in result.stderr
    assert "noi_dung" in result.stderr and "row 2 cannot be written" in result.stderr
    assert not out.exists() or not list(out.iterdir())


def test_a_short_row_is_reported_and_no_letter_written(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nUBND xã A,một\nUBND xã B\nUBND xã C,ba\n",
                          encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(recipients),
                                  "-o", str(out)])
    assert result.exit_code == 1
    assert "row 3: {{ ghi_chu }} in noi_dung has no value" in result.stderr
    assert not out.exists()


def test_spec_errors_stop_the_run_with_their_path(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8").replace("  ho_ten: Nguyễn Văn A\n", ""),
                    encoding="utf-8")
    recipients = write_csv(tmp_path / "r.csv", [["kinh_gui", "ghi_chu"], ["UBND xã A", "x"]])
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(recipients),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Signer's name (ky.ho_ten): required" in result.stderr
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_xlsx_recipients(runner: CliRunner, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Kính gửi", "ghi_chu"])
    sheet.append(["UBND phường Đông Kinh", 1250000])
    sheet.append(["UBND xã Mẫu Sơn", datetime(2025, 7, 1)])
    book.save(tmp_path / "r.xlsx")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(tmp_path / "r.xlsx"),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "ghi chú: 1250000." in letter_text(out / "0001-UBND-phuong-Dong-Kinh.docx")
    assert "ghi chú: 01/07/2025." in letter_text(out / "0002-UBND-xa-Mau-Son.docx")


def test_processes_give_the_same_letters_as_one(runner: CliRunner, tmp_path: Path) -> None:
    rows = [["kinh_gui", "ghi_chu"]] + [[f"UBND xã số {i}", f"ô {i}"] for i in range(1, 25)]
    recipients = write_csv(tmp_path / "r.csv", rows)
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(recipients),
                                      "-o", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    one = {p.name: p.read_bytes() for p in (tmp_path / "1").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "2").iterdir()}
    assert one == two and len(one) == 24


def test_other_types_list_the_recipient_under_noi_nhan(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    recipients = write_csv(tmp_path / "r.csv", [["kinh_gui", "ten", "ngay_kiem_tra"],
                                                ["Phòng Nội vụ", "phường Đông Kinh", "1/9"]])
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
                                  str(recipients), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = letter_text(out / "0001-Phong-Noi-vu.docx")
    assert "- Phòng Nội vụ;" in text and "Kính gửi" not in text
    assert "LỊCH KIỂM TRA TẠI PHƯỜNG ĐÔNG KINH" in text


@pytest.mark.parametrize(("args", "said"), [
    ([], "exactly one of --recipients"),
    (["--recipients", "r.csv", "--xa-cua", "Lai Châu"], "exactly one of --recipients"),
    (["--xa-cua", "Lai Châu", "--merge", "all.pdf"], "--merge must be a .docx file, not all.pdf"),
    (["--xa-cua", "Lai Châu", "--db", "x.db"], "--db is only used with --so-rieng"),
    (["--xa-cua", "Lai Châu", "--jobs", "0"], "0 is not in the range 1 or more"),
    (["--xa-cua", " "], "--xa-cua: give the name of a province of the 2025 list"),
], ids=["no-recipients", "both", "merge-not-docx", "db-without-so-rieng", "zero-jobs",
        "empty-province"])
def test_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str], said: str) -> None:
    result = runner.invoke(main, ["bulk", str(SPEC), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert said in result.stderr


def test_an_unquoted_placeholder_in_yaml_gets_a_hint(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("loai: CV\ntrich_yeu: {{ ten }}\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(spec), "--xa-cua", "Lai Châu", "-o",
                                  str(tmp_path / "out")])
    assert result.exit_code == 1
    assert 'needs quotes (trich_yeu: "{{ ten }}")' in result.stderr


@pytest.mark.parametrize(("cores", "letters", "pdfs"), [(1, 1, 1), (2, 1, 2), (8, 7, 8)],
                         ids=["one-core", "two-cores", "eight-cores"])
def test_default_processes(monkeypatch, cores, letters, pdfs):
    """Letters: one process fewer than the cores (a second process on two cores was no faster);
    PDFs: one LibreOffice per core (two on two cores were 1.26x as fast)."""
    from ntm_docgen.bulk import runner

    monkeypatch.setattr(runner.os, "sched_getaffinity", lambda pid: set(range(cores)))
    assert (runner.default_jobs(), runner.cores()) == (letters, pdfs)


def test_a_row_missing_several_cells_is_told_its_first_in_the_specs_order(
        tmp_path: Path) -> None:
    """The keys a recipient fills were a set: which missing cell was told changed with the
    process's hash seed. It is now the first in the spec's order, whatever the seed."""
    import os
    import subprocess
    import sys

    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8").replace(
        "trich_yeu: Báo cáo kết quả", "trich_yeu: Báo cáo {{ viec }} kết quả")
        .replace("luu: VT, KT", "luu: VT, {{ ma }}"), encoding="utf-8")
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu,viec,ma\nUBND xã A,một,x,KT\nUBND xã B\n",
                          encoding="utf-8")
    told = set()
    for seed in range(6):
        result = subprocess.run(
            [sys.executable, "-m", "ntm_docgen", "bulk", str(spec), "--recipients",
             str(recipients), "-o", str(tmp_path / f"out{seed}")],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "NTM_DOCGEN_LANG": "en"})
        assert result.returncode == 1, result.stderr
        told.add(next(line for line in result.stderr.splitlines() if "row 3" in line))
    assert len(told) == 1
    assert "{{ viec }} in trich_yeu has no value" in told.pop()
