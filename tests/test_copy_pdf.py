"""`ntm-docgen copy` on PDF originals: paper copy, electronic copy (ô 14), signature."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest
from copy_originals import page_fonts, write_spec
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    create_string_object,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.cli.main import main
from ntm_docgen.copies.pdfcopy import ink

WIDTH, HEIGHT = A4


def pdf_original(path: Path, pages: int, last_lines: int, version: tuple = (1, 3)) -> Path:
    """A typeset PDF (not made by the project): full pages, then ``last_lines`` lines."""
    canvas = Canvas(str(path), pagesize=A4, pdfVersion=version)
    for page in range(pages):
        count = 52 if page < pages - 1 else last_lines
        for line in range(count):
            canvas.setFont("Helvetica", 11)
            canvas.drawString(85, HEIGHT - 60 - line * 14, f"Trang {page + 1}, dong {line + 1}")
        canvas.showPage()
    canvas.save()
    return path


sizes: dict[str, float] = {}


def positions(page) -> dict[str, tuple[float, float]]:
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, size):  # noqa: ARG001
        if text.strip():
            found.setdefault(text.strip(), (tm[4], tm[5]))
            sizes[text.strip()] = size * tm[0]

    page.extract_text(visitor_text=visit)
    return found


def copy(runner, original: Path, spec: Path, out: Path, *extra: str):
    return runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                *extra])


@pytest.mark.parametrize(("last_lines", "pages_after"), [(10, 2), (50, 3)],
                         ids=["room-under-content", "last-page-full"])
def test_paper_copy(runner, tmp_path, last_lines, pages_after):
    original = pdf_original(tmp_path / "original.pdf", 2, last_lines)
    out = tmp_path / "copy.pdf"
    result = copy(runner, original, write_spec(tmp_path), out)
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert len(reader.pages) == pages_after
    assert reader.pdf_header >= "%PDF-1.4"
    before = PdfReader(original)
    for index, page in enumerate(before.pages):  # the original's text is all still there
        assert page.extract_text() in reader.pages[index].extract_text()
    last = reader.pages[-1].extract_text()
    for text in ("UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "Số: 366/SY-VP", "SAO Y",
                 "Bắc Giang, ngày 09 tháng 8 năm 2018", "Nơi nhận:", "- Lưu: NC.",
                 "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Đức Đăng"):
        assert text in last
    data = out.read_bytes()
    box = ink(data, len(reader.pages) - 1)
    assert box is not None and box.bottom < HEIGHT - 20 / 25.4 * 72  # inside the bottom margin
    if pages_after == 2:
        assert "added page" not in result.output
        content_end = ink(original.read_bytes(), 1).bottom
        assert HEIGHT - positions(reader.pages[-1])["SAO Y"][1] > content_end
    else:
        assert "added page" in result.output


def test_sao_luc_of_a_pdf_sao_y(runner, tmp_path):
    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    sao_y = tmp_path / "sao-y.pdf"
    assert copy(runner, original, write_spec(tmp_path), sao_y).exit_code == 0
    out = tmp_path / "sao-luc.pdf"
    refused = copy(runner, original, write_spec(tmp_path, "SAO LỤC"), out)
    assert refused.exit_code == 1 and "carries no SAO Y block" in refused.output
    assert not out.exists()
    result = copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), out)
    assert result.exit_code == 0, result.output
    assert "Số: 366/SL-VP" in PdfReader(out).pages[-1].extract_text()


def test_electronic_copy_stamp(runner, tmp_path):
    original = pdf_original(tmp_path / "original.pdf", 2, 10)
    out = tmp_path / "dien-tu.pdf"
    result = copy(runner, original, write_spec(tmp_path), out, "--dien-tu")
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first = positions(reader.pages[0])
    assert first["SAO Y"][0] > WIDTH / 2 and first["SAO Y"][1] > HEIGHT - 20 / 25.4 * 72
    assert "UBND TỈNH BẮC GIANG - VĂN PHÒNG" in first, "the parent first, as a header has it"
    stamp = [t for t in first if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", t)]
    assert len(stamp) == 1
    fonts = {str(f.get_object()["/BaseFont"])
             for f in page_fonts(reader.pages[0])}
    assert any("Times" in f or "LiberationSerif" in f for f in fonts), fonts
    assert {sizes[t] for t in ("SAO Y", "UBND TỈNH BẮC GIANG - VĂN PHÒNG", stamp[0])} == {10}
    assert "Nơi nhận" not in reader.pages[-1].extract_text()


def test_an_electronic_copy_says_the_specs_date_is_not_printed(runner, tmp_path):
    """ô 14 of an electronic copy bears the moment it is made; the spec's ngay (09/08/2018)
    would be dropped without a word: said, and not for a paper copy, which prints it."""
    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    spec = write_spec(tmp_path)
    electronic = copy(runner, original, spec, tmp_path / "dien-tu.pdf", "--dien-tu")
    assert electronic.exit_code == 0, electronic.output
    assert "ngay: 09/08/2018 is not printed on an electronic copy" in electronic.stderr
    paper = copy(runner, original, spec, tmp_path / "giay.pdf")
    assert paper.exit_code == 0 and "not printed" not in paper.stderr


def certificate(path: Path, password: bytes) -> tuple[Path, bytes]:
    """A throwaway self-signed certificate with its key, as PKCS#12."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Văn phòng UBND tỉnh Bắc Giang")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"vpubnd", key, cert, None, serialization.BestAvailableEncryption(password)))
    return path, cert.public_bytes(serialization.Encoding.DER)


def test_signed_electronic_copy(runner, tmp_path):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    cert, der = certificate(tmp_path / "vp.p12", b"mat-khau")
    out = tmp_path / "signed.pdf"
    result = copy(runner, original, write_spec(tmp_path), out, "--dien-tu", "--sign", str(cert),
                  "--sign-pass", "mat-khau")
    assert result.exit_code == 0, result.output
    with out.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert len(signatures) == 1
        trust = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
        status = validate_pdf_signature(signatures[0], trust)
        assert status.intact and status.valid and status.trusted
    assert "SAO Y" in PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()


def test_wrong_certificate_password(runner, tmp_path):
    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    cert, _der = certificate(tmp_path / "vp.p12", b"mat-khau")
    out = tmp_path / "signed.pdf"
    result = copy(runner, original, write_spec(tmp_path), out, "--dien-tu", "--sign", str(cert),
                  "--sign-pass", "sai")
    assert result.exit_code == 1
    assert "could not be read as a PKCS#12 certificate" in result.output
    assert not out.exists()


def test_wrong_certificate_password_takes_no_number(runner, tmp_path):
    """review11 #3: the password was tried after the register gave the copy its number, which
    was then cancelled; it is tried first."""
    import json

    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    cert, _der = certificate(tmp_path / "vp.p12", b"mat-khau")
    db = tmp_path / "so.sqlite"
    result = copy(runner, original, write_spec(tmp_path), tmp_path / "signed.pdf", "--dien-tu",
                  "--sign", str(cert), "--sign-pass", "sai", "--allocate", "--db", str(db))
    assert result.exit_code == 1
    assert "could not be read as a PKCS#12 certificate" in result.output
    listed = runner.invoke(main, ["register", "list", "--db", str(db), "--json"])
    assert not db.exists() or json.loads(listed.stdout or "[]") == [], listed.output


@pytest.fixture
def extractions(monkeypatch):
    """The pages whose text is read, in order."""
    from ntm_docgen.copies import pdftext

    real = pdftext._lines
    seen: list[int] = []

    def counted(document, index):  # type: ignore[no-untyped-def]
        seen.append(index)
        return real(document, index)

    monkeypatch.setattr(pdftext, "_lines", counted)
    return seen


def test_sao_y_reads_two_pages_and_sao_luc_little_and_once(runner, tmp_path, extractions):
    """A SAO Y reads the text of the original's last page and first, once each, where a copy
    block stands (a copy of a copy is refused: contract10 finding 1), and no other; its
    block's form names its form word, and a SAO LỤC of it reads the same two pages. Numbered,
    the SAO LỤC reads each page at most once to take the original's number (page 1's header,
    then the page, then the others: this one has no Số line)."""
    original = pdf_original(tmp_path / "original.pdf", 3, 10)
    sao_y = tmp_path / "sao-y.pdf"
    assert copy(runner, original, write_spec(tmp_path), sao_y).exit_code == 0
    assert extractions == [2, 0]
    extractions.clear()
    forms = PdfReader(sao_y).pages[-1]["/Resources"]["/XObject"]
    assert [str(x.get_object()["/NtmCopyBlock"]) for x in forms.values()] == ["SAO Y"]
    plain = copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), tmp_path / "plain.pdf")
    assert plain.exit_code == 0, plain.output
    assert extractions == [2, 0]  # the last page (its block), then page 1
    out = tmp_path / "sao-luc.pdf"
    db = tmp_path / "so-di.sqlite3"
    result = copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), out, "--allocate",
                  "--db", str(db))
    assert result.exit_code == 0, result.output
    assert sorted(extractions) == [0, 1, 2]
    extractions.clear()
    refused = copy(runner, original, write_spec(tmp_path, "SAO LỤC"), tmp_path / "x.pdf")
    assert refused.exit_code == 1 and "carries no SAO Y block" in refused.output
    assert extractions == [1]  # no block anywhere: every page, once (2 and 0 read above)


def test_a_sao_y_made_elsewhere_is_found_by_its_text(runner, tmp_path, extractions,
                                                     monkeypatch):
    """A SAO Y whose block's form does not name its form word (made by another program) is
    found by reading its text, the last page first."""
    from ntm_docgen.copies import pdfstamp

    real = pdfstamp.stamp
    monkeypatch.setattr("ntm_docgen.copies.pdfcopy.stamp",
                        lambda *args: real(*args[:5], None))
    original = pdf_original(tmp_path / "original.pdf", 3, 10)
    sao_y = tmp_path / "sao-y.pdf"
    assert copy(runner, original, write_spec(tmp_path), sao_y).exit_code == 0
    forms = PdfReader(sao_y).pages[-1]["/Resources"]["/XObject"]
    assert all("/NtmCopyBlock" not in x.get_object() for x in forms.values())
    out = tmp_path / "sao-luc.pdf"
    extractions.clear()
    assert copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), out).exit_code == 0
    assert extractions == [2, 0]  # the last page, where its block is, and page 1 (none other)


def test_a_marked_form_the_page_does_not_draw_is_no_sao_y(runner, tmp_path):
    """A form named like the copy block's and marked SAO Y, but left in the page's resources
    with nothing drawing it (a block taken away, or a file made to pass): no SAO Y is found,
    the SAO LỤC is refused as for any original."""
    writer = PdfWriter(clone_from=str(pdf_original(tmp_path / "original.pdf", 1, 10)))
    form = DecodedStreamObject()
    form.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([FloatObject(0)] * 4),
                 NameObject("/NtmCopyBlock"): create_string_object("SAO Y")})
    resources = writer.pages[0]["/Resources"].get_object()
    resources[NameObject("/XObject")] = DictionaryObject(
        {NameObject("/NtmBanSao"): writer._add_object(form)})
    marked = tmp_path / "marked.pdf"
    writer.write(marked)
    refused = copy(runner, marked, write_spec(tmp_path, "SAO LỤC"), tmp_path / "x.pdf")
    assert refused.exit_code == 1 and "carries no SAO Y block" in refused.output


def test_a_received_electronic_sao_y_makes_a_sao_luc(runner, tmp_path):
    """A received electronic copy writes its block in a signature field at the top right of
    page 1 (``SAO Y; <copying body>;`` then the signing time), no part of the page's text until
    the field is drawn: it is a sao y, and a SAO LỤC of it is made (it was refused as having no
    text to read; found by a black-box run on Cần Thơ's Kế hoạch 70)."""
    received = tmp_path / "received.pdf"
    page = Canvas(str(received), pagesize=A4)
    for n in range(12):
        page.drawString(90, 700 - 20 * n, f"Noi dung ke hoach, dong {n + 1}.")
    page.acroForm.textfield(name="sao", value="SAO Y; UBND THANH PHO CAN THO;", x=300,
                            y=800, width=280, height=18, borderWidth=0)
    page.save()
    made = copy(runner, received, write_spec(tmp_path, "SAO LỤC"), tmp_path / "sl.pdf")
    assert made.exit_code == 0, made.output
    assert (tmp_path / "sl.pdf").is_file()


def test_the_block_is_painted_after_the_page_kept_as_stored(runner, tmp_path):
    """The original page's content is kept byte for byte (not parsed and written again),
    wrapped in q/Q, and the block is a form painted after it; a SAO LỤC of the SAO Y paints a
    second form under a name of its own."""
    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    sao_y, sao_luc = tmp_path / "sao-y.pdf", tmp_path / "sao-luc.pdf"
    assert copy(runner, original, write_spec(tmp_path), sao_y).exit_code == 0
    assert copy(runner, sao_y, write_spec(tmp_path, "SAO LỤC"), sao_luc).exit_code == 0
    stored = PdfReader(original).pages[0]["/Contents"].get_object().get_data()
    for path, forms in ((sao_y, 1), (sao_luc, 2)):
        page = PdfReader(path).pages[0]
        streams = [c.get_object().get_data() for c in page["/Contents"]]
        assert streams[0].strip() == b"q" and streams[forms] == stored
        painted = [x for x in page["/Resources"]["/XObject"].values()
                   if x.get_object()["/Subtype"] == "/Form"]
        assert len(painted) == forms
        assert streams[-1].split()[:2] == [b"Q", b"q"] and streams[-1].endswith(b"Do Q\n")
    text = PdfReader(sao_luc).pages[0].extract_text()
    assert "SAO Y" in text and "SAO LỤC" in text


def numbered_original(path: Path) -> Path:
    """Three pages of a Kế hoạch whose Số line shares its baseline with the place and date."""
    from ntm_docgen.copies.pdfblock import face

    canvas = Canvas(str(path), pagesize=A4, pdfVersion=(1, 5))
    for page in range(3):
        canvas.setFont(face(), 11)  # a font with Vietnamese letters
        if page == 0:
            canvas.drawString(85, HEIGHT - 60, "UBND TINH BAC GIANG")
            canvas.drawString(85, HEIGHT - 90, "Số: 12/KH-UBND")
            canvas.drawString(330, HEIGHT - 90, "Bắc Giang, ngày 05 tháng 01 năm 2026")
        for line in range(30):
            canvas.drawString(85, HEIGHT - 300 - line * 14, f"Trang {page + 1}, dong {line + 1}")
        canvas.showPage()
    canvas.save()
    return path


def test_a_numbered_copy_reads_the_number_from_page_1_header_alone(runner, tmp_path,
                                                                   extractions):
    """``--allocate`` names the original by its Số line, read from page 1's header region (the
    Số line shares its baseline with the place and date); no page's whole text is read for it
    (the last page's and the first's are, once, for a copy block there)."""
    from ntm_docgen import register

    original = numbered_original(tmp_path / "ke-hoach.pdf")
    db = tmp_path / "so-di.sqlite3"
    result = copy(runner, original, write_spec(tmp_path), tmp_path / "sao-y.pdf",
                  "--allocate", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert extractions == [2, 0]  # the last page and the first, once each
    with register.Register(db) as reg:
        (row,) = reg.entries()
    assert row.trich_yeu == "số 12/KH-UBND (ke-hoach.pdf)"


def test_a_numbered_copy_opens_the_original_with_pdfium_once(runner, tmp_path, monkeypatch):
    """The Số line, the pages' text and where the content ends are read from one pdfium
    document of the original, not from one opened for each."""
    from ntm_docgen.copies import pdfink

    opened: list[object] = []
    real = pdfink.pdfium.PdfDocument

    def counted(source, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pdfink.pdfium, "PdfDocument", counted)
    original = pdf_original(tmp_path / "original.pdf", 3, 10, version=(1, 5))
    db = tmp_path / "so-di.sqlite3"
    result = copy(runner, original, write_spec(tmp_path), tmp_path / "sao-y.pdf", "--allocate",
                  "--db", str(db))
    assert result.exit_code == 0, result.output
    assert len(opened) == 1


def test_a_numbered_copy_loads_page_1_once(runner, tmp_path, monkeypatch):
    """Page 1, loaded to read the Số line, is measured as it is (not loaded and parsed again)."""
    from ntm_docgen.copies import pdfink

    loaded: list[int] = []
    real = pdfink.pdfium.PdfDocument.get_page

    def counted(self, index):  # type: ignore[no-untyped-def]
        loaded.append(index)
        return real(self, index)

    monkeypatch.setattr(pdfink.pdfium.PdfDocument, "get_page", counted)
    original = numbered_original(tmp_path / "ke-hoach.pdf")
    db = tmp_path / "so-di.sqlite3"
    result = copy(runner, original, write_spec(tmp_path), tmp_path / "sao-y.pdf", "--allocate",
                  "--db", str(db))
    assert result.exit_code == 0, result.output
    assert loaded.count(0) == 1 and 2 in loaded  # page 1 for the Số line and the measure
    loaded.clear()
    other = tmp_path / "ke-hoach-2.pdf"  # not the file whose header lines were just read
    other.write_bytes(original.read_bytes())
    result = copy(runner, other, write_spec(tmp_path), tmp_path / "plain.pdf")
    assert result.exit_code == 0, result.output  # its Số line read too: is it a draft?
    assert loaded.count(0) == 1 and 2 in loaded


def test_a_copy_closes_what_it_opened_with_pdfium(runner, tmp_path):
    """The original's pdfium document is closed once the copy is made or refused, numbered or
    not (left open, each copy of a desk would hold one)."""
    import gc

    import pypdfium2

    from ntm_docgen.copies import pdforiginal

    def alive() -> int:
        gc.collect()
        return sum(isinstance(o, pypdfium2.PdfDocument) for o in gc.get_objects())

    original = pdf_original(tmp_path / "original.pdf", 2, 10, version=(1, 5))
    before = alive()
    db = tmp_path / "so-di.sqlite3"
    for name, extra in (("a.pdf", ["--allocate", "--db", str(db)]), ("b.pdf", [])):
        result = copy(runner, original, write_spec(tmp_path), tmp_path / name, *extra)
        assert result.exit_code == 0, result.output
    refused = copy(runner, original, write_spec(tmp_path, "SAO LỤC"), tmp_path / "c.pdf",
                   "--allocate", "--db", str(db))  # its text read to look for a SAO Y block
    assert refused.exit_code == 1 and "carries no SAO Y block" in refused.output
    assert pdforiginal._KEPT.__dict__.get("files") == {}  # noqa: SLF001
    assert alive() == before


def test_a_numbered_copy_is_on_the_disk_before_the_register_records_it(runner, tmp_path,
                                                                        disk_events):
    """Its data flushed once before the rename, its folder once after; then the register's
    line; an unnumbered copy flushes nothing."""
    original = pdf_original(tmp_path / "original.pdf", 2, 10, version=(1, 5))
    db = tmp_path / "so-di.sqlite3"
    assert copy(runner, original, write_spec(tmp_path), tmp_path / "first.pdf", "--allocate",
                "--db", str(db)).exit_code == 0  # the register made
    folder = tmp_path / "out"
    folder.mkdir()
    events = disk_events.watch(folder)
    result = copy(runner, original, write_spec(tmp_path), folder / "sao-y.pdf", "--allocate",
                  "--db", str(db))
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"data \.sao-y\.pdf\.\d+-\d+\.part", events[0]), events
    assert events[1:] == ["rename to sao-y.pdf", "sync out", "register"]
    events.clear()
    plain = copy(runner, original, write_spec(tmp_path), folder / "plain.pdf")
    assert plain.exit_code == 0, plain.output
    assert events == ["rename to plain.pdf"]


@pytest.mark.parametrize("refusal", ["EINVAL", "EBADF", "ENOTSUP"])
def test_a_folder_whose_file_system_cannot_flush_it_still_gets_its_numbered_copy(
        runner, tmp_path, monkeypatch, refusal):
    """Some file systems (shares mounted from another machine, a virtual machine's shared
    folder) refuse to flush a folder: the copy is written and its number recorded, as
    PostgreSQL does for its own folders, instead of a number cancelled beside a copy left on the
    disk and an error in the system's English."""
    import errno
    import os
    import stat

    from ntm_docgen.register import Register

    real_sync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(getattr(errno, refusal), os.strerror(getattr(errno, refusal)))
        real_sync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    original = pdf_original(tmp_path / "original.pdf", 1, 10, version=(1, 5))
    db = tmp_path / "so-di.sqlite3"
    out = tmp_path / "sao-y.pdf"
    result = copy(runner, original, write_spec(tmp_path), out, "--allocate", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert [(e.so, e.trang_thai) for e in Register(str(db)).entries()] == [(1, "da_ghi")]


@pytest.mark.parametrize("extra", [[], ["--dien-tu"], ["--allocate"]],
                         ids=["paper", "electronic", "numbered"])
def test_a_copy_calls_pdfium_one_thread_at_a_time(runner, tmp_path, pdfium_calls, extra):
    """The desk copies in its worker threads while other threads draw previews: pdfium may not
    be called from two threads at once, even on two documents (pypdfium2), so a copy opens,
    reads and closes its documents and pages holding the lock the previews hold."""
    original = numbered_original(tmp_path / "ke-hoach.pdf")
    db = ["--db", str(tmp_path / "so-di.sqlite3")] if "--allocate" in extra else []
    result = copy(runner, original, write_spec(tmp_path), tmp_path / "sao-y.pdf", *extra, *db)
    assert result.exit_code == 0, result.output
    assert pdfium_calls and all(owned for _name, owned in pdfium_calls), pdfium_calls


@pytest.mark.parametrize("fill", [0.3, 0.97], ids=["room-on-the-page", "page-added"])
def test_a_scans_block_keeps_the_decrees_margins(runner, tmp_path, fill):
    """A scan's picture covers the paper to its edges, so the page's ink says nothing of where
    the text's margins are: the block keeps the decree's (its Nơi nhận at 30 mm from the left),
    where it was drawn from the paper's edge, "Nơi nhận:" at 2 pt (found by a black-box run on
    Cần Thơ's Kế hoạch 70)."""
    from PIL import Image, ImageDraw

    picture = Image.new("L", (595, 842), 255)
    pen = ImageDraw.Draw(picture)
    pen.rectangle((0, 0, 3, 841), fill=40)  # the scanner's shadow along the paper's edge
    pen.rectangle((591, 0, 594, 841), fill=40)
    pen.rectangle((85, 60, 510, int(842 * fill)), fill=0)  # the letter's print
    scan = tmp_path / "scan.pdf"
    page = Canvas(str(scan), pagesize=A4)
    page.drawInlineImage(picture, 0, 0, WIDTH, HEIGHT)
    page.save()
    out = tmp_path / "sy.pdf"
    made = copy(runner, scan, write_spec(tmp_path, "SAO Y"), out)
    assert made.exit_code == 0, made.output
    pages = len(PdfReader(str(out)).pages)
    boxes = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), "-bbox", str(out),
                            "-"], capture_output=True, text=True, check=True).stdout
    lefts = [float(x) for x in re.findall(r'xMin="([\d.]+)"[^>]*>Nơi</word>', boxes)]
    assert lefts and min(lefts) >= 30 * 72 / 25.4 - 1, lefts


@pytest.mark.parametrize(("co_quan", "line"), [
    ({"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "ỦY BAN NHÂN DÂN\nXÃ MẪU SƠN"},
     "UBND TỈNH LẠNG SƠN - ỦY BAN NHÂN DÂN XÃ MẪU SƠN"),
    ({"ten": "ỦY BAN NHÂN DÂN\nXÃ MẪU SƠN"}, "ỦY BAN NHÂN DÂN XÃ MẪU SƠN"),
], ids=["commune-given-a-parent", "commune-alone"])
def test_the_electronic_block_names_the_copying_body_not_run_on_into_its_parent(co_quan, line):
    """"ỦY BAN NHÂN DÂN XÃ MẪU SƠN UBND TỈNH LẠNG SƠN" read as one body's name (contract12
    #19): the parent comes first, as a header prints it above the body."""
    from ntm_docgen.copies.pdfblock import stamp_lines
    from ntm_docgen.letter.spec import parse_copy_spec

    copy = parse_copy_spec({"hinh_thuc": "SAO Y", "co_quan": co_quan, "dia_danh": "Mẫu Sơn",
                            "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Đinh Văn Hùng"}})
    assert stamp_lines(copy, dt.datetime(2026, 12, 6, 9, 24, 17))[1:] == [line,
                                                                       "2026-12-06T09:24:17"]


def test_an_allocated_electronic_copy_is_dated_on_the_day_its_block_states(tmp_path):
    """On a computer whose clock is in another zone (a server on UTC before 07:00 in Việt
    Nam), the register said one day and the stamp the next, and the clerk was told to remove
    a ngay she never typed (review): the copy is dated on the day ô 14 states."""
    from datetime import date, datetime, timedelta

    from ntm_docgen import api
    from ntm_docgen.copies import VIETNAM

    original = pdf_original(tmp_path / "original.pdf", 1, 10)
    spec = write_spec(tmp_path).read_text(encoding="utf-8")
    spec = "\n".join(line for line in spec.splitlines()
                     if not line.startswith(("ngay:", "so:"))) + "\n"
    (tmp_path / "sy.yaml").write_text(spec, encoding="utf-8")
    ban_sao = api.load_copy_spec(tmp_path / "sy.yaml")
    here = datetime.now(VIETNAM).date()
    db = str(tmp_path / "so.sqlite3")
    done = api.copy_document(tmp_path / "original.pdf", ban_sao, tmp_path / "dien-tu.pdf",
                             today=here - timedelta(days=1), dien_tu=True, allocate=True, db=db)
    assert not any("is not printed" in w for w in done.result.warnings), done.result.warnings
    with api.open_register(db) as register:
        rows = register.entries()
    assert [row.ngay for row in rows] == [here]
    assert isinstance(here, date) and original.exists()
