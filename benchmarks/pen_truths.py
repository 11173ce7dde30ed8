"""The pen's blanks of the held-out scans measured per blank against their truths: a number or
a day read right, read wrong, or not read (importer/handwritten.py, importer/penread.py).

    python benchmarks/pen_truths.py pages FILES CACHE   # read each scan's first page once
    python benchmarks/pen_truths.py colour FILES CACHE  # a page kept in grey, drawn in colour
    python benchmarks/pen_truths.py score CACHE          # the blanks, read and scored

FILES holds a folder per set named by its number (``18`` for held_out_18), each rebuilt from
the set's provenance.tsv (``tools/real_set.py MIRRORS FILES/18 --provenance
tests/data/letters/held_out_18/provenance.tsv``). ``pages`` reads the first page of each PDF
with the reader itself and keeps, for the scans, what it gives ``handwritten.read_blanks``
(the pen's page as a PNG, the words, the scale, the height) in CACHE/<set>/; a page already
kept is not read again (the page kept in colour when it has colour). ``colour`` draws again,
without reading it, the page of a cache kept in grey before the pen's page had colour, turned
level as the reader turns it, and keeps it only when its red channel is the grey kept
(pen-grey.png keeps that). ``score`` runs ``read_blanks`` on every kept page (its blanks' reads
kept in CACHE/reads.json by the image's bytes and the way, so a second score after a change of
the rules costs no OCR) and prints, per blank, the truth, what was taken and the verdict, then
the totals for numbers and days.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NTM_DOCGEN_LANG", "en")

import yaml  # noqa: E402

from ntm_docgen.importer import handwritten, ocrpage, penink, penread  # noqa: E402

LETTERS = ROOT / "tests" / "data" / "letters"


class _Kept(Exception):
    """The first page's inputs to ``read_blanks`` are kept: the rest of the file is not read."""


def pages(files: Path, cache: Path) -> None:
    """Each scan's first page read once by the reader, its inputs to the blanks kept."""
    from ntm_docgen.importer.pdfwords import read_pdf_text

    for folder in sorted(p for p in files.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.pdf")):
            out = cache / folder.name / path.stem
            if (out / "words.pickle").exists() or (out / "no-scan").exists():
                continue
            out.mkdir(parents=True, exist_ok=True)

            def keep(pen: Any, words: Any, scale: float, height: float,
                     out: Path = out) -> Any:
                pen.save(out / "pen.png")
                (out / "words.pickle").write_bytes(pickle.dumps((words, scale, height)))
                raise _Kept

            ocrpage.read_blanks = keep
            try:
                read_pdf_text(path)
                (out / "no-scan").write_text("")
            except _Kept:
                print(f"{folder.name}/{path.stem}: kept", flush=True)
            except Exception as e:  # noqa: BLE001 - a file the reader refuses: told, skipped
                if (out / "words.pickle").exists():
                    print(f"{folder.name}/{path.stem}: kept", flush=True)
                else:
                    print(f"{folder.name}/{path.stem}: not read ({e})", flush=True)


def colour(files: Path, cache: Path) -> None:
    """Each kept page drawn again in colour from its file: no OCR, the words as kept."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops

    from ntm_docgen.files.pdffields import drawn_document
    from ntm_docgen.importer.scan import ink_only, slope, straightened

    for out in sorted(cache.glob("*/*/words.pickle")):
        grey = out.parent / "pen-grey.png"
        kept = Image.open(grey if grey.exists() else out.parent / "pen.png")
        if kept.mode != "L":
            continue
        data, _stamps = drawn_document(files / out.parent.parent.name /
                                       f"{out.parent.name}.pdf", lambda count: None)
        document = pdfium.PdfDocument(data)
        image = document[0].render(scale=300 / 72).to_pil()
        document.close()
        pen = straightened(handwritten.pen_kept(image), slope(ink_only(image)))
        same = ImageChops.difference(handwritten._grey(pen), kept).getbbox() is None
        if same and pen.mode == "RGB":
            kept.save(grey)
            pen.save(out.parent / "pen.png")
        print(f"{out.parent.parent.name}/{out.parent.name}: {pen.mode}, "
              f"{'the grey kept' if same else 'NOT the grey kept: left'}", flush=True)


def _cached_reads(cache: Path) -> None:
    """Tesseract's and PP-OCR's answers kept by the image's bytes and the way asked."""
    import pytesseract

    store = cache / "reads.json"
    memo: dict[str, str] = json.loads(store.read_text()) if store.exists() else {}

    def remembered(kind: str, image: Any, *args: Any, real: Any) -> Any:
        name = hashlib.sha256(image.tobytes() + repr((kind, image.size, image.mode, args))
                              .encode()).hexdigest()
        if name not in memo:
            memo[name] = real()
            store.write_text(json.dumps(memo))
        return memo[name]

    string, boxes, look = pytesseract.image_to_string, pytesseract.image_to_boxes, penread._look
    pytesseract.image_to_string = lambda image, lang, config, timeout: remembered(  # type: ignore[assignment]
        "string", image, lang, config, real=lambda: string(image, lang=lang, config=config))
    pytesseract.image_to_boxes = lambda image, lang, config, output_type, timeout: remembered(  # type: ignore[assignment]
        "boxes", image, lang, config, real=lambda: boxes(image, lang=lang, config=config,
                                                         output_type=output_type))
    penread._look = lambda blank, margin: remembered(  # type: ignore[assignment]
        "look", blank, margin, real=lambda: look(blank, margin))


def _truth(set_name: str, name: str) -> dict[str, Any]:
    path = LETTERS / f"held_out_{set_name}" / f"{name}.expected.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def _verdict(want: str, found: str | None) -> str:
    return "not read" if found is None else "right" if found == want else "WRONG"


def score(cache: Path) -> dict[str, dict[str, int]]:
    """Every kept page's blanks read by ``read_blanks`` and held against its set's truth."""
    from PIL import Image

    _cached_reads(cache)
    totals = {f: {"right": 0, "WRONG": 0, "not read": 0, "printed": 0} for f in ("so", "ngay")}
    for out in sorted(cache.glob("*/*/words.pickle")):
        set_name, name = out.parent.parent.name, out.parent.name
        truth = _truth(set_name, name)
        words, scale, height = pickle.loads(out.read_bytes())
        pen = Image.open(out.parent / "pen.png")
        _, found = handwritten.read_blanks(pen, words, scale, height)
        read = dict(found)
        day = read.get("ngay")
        if day:
            d, m, y = day.split("/")
            read["ngay"] = f"{y}-{m}-{d}"
        asked = _asked(words, height)
        for field in ("so", "ngay"):
            want = str(truth.get(field) or "")
            if not want:
                continue
            if field not in asked:
                totals[field]["printed"] += 1
                continue
            got = read.get(field)
            if field == "so" and got is not None:
                got = str(int(got))
            verdict = _verdict(want, got)
            totals[field][verdict] += 1
            print(f"{set_name} {name} {field}: truth {want}, taken {got}: {verdict}")
    for field, counts in totals.items():
        print(f"{field}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return totals


def blanks(cache: Path) -> None:
    """Every blank of every kept page, read whatever the signing note says, with what each
    reader's looks give and the ink at the blank's bounds: the figures a rule is chosen on."""
    from PIL import Image

    _cached_reads(cache)
    out_dir = cache / "blanks"
    out_dir.mkdir(exist_ok=True)
    for out in sorted(cache.glob("*/*/words.pickle")):
        set_name, name = out.parent.parent.name, out.parent.name
        truth = _truth(set_name, name)
        words, scale, height = pickle.loads(out.read_bytes())
        pen = Image.open(out.parent / "pen.png")
        texts = handwritten._line_texts(words)
        signed = handwritten.signed_note([t for _n, t in sorted(texts.items())])
        want_day = str(truth.get("ngay") or "")
        for field in ("so", "ngay"):
            for line, text in sorted(texts.items()):
                mine = sorted((w for w in words if w.line == line), key=lambda w: w.x0)
                if min(w.top for w in mine) > handwritten._TOP * height:
                    continue
                span = handwritten._so_span(text) if field == "so" else \
                    handwritten._ngay_span(text)
                if span is None:
                    continue
                part = handwritten._words_in(mine, span[0], span[1])
                crop, chars, ink = handwritten._line_chars(pen, part, scale)
                k = handwritten._keyed(chars)
                cuts = []
                if field == "so":
                    so = handwritten._SO.search(k)
                    slash = handwritten._slash(k, so.end()) if so else -1
                    if so and slash > so.end() - 1:
                        cuts.append(("so", so.end() - 1, slash, str(truth.get("so") or "")))
                else:
                    found = handwritten._date_words(k)
                    if found:
                        ngay, thang, nam = found
                        cuts.append(("day", ngay.end() - 1, thang.start(), want_day[8:]))
                        if handwritten._printed_month(text) is None:
                            cuts.append(("month", thang.end() - 1, nam.start(), want_day[5:7]))
                for kind, before, after, want in cuts:
                    for n, (image, span) in enumerate(handwritten._cuts(crop, ink, chars,
                                                                         before, after)):
                        _blank_row(out_dir, f"{set_name}/{name}", kind, want, image, span,
                                   signed, "grey" if n == 0 else "ink" if image is ink
                                   else "grey, cut by the pen's wide strokes")
                break


def _blank_row(out_dir: Path, name: str, kind: str, want: str, crop: Any,
               span: tuple[int, int], signed: Any, read_on: str) -> None:
    left, right = span
    if right - left < 8:
        print(f"{name} {kind}: truth {want}; blank too narrow")
        return
    blank = crop.crop((left + 2, 0, right - 2, crop.height))
    blank.save(out_dir / f"{name.replace('/', '_')}.{kind}.{read_on.split(',')[0]}"
               f"{'.wide' if ',' in read_on else ''}.png")
    coarse = blank.point([(v // 16) * 17 for v in range(256)])
    tess = [handwritten._agreed(blank, 2), handwritten._agreed(blank, 3),
            handwritten._agreed(coarse, 2)]
    looks = penread.looks(blank)
    taken = handwritten._read(crop, (left, right))
    if taken is not None and read_on == "ink" and not penink.whole(taken, right - left,
                                                                   crop.height):
        taken = None  # the ink holds more than was read
    verdict = _verdict(want.lstrip("0") or want, (taken or "").lstrip("0") or taken) \
        if taken is not None else "not read"
    print(f"{name} {kind}: truth {want}; taken {taken}: {verdict}; tesseract {tess}; "
          f"read on the {read_on}; "
          f"pp-ocr {looks}; signed {signed}; blank {left}-{right} of {crop.width}x"
          f"{crop.height}")


def _asked(words: list[Any], height: float) -> set[str]:
    """The fields whose blank the page's reading left (a Số line with no number, a date line
    with no day)."""
    asked = set()
    for _line, text in handwritten._line_texts(words).items():
        if handwritten._so_span(text) is not None:
            asked.add("so")
        if handwritten._ngay_span(text) is not None:
            asked.add("ngay")
    return asked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("pages", "colour", "score", "blanks"))
    parser.add_argument("paths", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.what == "pages":
        pages(*args.paths)
    elif args.what == "colour":
        colour(*args.paths)
    elif args.what == "blanks":
        blanks(args.paths[0])
    else:
        score(args.paths[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
