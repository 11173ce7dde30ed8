"""A second look at an OCR'd word whose mark OCR may have missed: the tone mark a type stacks
right over a circumflex is read from its stroke, and a word read again alone is taken only
when its marks alone differ."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from ntm_docgen.importer import relook as relook_module
from ntm_docgen.importer.relook import relook
from ntm_docgen.importer.secondread import Read, as_vietnamese, better
from ntm_docgen.importer.tonestroke import stacked_tone

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def _stacked(tone: str | None) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The word ``no`` at about 300 dpi with a circumflex over its ``o`` and, right over that,
    the tone mark drawn as a type that stacks them draws it; and the word's box as OCR gives it
    when it leaves the high mark out (from the circumflex down)."""
    image = Image.new("L", (220, 150), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 50)
    draw.text((40, 60), "no", font=font, fill=0)
    left, top, right, bottom = draw.textbbox((40, 60), "no", font=font)
    o_left = left + draw.textlength("n", font=font)
    middle = (o_left + right) / 2
    hat = top - 14
    draw.line([(o_left + 3, top - 3), (middle, hat), (right - 3, top - 3)], fill=0, width=3)
    base = hat - 4  # the tone mark's foot, a little over the circumflex
    if tone == "hook":
        draw.arc((middle - 5, base - 13, middle + 5, base - 5), 180, 90, fill=0, width=2)
        draw.line([(middle, base - 5), (middle, base)], fill=0, width=2)
    elif tone == "tilde":
        draw.line([(middle - 9, base - 1), (middle - 4, base - 5), (middle + 3, base - 1),
                   (middle + 9, base - 5)], fill=0, width=2)
    elif tone == "grave":
        draw.line([(middle - 5, base - 11), (middle + 4, base)], fill=0, width=3)
    elif tone == "acute":
        draw.line([(middle + 5, base - 11), (middle - 4, base)], fill=0, width=3)
    return image, (left, hat, right, bottom)


def _top(image: Image.Image, box: tuple[int, int, int, int], height: int) -> Image.Image:
    """The crop ``relook`` reads the mark from: room above the box, down into the letters."""
    return image.crop((box[0] - 10, box[1] - round(0.6 * height), box[2] + 10,
                       box[1] + round(0.45 * height)))


@pytest.mark.parametrize(("tone", "mark"), [
    ("hook", "\u0309"), ("tilde", "\u0303"), ("grave", "\u0300"), ("acute", "\u0301"),
    (None, None)], ids=["hook-no", "tilde-no", "grave-no", "acute-no", "plain-no"])
def test_a_tone_mark_stacked_over_a_circumflex_is_read_from_its_stroke(
        tone: str | None, mark: str | None) -> None:
    image, box = _stacked(tone)
    assert stacked_tone(_top(image, box, 53), 53) == mark


def test_a_word_whose_high_mark_ocr_left_out_is_read_with_it() -> None:
    image, box = _stacked("hook")
    # OCR's first reading: the hook left out of the word, as on a page it is
    assert relook(image, [Read("nô", 96.0, box, 53)], "vie") == {0: "nổ"}
    plain, box = _stacked(None)
    assert relook(plain, [Read("nô", 96.0, box, 53)], "vie") == {}


@pytest.mark.parametrize(("first", "second", "taken"), [
    (("nô", 96), ("nổ", 64), True),  # a mark left out
    (("chầp", 77), ("chấp", 96), True),  # a surer mark
    (("nổ", 69), ("nỗ", 60), False),  # a less sure one
    (("kiểm", 94), ("kiêm", 99), False),  # a mark dropped
    (("sơ,", 96), ("SƠ,", 99), False),  # the case changed
    (("đên", 93), ("dến", 99), False),  # đ is a letter, not a mark
    (("Tông", 80), ("Tổng", 70), True),
], ids=["added", "surer", "less-sure", "dropped", "case", "d-bar", "Tong"])
def test_a_second_reading_is_taken_only_for_its_marks(
        first: tuple[str, float], second: tuple[str, float], taken: bool) -> None:
    def read(x: tuple[str, float]) -> Read:
        return Read(x[0], x[1], (0, 0, 1, 1), 1)
    assert better(read(first), read(second)) is taken


def test_a_page_of_thousands_of_words_has_at_most_most_words_looked_at_the_least_sure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of small print or a table: the second look's time and its TIFF stay bounded."""
    import pytesseract

    from ntm_docgen.importer import relook as module

    image = Image.new("L", (2480, 3508), 255)
    reads = [Read("công", 50.0 + (n % 40), (20 + (n % 40) * 60, 20 + (n // 40) * 30,
                                             70 + (n % 40) * 60, 45 + (n // 40) * 30), 25)
             for n in range(2_000)]
    pages = []

    def image_to_data(path: str, **kwargs: object) -> dict:
        with Image.open(path) as tiff:
            pages.append(tiff.n_frames)
        return {"text": [], "conf": [], "page_num": []}

    monkeypatch.setattr(pytesseract, "image_to_data", image_to_data)
    assert relook(image, reads, "vie") == {}
    assert pages == [module.MOST_WORDS]


def _capital(word: str, at: int, hat: bool) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """``word`` in capitals at about 300 dpi with an acute over its letter ``at`` and, when
    ``hat``, a circumflex under the acute as a type stacks them (``CHẤT``); and the word's box
    as OCR gives it."""
    image = Image.new("L", (320, 150), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 50)
    draw.text((40, 60), word, font=font, fill=0)
    left, top, right, bottom = draw.textbbox((40, 60), word, font=font)
    x0 = left + draw.textlength(word[:at], font=font)
    middle = (x0 + x0 + draw.textlength(word[at], font=font)) / 2
    base = top - 4
    if hat:
        draw.line([(middle - 9, top - 3), (middle, top - 12), (middle + 9, top - 3)], fill=0,
                  width=3)
        base = top - 16
    draw.line([(middle + 5, base - 11), (middle - 4, base)], fill=0, width=3)
    return image, (left, top, right, bottom)


def test_a_capital_whose_tone_stands_over_a_circumflex_ocr_left_out_gets_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``CHÁT`` read for ``CHẤT`` (held_out_15's Cục Hóa chất), and read so again alone, as on
    that scan: two marks stacked over the capital are a tone over a ``^``; one mark alone is
    the tone, and the word stays."""
    import pytesseract

    def again(word: str) -> None:  # the second reading gives what the first gave
        monkeypatch.setattr(pytesseract, "image_to_data", lambda *a, **k: {
            "text": [word], "conf": [90.0], "page_num": [1]})

    image, box = _capital("CHAT", 2, hat=True)
    again("CHÁT")
    assert relook(image, [Read("CHÁT", 91.0, box, 53)], "vie") == {0: "CHẤT"}
    plain, box = _capital("HOA", 1, hat=False)
    again("HÓA")
    assert relook(plain, [Read("HÓA", 91.0, box, 53)], "vie") == {}


@pytest.mark.parametrize(("first", "second", "before", "after", "taken"), [
    ("công", "cỗng", "nghiệp", "lập", False),  # a syllable made no syllable
    ("thẩm", "thậm", "", "quyền", False),  # a tone for another that unmakes thẩm quyền
    ("đối", "đổi", "doanh", "với", False),  # đối với
    ("cập", "cấp", "tục", "", True),  # no word either way: as sure as the first, as before
    ("chầp", "chấp", "việc", "hành", True),  # a tone for another that makes chấp hành
    ("ông/bả", "ông/bà", "", "", True),  # ông bà, inside one word OCR read
    ("nô", "nổ", "liệu", "công", True),  # a mark added, a syllable still
    ("Nguyên", "Nguyễn", "", "Văn", True),  # a name the dictionary lacks
    ("Hóa", "Hoá", "", "", True),  # the mark's place alone
], ids=["cong", "tham-quyen", "doi-voi", "cap", "chap-hanh", "ong-ba", "no", "Nguyen", "hoa"])
def test_a_second_reading_must_read_as_vietnamese(
        first: str, second: str, before: str, after: str, taken: bool) -> None:
    assert as_vietnamese(first, second, before, after) is taken


def test_the_second_look_keeps_a_word_its_second_reading_would_unmake(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The second reading (here given, as Tesseract gave it on a speck over the ``^``) is as
    sure as the first and differs in marks alone, but is no Vietnamese syllable."""
    import pytesseract

    def second(path: str, **kwargs: object) -> dict[str, list[object]]:
        return {"text": ["cỗng"], "conf": [97.0], "page_num": [1]}

    monkeypatch.setattr(pytesseract, "image_to_data", second)
    image = Image.new("L", (200, 100), 255)
    reads = [Read("các", 96.0, (10, 40, 60, 70), 30), Read("công", 90.0, (70, 40, 130, 70), 30),
             Read("lập", 96.0, (140, 40, 190, 70), 30)]
    assert relook(image, reads, "vie") == {}
    monkeypatch.setattr(relook_module, "as_vietnamese", lambda *args: True)
    assert relook(image, reads, "vie") == {1: "cỗng"}


def test_a_tone_mark_a_scan_broke_in_two_is_read_whole() -> None:
    """held_out_16's Quyết định 2336: the hook of ``Cổ`` thinned to a gap of a pixel where its
    curve meets its stem, two specks over the ``^``, so no one mark stood stacked and the word
    stayed ``Cô``; specks a pixel apart side by side are one mark (read apart, the right one
    alone is taken for an acute)."""
    image, box = _stacked("hook")
    left, hat, right, _ = box
    draw = ImageDraw.Draw(image)
    middle = (left + draw.textlength("n", font=ImageFont.truetype(FONT, 50)) + right) / 2
    base = hat - 4  # the hook's foot, as _stacked draws it: its curve cut down the middle
    draw.line([(middle, base - 15), (middle, base - 4)], fill=255, width=1)
    assert stacked_tone(_top(image, box, 53), 53) == "\u0309"


@pytest.mark.parametrize(("first", "second", "taken"), [
    ("Ca†”?", "Cai”", True),  # the i and the closing quote read as signs
    ("ngư†i", "người", True),
    ("Ca”?", "Cai”", False),  # no such sign in the first: only its marks are read again
    ("†4", "tá", False),  # a number written by hand
    ("Ca†", "Cxyz", False),  # other letters
    ("Ca†", "Caiq", False),  # no syllable of the dictionary
], ids=["Cai", "nguoi", "no-sign", "hand-number", "other-letters", "no-syllable"])
def test_a_sign_no_vietnamese_text_holds_is_read_again_as_a_letter(
        monkeypatch: pytest.MonkeyPatch, first: str, second: str, taken: bool) -> None:
    """held_out_16's company scan: ``tỉnh Lào Ca†”?`` at the end of the trích yếu, read alone
    again ``Cai”``."""
    import pytesseract

    monkeypatch.setattr(pytesseract, "image_to_data", lambda *a, **k: {
        "text": [second], "conf": [40.0], "page_num": [1]})
    image = Image.new("L", (200, 100), 255)
    reads = [Read("Lào", 96.0, (10, 40, 60, 70), 30), Read(first, 32.0, (70, 40, 130, 70), 30)]
    assert relook(image, reads, "vie") == ({1: second} if taken else {})
