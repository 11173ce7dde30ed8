"""Bulk letters: the whole ``bulk`` command against the floor and a plain docxtpl loop.

    python benchmarks/bulk.py [--repeat 3] [--pdf-sample 200] [--plain-sample 100] [--jobs N]

1. DOCX: ``ntm-docgen bulk`` over every commune of the country (3,321 one-page công văn, from
   a CSV of the 2025 list), timed from the command's start to its end (interpreter start-up
   included), in a fresh folder; then the same command again (every letter unchanged).
2. The floor, in the same run, alternating with (1): a fresh process that writes the same
   letters with only ``word/document.xml`` deflated (``benchmarks/docx_floor.py``), given each
   letter's finished document. The goal: the bulk command at most 2x the floor.
3. The plain docxtpl loop on the same letter: per recipient, load the template, render, save
   (one process). It is timed on a sample and extrapolated to 3,321 letters.
4. PDF: ``ntm-docgen bulk --pdf`` over the first ``--pdf-sample`` communes, whole command.

Figures are medians of ``--repeat`` runs, and the medians of each bulk run's ratio to the floor
run just before it (on a busy machine a pair shares its moment's load); the load average is
printed before and after.
"""

from __future__ import annotations

import argparse
import csv
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

DOCUMENT = "word/document.xml"
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
    return timed([sys.executable, "-m", "ntm_docgen", *args])


def timed(argv: list[str]) -> tuple[float, float, str]:
    """Run a command; wall seconds, CPU seconds of it (children included), its first line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, (done.stdout.strip().splitlines() or [""])[0]


def floor_input(letters: Path, target: Path) -> None:
    """The floor's input: the template's parts and each letter's finished document."""
    files = sorted(letters.glob("*.docx"))
    with zipfile.ZipFile(files[0]) as first:
        parts = [(name, first.read(name)) for name in first.namelist()]
    documents = []
    for path in files:
        with zipfile.ZipFile(path) as letter:
            documents.append((path.name, letter.read(DOCUMENT)))
    with target.open("wb") as handle:
        pickle.dump((parts, documents), handle, protocol=pickle.HIGHEST_PROTOCOL)


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


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf-sample", type=int, default=200, help="0: no PDF run")
    parser.add_argument("--plain-sample", type=int, default=100, help="0: no plain loop")
    parser.add_argument("--jobs", type=int, default=0, help="default: the command's own")
    options = parser.parse_args()
    jobs = ["--jobs", str(options.jobs)] if options.jobs else []
    cores = len(os.sched_getaffinity(0))
    print(f"machine: {cores} cores, load average {load()} (1/5/15 min) at the start; "
          f"Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-bulk-") as folder:
        work = Path(folder)
        spec = work / "spec.yaml"
        spec.write_text(SPEC, encoding="utf-8")
        everyone = work / "communes.csv"
        count = country_csv(everyone)
        bulk_args = ["bulk", str(spec), "--recipients", str(everyone), *jobs]
        command([*bulk_args, "-o", str(work / "warm")])  # warms the disk cache; the floor's input
        floor_data = work / "letters.pickle"
        floor_input(work / "warm", floor_data)
        floors, floor_cpus, bulks, cpus = [], [], [], []
        line = ""
        for index in range(options.repeat):
            wall, cpu, _ = timed([sys.executable, str(ROOT / "benchmarks" / "docx_floor.py"),
                                  str(floor_data), str(work / f"floor{index}")])
            floors.append(wall)
            floor_cpus.append(cpu)
            wall, cpu, line = command([*bulk_args, "-o", str(work / f"docx{index}")])
            bulks.append(wall)
            cpus.append(cpu)
        rerun, rerun_cpu, rerun_line = command([*bulk_args, "-o", str(work / "docx0")])
        floor, bulk = statistics.median(floors), statistics.median(bulks)
        print(f"DOCX, whole command, {count} letters: {bulk:.2f} s wall, {bulk / count * 1000:.2f}"
              f" ms/letter, {statistics.median(cpus):.1f} s CPU (median of {options.repeat}: "
              f"{', '.join(f'{x:.2f}' for x in bulks)})  [{line}]")
        print(f"floor, same letters, document.xml deflated and written, one process: {floor:.2f} s"
              f" wall, {floor / count * 1000:.2f} ms/letter, {statistics.median(floor_cpus):.1f} s"
              f" CPU (median of {options.repeat}: {', '.join(f'{x:.2f}' for x in floors)})")
        print(f"bulk / floor: {bulk / floor:.2f}x (goal: at most 2x)")
        walls = [b / f for b, f in zip(bulks, floors, strict=True)]
        cpu_ratios = [b / f for b, f in zip(cpus, floor_cpus, strict=True)]
        print(f"pair by pair (each bulk run over the floor run just before it), medians: "
              f"{statistics.median(walls):.2f}x wall ({', '.join(f'{x:.2f}' for x in walls)}), "
              f"{statistics.median(cpu_ratios):.2f}x CPU "
              f"({', '.join(f'{x:.2f}' for x in cpu_ratios)})")
        print(f"DOCX, rerun (nothing to write): {rerun:.2f} s wall, {rerun / count * 1000:.2f} "
              f"ms/letter, {rerun_cpu:.1f} s CPU  [{rerun_line}]")
        if options.plain_sample:
            plain_dir = work / "plain"
            plain_dir.mkdir()
            plain = plain_loop(spec, everyone, plain_dir, options.plain_sample)
            print(f"plain docxtpl loop (load, render, save; {options.plain_sample} letters "
                  f"sampled, one process): {plain * 1000:.2f} ms/letter, {plain * count:.0f} s "
                  f"for {count}; bulk is {plain * count / bulk:.0f}x faster")
        if options.pdf_sample:
            sample = work / "sample.csv"
            pdf_count = country_csv(sample, options.pdf_sample)
            pdf_wall, pdf_cpu, _ = command(["bulk", str(spec), "--recipients", str(sample),
                                            "-o", str(work / "pdf"), "--pdf", *jobs])
            print(f"PDF, whole command, {pdf_count} letters: {pdf_wall / pdf_count * 1000:.2f} "
                  f"ms/letter ({pdf_wall:.1f} s wall, {pdf_cpu:.1f} s CPU)")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
