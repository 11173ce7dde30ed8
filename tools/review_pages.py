"""Every family of letter as the clerk receives it, for a visual review: PDFs, pages as PNG and
how much of each page lies empty under its last line.

    python tools/review_pages.py OUT_DIR [--dpi 70]

Writes under OUT_DIR: every example of ``data/examples/`` (``ex/``), the real letters re-made as
specs (``real/``), the skeleton of every type from ``new`` (``new/``), a SAO Y, SAO LỤC and
TRÍCH SAO of a DOCX and of a PDF and an electronic copy (``copy/``), and three bulk letters of
two specs with ``--pdf`` (``bulk/``); each PDF's pages as ``<name>-<page>.png`` (``pdftoppm``),
and one line per PDF: its pages, each page's empty share in % (``letter/paginate.py``'s
measure) and its fonts. Look at every PNG beside the layout rules (``docs/layout.md``); the
review of a date is written in ``docs/layout-review.md``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ntm_docgen import api  # noqa: E402
from ntm_docgen.letter.paginate import A4_HEIGHT, empty_share, page_lines  # noqa: E402

EXAMPLES = ROOT / "data" / "examples"
REAL = ROOT / "tests" / "data" / "specs" / "real"
SAO_Y = EXAMPLES / "000-sao-y-bac-giang.yaml"
RECIPIENTS = ("kinh_gui,ten,ghi_chu,ngay_kiem_tra\n"
              "Ủy ban nhân dân xã Tân Thành,xã Tân Thành,đúng hạn,15/9/2025\n"
              "Ủy ban nhân dân phường Đông Kinh,phường Đông Kinh,kèm số liệu,16/9/2025\n"
              "Ủy ban nhân dân xã Hữu Lũng,xã Hữu Lũng,gửi bản giấy,17/9/2025\n")


def letters(out: Path, today: date) -> None:
    """The examples, the real letters and the skeletons, each with its PDF."""
    for folder, specs in (("ex", sorted(EXAMPLES.glob("*.yaml"))),
                          ("real", sorted(REAL.glob("*.yaml")))):
        for spec in specs:
            if spec != SAO_Y:
                api.render(api.load_spec(spec), out / folder / f"{spec.stem}.docx",
                           today=today, force=True, pdf=True)
    for loai in api.types():
        code = loai.ma or "CV"
        spec = out / "new" / f"{code}.yaml"
        spec.parent.mkdir(parents=True, exist_ok=True)
        spec.write_text(api.skeleton(loai, today), encoding="utf-8")
        api.render(api.load_spec(spec), spec.with_suffix(".docx"), today=today, force=True,
                   pdf=True)


def copies(out: Path, today: date) -> None:
    """SAO Y, SAO LỤC and TRÍCH SAO of a DOCX and of a PDF, and an electronic copy."""
    hd = out / "ex" / "000-huong-dan-1741-btdkt.docx"
    guidance = out / "ex" / "003-huong-dan-106-snv-lang-son"
    sao_y = api.load_copy_spec(SAO_Y)
    data = api.read_spec_data(SAO_Y)
    sao_luc = api.parse_copy_spec({**data, "hinh_thuc": "SAO LỤC", "so": 5})
    trich = api.parse_copy_spec({**data, "hinh_thuc": "TRÍCH SAO", "so": 7})
    target = out / "copy"
    target.mkdir(parents=True, exist_ok=True)
    jobs = [(hd, sao_y, "sao-y-docx.pdf", {}),
            (hd, sao_y, "sao-y-docx.docx", {}),
            (target / "sao-y-docx.pdf", sao_luc, "sao-luc-pdf.pdf", {}),
            (guidance.with_suffix(".docx"), trich, "trich-sao-docx.pdf", {"trich": "II"}),
            (guidance.with_suffix(".pdf"), trich, "trich-sao-pdf.pdf", {"trich": "II"}),
            (out / "real" / "qd_2023_tiengiang_15.pdf", sao_y, "sao-y-dien-tu.pdf",
             {"dien_tu": True})]
    for original, spec, name, options in jobs:
        api.copy_document(original, spec, target / name, today=today, force=True, **options)


def bulk(out: Path, today: date) -> None:
    """Three letters of a long guidance and of a kế hoạch with a phụ lục, with PDFs."""
    with tempfile.TemporaryDirectory() as work:
        recipients = Path(work) / "r.csv"
        recipients.write_text(RECIPIENTS, encoding="utf-8")
        for spec, name in ((EXAMPLES / "000-huong-dan-1741-btdkt.yaml", "hd1741"),
                           (ROOT / "tests" / "data" / "bulk" / "ke_hoach_phu_luc.yaml", "kh")):
            api.run_bulk(spec, out / "bulk" / name, today=today, recipients=recipients,
                         pdf=True, force=True, jobs=1)


def summary(pdf: Path, dpi: int) -> str:
    """The PDF's pages as PNG, and a line: pages, empty share of each, fonts."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(pdf.with_suffix(""))],
                   check=True)
    shares = [round(empty_share(lines, A4_HEIGHT) * 100) for lines in page_lines(
        pdf.read_bytes())]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    names = sorted({line.split()[0].split("+")[-1] for line in fonts if line.strip()})
    return f"{pdf.parent.name}/{pdf.name}: {len(shares)} pages, empty % {shares}, " \
           f"fonts {', '.join(names)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dpi", type=int, default=70)
    options = parser.parse_args()
    today = date.today()
    letters(options.out, today)
    copies(options.out, today)
    bulk(options.out, today)
    for pdf in sorted(options.out.glob("*/**/*.pdf")):
        print(summary(pdf, options.dpi))


if __name__ == "__main__":
    main()
