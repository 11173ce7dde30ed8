"""A copy of a PDF 1.4+ original is appended to it as an incremental update: the original's
bytes kept whole (a signature in it still covers what it signed), only the copy's objects after
them; an older or a mended original is written whole, as before."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from copy_originals import write_spec
from pypdf import PdfReader, PdfWriter
from test_copy_pdf import certificate, copy, pdf_original, positions


def newer(path: Path, pages: int, last_lines: int) -> Path:
    return pdf_original(path, pages, last_lines, version=(1, 7))


def check_appended(original: Path, out: Path, pages: int, last_text: str) -> None:
    """The original's bytes start the copy; strict readers and pdfium read every page."""
    data, before = out.read_bytes(), original.read_bytes()
    assert data.startswith(before) and len(data) > len(before)
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == pages
    assert last_text in reader.pages[-1].extract_text()
    document = pdfium.PdfDocument(data)
    assert len(document) == pages
    assert last_text.split()[0] in document[pages - 1].get_textpage().get_text_range()
    document.close()


@pytest.mark.parametrize(("last_lines", "pages"), [(10, 2), (50, 3)],
                         ids=["block-under-content", "added-page"])
def test_a_copy_is_appended_to_a_newer_original(runner, tmp_path, last_lines, pages):
    original = newer(tmp_path / "original.pdf", 2, last_lines)
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    check_appended(original, out, pages, "Nguyễn Đức Đăng")
    tail = out.read_bytes()[len(original.read_bytes()):]
    assert b"xref\n0 1\n" in tail and b"/Prev" in tail  # a table section, as the original has
    if pages == 3:  # the added page is counted in its page tree and numbered
        assert "3" in PdfReader(out).pages[-1].extract_text().split()


def test_an_original_whose_last_section_is_a_stream_gets_a_stream(runner, tmp_path):
    first = newer(tmp_path / "first.pdf", 1, 10)
    writer = PdfWriter(first, incremental=True)  # pypdf's own update: a cross-reference stream
    writer.add_metadata({"/Title": "Kế hoạch"})
    original = tmp_path / "original.pdf"
    writer.write(original)
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    check_appended(original, out, 1, "Nguyễn Đức Đăng")
    tail = out.read_bytes()[len(original.read_bytes()):]
    assert b"/XRef" in tail and b"\nxref\n" not in tail
    assert PdfReader(out).metadata.title == "Kế hoạch"


def test_a_sao_luc_is_appended_to_the_appended_sao_y(runner, tmp_path):
    original = newer(tmp_path / "original.pdf", 1, 10)
    sao_y = tmp_path / "sao-y.pdf"
    assert copy(runner, original, write_spec(tmp_path), sao_y).exit_code == 0
    out = tmp_path / "sao-luc.pdf"
    result = copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), out)
    assert result.exit_code == 0, result.output
    check_appended(sao_y, out, 1, "Số: 366/SL-VP")
    page = PdfReader(out).pages[0]
    assert {"/NtmBanSao", "/NtmBanSao1"} <= set(page["/Resources"]["/XObject"])
    assert "Số: 366/SY-VP" in page.extract_text()


@pytest.mark.parametrize("damage", ["offsets-shifted", "wrong-startxref"])
def test_a_mended_original_is_written_whole(runner, tmp_path, damage):
    data = newer(tmp_path / "good.pdf", 1, 10).read_bytes()
    if damage == "offsets-shifted":  # bytes inserted after the header: every offset is off
        at = data.index(b"\n") + 1
        data = data[:at] + b"\n" * 7 + data[at:]
    else:
        at = data.rindex(b"startxref\n") + len(b"startxref\n")
        data = data[:at] + b"99" + data[at:]
    original = tmp_path / "original.pdf"
    original.write_bytes(data)
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    written = out.read_bytes()
    assert not written.startswith(data)
    reader = PdfReader(io.BytesIO(written), strict=True)
    assert "Nguyễn Đức Đăng" in reader.pages[0].extract_text()


def signed_original(tmp_path: Path, version: tuple[int, int], stamp_bottom: int):
    """An original signed by the issuer (pyHanko, an incremental update, a visible stamp whose
    bottom is at ``stamp_bottom``); the certificate's DER for a validator to trust."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec

    unsigned = pdf_original(tmp_path / "unsigned.pdf", 1, 10, version=version)
    cert, der = certificate(tmp_path / "ubnd.p12", b"mat-khau")
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(cert), passphrase=b"mat-khau")
    with unsigned.open("rb") as handle:
        signed = signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name="UBND"), signer=signer,
            new_field_spec=SigFieldSpec("UBND", on_page=0, box=(300, stamp_bottom, 500, 600)),
        ).sign_pdf(IncrementalPdfFileWriter(handle))
    original = tmp_path / "signed.pdf"
    original.write_bytes(signed.getvalue())
    return original, der


@pytest.mark.parametrize("version", [(1, 7), (1, 4)], ids=["pdf-1.7", "pdf-1.4"])
def test_the_originals_signature_still_covers_what_it_signed(runner, tmp_path, version):
    """A signed original of PDF 1.4 (as scanners and older signing tools leave the header) is
    appended to as well: its cross-reference table gets a table after it."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    stamp_bottom = 480  # a visible stamp under the text, as the signer's office places it
    original, der = signed_original(tmp_path, version, stamp_bottom)
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    check_appended(original, out, 1, "Nguyễn Đức Đăng")
    # the copy block starts below the signature's stamp, not over it
    assert positions(PdfReader(out).pages[0])["SAO Y"][1] < stamp_bottom - 10
    trust = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    with out.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert len(signatures) == 1
        status = validate_pdf_signature(signatures[0], trust)
        # the signed bytes are untouched; the copy's block is a later revision
        assert status.intact and status.valid
        assert status.coverage.name == "ENTIRE_REVISION", status.coverage
        # and a validator says the document was changed after it was signed (page content)
        assert status.modification_level.name == "OTHER"


def test_an_original_whose_trailer_understates_its_objects_gets_new_numbers(runner, tmp_path):
    """A /Size smaller than the objects the file holds: the copy's objects are numbered after
    the highest one, not over the catalog and the pages."""
    data = newer(tmp_path / "first.pdf", 2, 10).read_bytes()
    size = re.search(rb"/Size \d+", data)
    assert size is not None
    original = tmp_path / "original.pdf"
    original.write_bytes(data.replace(size.group(), b"/Size 3".ljust(len(size.group()))))
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    check_appended(original, out, 2, "Nguyễn Đức Đăng")


@pytest.mark.parametrize(("version", "warned"), [((1, 3), True), ((1, 7), False)],
                         ids=["pdf-1.3-written-whole", "pdf-1.7-appended"])
def test_a_signed_original_written_whole_is_said(runner, tmp_path, version, warned):
    """An original that cannot be appended to (older than PDF 1.4, or mended while read) is
    written whole, and its signature no longer covers the file: the clerk is told so."""
    original, _der = signed_original(tmp_path, version, 480)
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(original.read_bytes()) is not warned
    assert ("its digital signature does not hold in the copy" in result.output) is warned
    # the desk shows the copy's warnings: the library says it, not the command line alone
    import ntm_docgen

    ban_sao = ntm_docgen.load_copy_spec(write_spec(tmp_path))
    done = ntm_docgen.copy_document(original, ban_sao, tmp_path / "again.pdf",
                                    today=date(2026, 5, 20))
    said = [w for w in done.result.warnings if "digital signature does not hold" in w]
    assert len(said) == int(warned) and all(original.name in w for w in said)
