"""`ntm-docgen copy` refuses bad input with one clear message, exit 1 and nothing written;
`--allocate` takes the copy's number from the register's own SY/SL/TrS series."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from copy_originals import python_docx_original, write_spec

from ntm_docgen.cli.main import main
from ntm_docgen.files.wordfile import ENCRYPTED, OLE_MAGIC


def make(kind: str, folder: Path) -> Path:
    """A bad original of the given kind."""
    if kind == "missing":
        return folder / "khong-co.docx"
    if kind == "text":
        path = folder / "ghi-chu.txt"
        path.write_text("không phải văn bản Word", encoding="utf-8")
        return path
    if kind == "corrupt-docx":
        path = folder / "hong.docx"
        path.write_bytes(b"PK\x03\x04 this zip ends here")
        return path
    if kind == "zip-not-word":
        path = folder / "bang.docx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
        return path
    if kind == "broken-xml":
        path = folder / "xml-hong.docx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
        return path
    if kind == "password-docx":
        path = folder / "mat-khau.docx"
        path.write_bytes(OLE_MAGIC + b"\0" * 504 + ENCRYPTED + b"\0" * 64)
        return path
    if kind == "corrupt-pdf":
        path = folder / "hong.pdf"
        path.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
        return path
    if kind in ("password-pdf", "locked-pdf"):
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        if kind == "password-pdf":
            writer.encrypt("mat-khau")
        else:  # opens without a password; its author locked changes (an owner password)
            writer.encrypt("", "chu-so-huu", permissions_flag=-3392, algorithm="AES-256")
        path = folder / f"{kind}.pdf"
        with path.open("wb") as handle:
            writer.write(handle)
        return path
    raise AssertionError(kind)


@pytest.mark.parametrize(("kind", "message"), [
    ("missing", "no such file"),
    ("text", "is not a DOCX or PDF file"),
    ("corrupt-docx", "is not a Word document (.docx) that can be opened (damaged, or a file of "
                     "another kind given this name)"),
    ("zip-not-word", "is not a Word document"),
    ("broken-xml", "(it has no part [Content_Types].xml); open it in Word"),
    ("password-docx", "is password-protected"),
    ("corrupt-pdf", "is not a readable PDF"),
    ("password-pdf", "is password-protected"),
    ("locked-pdf", "opens without a password but its author locked it against changes"),
])
def test_bad_original(runner, tmp_path, kind, message):
    original = make(kind, tmp_path)
    out = tmp_path / ("out" + (".pdf" if original.suffix == ".pdf" else ".docx"))
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert result.output.count("Error:") == 1 and "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


@pytest.fixture
def original(tmp_path: Path) -> Path:
    return python_docx_original(tmp_path / "goc.docx")


@pytest.mark.parametrize(("spec_text", "message"), [
    ("hinh_thuc: SAO CHÉP\nco_quan: {ten: VP}\ndia_danh: Bắc Giang\n"
     "ky: {chuc_vu: CVP, ho_ten: A}\n", "hinh_thuc"),
    ("hinh_thuc: SAO Y\nco_quan: {ten: VP}\ndia_danh: Bắc Giang\n", "ky"),
    ("hinh_thuc: SAO Y\nco_quan: {ten: VP}\ndia_danh: Bắc Giang\nngay: 2018-02-30\n"
     "ky: {chuc_vu: CVP, ho_ten: A}\n", "ngay"),
    ("hinh_thuc: [SAO Y\n", "is not valid YAML"),
], ids=["unknown-form", "missing-ky", "impossible-date", "broken-yaml"])
def test_bad_spec(runner, tmp_path, original, spec_text, message):
    spec = tmp_path / "sai.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output
    assert not out.exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--dien-tu"], "--dien-tu stamps a PDF"),
    (["--sign", "x.p12"], "--sign signs a PDF"),
], ids=["dien-tu-on-docx", "sign-docx-output"])
def test_options_that_need_a_pdf(runner, tmp_path, original, args, message):
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not out.exists()


def test_refuses_to_overwrite(runner, tmp_path, original):
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    spec = str(write_spec(tmp_path))
    result = runner.invoke(main, ["copy", str(original), "--spec", spec, "-o", str(out)])
    assert result.exit_code == 1 and "--force" in result.output
    assert out.read_bytes() == b"old"
    forced = runner.invoke(main, ["copy", str(original), "--spec", spec, "-o", str(out),
                                  "--force"])
    assert forced.exit_code == 0, forced.output
    assert zipfile.is_zipfile(out)


def test_allocate_numbers_copies_in_their_own_series(runner, tmp_path, original):
    import docx

    spec = tmp_path / "so.yaml"
    spec.write_text(write_spec(tmp_path).read_text(encoding="utf-8").replace("so: 366\n", ""),
                    encoding="utf-8")
    db = tmp_path / "so-di.sqlite"
    numbers = []
    for index in (1, 2):
        out = tmp_path / f"sao-y-{index}.docx"
        result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                      str(out), "--allocate", "--db", str(db)])
        assert result.exit_code == 0, result.output
        cells = docx.Document(str(out)).tables[-1].rows[1].cells[0].paragraphs
        numbers.append([p.text for p in cells if p.text.startswith("Số:")][0])
    assert numbers == ["Số: 01/SY-VP", "Số: 02/SY-VP"]
    listed = runner.invoke(main, ["register", "list", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert listed.output.count("goc.docx") == 2  # it has no Số line: its file name


def test_allocate_over_a_spec_number_warns(runner, tmp_path, original):
    """A so: in the copy spec gives way to the register's number, and the clerk is told."""
    import docx

    db = tmp_path / "so-di.sqlite"
    out = tmp_path / "sao-y.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--allocate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "warning: so: 366 in the copy spec was replaced by 01 from the register" \
        in result.stderr
    cells = docx.Document(str(out)).tables[-1].rows[1].cells[0].paragraphs
    assert "Số: 01/SY-VP" in [p.text for p in cells]
    plain = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                 "-o", str(tmp_path / "khong-cap-so.docx")])
    assert plain.exit_code == 0 and "warning" not in plain.stderr


def test_allocate_keeps_the_number_when_the_original_is_bad(runner, tmp_path, original):
    """A SAO LỤC of an original without a SAO Y is refused before the register is asked."""
    db = tmp_path / "so-di.sqlite"
    out = tmp_path / "sl.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec",
                                  str(write_spec(tmp_path, "SAO LỤC")), "-o", str(out),
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 1 and "carries no SAO Y block" in result.output
    assert not db.exists()  # no number was taken, so the register was never opened
    assert not out.exists()


@pytest.mark.parametrize(("source", "form", "out_name", "args", "message"), [
    ("docx", "SAO Y", "out.pdf", ["--dien-tu"], "--dien-tu stamps a PDF"),
    ("docx", "SAO Y", "out.docx", ["--sign", "x.p12"], "--sign signs a PDF"),
    ("pdf", "SAO Y", "out.docx", [], "a copy of a PDF original is a PDF"),
    ("pdf", "TRÍCH SAO", "out.pdf", ["--trich", "II", "--dien-tu"], "leave one of them out"),
], ids=["dien-tu-on-docx", "sign-docx-output", "pdf-to-docx", "trich-and-dien-tu"])
def test_options_that_do_not_go_together_take_no_number(runner, tmp_path, original, source,
                                                         form, out_name, args, message):
    """Each was refused after the register had given the copy its number, left cancelled
    (four numbers “đã hủy” in a review's run): now before the register is opened."""
    from pypdf import PdfWriter

    if source == "pdf":
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        original = tmp_path / "goc.pdf"
        with original.open("wb") as handle:
            writer.write(handle)
    db = tmp_path / "so-di.sqlite"
    out = tmp_path / out_name
    result = runner.invoke(main, ["copy", str(original), "--spec",
                                  str(write_spec(tmp_path, form)), "-o", str(out), *args,
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 1
    assert message in result.output
    assert not db.exists()  # no number was taken, so the register was never opened
    assert not out.exists()


@pytest.mark.parametrize(("form", "out_name", "args", "message"), [
    ("SAO Y", "out.docx", [], "a copy of a PDF original is a PDF"),
    ("TRÍCH SAO", "out.pdf", ["--trich", "II"], "nothing letter-like found"),
], ids=["pdf-to-docx", "trich-of-a-blank-pdf"])
def test_pdf_original_limits(runner, tmp_path, form, out_name, args, message):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    original = tmp_path / "goc.pdf"
    with original.open("wb") as handle:
        writer.write(handle)
    out = tmp_path / out_name
    result = runner.invoke(main, ["copy", str(original), "--spec",
                                  str(write_spec(tmp_path, form)), "-o", str(out), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not out.exists()


@pytest.mark.parametrize("cut", ["half", "no-eof"])
def test_damaged_pdf_says_only_our_message(tmp_path, cut):
    """pypdf's own warnings (``EOF marker not found``) do not reach the terminal."""
    import subprocess
    import sys

    from reportlab.pdfgen.canvas import Canvas

    whole = tmp_path / "whole.pdf"
    canvas = Canvas(str(whole))
    canvas.drawString(100, 700, "Trang 1")
    canvas.showPage()
    canvas.save()
    data = whole.read_bytes()
    original = tmp_path / "hong.pdf"
    original.write_bytes(data[:len(data) // 2] if cut == "half" else data.replace(b"%%EOF", b""))
    out = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "ntm_docgen", "copy", str(original), "--spec",
                             str(write_spec(tmp_path)), "-o", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Error: {original}: is not a readable PDF: the file is damaged or cut off (a download "
        "that stopped, or a copy saved badly); ask the sender for the file again, or open it in "
        "a PDF reader and print it again as PDF"]
    assert not out.exists()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_draft_original_is_copied_with_a_warning(runner, tmp_path, lang):
    """The desk refuses a draft (no number yet); the command line copies it and says so."""
    import yaml
    from conftest import EXAMPLES

    from ntm_docgen import api

    data = yaml.safe_load((EXAMPLES / "000-huong-dan-1741-btdkt.yaml").read_text(encoding="utf-8"))
    data.pop("so")
    draft = tmp_path / "du-thao.docx"
    api.render(api.parse_spec(data), draft, today=date(2026, 3, 5))
    out = tmp_path / "sao-y.docx"
    result = runner.invoke(main, ["--lang", lang, "copy", str(draft), "--spec",
                                  str(write_spec(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    said = {"en": f"warning: {draft} has no number yet (“Số: /HD-BTĐKT”): it looks like a draft",
            "vi": f"{draft} chưa có số (“Số: /HD-BTĐKT”): có vẻ là bản dự thảo"}[lang]
    assert said in result.stderr
    assert result.stderr.count("\n") == 1  # one line: the warning, nothing else


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_draft_original_is_refused_before_its_copy_takes_a_number(runner, tmp_path, lang):
    """copy --allocate of a draft: exit 1 naming the file and the fix; no number taken, no
    file written; the next numbered copy of an issued original is 01."""
    import yaml
    from conftest import EXAMPLES

    from ntm_docgen import api, register

    data = yaml.safe_load((EXAMPLES / "000-huong-dan-1741-btdkt.yaml").read_text(encoding="utf-8"))
    issued = tmp_path / "da-ban-hanh.docx"
    api.render(api.parse_spec(data), issued, today=date(2026, 3, 5))
    data.pop("so")
    draft = tmp_path / "du-thao.docx"
    api.render(api.parse_spec(data), draft, today=date(2026, 3, 5))
    db = tmp_path / "so-di.sqlite3"
    out = tmp_path / "sao-y.docx"
    result = runner.invoke(main, ["--lang", lang, "copy", str(draft), "--spec",
                                  str(write_spec(tmp_path)), "-o", str(out), "--allocate",
                                  "--db", str(db)])
    assert result.exit_code == 1, result.output
    said = {"en": f"Error: {draft}: has no number yet (“Số: /HD-BTĐKT”): it is a draft, so no "
                  "number was taken for its copy; sign and issue it first",
            "vi": f"{draft}: chưa có số (“Số: /HD-BTĐKT”): đây là bản dự thảo nên chưa lấy số "
                  "cho bản sao;"}[lang]
    assert said in result.stderr
    assert "--allocate" in result.stderr.splitlines()[-1]
    assert not out.exists()
    numbered = runner.invoke(main, ["copy", str(issued), "--spec", str(write_spec(tmp_path)),
                                    "-o", str(out), "--allocate", "--db", str(db)])
    assert numbered.exit_code == 0, numbered.output
    with register.Register(db) as reg:
        assert [r.so for r in reg.entries()] == [1]  # the draft took none


def test_a_copy_dated_before_its_original_is_warned(runner, tmp_path):
    """A SAO Y of a letter of 31/05/2019 dated 09/08/2018: a slip of the year, said as the copy
    is written; the same copy dated after its original says nothing of it."""
    import yaml

    root = Path(__file__).resolve().parent.parent
    original = tmp_path / "106.docx"
    made = runner.invoke(main, ["render", str(root / "data" / "examples" /
                                              "003-huong-dan-106-snv-lang-son.yaml"),
                                "-o", str(original)])
    assert made.exit_code == 0, made.output
    spec = yaml.safe_load((root / "data" / "examples" / "000-sao-y-bac-giang.yaml")
                          .read_text(encoding="utf-8"))
    for day, warned in (("2018-08-09", True), ("2019-06-03", False)):
        copy_spec = tmp_path / f"sy-{day}.yaml"
        copy_spec.write_text(yaml.safe_dump({**spec, "ngay": day}, allow_unicode=True),
                             encoding="utf-8")
        done = runner.invoke(main, ["copy", str(original), "--spec", str(copy_spec), "-o",
                                    str(tmp_path / f"sy-{day}.docx")])
        assert done.exit_code == 0, done.output
        said = ("warning: ngay: the copy is dated 09/08/2018, before its original of "
                "31/05/2019")
        assert (said in done.stderr) is warned, done.stderr


@pytest.mark.parametrize(("name", "issued"), [("cv_2026_vktqg_185.pdf", "26/03/2026"),
                                              ("cv_2026_laocai_7432.pdf", "21/07/2026")])
def test_a_copy_dated_before_an_e_office_original_is_warned(runner, tmp_path, name, issued):
    """An e-office letter's day and month are drawn by the văn thư's signature field, not in
    the page's text ("Hà Nội, ngày tháng năm 2026"): they are read from the field, and a copy
    dated before them is warned as for a Word original (it was not; found by a black-box run)."""
    import yaml

    root = Path(__file__).resolve().parent.parent
    original = root / "tests" / "data" / "derive" / "real_pdf" / name
    spec = yaml.safe_load((root / "data" / "examples" / "000-sao-y-bac-giang.yaml")
                          .read_text(encoding="utf-8"))
    copy_spec = tmp_path / "sy.yaml"
    copy_spec.write_text(yaml.safe_dump({**spec, "ngay": "2018-08-09"}, allow_unicode=True),
                         encoding="utf-8")
    done = runner.invoke(main, ["copy", str(original), "--spec", str(copy_spec), "-o",
                                str(tmp_path / "sy.pdf")])
    assert done.exit_code == 0, done.output
    assert f"the copy is dated 09/08/2018, before its original of {issued}" in done.stderr, \
        done.stderr
