"""No merge's conflict markers are left in the package, its data, its docs or its tests (a merge
once shipped them in a module and in docs/commands.md; nothing else would have told a page of
the docs)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = {".py", ".md", ".yaml", ".yml", ".toml", ".html", ".css", ".js", ".po", ".txt", ".tsv",
        ".cfg", ".ini", ".sh"}
MARKER = re.compile(r"^(?:<{7}|>{7}) ", re.MULTILINE)


def test_no_conflict_markers() -> None:
    places = [ROOT / name for name in ("ntm_docgen", "data", "docs", "tests", "tools",
                                       "benchmarks", ".ci")]
    files = [p for place in places for p in place.rglob("*")
             if p.is_file() and p.suffix in TEXT and "__pycache__" not in p.parts]
    files += [p for p in ROOT.glob("*") if p.is_file() and p.suffix in TEXT]
    marked = [str(p.relative_to(ROOT)) for p in files
              if MARKER.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert len(files) > 300 and marked == []
