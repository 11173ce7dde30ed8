"""The digits a pen wrote in a scan's blank, read by a second recogniser: PaddleOCR's PP-OCR
text recogniser in ONNX, run on the CPU by onnxruntime, from the rapidocr-onnxruntime package
(its model ships inside it: nothing is downloaded). It reads handwritten digits Tesseract does
not; a value is taken only when its four looks at the blank read the same digits
(docs/accuracy.md, "the pen's blanks read by a second recogniser")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer import watch

#: The marks a look may read at a blank's ends, the printed letters beside it (the colon of
#: ``Số:``, the ký hiệu's slash) or the full stop a clerk puts after a number: left out.
EDGE_MARKS = "/:;.,|()-_'\"`~。"
#: The margin of white round the blank in the first three looks and the fourth (pixels).
_MARGIN, _WIDE = 8, 24

#: A blank a hand writes a number in (pixels): at least 8 each way and at most 16 times as wide
#: as high, room for a dozen digits. One out of that shape is read by neither recogniser: a
#: strip 30,000 pixels wide took this one's four looks 54 s and 740 MB, Tesseract's longer.
BLANK_LEAST, BLANK_WIDEST = 8, 16

_RECOGNISER: list[Any] = []
#: Whether it loaded in this process: [None], [the error it failed with], or [] before a try.
_MISSING: list[Exception | None] = []


def missing() -> str | None:
    """Why the recogniser cannot read here, or None when it can: a scan is then read with
    Tesseract alone, its handwritten numbers and days as before, and told so (``setapart``).
    It is not installed on Python 3.13 and later (its wheels stop at 3.12), and its OpenCV
    needs the system's libGL and GLib."""
    if not _MISSING:
        try:
            _recogniser()
            _MISSING.append(None)
        except (ImportError, OSError) as e:
            _MISSING.append(e)
    error = _MISSING[0]
    if error is None:
        return None
    if "lib" in str(error) and ".so" in str(error):  # OpenCV without the system's libGL, GLib
        return _("the reader of digits written by hand cannot start ({reason}): install the "
                 "system's libraries it needs (Debian/Ubuntu: apt-get install libgl1 "
                 "libglib2.0-0)").format(reason=str(error))
    return _("the reader of digits written by hand is not installed (pip install "
             "rapidocr-onnxruntime, on Python 3.12 or earlier)")


def _recogniser() -> Any:
    """PP-OCR's recogniser alone (no finding of text lines: the blank is known), loaded once a
    process (about a second) with the package's own settings and model."""
    if not _RECOGNISER:
        import rapidocr_onnxruntime
        from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer
        from rapidocr_onnxruntime.utils import read_yaml

        root = Path(rapidocr_onnxruntime.__file__).parent
        config = read_yaml(str(root / "config.yaml"))["Rec"]
        config["model_path"] = str(root / config["model_path"])
        if not Path(config["model_path"]).is_file():
            raise OSError(config["model_path"])
        _RECOGNISER.append(TextRecognizer(config))
    return _RECOGNISER[0]


def _look(blank: Any, margin: int) -> str:
    """The text one look reads on ``blank`` (grey) with ``margin`` pixels of white round it,
    its spaces left out."""
    import numpy as np
    from PIL import ImageOps

    watch.tick()
    framed = ImageOps.expand(blank, margin, fill=255).convert("RGB")
    pixels = np.asarray(framed)[:, :, ::-1].copy()  # the recogniser reads OpenCV's BGR
    ((text, _score),), _seconds = _recogniser()([pixels])
    return "".join(str(text).split())


def looks(blank: Any) -> list[str]:
    """What the recogniser reads on ``blank`` as cut, with coarse greys, enlarged twice, and
    with a wider margin."""
    from PIL import Image

    grey = blank.convert("L")
    coarse = grey.point([(v // 16) * 17 for v in range(256)])
    twice = grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS)
    return [_look(grey, _MARGIN), _look(coarse, _MARGIN), _look(twice, _MARGIN),
            _look(grey, _WIDE)]


def readable(width: int, height: int) -> bool:
    """Whether a blank of ``width`` by ``height`` pixels has a handwritten number's shape.

    >>> readable(120, 40), readable(30_000, 80), readable(400, 1), readable(4, 40)
    (True, False, False, False)
    """
    return height >= BLANK_LEAST and BLANK_LEAST <= width <= BLANK_WIDEST * height


def digits(blank: Any) -> str | None:
    """The digits the looks read alike on ``blank``, the marks at their ends left out, or
    None: a look that read the slash beside the blank as a ``1`` (``52401`` for 5240) or lost
    a digit (``46`` for 464) is outvoted by none, it stops the reading; but the wider
    margin's look, whose digits are drawn smallest, may lose one digit at an end of what the
    three others read alike (``23`` read ``3``, ``464`` read ``46``: ``handwritten`` refuses
    a ``1`` at an end where ink runs into the cut)."""
    if missing() is not None or not readable(*blank.size):
        return None
    *close, wide = (look.strip(EDGE_MARKS) for look in looks(blank))
    found = set(close)
    value = found.pop() if len(found) == 1 else ""
    lost = len(wide) == len(value) - 1 > 0 and (value.startswith(wide) or value.endswith(wide))
    if wide != value and not lost:
        return None
    return value if value.isdigit() and value.isascii() else None
