"""Rebuild a set of real letters kept outside the repository from its provenance.tsv.

    python tools/real_set.py MIRRORS OUT [--provenance FILE]

``provenance.tsv`` (default ``tests/data/check/real/provenance.tsv``) names, for each letter,
the public repository, the commit, the path and the sha256 of the file. MIRRORS is a folder of
git copies of those repositories, one per repository, named ``owner+name`` (a bare clone, or a
folder holding ``repo`` or ``.git``), for example::

    git clone --bare https://github.com/Trangsct/skill-sct MIRRORS/Trangsct+skill-sct

Each file is taken with ``git show COMMIT:PATH``, its sha256 compared with the row, and written
to ``OUT/<name>``. A file already in OUT with the right sha256 is left as it is. Exit status 1
when a repository, a commit or a file is missing or a sha256 differs, each named on stderr.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROVENANCE = ROOT / "tests" / "data" / "check" / "real" / "provenance.tsv"


def read_provenance(path: Path) -> list[dict[str, str]]:
    """The rows of a provenance.tsv (name, repository, commit, path, sha256)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def git_dir(mirrors: Path, repository: str) -> Path | None:
    """The git directory of REPOSITORY under MIRRORS, or None when there is no copy of it."""
    base = mirrors / repository.replace("/", "+")
    for candidate in (base / "repo", base / ".git", base, mirrors / repository):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def extract(row: dict[str, str], mirrors: Path, out: Path) -> str | None:
    """Write one letter into OUT; None when done, else what went wrong."""
    target = out / row["name"]
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == row["sha256"]:
        return None
    repo = git_dir(mirrors, row["repository"])
    if repo is None:
        return (f"{row['name']}: no copy of {row['repository']} under {mirrors} "
                f"(git clone --bare https://github.com/{row['repository']} "
                f"{mirrors / row['repository'].replace('/', '+')})")
    shown = subprocess.run(["git", "--git-dir", str(repo), "show",
                            f"{row['commit']}:{row['path']}"], capture_output=True, check=False)
    if shown.returncode != 0:
        reason = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"{row['name']}: {row['repository']} {row['commit'][:12]}:{row['path']}: " + (
            reason[-1] if reason else "not found")
    digest = hashlib.sha256(shown.stdout).hexdigest()
    if digest != row["sha256"]:
        return f"{row['name']}: sha256 {digest}, provenance.tsv says {row['sha256']}"
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(shown.stdout)
    partial.replace(target)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path, help="folder of git copies named owner+name")
    parser.add_argument("out", type=Path, help="folder to fill with the letters")
    parser.add_argument("--provenance", type=Path, default=PROVENANCE)
    args = parser.parse_args(argv)
    rows = read_provenance(args.provenance)
    args.out.mkdir(parents=True, exist_ok=True)
    problems = [p for p in (extract(row, args.mirrors, args.out) for row in rows) if p]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(rows) - len(problems)} of {len(rows)} files in {args.out}, sha256 verified")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
