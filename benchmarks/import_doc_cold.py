"""Where the time of a cold ``ntm-docgen import X.doc`` goes, in one process: the warm office
started (a LibreOffice with a new profile, and its uno worker), the first conversion on it, a
second conversion on the same office, and the reading of the .docx made (the reference: what
an import of a .docx costs); beside them, the one-shot path (``soffice --convert-to docx``, one
LibreOffice started for the file) with a new profile and with a profile kept from a run before.

    python benchmarks/import_doc_cold.py LETTER.doc [--runs N]

Each figure is the median of ``--runs`` runs, each run starting from no office.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ntm_docgen.files import officein
from ntm_docgen.files.office import OfficePool, close_shared_pool, shared_pool
from ntm_docgen.files.pdf import _convert_once, export_filter
from ntm_docgen.importer import import_letter


def _seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def _pooled(doc: Path, scratch: Path) -> dict[str, float]:
    """One cold run on the warm offices: the start, two conversions, the reading."""
    close_shared_pool()
    _ext, name, data = export_filter(officein.DOCX_FILTER)
    target = scratch / "pooled.docx"
    figures: dict[str, float] = {}
    pool: OfficePool | None = None

    def start() -> None:
        nonlocal pool
        pool = shared_pool(1)
        assert pool is not None, "LibreOffice's uno is needed"
        pool.warm()

    figures["office started"] = _seconds(start)
    assert pool is not None
    figures["first conversion"] = _seconds(lambda: pool.convert(doc, target, name, data))
    figures["second conversion"] = _seconds(lambda: pool.convert(doc, target, name, data))
    figures["reading the .docx"] = _seconds(lambda: import_letter(target))
    figures["office stopped"] = _seconds(close_shared_pool)
    return figures


def _once(doc: Path, scratch: Path, profile: Path | None) -> float:
    """One ``soffice --convert-to docx`` of ``doc``; ``profile``: a folder kept between runs."""
    out = scratch / "once"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    return _seconds(lambda: _convert_once([doc], out, profile, officein.DOCX_FILTER))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letter", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as folder:
        scratch = Path(folder)
        source = scratch / f"letter{args.letter.suffix.lower()}"
        shutil.copyfile(args.letter, source)
        kept = scratch / "profile"
        _once(source, scratch, kept)  # the kept profile made once, before any figure
        for _run in range(args.runs):
            for what, seconds in _pooled(source, scratch).items():
                runs.setdefault(what, []).append(seconds)
            runs.setdefault("one-shot, new profile", []).append(_once(source, scratch, None))
            runs.setdefault("one-shot, kept profile", []).append(_once(source, scratch, kept))
    print(f"{args.letter.name}: median of {args.runs} cold runs")
    for what, seconds in runs.items():
        print(f"  {what:24s} {statistics.median(seconds):6.2f} s "
              f"({min(seconds):.2f}-{max(seconds):.2f})")


if __name__ == "__main__":
    main()
