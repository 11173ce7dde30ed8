"""A công văn derived from every held-out letter (the ``.txt`` of tests/data/letters/held_out*)
by three units: a commune of Lào Cai after 1 July 2025 (xã Bảo Thắng), the UBND tỉnh Lạng Sơn
and a Sở of Lạng Sơn (Sở Nông nghiệp và Môi trường). Each letter is dated two weeks after the
letter it implements (not before the unit's first day: 01/7/2025 for the commune, 01/3/2025 for
the Sở), its reports due three weeks later. ``--form`` derives a Hướng dẫn or a Kế hoạch instead,
``--no-han`` sets no deadline (as a clerk who gives no ``--han``), ``--all`` takes every ``.txt``
letter of tests/data/letters, not the held-out sets alone.

Prints the runs, the refusals grouped by their message (to sort right refusals, a letter that
is no guidance, from derive's faults) and the crashes; ``--keep DIR`` writes each derived spec
as YAML with its warnings, ``--sample N --seed S`` names N letters drawn at random for the
commune, to be read by hand as its văn thư would.

    PYTHONPATH=. python benchmarks/derive_reach.py [--keep DIR] [--sample 30 --seed 20]
        [--form ke-hoach] [--no-han] [--all]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from ntm_docgen.derive import derive_letter, load_profile
from ntm_docgen.derive.source import read_source
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "data"
#: name: (profile, its first day)
PROFILES = {
    "xa-lao-cai": (TESTS / "derive" / "xa-bao-thang-lao-cai-2026.yaml", date(2025, 7, 1)),
    "lang-son": (ROOT / "data" / "profiles" / "lang-son.yaml", None),
    "so-lang-son": (TESTS / "derive" / "so-nnmt-lang-son-2026.yaml", date(2025, 3, 1)),
}
NO_DATE = date(2026, 8, 5)


def sources(every: bool = False) -> list[Path]:
    """The held-out letters (with ``every``, all letters), in a stable order."""
    return sorted(p for p in (TESTS / "letters").rglob("*.txt")
                  if every or "held_out" in p.parent.name)


def day_for(source_day: date | None, first: date | None) -> date:
    day = source_day + timedelta(days=14) if source_day else NO_DATE
    return max(day, first) if first else day


def run(keep: Path | None, form: str = "cong-van", han: bool = True,
        every: bool = False) -> list[dict]:
    rows = []
    profiles = {k: (load_profile(p), first) for k, (p, first) in PROFILES.items()}
    for path in sources(every):
        name = f"{path.parent.name}/{path.stem}"
        try:
            source, read_warnings = read_source(path)
        except DocgenError as error:
            rows += [{"source": name, "profile": k, "error": str(error)} for k in profiles]
            continue
        for key, (profile, first) in profiles.items():
            day = day_for(source.ngay, first)
            row: dict = {"source": name, "profile": key, "ngay": day.isoformat()}
            try:
                result = derive_letter(source, profile, form, ngay=day, today=day,
                                       han=day + timedelta(days=21) if han else None)
            except DocgenError as error:
                row["error"] = str(error)
            except Exception as error:  # noqa: BLE001 - a crash is counted and named
                row["crash"] = repr(error)
            else:
                row["warnings"] = read_warnings + result.warnings
                if keep:
                    out = keep / key / f"{path.parent.name}__{path.stem}.json"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_text(json.dumps({"spec": result.spec, **row}, ensure_ascii=False,
                                              indent=1, default=str), encoding="utf-8")
            rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--form", choices=("cong-van", "huong-dan", "ke-hoach"),
                        default="cong-van")
    parser.add_argument("--no-han", action="store_true")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    set_language("en")
    rows = run(args.keep, args.form, not args.no_han, args.all)
    for key in PROFILES:
        mine = [r for r in rows if r["profile"] == key]
        bad = [r for r in mine if "error" in r or "crash" in r]
        print(f"{key}: {len(mine)} runs, {len(mine) - len(bad)} letters, "
              f"{sum('error' in r for r in bad)} refused, {sum('crash' in r for r in bad)} "
              "crashed")
    kinds = Counter((r.get("error") or r.get("crash", "")).split(":")[0][:0] +
                    _kind(r.get("error") or r.get("crash", ""))
                    for r in rows if "error" in r or "crash" in r)
    print("\nrefusals and crashes, by kind:")
    for kind, count in kinds.most_common():
        print(f"  {count:3d}  {kind}")
    print("\neach:")
    for r in rows:
        if "error" in r or "crash" in r:
            print(f"  {r['profile']:12s} {r['source']}: {(r.get('error') or r['crash'])[:300]}")
    if args.sample:
        names = sorted({r["source"] for r in rows})
        drawn = random.Random(args.seed).sample(names, args.sample)
        print(f"\nsample of {args.sample}, seed {args.seed}:")
        for name in drawn:
            print(f"  {name}")
    sys.exit(0)


def _kind(message: str) -> str:
    """A message without the file and values that differ from letter to letter."""
    text = message.split("\n")[0]
    for mark in (".txt: ", ".txt ", "yaml: "):
        if mark in text:
            text = text.split(mark, 1)[1]
    return text[:110]


if __name__ == "__main__":
    main()
