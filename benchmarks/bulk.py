"""Bulk letters: ms per letter for the whole ``bulk`` command against a plain docxtpl loop.

    python benchmarks/bulk.py [--pdf-sample 200] [--plain-sample 300] [--jobs N]

1. DOCX: ``ntm-docgen bulk`` over every commune of the country (3,321 one-page công văn, from
   a CSV of the 2025 list), timed from the command's start to its end (interpreter start-up
   included), in a fresh folder; then the same command again (every letter unchanged).
2. The plain docxtpl loop on the same letter: per recipient, load the template, render, save
   (one process). It is timed on a sample and extrapolated to 3,321 letters.
3. PDF: ``ntm-docgen bulk --pdf`` over the first ``--pdf-sample`` communes, whole command.

The figures go to the README (issue 4's targets: DOCX at most 5 ms per letter and at least 10
times the plain loop; PDF at most 60 ms per letter).
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vietnam_provinces import Province  # noqa: E402

from ntm_docgen.bulk.letters import LetterMaker  # noqa: E402
from ntm_docgen.bulk.recipients import read_recipients  # noqa: E402
from ntm_docgen.files.resources import template_path  # noqa: E402
from ntm_docgen.letter.context import letter_context  # noqa: E402
from ntm_docgen.letter.spec import read_data  # noqa: E402
from ntm_docgen.vietnamese.donvi import commune_units  # noqa: E402

SPEC = """\
loai: CV
co_quan: {ten: "ỦY BAN NHÂN DÂN\\\\nTỈNH LẠNG SƠN", viet_tat: UBND}
don_vi: KT
so: 512
dia_danh: Lạng Sơn
ngay: 2025-09-15
trich_yeu: Báo cáo kết quả xây dựng nông thôn mới năm 2025
can_cu:
  - Thực hiện Kế hoạch số 62/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh
noi_dung: >
  Ủy ban nhân dân tỉnh đề nghị {{ kinh_gui }} báo cáo kết quả thực hiện phong trào thi đua
  "Cả nước chung sức xây dựng nông thôn mới" năm 2025 trên địa bàn {{ loai_don_vi }}
  {{ ten }} (mã {{ ma }}), {{ tinh }}.

  Báo cáo gửi về Sở Nông nghiệp và Môi trường trước ngày 30/10/2025 để tổng hợp.
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Văn A}
noi_nhan: [Sở Nông nghiệp và Môi trường]
luu: VT, KT
"""


def country_csv(path: Path, limit: int | None = None) -> int:
    """Every commune-level unit of the country, as a recipients file."""
    units = [u for p in Province.iter_all() for u in commune_units(p)][:limit]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(units[0]))
        writer.writeheader()
        writer.writerows(units)
    return len(units)


def command(args: list[str]) -> tuple[float, float, str]:
    """Run ``ntm-docgen`` as a user would; wall seconds, CPU seconds of it, its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ntm_docgen", *args], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"ntm-docgen {' '.join(args)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip().splitlines()[0]


def plain_loop(spec: Path, recipients: Path, out: Path, sample: int) -> float:
    """Seconds per letter of the plain docxtpl way: load, render, save, for each recipient."""
    from docxtpl import DocxTemplate

    maker = LetterMaker(read_data(spec), str(spec), out, today=date.today())
    people = read_recipients(recipients).recipients[:sample]
    template = template_path("cong_van")
    start = time.perf_counter()
    for index, person in enumerate(people):
        letter = DocxTemplate(template)
        letter.render(letter_context(maker.spec_for(person.fields), date.today()),
                      autoescape=True)
        letter.save(out / f"{index:04d}.docx")
    return (time.perf_counter() - start) / len(people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdf-sample", type=int, default=200)
    parser.add_argument("--plain-sample", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=0, help="default: all cores")
    options = parser.parse_args()
    jobs = ["--jobs", str(options.jobs)] if options.jobs else []
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="ntm-bench-bulk-") as folder:
        work = Path(folder)
        spec = work / "spec.yaml"
        spec.write_text(SPEC, encoding="utf-8")
        everyone = work / "communes.csv"
        count = country_csv(everyone)
        out = work / "docx"
        wall, cpu, line = command(["bulk", str(spec), "--recipients", str(everyone), "-o",
                                   str(out), *jobs])
        rerun, _, rerun_line = command(["bulk", str(spec), "--recipients", str(everyone),
                                        "-o", str(out), *jobs])
        plain_dir = work / "plain"
        plain_dir.mkdir()
        plain = plain_loop(spec, everyone, plain_dir, options.plain_sample)
        sample = work / "sample.csv"
        pdf_count = country_csv(sample, options.pdf_sample)
        pdf_wall, pdf_cpu, _ = command(["bulk", str(spec), "--recipients", str(sample), "-o",
                                        str(work / "pdf"), "--pdf", *jobs])
    print(f"machine: {cores} cores, load average {os.getloadavg()[0]:.2f} at the end")
    print(f"DOCX, whole command, {count} letters: {wall / count * 1000:.2f} ms/letter "
          f"({wall:.1f} s wall, {cpu:.1f} s CPU)  [{line}]")
    print(f"DOCX, rerun (nothing to write): {rerun / count * 1000:.2f} ms/letter "
          f"({rerun:.1f} s)  [{rerun_line}]")
    print(f"plain docxtpl loop (load, render, save; {options.plain_sample} letters sampled, "
          f"one process): {plain * 1000:.2f} ms/letter, {plain * count:.0f} s for {count}")
    print(f"speed-up over the plain loop: {plain * count / wall:.1f}x")
    print(f"PDF, whole command, {pdf_count} letters: {pdf_wall / pdf_count * 1000:.2f} "
          f"ms/letter ({pdf_wall:.1f} s wall, {pdf_cpu:.1f} s CPU)")


if __name__ == "__main__":
    main()
