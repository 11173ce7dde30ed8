"""How often derive's "names kept" warning (a letter of another place whose names were kept as
that place's) fires, and on what: every real letter of tests/data (the transcriptions under
tests/data/letters, tests/data/derive's held_out and real_pdf) and every example of
data/examples, each derived as a Kế hoạch by three units: a commune of Lạng Sơn in 2026, a
huyện of Lạng Sơn in 2024 and a Sở of Lạng Sơn in 2026. Prints the runs, those that fail to
read, those that crash, those warned, and (with -v) each warning's quotes, to be judged by
hand: a quote should be the source's own words naming the other place, never a line the tool
wrote nor the citation of the letter implemented. review9 (findings 7, 8) and derive10 read it.

    PYTHONPATH=. python benchmarks/derive_names_kept.py [-v]
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "data"
PROFILES = {
    "xa-2026": (TESTS / "derive" / "xa-mau-son-2026.yaml", date(2026, 10, 1)),
    "huyen-2024": (TESTS / "derive" / "huyen-cao-loc-2024.yaml", date(2024, 10, 1)),
    "so-2026": (TESTS / "derive" / "so-nnmt-lang-son-2026.yaml", date(2026, 10, 1)),
}
#: the warning's own words (both its msgids, read in English)
MARK = "were kept as they are"


def sources() -> list[Path]:
    """The real letters and the examples, in a stable order."""
    found = sorted((TESTS / "letters").rglob("*.txt"))
    found += sorted((TESTS / "derive" / "held_out").glob("*.yaml"))
    found += sorted((TESTS / "derive" / "real_pdf").glob("*.txt"))
    found += sorted((ROOT / "data" / "examples").glob("*.yaml"))
    return found


def main(verbose: bool) -> None:
    set_language("en")  # the warning is found by its msgid's words
    runs = failed = crashed = warned = 0
    for source in sources():
        for name, (profile, day) in PROFILES.items():
            runs += 1
            try:
                result = derive_file(source, profile, "ke-hoach", ngay=day,
                                     han=date(day.year + 1, 3, 5), today=day)
            except (DocgenError, ValueError, OSError):
                failed += 1
                continue
            except Exception as error:  # noqa: BLE001 - a crash is counted and named
                crashed += 1
                print(f"!! {source.relative_to(ROOT)} × {name}: {error!r}")
                continue
            said = [w for w in result.warnings if MARK in w]
            if said:
                warned += 1
                if verbose:
                    print(f"== {source.relative_to(ROOT)} × {name}\n   {said[0]}")
    print(f"runs {runs}, not read {failed}, crashed {crashed}, "
          f"warned {warned} of {runs - failed - crashed}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
