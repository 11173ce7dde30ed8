"""Measure how `import` reads the tool's own letters: render each case, import it, count fields.

    python tools/measure_roundtrip.py [--pdf | --pdf-all] [--misses] [--only NAME ...]

The cases are tests/roundtrip_cases.py's (every example spec, a letter of every type, variants
of the issuer, the signature and the lists); the fields and what may differ between a spec and
its reading, tests/roundtrip_fields.py's. Each case is rendered to DOCX and imported; with
``--pdf`` the cases of its PDF sample are rendered to PDF too (LibreOffice) and imported from
the PDF (``--pdf-all``: every case). It prints fields right / total for DOCX and for PDF, the
cases with a miss, and with ``--misses`` each miss.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("NTM_DOCGEN_LANG", "en")

TODAY = date(2026, 6, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", action="store_true")
    parser.add_argument("--pdf-all", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    import roundtrip_cases as cases
    import roundtrip_fields as fields

    from ntm_docgen.api import close_offices, parse_spec, render
    from ntm_docgen.importer import import_letter

    score = {"docx": [0, 0], "pdf": [0, 0]}
    with tempfile.TemporaryDirectory(prefix="roundtrip-") as tmp:
        for name, data in cases.all_cases():
            if args.only and name not in args.only:
                continue
            spec = parse_spec(data)
            want = fields.printed(spec, TODAY)
            as_pdf = args.pdf_all or (args.pdf and name in cases.PDF_SAMPLE)
            written = render(spec, Path(tmp) / f"{name}.docx", today=TODAY, pdf=as_pdf)
            for path in written:
                kind = path.suffix[1:]
                result = import_letter(path)
                wrong = fields.misread(want, fields.read(result.spec, list(want)))
                score[kind][0] += len(want) - len(wrong)
                score[kind][1] += len(want)
                if wrong:
                    print(f"{kind} {name}: {len(wrong)} of {len(want)} fields wrong, "
                          f"{len(result.warnings)} warnings")
                    for field, (printed, read) in wrong.items() if args.misses else ():
                        print(f"    {field}: printed {printed!r}\n{'':>{len(field) + 6}}"
                              f"read {read!r}")
        close_offices()
    for kind, (right, total) in score.items():
        if total:
            print(f"{kind}: {right}/{total} = {right / total:.1%} fields right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
