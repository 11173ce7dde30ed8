"""A PDF signed digitally with a visible stamp over its header or date line (contract11 findings
3, 4, 10 and 13): the stamp's text is no part of the letter. The letter reads as it reads
unsigned; the signature is told once, who and when; text of a font with no Unicode map
(``(cid:0)``) never lands in a field; a TRÍCH SAO whose original's header is not read whole is
refused before a number is taken; a TRÍCH SAO of a PDF locked against changes is made.

The PDFs are made here: a committed letter rendered and printed by LibreOffice, then signed
with pyHanko (its default stamp font has no Unicode map for Vietnamese, as signing tools' often
have none), with a throwaway certificate."""

from __future__ import annotations

import html
import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
import yaml
from test_copy_pdf import certificate

from ntm_docgen.cli.main import main
from ntm_docgen.derive import derive_file
from ntm_docgen.files.pdf import pdf_bytes
from ntm_docgen.importer import import_letter
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"
PROFILE = ROOT / "data" / "profiles" / "lang-son-snv-2019.yaml"
TODAY = date(2026, 11, 23)
SIGNER = "Văn phòng UBND tỉnh Bắc Giang"  # the certificate's name (test_copy_pdf.certificate)


def _date_line(pdf: Path) -> tuple[float, float, float, float]:
    """The box (left, bottom, right, top, PDF points) of page 1's ``ngày … tháng … năm`` line."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        word = next(w for w in page.extract_words() if w["text"] == "ngày")
        height = float(page.height)
        return (float(word["x0"]) - 120, height - float(word["bottom"]) - 30,
                float(word["x0"]) + 150, height - float(word["top"]) + 40)


def _sign(original: Path, out: Path, folder: Path) -> Path:
    """``original`` signed with a visible stamp over its date line and the tiêu ngữ above it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    p12, _der = certificate(folder / "ky.p12", b"mat-khau")
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=b"mat-khau")
    box = tuple(round(v) for v in _date_line(original))
    with original.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        fields.append_signature_field(writer, fields.SigFieldSpec("Sig1", on_page=0, box=box))
        style = TextStampStyle(stamp_text="Người ký: Ủy ban nhân dân tỉnh Bắc Giang\n"
                                          "Thời gian ký: %(ts)s")
        meta = signers.PdfSignatureMetadata(field_name="Sig1", reason="Ký số")
        with out.open("wb") as target:
            signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer,
                                                                              output=target)
    return out


def _baked(signed: Path, out: Path) -> Path:
    """The signed PDF with its stamp drawn into the page's own content, as a printer to PDF
    leaves it: the stamp's text is then the page's, in its font with no Unicode map."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(signed))
    document.init_forms()
    for index in range(len(document)):
        document[index].flatten(flag=pdfium_c.FLAT_NORMALDISPLAY)
    document.save(str(out))
    document.close()
    return out


def _without_date_line(original: Path, out: Path) -> Path:
    """``original`` with its page 1's place and date line taken out of the page: a header
    the reader cannot read whole."""
    import pypdfium2 as pdfium

    left, bottom, right, top = _date_line(original)
    document = pdfium.PdfDocument(str(original))
    page = document[0]
    for item in list(page.get_objects()):
        x0, y0, x1, y1 = item.get_bounds()
        if y0 >= bottom + 25 and y1 <= top - 35 and x0 >= left + 60:
            page.remove_obj(item)
    page.gen_content()
    document.save(str(out))
    document.close()
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("ky-so")
    docx = work / "hd-1741.docx"
    docx.write_bytes(render_docx(load_spec(LETTER), TODAY))
    plain = work / "hd-1741.pdf"
    plain.write_bytes(pdf_bytes(docx.read_bytes()))
    signed = _sign(plain, work / "hd-1741-ky.pdf", work)
    return {"docx": docx, "plain": plain, "signed": signed,
            "baked": _baked(signed, work / "hd-1741-in.pdf"),
            "headless": _without_date_line(plain, work / "hd-1741-mat-ngay.pdf")}


def _dump(spec: dict) -> str:
    return yaml.safe_dump(spec, allow_unicode=True)


HEADER = ["loai", "co_quan", "so", "ky_hieu", "dia_danh", "ngay", "trich_yeu", "ky"]


def test_a_stamp_over_the_date_line_is_no_part_of_the_letter(made):
    plain, signed = import_letter(made["plain"]), import_letter(made["signed"])
    assert {k: signed.spec.get(k) for k in HEADER} == {k: plain.spec.get(k) for k in HEADER}
    assert signed.spec["ngay"] == date(2018, 7, 31) and signed.spec["dia_danh"] != "..."
    assert signed.spec["noi_dung"] == plain.spec["noi_dung"]
    assert "(cid:" not in _dump(signed.spec) and "Người ký" not in _dump(signed.spec)
    told = [str(w) for w in signed.warnings if "digital signature" in str(w)]
    assert len(told) == 1, signed.warnings
    assert SIGNER in told[0] and re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d", told[0])
    assert not any("(cid:" in str(w) for w in signed.warnings)


def test_a_stamp_drawn_into_the_page_is_told_unreadable(made):
    """Once printed into the page, the stamp's glyphs with no Unicode map are the page's:
    left out of every field and told as a line that could not be read, naming its page."""
    read = import_letter(made["baked"])
    assert "(cid:" not in _dump(read.spec), _dump(read.spec)
    assert read.spec["ngay"] == date(2018, 7, 31)
    assert any("page 1: a line in a font the PDF gives no letters for" in str(w)
               for w in read.warnings), read.warnings
    assert not any("(cid:" in str(w) for w in read.warnings)


def test_a_date_not_read_under_a_stamp_is_said_plainly(made, tmp_path):
    """A letter whose date line cannot be read and whose page 1 carries a signature's stamp:
    the clerk is told the stamp may hide the date, and where to read it."""
    read = import_letter(_sign(made["headless"], tmp_path / "ky-mat-ngay.pdf", tmp_path))
    assert "ngay" not in read.spec
    assert any(str(w).startswith("ngay: the letter's date could not be read on page 1; the "
                                 "digital signature's stamp") for w in read.warnings), read.warnings
    plain = import_letter(made["headless"])  # no stamp: nothing said of one
    assert not any("digital signature" in str(w) for w in plain.warnings)


def test_derive_from_the_signed_pdf_is_derive_from_its_word_document(made):
    """The finding's plan printed the stamp as body text and lost its source's number and
    date: from the signed PDF the plan is the one its Word document gives."""
    kwargs = {"today": TODAY, "ngay": date(2018, 8, 10)}
    from_docx = derive_file(made["docx"], PROFILE, "ke-hoach", **kwargs)
    from_signed = derive_file(made["signed"], PROFILE, "ke-hoach", **kwargs)
    assert from_signed.spec == from_docx.spec
    assert "1741" in _dump(from_signed.spec)


def _trich_spec(folder: Path) -> Path:
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    data.pop("so", None)
    spec = folder / "trich.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return spec


def test_a_trich_sao_whose_header_is_not_read_whole_is_refused(runner, made, tmp_path):
    """The finding's copy certified "..., ngày tháng năm" and "..." for the trích yếu and took
    02/TrS-UBND: refused now, naming what was not read and where, before any number."""
    db, out = tmp_path / "so.sqlite3", tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(made["headless"]), "--spec",
                                  str(_trich_spec(tmp_path)), "-o", str(out), "--trich", "II",
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "could not be read whole: the place, the date in the header on page 1" \
        in result.output
    assert "no number was taken" in result.output and "fill it in" not in result.output
    assert not out.exists()
    listed = runner.invoke(main, ["register", "list", "--db", str(db), "--json"])
    assert "TrS" not in listed.output


def test_the_desk_tells_the_refusal_and_no_field_to_fill(client, csrf, made):
    form = {"csrf_token": csrf, "hinh_thuc": "TRÍCH SAO", "trich": "II",
            "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP", "dia_danh": "Bắc Giang",
            "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Văn An",
            "noi_nhan": ["Các sở, ban, ngành"]}
    pdf = made["headless"]
    answer = client.post("/sao", data=form, files={"tep": (pdf.name, pdf.read_bytes())})
    assert answer.status_code == 422, answer.text
    page = html.unescape(answer.text)
    assert "could not be read whole" in page and "no number was taken" in page
    assert "fill it in" not in page and "'...'" not in page


def test_the_signed_pdfs_trich_sao_prints_its_header_as_issued(runner, made, tmp_path):
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(made["signed"]), "--spec",
                                  str(_trich_spec(tmp_path)), "-o", str(out), "--trich", "II"])
    assert result.exit_code == 0, result.output
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "ngày 31 tháng 7 năm 2018" in text and "..." not in text and "(cid" not in text


def _locked(original: Path, out: Path) -> Path:
    """``original`` locked against changes by an owner password; it opens with none."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(original.read_bytes())))
    writer.encrypt("", "chu-so-huu", permissions_flag=-3392, algorithm="AES-256")
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def test_a_trich_sao_of_a_pdf_locked_against_changes_is_made(runner, made, tmp_path):
    """A TRÍCH SAO sets its parts anew, adding nothing to the file: the lock does not stop it
    (derive and import read such a file too); a SAO Y, which adds its block, is refused."""
    locked = _locked(made["plain"], tmp_path / "khoa.pdf")
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(locked), "--spec", str(_trich_spec(tmp_path)),
                                  "-o", str(out), "--trich", "II"])
    assert result.exit_code == 0, result.output
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "II." in text and "TRÍCH SAO" in text
    sao_y = runner.invoke(main, ["copy", str(locked), "--spec", str(SAO_Y), "-o",
                                 str(tmp_path / "sao-y.pdf")])
    assert sao_y.exit_code == 1 and "locked it against changes" in sao_y.output
