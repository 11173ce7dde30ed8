"""`import` of a PDF letter whose page is turned (``/Rotate`` 90, 180, 270): read as the upright
letter is, the same spec.

The turned copies are made here with pypdf from a committed real letter (Lào Cai's công văn
7432/2026, provenance in ``tests/data/derive/real_pdf/provenance.tsv``), whose number and date
a signature field draws: a turned page's fields are read turned back with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfWriter, Transformation

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.pdfturn import page_turns, upright_scan

LETTER = Path(__file__).parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"


@pytest.fixture(scope="module")
def upright() -> dict[str, Any]:
    spec = import_letter(LETTER).spec
    assert spec["so"] == 7432 and str(spec["ngay"]) == "2026-07-21"  # the fields' own
    return spec


@pytest.mark.parametrize("angle", [90, 180, 270], ids=["90", "180", "270"])
def test_a_page_turned_by_its_rotate_reads_as_the_upright_letter(
        upright: dict[str, Any], angle: int, tmp_path: Path) -> None:
    """Was refused as "nothing letter-like" (its first line ``và và và``): pdfminer turns the
    page's words with the page, so they lay on their side."""
    writer = PdfWriter(clone_from=LETTER)
    for page in writer.pages:
        page.rotate(angle)
    turned = tmp_path / f"turned_{angle}.pdf"
    writer.write(turned)
    assert import_letter(turned).spec == upright


def _without_fields(path: Path) -> PdfWriter:
    writer = PdfWriter(clone_from=path)
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    return writer


@pytest.mark.parametrize("angle", [90, 270], ids=["90", "270"])
def test_a_page_drawn_turned_and_shown_upright_by_its_rotate_reads_as_drawn(
        angle: int, tmp_path: Path) -> None:
    """A scanner's PDF: the content drawn on its side, ``/Rotate`` showing it upright; the
    letters already stand upright as the page is shown, and are read as they stand."""
    plain = tmp_path / "plain.pdf"
    _without_fields(LETTER).write(plain)
    writer = _without_fields(LETTER)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        moved = Transformation().translate(-float(page.mediabox.left),
                                           -float(page.mediabox.bottom)).rotate(angle)
        page.add_transformation(moved.translate(height, 0) if angle == 90
                                else moved.translate(0, width))
        page.mediabox.lower_left = page.cropbox.lower_left = (0, 0)
        page.mediabox.upper_right = page.cropbox.upper_right = (height, width)
        page.rotation = angle
    drawn = tmp_path / f"drawn_{angle}.pdf"
    writer.write(drawn)
    import pdfplumber

    with pdfplumber.open(drawn) as pdf:
        assert page_turns(pdf.pages) == {}  # nothing to turn back
    assert import_letter(drawn).spec == import_letter(plain).spec


def _whole_readings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item for each reading of a first page that ran to its end (the pen's blanks, read
    last)."""
    from ntm_docgen.importer import ocrpage

    ends: list[int] = []
    real = ocrpage.read_blanks

    def counted(*args: Any, **kwargs: Any) -> Any:
        ends.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ocrpage, "read_blanks", counted)
    return ends


def test_a_scanned_page_turned_by_its_rotate_is_read_by_ocr_upright(
        scanned_7432: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Was refused as "nothing letter-like" (its first line ``Đ. C œ E0 rà mà 3 mo``): the
    page was drawn for OCR as it is shown, lying on its side."""
    writer = PdfWriter(clone_from=scanned_7432)
    writer.pages[0].rotate(90)
    turned = tmp_path / "scan_turned.pdf"
    writer.write(turned)
    readings = _whole_readings(monkeypatch)
    spec = import_letter(turned).spec
    assert (spec["so"], spec["ky_hieu"], str(spec["ngay"])) == (7432, "UBND-XD", "2026-07-21")
    assert spec["co_quan"]["ten"] == "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI"
    assert len(readings) == 1  # read whole once, turned upright


@pytest.mark.parametrize("angle", [0, 90, 180, 270], ids=["upright", "90", "180", "270"])
def test_a_scanned_picture_is_stood_upright_by_its_orientation(scanned_7432: Path,
                                                               angle: int) -> None:
    """As the page is drawn for OCR (300 dpi): turned clockwise by ``angle``, turned back."""
    with Image.open(scanned_7432.with_name("page-1.png")) as picture:
        picture = picture.resize((picture.width * 3 // 2, picture.height * 3 // 2))
    back, turn = upright_scan(picture.rotate(-angle, expand=True))
    assert turn == (360 - angle) % 360
    assert back.size == picture.size


@pytest.mark.parametrize("angle", [90, 270], ids=["90", "270"])
def test_a_photo_taken_turned_is_read_by_ocr_upright(scanned_7432: Path, tmp_path: Path,
                                                     angle: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo (.png) of the page lying on its side, as a phone saves it without turning it.
    Turned one way Tesseract reads its words right but standing on their side, in a frame
    turned with the page: without its header's columns it was read as no letter. Its reading
    as it lies stops at the first pass, which reads poorly: the page is read whole once,
    turned (it was read whole as it lay too, the slowest of the suite's tests)."""
    photo = tmp_path / "photo.png"
    with Image.open(scanned_7432.with_name("page-1.png")) as picture:
        picture.rotate(angle, expand=True).save(photo, dpi=(200, 200))
    readings = _whole_readings(monkeypatch)
    spec = import_letter(photo).spec
    assert (spec["so"], spec["ky_hieu"], str(spec["ngay"])) == (7432, "UBND-XD", "2026-07-21")
    assert len(readings) == 1


def test_an_upright_scan_is_read_without_a_look_at_its_orientation(
        scanned_7432: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The look at a page's orientation costs about what its reading costs (1.5 to 6 s a page)
    and was taken on every scanned page: a page whose words read well is not asked."""
    import pytesseract

    looks: list[int] = []
    osd = pytesseract.image_to_osd

    def counted(*args: Any, **kwargs: Any) -> Any:
        looks.append(1)
        return osd(*args, **kwargs)

    monkeypatch.setattr(pytesseract, "image_to_osd", counted)
    readings = _whole_readings(monkeypatch)
    spec = import_letter(scanned_7432).spec
    assert (spec["so"], spec["ky_hieu"], str(spec["ngay"])) == (7432, "UBND-XD", "2026-07-21")
    assert looks == [] and len(readings) == 1


def test_a_photo_saved_with_its_exif_orientation_is_read_as_it_is_seen(
        scanned_7432: Path, tmp_path: Path) -> None:
    """A phone saves the pixels as its camera took them and says in EXIF how they are seen
    (here mirrored, orientation 2, which no look at the lines can undo): the picture is stood
    as every viewer shows it before OCR (it was read mirrored: nothing letter-like)."""
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 2  # Orientation: mirrored left to right
    with Image.open(scanned_7432.with_name("page-1.png")) as picture:
        picture.convert("RGB").transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(
            photo, dpi=(200, 200), exif=exif, quality=95)
    spec = import_letter(photo).spec
    assert (spec["so"], spec["ky_hieu"], str(spec["ngay"])) == (7432, "UBND-XD", "2026-07-21")


def _data(words: list[str]) -> dict[str, list[Any]]:
    """Tesseract's ``image_to_data`` of a line of ``words``, each 40 pixels wide, 20 tall."""
    return {"text": words, "conf": [90.0] * len(words), "left": [50 * i for i in range(len(words))],
            "top": [0] * len(words), "width": [40] * len(words), "height": [20] * len(words)}


def test_a_page_whose_first_pass_reads_poorly_is_read_no_further_as_it_stands(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that tells its first pass (``uprightread.glanced``, as ``ocrpage`` does): the
    page lying on its side stops there, and is read whole once, turned; an upright page is
    read whole once, its orientation never asked."""
    from ntm_docgen.importer import uprightread

    whole: list[tuple[int, int]] = []
    monkeypatch.setattr(uprightread, "scan_turn", lambda image: 90)

    def read(image: Any) -> list[str]:
        lying = image.width > image.height
        uprightread.glanced(_data(["ẹq", "ưđ", "qz"] * 20 if lying else
                                  ["Ủy", "ban", "nhân", "dân", "tỉnh", "Lào", "Cai"] * 10))
        whole.append(image.size)
        return ["lying"] if lying else ["upright"]

    def words_of(read: list[str]) -> list[Any]:
        from ntm_docgen.importer.pdflayout import Word

        text = "xq zq " if read == ["lying"] else "Ủy ban nhân dân tỉnh "
        return [Word(t, 0, 40, 0, 20, 20) for t in (text * 10).split()]

    lying = Image.new("L", (300, 200), 255)
    _image, turn, reading = uprightread.read_upright(lying, read, words_of)
    assert (turn, reading, whole) == (90, ["upright"], [(200, 300)])
    whole.clear()
    _image, turn, reading = uprightread.read_upright(lying.rotate(90, expand=True), read,
                                                     words_of)
    assert (turn, reading, whole) == (0, ["upright"], [(200, 300)])
