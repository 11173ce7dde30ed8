"""Copies of a PDF original: ``copy`` beside pypdf's own open + write of the same file.

    python benchmarks/copy_pdf.py [--pages 30] [--repeat 7]

A letter of ``--pages`` pages is rendered and turned into PDF once (LibreOffice). Then, in one
process, medians of ``--repeat`` rounds (each round runs every case once, in turn), each run
with nothing kept from the run before:
- the floor: pypdf reads the PDF and writes it again (``PdfWriter(clone_from=...)``);
- SAO Y of the PDF (paper copy: the block under the last page's content);
- SAO LỤC of that SAO Y (its text is read, to find the SAO Y block);
- SAO Y with ``--allocate`` (numbered from a SQLite register, recorded with its SHA-256);
and the whole ``ntm-docgen copy`` command once for the SAO Y. The goal: a copy at most
2x the floor.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader, PdfWriter  # noqa: E402

from ntm_docgen import api  # noqa: E402
from ntm_docgen.copies import pdforiginal, pdftext  # noqa: E402
from ntm_docgen.letter.spec import load_copy_spec, load_spec  # noqa: E402

TODAY = date(2026, 11, 23)
EXAMPLES = ROOT / "data" / "examples"


def long_letter(folder: Path, pages: int) -> Path:
    """A PDF of about ``pages`` pages: the example guidance with its body repeated."""
    spec = load_spec(EXAMPLES / "000-huong-dan-1741-btdkt.yaml")
    body = "\n".join([spec.noi_dung] * max(1, pages // 2 + 1))
    docx = folder / "dai.docx"
    api.render(replace(spec, noi_dung=body), docx, today=TODAY, pdf=True, force=True)
    return docx.with_suffix(".pdf")


def clean() -> None:
    """Forget what an earlier run read (each run starts as a new command would)."""
    for cached in (pdforiginal.reader_of, pdftext._page_lines, pdftext.header_lines):
        cached.cache_clear()


def medians(repeat: int, runs: dict[str, Callable[[int], object]]
            ) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each run, the runs taken in turn ``repeat`` times (so the
    floor and each copy meet the same moments of a shared machine's load; CPU time counts only
    this process's own work, not its waits for a core)."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for index in range(repeat):
        for name, run in runs.items():
            clean()
            start, cpu = time.perf_counter(), time.process_time()
            run(index)
            times[name].append((time.perf_counter() - start, time.process_time() - cpu))
    return {name: (statistics.median(w for w, _ in found), statistics.median(c for _, c in found))
            for name, found in times.items()}


def floor(original: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(original))
    writer.write(io.BytesIO())


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=7)
    options = parser.parse_args()
    print(f"{len(os.sched_getaffinity(0))} cores, load average {load()} at the start")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-copy-") as folder:
        work = Path(folder)
        original = long_letter(work, options.pages)
        pages = len(PdfReader(original).pages)
        sao_y = load_copy_spec(EXAMPLES / "000-sao-y-bac-giang.yaml")
        sao_luc = replace(sao_y, hinh_thuc="SAO LỤC", ky_hieu_=None)
        copied = work / "sao-y.pdf"
        api.copy_document(original, sao_y, copied, today=TODAY, force=True)
        db = work / "so-di.sqlite3"
        figures = medians(options.repeat, {
            "floor": lambda i: floor(original),
            "SAO Y (paper copy)": lambda i: api.copy_document(
                original, sao_y, work / f"y{i}.pdf", today=TODAY),
            "SAO LỤC of the SAO Y": lambda i: api.copy_document(
                copied, sao_luc, work / f"l{i}.pdf", today=TODAY),
            "SAO Y --allocate": lambda i: api.copy_document(
                original, sao_y, work / f"a{i}.pdf", today=TODAY, allocate=True, db=str(db)),
        })
        reference = figures.pop("floor")
        print(f"original: {pages} pages, {original.stat().st_size // 1024} KB; medians of "
              f"{options.repeat} rounds in one process")
        print(f"{'':34} {'wall':>7}{'':20}{'CPU':>8}")
        print(f"{'pypdf open + write (the floor)':<34} {reference[0] * 1000:7.0f} ms{'':17}"
              f"{reference[1] * 1000:5.0f} ms")
        for name, (seconds, cpu) in figures.items():
            print(f"{name:<34} {seconds * 1000:7.0f} ms {seconds / reference[0]:5.1f}x the floor "
                  f"{cpu * 1000:5.0f} ms {cpu / reference[1]:5.1f}x the floor "
                  "(goal: at most 2x)")
        spec = work / "sao-y.yaml"
        spec.write_text((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"),
                        encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ntm_docgen", "copy", str(original), "--spec",
                        str(spec), "-o", str(work / "cmd.pdf")], check=True, capture_output=True)
        print(f"{'whole command, SAO Y':<34} {(time.perf_counter() - start) * 1000:7.0f} ms "
              "(interpreter and imports included)")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
