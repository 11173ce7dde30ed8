"""TRÍCH SAO of a PDF original: the parts kept are re-laid from the text read from the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.files.pdf import pdf_bytes
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _trich(runner, tmp_path: Path, today, parts: str, *options: str,
           name: str = "hd-1741.pdf") -> tuple[object, Path]:
    """A TRÍCH SAO of the 1741 guidance printed to PDF (as ``name``), keeping ``parts``: the
    command's result and the output's path."""
    original = tmp_path / name
    original.write_bytes(pdf_bytes(render_docx(load_spec(LETTER), today)))
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    copy_spec = tmp_path / "trich.yaml"
    copy_spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "trich.pdf"
    return runner.invoke(main, ["copy", str(original), "--spec", str(copy_spec), "-o", str(out),
                                "--trich", parts, *options]), out


def test_trich_sao_of_a_pdf_keeps_the_named_part(runner, tmp_path, today) -> None:
    result, out = _trich(runner, tmp_path, today, "II")
    assert result.exit_code == 0, result.output
    text = " ".join(_text(out).split())
    assert "II. NỘI DUNG" in text and "TRÍCH SAO" in text and "Số: 366/TrS-VP" in text
    assert "I. MỤC ĐÍCH" not in text and "III. CÔNG TÁC" not in text
    assert "HƯỚNG DẪN" in text  # the header is re-laid in full form


def test_trich_sao_of_a_pdf_names_a_missing_part(runner, tmp_path, today) -> None:
    result, out = _trich(runner, tmp_path, today, "VII")
    assert result.exit_code == 1 and "no part headed 'VII'" in result.output
    assert not out.exists()


def test_trich_sao_of_a_pdf_does_not_tell_the_page_numbers_it_left_out(runner, tmp_path,
                                                                      today) -> None:
    """The kept parts are re-laid from the text read; the original's page numbers and running
    heads are no part of them and the copy prints its own: not told (it was, as import tells
    it, which meant nothing to someone making a copy: a black-box run)."""
    result, _out = _trich(runner, tmp_path, today, "II")
    assert result.exit_code == 0, result.output
    assert "page numbers and running headers" not in result.output


def test_a_numbered_trich_sao_of_a_pdf_reads_it_once(runner, tmp_path, today,
                                                     monkeypatch) -> None:
    """``--allocate`` checks the parts before a number is taken and then makes the copy: the
    PDF is read once for both (a scan's OCR is minutes), and read again once it changed."""
    import ntm_docgen.importer as importer

    real, readings = importer.import_letter, []

    def counted(path, **options):  # type: ignore[no-untyped-def]
        readings.append(Path(path).name)
        return real(path, **options)

    monkeypatch.setattr(importer, "import_letter", counted)
    db = tmp_path / "so.sqlite3"
    result, out = _trich(runner, tmp_path, today, "II", "--allocate", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert readings == ["hd-1741.pdf"] and out.exists()
    assert "II. NỘI DUNG" in " ".join(_text(out).split())
    result, _out = _trich(runner, tmp_path, today, "II", "--allocate", "--db", str(db),
                          "--force")
    assert result.exit_code == 0, result.output
    assert readings == ["hd-1741.pdf"] * 2  # written again, so read again


def test_a_number_on_a_pdf_of_numbered_parts_says_which_was_kept(runner, tmp_path, today):
    """As for a Word original: ``--trich 2`` on the Kon Tum công văn printed to PDF (its parts
    1. to 3. under an opening paragraph) keeps paragraph 2 and says where part 2. is (it said
    nothing; found by a black-box run)."""
    original = tmp_path / "cv.pdf"
    original.write_bytes(pdf_bytes(render_docx(load_spec(
        LETTER.parent / "cong-van-ubnd-tinh-kon-tum.yaml"), today)))
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    copy_spec = tmp_path / "trich.yaml"
    copy_spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["copy", str(original), "--spec", str(copy_spec), "-o",
                                  str(tmp_path / "trich.pdf"), "--trich", "2"])
    assert result.exit_code == 0, result.output
    assert "the parts to copy, “2”: a number counts the body's paragraphs" in result.output
    assert "the part numbered “2.” begins at paragraph 3: give “2.”, with its dot" \
        in result.output


def test_a_trich_sao_reads_a_pdf_longer_than_a_letter_to_import(runner, tmp_path, today,
                                                                 monkeypatch) -> None:
    """A decision with its annexes runs past the pages import reads as a letter; the parts to
    keep may stand in the annexes, so a TRÍCH SAO reads its original within a limit of its own,
    and past that its message speaks of the copy, not of importing."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_IMPORT_PAGES", "1")
    result, out = _trich(runner, tmp_path, today, "II")
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("NTM_DOCGEN_MAX_TRICH_PAGES", "1")
    out.unlink()
    # a file of another name: a file of the same name and bytes is read once a process, and
    # LibreOffice prints the same bytes within the same second (CI)
    result, out = _trich(runner, tmp_path, today, "III", name="hd-1741-lan-2.pdf")
    assert result.exit_code == 1 and not out.exists()
    assert "make the TRÍCH SAO from that" in result.output
    assert "NTM_DOCGEN_MAX_TRICH_PAGES" in result.output and "import that" not in result.output


def test_pypdfs_own_notes_on_a_pdf_are_kept_from_her_screen(runner, tmp_path, today,
                                                             caplog) -> None:
    """An original whose trailer names its /Info twice (as some offices' scanners write it):
    pypdf notes "Multiple definitions in dictionary … /Info" in English each time it opens
    the file; the copy is made and says nothing of it."""
    original = tmp_path / "hd-1741.pdf"
    data = pdf_bytes(render_docx(load_spec(LETTER), today))
    trailer = data.rindex(b"trailer")
    info = data.index(b"/Info 34 0 R", trailer)
    original.write_bytes(data[:info] + b"/Info 34 0 R" + data[info:])
    copy_spec = tmp_path / "trich.yaml"
    spec = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    copy_spec.write_text(yaml.safe_dump({**spec, "hinh_thuc": "TRÍCH SAO"},
                                        allow_unicode=True), encoding="utf-8")
    caplog.set_level("WARNING")
    result = runner.invoke(main, ["copy", str(original), "--spec", str(copy_spec), "-o",
                                  str(tmp_path / "trich.pdf"), "--trich", "II"])
    assert result.exit_code == 0, result.output
    assert "Multiple definitions" not in result.output
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert "TRÍCH SAO" in _text(tmp_path / "trich.pdf")
