"""The citations of the table's texts (data/van_ban_can_cu.yaml) in the truths of held_out_12 to
29: how many of them the căn cứ read from each transcription hold as printed, before and after
the căn cứ are mended as a scan's would be, and each mend that writes what the paper does not
print.

    PYTHONPATH=. python benchmarks/cited_mends.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ntm_docgen.importer.build import import_lines
from ntm_docgen.importer.citemend import mended
from ntm_docgen.vietnamese.cited import Citation, citations, key, known

LETTERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "letters"


def _of_the_table(line: str, c: Citation) -> bool:
    for t in known():
        if (int(c.day), int(c.month), int(c.year)) != (t.ngay.day, t.ngay.month, t.ngay.year):
            continue
        if c.so and line[c.so[0]:c.so[1]] == t.so:
            return True
        if not c.so and t.ten and key(c.ten or "") == key(t.ten):
            return True
    return False


def main() -> None:
    total = before = after = mends = wrong = 0
    for n in range(12, 30):
        for truth_path in sorted((LETTERS / f"held_out_{n}").glob("*.expected.yaml")):
            text = truth_path.with_name(truth_path.name.replace(".expected.yaml", ".txt"))
            if not text.exists():
                continue
            truth = yaml.safe_load(truth_path.read_text("utf-8")).get("can_cu") or []
            spec = import_lines(text.read_text("utf-8").splitlines()).spec
            read = [item for item in spec.get("can_cu") or [] if isinstance(item, str)]
            fixed = []
            for item in read:
                new, changes = mended(item)
                fixed.append(new)
                for old, written in changes:
                    mends += 1
                    if not any(written in line for line in truth):
                        wrong += 1
                        print(f"not as printed: {truth_path.name}: {old} -> {written}")
            as_read, as_mended = "\n".join(read), "\n".join(fixed)
            for line in truth:
                for c in citations(line):
                    if _of_the_table(line, c):
                        total += 1
                        before += line[c.start:c.when[1]] in as_read
                        after += line[c.start:c.when[1]] in as_mended
    print(f"citations of the table's texts as printed: {before}/{total} -> {after}/{total}; "
          f"{mends} mends, {wrong} not as printed")


if __name__ == "__main__":
    main()
