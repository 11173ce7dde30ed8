"""What reading a Word 97 .doc costs beside reading its .docx: each .doc of a folder imported as
it is (converted on the warm office, then read), beside the .docx of the same letter read in
the same process (the reference), with whether both gave the same spec.

    python benchmarks/import_doc.py FOLDER [--runs N]

The .docx is ``<name>.docx`` beside the .doc when there is one (converted by hand), else the
one this run makes of it once. The office is started before the first figure, so each figure
is a warm conversion, as on the desk.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ntm_docgen.files import officein
from ntm_docgen.files.office import shared_pool
from ntm_docgen.importer import import_letter


def timed(path: Path, runs: int) -> tuple[float, dict]:  # type: ignore[type-arg]
    """The median seconds of ``runs`` imports of ``path``, and the spec read."""
    spent = []
    for _run in range(runs):
        start = time.perf_counter()
        spec = import_letter(path).spec
        spent.append(time.perf_counter() - start)
    return statistics.median(spent), spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pool = shared_pool()
    if pool is not None:
        pool.warm()
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as scratch:
        for doc in sorted(args.folder.glob("*.doc")):
            reference = doc.with_suffix(".docx")
            if not reference.is_file():
                reference = Path(scratch) / f"{doc.stem}.docx"
                with officein.as_docx(doc) as made:
                    shutil.copyfile(made, reference)
            doc_s, doc_spec = timed(doc, args.runs)
            docx_s, docx_spec = timed(reference, args.runs)
            print(f"{doc.name}: .doc {1000 * doc_s:6.0f} ms, .docx {1000 * docx_s:6.0f} ms "
                  f"(conversion {1000 * (doc_s - docx_s):5.0f} ms), same spec: "
                  f"{'yes' if doc_spec == docx_spec else 'NO'}")


if __name__ == "__main__":
    main()
