"""The render, new and types commands: exit codes, messages, no overwrite, no partial files."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import DATA
from docxview import open_docx, paragraphs, texts

from ntm_docgen.cli.main import main
from ntm_docgen.letter.spec import load_copy_spec
from ntm_docgen.vietnamese.loai import all_loai

GOOD = DATA / "specs" / "good.minimal.yaml"


def test_render_writes_a_docx(runner, tmp_path):
    out = tmp_path / "kh.docx"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    assert "KẾ HOẠCH" in texts(paragraphs(open_docx(out.read_bytes())))


def test_existing_output_needs_force(runner, tmp_path):
    out = tmp_path / "kh.docx"
    out.write_bytes(b"keep me")
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out)])
    assert result.exit_code == 1
    assert "already exists; pass --force" in result.output
    assert out.read_bytes() == b"keep me"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--force"])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"PK")


def test_bad_spec_exits_1_with_one_message_and_writes_nothing(runner, tmp_path):
    out = tmp_path / "x.docx"
    result = runner.invoke(main, ["render", str(DATA / "specs" / "bad.quyen-han-prefix.yaml"),
                                  "-o", str(out)])
    assert result.exit_code == 1
    assert "ky.quyen_han[1]" in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_missing_spec(runner, tmp_path):
    result = runner.invoke(main, ["render", str(tmp_path / "nope.yaml"), "-o",
                                  str(tmp_path / "x.docx")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_output_must_be_docx_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2 and "must be a .docx" in result.output


def test_output_folder_missing_is_made(runner, tmp_path):
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "no" / "x.docx")])
    assert result.exit_code == 0 and (tmp_path / "no" / "x.docx").is_file()


def test_output_folder_made_for_a_failed_run_is_removed(tmp_path, monkeypatch):
    from ntm_docgen.files.output import write_with

    def fail(tmp):
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        write_with(tmp_path / "a" / "b" / "x.docx", fail)
    assert list(tmp_path.iterdir()) == []


def test_failed_render_leaves_no_partial_file(runner, tmp_path, monkeypatch):
    import ntm_docgen.files.output as fileio

    def broken(self, data):
        with open(self, "wb") as handle:
            handle.write(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.Path, "write_bytes", broken)
    out = tmp_path / "x.docx"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out)])
    assert result.exit_code == 1 and "Error: the disk is full" in result.output
    assert list(tmp_path.iterdir()) == []


def test_pdf_without_libreoffice_is_a_clear_error(runner, tmp_path, monkeypatch):
    import ntm_docgen.files.soffice as soffice

    monkeypatch.setattr(soffice, "NAMES", ())
    monkeypatch.setattr(soffice, "install_paths", lambda *where: [])
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "x.docx"), "--pdf"])
    assert result.exit_code == 1
    assert "LibreOffice is needed for PDF output" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []  # not even the .docx


def test_a_failed_conversion_leaves_neither_file(runner, tmp_path, monkeypatch):
    import ntm_docgen.files.pdf as pdf
    from ntm_docgen.errors import ConversionError

    def fails(sources, out_dir, profile=None):
        raise ConversionError("LibreOffice could not convert letter.docx: broken")

    monkeypatch.setattr(pdf, "convert", fails)
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(tmp_path / "x.docx"), "--pdf"])
    assert result.exit_code == 1 and "could not convert" in result.output
    assert list(tmp_path.iterdir()) == []


def test_pdf_through_libreoffice(runner, tmp_path):
    out = tmp_path / "x.docx"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-1.")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "KẾ HOẠCH" in text


@pytest.mark.parametrize("loai", [t.ma or "CV" for t in all_loai()])
def test_new_skeleton_renders_for_every_type(runner, tmp_path, loai):
    spec = tmp_path / "spec.yaml"
    result = runner.invoke(main, ["new", loai, "-o", str(spec)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 5000
    # the name of the movement in typographic quotes, as Word sets what a clerk types
    from docxview import open_docx, paragraphs, texts

    printed = " ".join(texts(paragraphs(open_docx(out.read_bytes())))).replace("\n", " ")
    assert "“Chung sức xây dựng nông thôn mới”" in printed and '"' not in printed


def test_new_prints_to_stdout_and_rejects_unknown_types(runner):
    result = runner.invoke(main, ["new", "ke hoach"])
    assert result.exit_code == 0 and result.output.startswith("# Kế hoạch")
    assert "loai: KH" in result.output
    result = runner.invoke(main, ["new", "XYZ"])
    assert result.exit_code == 1 and "not a known type" in result.output


@pytest.mark.parametrize(("typed", "form"), [("SY", "SAO Y"), ("sao lục", "SAO LỤC"),
                                             ("TrS", "TRÍCH SAO")])
def test_new_of_a_copy_form_writes_the_copy_spec_of_copy(runner, tmp_path, typed, form):
    """A clerk who asks for a SAO Y skeleton gets the copy spec that `copy` reads (no skeleton
    copy spec existed anywhere, a black-box run found): it names `copy` and parses as one."""
    out = tmp_path / "sy.yaml"
    result = runner.invoke(main, ["new", typed, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "ntm-docgen copy ORIGINAL --spec COPY.yaml" in text
    copy = load_copy_spec(out)
    assert copy.hinh_thuc == form
    assert copy.noi_nhan[0] == "CT, các PCT UBND tỉnh"  # one recipient, commas and all


def test_types_lists_every_code(runner):
    result = runner.invoke(main, ["types"])
    assert result.exit_code == 0
    for code in ("NQ", "QĐ", "HD", "KH", "BC", "TTr", "GM", "CTr", "PB"):
        assert f"\n{code} " in result.output
    assert "công văn (form 1.5)" in result.output
    assert "\nCV*   Công văn" in result.output
    result = runner.invoke(main, ["types", "--json"])
    assert '"ma": "QyĐ"' in result.output


def test_every_listed_code_gives_a_skeleton_that_renders(runner, tmp_path):
    rows = json.loads(runner.invoke(main, ["types", "--json"]).output)
    cong_van = [r for r in rows if r["layout"] == "cong_van"]
    assert cong_van == [{"ma": "CV", "ten": "Công văn", "layout": "cong_van", "ky_hieu_ma": ""}]
    for row in rows:
        spec = tmp_path / f"{row['ten']}.yaml"
        result = runner.invoke(main, ["new", row["ma"], "-o", str(spec)])
        assert result.exit_code == 0, (row, result.output)
        result = runner.invoke(main, ["render", str(spec), "-o", str(spec.with_suffix(".docx"))])
        assert result.exit_code == 0, (row, result.output)


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "ntm_docgen", "--version"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "ntm-docgen" in result.stdout


def test_written_files_get_the_usual_permissions(runner, tmp_path):
    import os

    out = tmp_path / "kh.docx"
    runner.invoke(main, ["render", str(GOOD), "-o", str(out)])
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


SAO_LUC = ("ban_sao:\n  hinh_thuc: SAO LỤC\n  co_quan: {ten: VĂN PHÒNG, viet_tat: VP}\n"
           "  dia_danh: Lạng Sơn\n  ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn B}\n")


@pytest.mark.parametrize(("change", "warning"), [
    (lambda t: t + "noi_nhan: [Như trên, UBND tỉnh]\n",
     'warning: noi_nhan[0]: "Như trên" refers to a Kính gửi line'),
    (lambda t: t + SAO_LUC, "warning: ban_sao.hinh_thuc: a SAO LỤC is made from a sao y"),
    (lambda t: t.replace("Nguyễn Văn A", "NGUYỄN VĂN AN"),
     'warning: ky.ho_ten: "NGUYỄN VĂN AN" is in capitals'),
    (lambda t: t + SAO_LUC.replace("SAO LỤC", "SAO Y").replace("Lê Văn B", "LÊ VĂN BÌNH"),
     'warning: ban_sao.ky.ho_ten: "LÊ VĂN BÌNH" is in capitals'),
    (lambda t: t + "luu: TH\n", 'warning: luu: "TH" does not start with VT'),
    (lambda t: t + "luu: VT, TH\n", None),
    (lambda t: t, None),
], ids=["nhu-tren-without-kinh-gui", "sao-luc-on-an-original", "name-in-capitals",
        "copy-signer-in-capitals", "luu-without-vt", "luu-with-vt", "none"])
def test_render_warns_about_what_renders_but_is_wrong(runner, tmp_path, change, warning):
    spec = tmp_path / "s.yaml"
    text = change(GOOD.read_text(encoding="utf-8"))  # a signer's name, not the forms' sample
    spec.write_text(re.sub(r"Nguyễn Văn A\b", "Nguyễn Văn An", text), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 0 and (tmp_path / "a.docx").is_file()
    if warning is None:
        assert "warning" not in result.stderr
    else:
        assert warning in result.stderr
