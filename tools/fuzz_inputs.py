"""Mutation fuzz of real files: each command a clerk runs on an upload, fed real letters and
lists damaged at random, must end with exit 0, or 1 (2 for usage) and one clear message.

    python tools/fuzz_inputs.py SEEDS... [--cases N] [--seed S] [--timeout 60]
                                [--memory-mb 1536] [--out findings.jsonl] [--only KIND]
                                [--minutes M]
    python tools/fuzz_inputs.py --replay SEED_FILE MUTATION CASE [--keep FILE]

SEEDS are files or folders of them: .docx, .doc, .odt, .rtf, text and scanned .pdf, .xlsx,
.csv (tests/data, and the real sets rebuilt with tools/real_set.py), and scans saved as .png, .jpg
or .tif (tests/data/hostile/scans: a scanned letter's header as a photo, a fax TIFF of two
pages, PDFs of its JPEG and of its fax image). Each case takes one seed,
mutates it with a random generator seeded by the case (``mutations.py`` beside this file:
bytes flipped, the file cut short, a ZIP member doubled or dropped, an XML part's tags swapped
or a huge attribute put in, a PDF's xref, a stream's /Length or an object's number corrupted,
a list's quotes, cells and bytes damaged, a PNG's chunk broken, a picture's header claiming
another size, a TIFF's directory damaged or looping, a scanned PDF's image lying of its size,
filter or bits), and runs on it ``import``, ``check``, ``copy`` (SAO Y, and TRÍCH SAO with
``--trich``) for a letter, ``import`` for a picture, ``bulk`` for a list, each in a process of its
own forked from this one (the package imported once, so a case costs its work, not Python's
start), under an address-space bound (``--memory-mb``) and a time bound (``--timeout``).

A finding is anything but exit 0, or exit 1 or 2 with one message and no traceback: a
traceback, "internal error", "not enough memory", an exit status over 2 or a signal, a run
past the time bound, an output left behind by a failed run or an output not whole after a run
that succeeded. Each finding is printed and written (``--out``) as its recipe, seed file,
mutation and case number, which ``--replay`` runs again (``--keep`` writes the mutated file).

Not run in CI whole (a few thousand cases take an hour on two cores); tests/test_hostile_fuzz.py
replays the recipes of what it found.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from mutations import MUTATIONS, mutate  # noqa: E402

EXAMPLES = ROOT / "data" / "examples"
COPY_SPEC = EXAMPLES / "000-sao-y-bac-giang.yaml"
LETTER_SPEC = EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"
LETTERS = (".docx", ".doc", ".odt", ".rtf", ".pdf")
#: Photos and scans saved as pictures: only ``import`` reads them.
PICTURES = (".png", ".jpg", ".tif")
LISTS = (".csv", ".xlsx")
BAD = ("Traceback", "internal error", "not enough memory")


def commands(kind: str, path: Path, out: Path) -> list[tuple[str, list[str], Path]]:
    """The commands run on a mutated file of suffix ``kind``: a name, the arguments, the
    output that must be whole after exit 0 and absent after a failure."""
    if kind in PICTURES:
        return [("import", ["import", str(path), "-o", str(out / "s.yaml")], out / "s.yaml")]
    if kind in LISTS:
        return [("bulk", ["bulk", str(LETTER_SPEC), "--recipients", str(path), "-o",
                          str(out / "bulk")], out / "bulk")]
    copy_to = out / ("ban-sao.pdf" if kind == ".pdf" else "ban-sao.docx")
    found = [("import", ["import", str(path), "-o", str(out / "s.yaml")], out / "s.yaml"),
             ("copy", ["copy", str(path), "--spec", str(COPY_SPEC), "-o", str(copy_to)],
              copy_to),
             ("trich", ["copy", str(path), "--spec", str(trich_spec(out.parent)), "--trich",
                        "1-3", "-o", str(copy_to)], copy_to)]
    if kind != ".pdf":
        found.append(("check", ["check", str(path)], out / "none"))
    return found


def trich_spec(folder: Path) -> Path:
    """The copy spec as a TRÍCH SAO, written in ``folder``."""
    spec = folder / "trich-sao.yaml"
    spec.write_text(COPY_SPEC.read_text(encoding="utf-8").replace(
        "hinh_thuc: SAO Y", "hinh_thuc: TRÍCH SAO"), encoding="utf-8")
    return spec


def whole(path: Path) -> bool:
    """Whether an output written by a run that succeeded is whole."""
    if path.suffix == ".pdf":
        data = path.read_bytes()
        return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    if path.suffix == ".docx":
        return zipfile.is_zipfile(path)
    if path.suffix == ".yaml":
        import yaml

        return isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)
    return True


def _child(args: list[str], memory: int, timeout: int, err: Path) -> None:
    """In the forked process: the bounds, then the command; never returns."""
    os.setpgid(0, 0)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    signal.alarm(timeout + 30)  # the parent kills first; this if the parent is gone
    fd = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(fd, 2)
    code = 70
    try:
        from ntm_docgen.cli.main import main

        main(args, prog_name="ntm-docgen")
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:  # noqa: BLE001 - the finding itself, told on stderr
        import traceback

        traceback.print_exc()
    finally:
        atexit._run_exitfuncs()  # its LibreOffice stopped, its folders removed
        sys.stderr.flush()
        os._exit(code)


def run_case(args: list[str], output: Path, work: Path, memory: int, timeout: int,
             subject: Path) -> tuple[str | None, str, float, int]:
    """Run one command on the file ``subject``; the kind of finding (None: none), the
    message, seconds, peak MB."""
    err = work / "stderr.txt"
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(args, memory, timeout, err)
    status, usage, killed = 0, None, False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > timeout:
            os.killpg(pid, signal.SIGTERM)
            time.sleep(5)
            os.killpg(pid, signal.SIGKILL)
            _done, status, usage = os.wait4(pid, 0)
            killed = True
            break
        time.sleep(0.02)
    seconds = time.monotonic() - start
    peak = usage.ru_maxrss // 1024 if usage else 0
    said = err.read_text(encoding="utf-8", errors="replace") if err.exists() else ""
    code = os.waitstatus_to_exitcode(status)
    exists = output.exists() and (not output.is_dir() or any(output.iterdir()))
    kind = None
    if killed:
        kind = "hang"
    elif code < 0 or code > 2:
        kind = f"status {code}"
    elif any(word in said for word in BAD):
        kind = next(word for word in BAD if word in said)
    elif code != 0 and exists and not output.is_dir():
        kind = "half-written"
    elif code == 0 and exists and output.is_file() and not whole(output):
        kind = "not whole"
    elif code != 0 and said.count("\nError:") + said.startswith("Error:") != 1 and (
            args[0] != "check" or "Error:" in said):  # check's 1 is also "findings"
        kind = "not one message"
    elif code == 1 and "Error:" in said and subject.name not in said:
        kind = "file not named"
    elif peak > memory >> 20:
        kind = "memory"
    return kind, said.strip()[-600:], seconds, peak


def seeds_of(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(p for p in (path.rglob("*") if path.is_dir() else [path])
                        if p.suffix.lower() in LETTERS + LISTS + PICTURES
                        and p.is_file())
    return found


def one(seed: Path, mutation: str, case: int, args: argparse.Namespace,
        keep: Path | None = None) -> tuple[list[dict[str, object]], int]:
    """The findings of one case (each command on one mutated file), and the commands run."""
    data = mutate(seed.read_bytes(), seed.suffix.lower(), mutation,
                  random.Random(f"{seed.name}:{mutation}:{case}"))
    if keep is not None:
        keep.write_bytes(data)
    found, ran = [], 0
    work = Path(tempfile.mkdtemp(prefix="harden5-fuzz-"))  # not a TemporaryDirectory, whose
    try:  # finalizer a forked process would run at its exit
        path = work / f"thu{seed.suffix.lower()}"
        path.write_bytes(data)
        for name, argv, output in commands(seed.suffix.lower(), path, work / "out"):
            if args.command and name != args.command:
                continue
            ran += 1
            (work / "out").mkdir(exist_ok=True)
            kind, said, seconds, peak = run_case(argv, output, work, args.memory_mb << 20,
                                                 args.timeout, path)
            if kind:
                found.append({"seed": str(seed), "mutation": mutation, "case": case,
                              "command": name, "kind": kind, "seconds": round(seconds, 1),
                              "peak_mb": peak, "said": said})
            shutil.rmtree(work / "out")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return found, ran


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="*")
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=60)
    parser.add_argument("--memory-mb", type=int, default=1536)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only", choices=sorted(MUTATIONS))
    parser.add_argument("--replay", nargs=3, metavar=("SEED_FILE", "MUTATION", "CASE"))
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--command", choices=["import", "check", "copy", "trich", "bulk"])
    parser.add_argument("--minutes", type=float, help="stop starting cases after this long")
    args = parser.parse_args()
    os.environ.setdefault("NTM_DOCGEN_LANG", "en")
    os.environ.setdefault("NTM_DOCGEN_MAX_OCR_PAGES", "2")  # a scan's case in seconds
    os.environ["NTM_DOCGEN_DB"] = str(Path(tempfile.mkdtemp(prefix="harden5-fuzz-db-"))
                                      / "so.sqlite")
    import ntm_docgen.cli.main  # noqa: F401 - imported once, before the forks

    if args.replay:
        seed, mutation, case = args.replay
        found, _ran = one(Path(seed), mutation, int(case), args, args.keep)
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 1 if found else 0
    seeds = seeds_of(args.seeds)
    chooser = random.Random(args.seed)
    kinds: Counter[str] = Counter()
    out = args.out.open("a", encoding="utf-8") if args.out else None
    count = Counter[str]()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the summary still printed
    try:
        _cases(args, seeds, chooser, kinds, out, count)
    finally:
        print(f"{count['made']} mutated files, {count['runs']} runs, {sum(kinds.values())} "
              f"findings: {dict(kinds)}", file=sys.stderr)
    return 0


def _cases(args: argparse.Namespace, seeds: list[Path], chooser: random.Random,
           kinds: Counter[str], out: Any, count: Counter[str]) -> None:
    """The cases, each counted in ``count`` (made: files, runs: commands) as it ends."""
    began = time.monotonic()
    for number in range(args.cases):
        if args.minutes and time.monotonic() - began > args.minutes * 60:
            break
        seed = chooser.choice(seeds)
        mutation = args.only or chooser.choice(
            [m for m, kinds_of in MUTATIONS.items() if seed.suffix.lower() in kinds_of])
        case = args.seed * 1_000_000 + number
        found, ran = one(seed, mutation, case, args)
        for finding in found:
            kinds[f"{finding['command']}: {finding['kind']}"] += 1
            print(json.dumps(finding, ensure_ascii=False), flush=True)
            if out:
                out.write(json.dumps(finding, ensure_ascii=False) + "\n")
                out.flush()
        count["made"] += 1
        count["runs"] += ran
        if count["made"] % 25 == 0:
            print(f"{count['made']} files, {count['runs']} runs, {sum(kinds.values())} "
                  f"findings, {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
