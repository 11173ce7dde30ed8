"""``ntm-docgen bulk``: a province's communes, the merged file, PDFs, numbers from the register."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def kinh_gui_lines(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.startswith("Kính gửi")]


def test_every_commune_of_a_province_in_official_order(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(BULK / "xa.yaml"), "--xa-cua", "lai chau",
                                  "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "38 letters" in result.stdout
    letters = sorted(out.glob("*.docx"))
    assert len(letters) == 38
    from ntm_docgen.vietnamese.donvi import commune_units, find_province

    units = commune_units(find_province("Lai Châu"))
    for letter, unit in zip(letters, units, strict=True):
        assert kinh_gui_lines(letter) == [f"Kính gửi: {unit['kinh_gui']}"]
        body = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
        assert (f"Đề nghị Ủy ban nhân dân {unit['loai_don_vi']} {unit['ten']} "
                f"(mã {unit['ma']})") in body


@pytest.mark.parametrize(("province", "said"), [
    ("Lai Chau City", "did you mean Lai Châu"),
    ("Kon Tum", "since 01/07/2025 it is part of Quảng Ngãi"),
], ids=["typo", "merged-in-2025"])
def test_unknown_province(runner: CliRunner, tmp_path: Path, province: str, said: str) -> None:
    result = runner.invoke(main, ["bulk", str(BULK / "xa.yaml"), "--xa-cua", province,
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert said in result.stderr
    assert not (tmp_path / "out").exists()


#: The line a clerk adds to a letter in Word.
EDITED = "Dòng thêm bằng tay"


def _edit_in_word(path: Path, line: str = EDITED) -> Path:
    """``path`` as Word saves it once a clerk has added ``line`` at its end."""
    edited = docx.Document(str(path))
    edited.add_paragraph(line)
    edited.save(str(path))
    return path


def _recipients(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "r.csv"
    lines = ["kinh_gui,ten,ngay_kiem_tra"]
    lines += [f"Phòng số {i},xã Số {i},0{i}/9/2025" for i in range(1, count + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_merge_starts_each_letter_on_a_new_page(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    merged = tmp_path / "ALL.docx"
    args = ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
            str(_recipients(tmp_path, 3)), "-o", str(out), "--merge", str(merged)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"wrote {merged} (3 letters)" in result.stdout
    body = docx.Document(str(merged)).element.body
    breaks = body.findall(f"{W}p/{W}pPr/{W}sectPr")
    # each letter: the letter's section and its phụ lục's section; every one ends in a break
    assert len(breaks) == 3 * 2 - 1
    assert all(b.find(f"{W}type") is None for b in breaks)  # next page
    starts = [b.find(f"{W}pgNumType") for b in breaks[1::2]]
    assert all(s is not None and s.get(f"{W}start") == "1" for s in starts)
    text = [p.text for p in docx.Document(str(merged)).paragraphs]
    firsts = [t for t in text if t.startswith("LỊCH KIỂM TRA")]
    assert firsts == ["LỊCH KIỂM TRA TẠI XÃ SỐ 1", "LỊCH KIỂM TRA TẠI XÃ SỐ 2",
                      "LỊCH KIỂM TRA TẠI XÃ SỐ 3"]
    before = merged.stat().st_mtime_ns
    again = runner.invoke(main, args)
    assert f"{merged} is up to date" in again.stdout
    assert merged.stat().st_mtime_ns == before


def test_merge_of_a_letter_edited_in_word_goes_through_docxcompose(runner: CliRunner,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    recipients = _recipients(tmp_path, 3)
    spec = str(BULK / "ke_hoach_phu_luc.yaml")
    runner.invoke(main, ["bulk", spec, "--recipients", str(recipients), "-o", str(out)])
    _edit_in_word(sorted(out.glob("*.docx"))[1])
    merged = tmp_path / "ALL.docx"
    result = runner.invoke(main, ["bulk", spec, "--recipients", str(recipients), "-o",
                                  str(out), "--merge", str(merged)])
    assert "1 kept" in result.stdout
    text = [p.text for p in docx.Document(str(merged)).paragraphs]
    assert EDITED in text
    assert [t for t in text if t.startswith("LỊCH KIỂM TRA")] == [
        "LỊCH KIỂM TRA TẠI XÃ SỐ 1", "LỊCH KIỂM TRA TẠI XÃ SỐ 2", "LỊCH KIỂM TRA TẠI XÃ SỐ 3"]


def test_pdf_for_each_letter(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
            str(_recipients(tmp_path, 3)), "-o", str(out), "--pdf", "--jobs", "2"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "3 PDFs written" in result.stdout
    pdfs = sorted(out.glob("*.pdf"))
    assert [p.stem for p in pdfs] == [p.stem for p in sorted(out.glob("*.docx"))]
    for number, pdf in enumerate(pdfs, start=1):
        pages = PdfReader(pdf).pages
        assert len(pages) == 2  # the letter, then its phụ lục
        assert "KẾ HOẠCH" in pages[0].extract_text()
        assert f"LỊCH KIỂM TRA TẠI XÃ SỐ {number}" in pages[1].extract_text()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    again = runner.invoke(main, args)
    assert "0 PDFs written, 3 already up to date" in again.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    pdfs[1].write_bytes(b"JUNK\n")  # damaged, or another file saved under its name
    mended = runner.invoke(main, args)
    assert "1 PDF written, 2 already up to date" in mended.stdout, mended.output
    assert "LỊCH KIỂM TRA TẠI XÃ SỐ 2" in PdfReader(pdfs[1]).pages[1].extract_text()


def test_a_pdf_whose_letter_is_written_again_is_kept_without_force(runner: CliRunner,
                                                                    tmp_path: Path) -> None:
    """A rerun writing a letter whose .docx was no longer in the folder made its PDF again over
    the one there (a signed one, say) without --force (a black-box run): kept, and told."""
    out = tmp_path / "out"
    args = ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
            str(_recipients(tmp_path, 2)), "-o", str(out), "--pdf"]
    assert runner.invoke(main, args).exit_code == 0
    letter = sorted(out.glob("*.docx"))[0]
    signed = letter.with_suffix(".pdf").read_bytes() + b"% signed\n"
    letter.with_suffix(".pdf").write_bytes(signed)
    letter.unlink()
    again = runner.invoke(main, args)
    assert again.exit_code == 1
    said = " ".join(again.output.split())
    assert "1 PDF in the folder was made before its letter was written by this run" in said
    assert letter.with_suffix(".pdf").name in said and "move it out of the folder" in said
    assert "--force" not in said  # it would make every PDF again, a signed one among them
    assert letter.exists() and letter.with_suffix(".pdf").read_bytes() == signed
    letter.with_suffix(".pdf").rename(tmp_path / "aside.pdf")
    moved = runner.invoke(main, args)
    assert moved.exit_code == 0, moved.output
    assert letter.with_suffix(".pdf").read_bytes() != signed


def test_pdf_of_a_letter_edited_in_word(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    recipients = _recipients(tmp_path, 2)
    spec = str(BULK / "ke_hoach_phu_luc.yaml")
    runner.invoke(main, ["bulk", spec, "--recipients", str(recipients), "-o", str(out)])
    first = _edit_in_word(sorted(out.glob("*.docx"))[0])
    result = runner.invoke(main, ["bulk", spec, "--recipients", str(recipients), "-o",
                                  str(out), "--pdf"])
    assert "2 PDFs written" in result.stdout
    assert EDITED in "".join(
        p.extract_text() for p in PdfReader(first.with_suffix(".pdf")).pages)


def test_so_rieng_numbers_each_letter_from_the_register(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    db = str(tmp_path / "so.db")
    out = tmp_path / "out"
    args = ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
            str(_recipients(tmp_path, 3)), "-o", str(out), "--so-rieng", "--db", db]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    numbers = []
    for letter in sorted(out.glob("*.docx")):
        cells = [c.text for t in docx.Document(str(letter)).tables for r in t.rows
                 for c in r.cells]
        numbers.append([line for cell in cells for line in cell.splitlines()
                        if line.startswith("Số:")])
    assert numbers == [["Số: 01/KH-SNV"], ["Số: 02/KH-SNV"], ["Số: 03/KH-SNV"]]
    listed = runner.invoke(main, ["register", "list", "--db", db, "--json"])
    entries = json.loads(listed.stdout)
    assert len(entries) == 3
    again = runner.invoke(main, args)
    assert "0 written, 3 unchanged" in again.stdout
    assert len(json.loads(runner.invoke(main, ["register", "list", "--db", db,
                                               "--json"]).stdout)) == 3


def test_so_rieng_numbers_a_ban_sao_block_from_the_copies_series(runner: CliRunner,
                                                                   tmp_path: Path) -> None:
    db = str(tmp_path / "so.db")
    spec = tmp_path / "kh.yaml"
    spec.write_text((BULK / "ke_hoach_phu_luc.yaml").read_text(encoding="utf-8") + (
        "ban_sao:\n  hinh_thuc: SAO Y\n  co_quan: {ten: VĂN PHÒNG, viet_tat: VP}\n"
        "  dia_danh: Lạng Sơn\n  ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}\n"),
        encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(_recipients(tmp_path, 2)),
                                  "-o", str(out), "--so-rieng", "--db", db])
    assert result.exit_code == 0, result.output
    numbers = [[p.text for t in docx.Document(str(letter)).tables for r in t.rows
                for c in r.cells for p in c.paragraphs if p.text.startswith("Số:")]
               for letter in sorted(out.glob("*.docx"))]
    assert numbers == [["Số: 01/KH-SNV", "Số: 01/SY-VP"], ["Số: 02/KH-SNV", "Số: 02/SY-VP"]]
    entries = json.loads(runner.invoke(main, ["register", "list", "--db", db,
                                              "--json"]).stdout)
    assert sorted(e["so_hieu"] for e in entries) == ["01/KH-SNV", "01/SY-VP", "02/KH-SNV",
                                                     "02/SY-VP"]
    assert all(e["sha256"] for e in entries)


def _merge_args(tmp_path: Path, count: int, merged: Path) -> list[str]:
    return ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
            str(_recipients(tmp_path, count)), "-o", str(tmp_path / "out"), "--merge",
            str(merged)]


def test_merge_refuses_a_file_it_did_not_write(runner: CliRunner, tmp_path: Path) -> None:
    merged = tmp_path / "m3.docx"
    merged.write_text("x\n")
    args = _merge_args(tmp_path, 2, merged)
    for _ in range(2):  # the rerun must not call the foreign file up to date either
        result = runner.invoke(main, args)
        assert result.exit_code == 1
        assert f"{merged} already exists and is not the merged file" in result.stderr
        assert "--force" in result.stderr
        assert "up to date" not in result.stdout
        assert "wrote" not in result.stdout
        assert merged.read_text() == "x\n"
    assert not (tmp_path / "out").exists()  # refused before a letter is written
    forced = runner.invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"wrote {merged} (2 letters)" in forced.stdout
    assert len(docx.Document(str(merged)).paragraphs) > 2


def test_merge_edited_by_hand_is_kept(runner: CliRunner, tmp_path: Path) -> None:
    merged = tmp_path / "ALL.docx"
    args = _merge_args(tmp_path, 2, merged)
    assert runner.invoke(main, args).exit_code == 0
    _edit_in_word(merged, "Sửa tay")
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "is not the merged file of these letters" in result.stderr
    assert "Sửa tay" in [p.text for p in docx.Document(str(merged)).paragraphs]


def test_merge_follows_new_letters(runner: CliRunner, tmp_path: Path) -> None:
    """The merged file of the earlier letters is ours: a run that adds a letter refreshes it."""
    merged = tmp_path / "ALL.docx"
    assert runner.invoke(main, _merge_args(tmp_path, 2, merged)).exit_code == 0
    result = runner.invoke(main, _merge_args(tmp_path, 3, merged))
    assert result.exit_code == 0, result.output
    assert "1 written, 2 unchanged" in result.stdout
    assert f"wrote {merged} (3 letters)" in result.stdout
    text = [p.text for p in docx.Document(str(merged)).paragraphs]
    assert "LỊCH KIỂM TRA TẠI XÃ SỐ 3" in text


def test_merge_through_docxcompose_is_the_same_bytes_again(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    merged = tmp_path / "ALL.docx"
    args = _merge_args(tmp_path, 3, merged)
    runner.invoke(main, args[:-2])
    _edit_in_word(sorted((tmp_path / "out").glob("*.docx"))[1])
    first = runner.invoke(main, args)
    assert f"wrote {merged} (3 letters)" in first.stdout
    written = merged.read_bytes()
    again = runner.invoke(main, args)
    assert f"{merged} is up to date" in again.stdout
    assert merged.read_bytes() == written


def test_so_rieng_puts_each_letter_on_the_disk_before_the_register_records_it(
        runner: CliRunner, tmp_path: Path, disk_events) -> None:
    out = tmp_path / "out"
    out.mkdir()
    events = disk_events.watch(out)
    result = runner.invoke(main, ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
                                  str(_recipients(tmp_path, 2)), "-o", str(out), "--so-rieng",
                                  "--db", str(tmp_path / "so.db")])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.glob("*.docx"))
    assert len(names) == 2
    flushed = [e for e in events if not e.startswith("data ")]
    assert flushed == [step for name in names
                       for step in (f"rename to {name}", "sync out", "register")], events
    assert [e.startswith("data ") for e in events] == [True, False, False, False] * 2, events
