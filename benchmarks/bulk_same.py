"""Bulk letters byte for byte: the working tree's ``bulk`` against another revision's.

    python benchmarks/bulk_same.py [--rev main] [--limit 200]

Writes the country's first ``--limit`` communes' letters (the spec of ``benchmarks/bulk.py``)
once with the code of ``--rev`` (``git archive`` of it, run from a temporary folder) and once
with the working tree, then compares every file's bytes. A change meant only to make ``bulk``
faster must print ``0 differ``.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bulk import SPEC, country_csv  # noqa: E402


def write_letters(code: Path, spec: Path, recipients: Path, out: Path) -> None:
    """Run ``bulk`` with the package found in ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-m", "ntm_docgen", "bulk", str(spec), "--recipients",
                           str(recipients), "-o", str(out)], cwd=code, env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bulk with the code in {code} failed:\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="main", help="the revision to compare with")
    parser.add_argument("--limit", type=int, default=200, help="how many communes")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ntm-bulk-same-") as folder:
        work = Path(folder)
        spec = work / "spec.yaml"
        spec.write_text(SPEC, encoding="utf-8")
        recipients = work / "communes.csv"
        count = country_csv(recipients, options.limit)
        archive = subprocess.run(["git", "archive", options.rev, "ntm_docgen", "templates", "data"],
                                 cwd=ROOT, capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(work / "rev", filter="data")
        write_letters(work / "rev", spec, recipients, work / "before")
        write_letters(ROOT, spec, recipients, work / "after")
        before = sorted(p.name for p in (work / "before").iterdir())
        after = sorted(p.name for p in (work / "after").iterdir())
        if before != after:
            raise SystemExit(f"the two runs wrote different file names: {len(before)} against "
                             f"{len(after)}")
        differ = [name for name in before
                  if (work / "before" / name).read_bytes() != (work / "after" / name).read_bytes()]
        print(f"{count} letters, {options.rev} against the working tree: {len(differ)} differ"
              + (f" ({', '.join(differ[:5])}{', ...' if len(differ) > 5 else ''})" if differ
                 else ""))
        if differ:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
