"""Measure `import` on letters kept outside the repository: field accuracy and lines lost.

    python tools/measure_import.py TRUTH_DIR FILES_DIR [--text-out DIR]

Each ``TRUTH_DIR/<name>.expected.yaml`` is scored as tests/test_import_accuracy.py scores a
held-out letter; its file in FILES_DIR (a PDF, a scan, a Word file) is the one its ``pdf:`` key
names, else the one its set's ``provenance.tsv`` (beside the truths) names ``<name>.<ext>``.
``--text-out`` writes the lines the reader gave for each letter (``<name>.txt``): the
transcription that the held-out sets keep in the repository.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NTM_DOCGEN_LANG", "en")


def _accuracy_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "import_accuracy", ROOT / "tests" / "test_import_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(args: argparse.Namespace, named: str | None, name: str) -> Path | None:
    """The file a truth is measured on: its ``pdf:`` key, else the provenance row's file."""
    if named:
        return args.files / named
    provenance = args.truth / "provenance.tsv"
    rows = provenance.read_text(encoding="utf-8").splitlines()[1:] if provenance.exists() else []
    for row in rows:
        file_name = row.split("\t", 1)[0]
        if file_name.rsplit(".", 1)[0] == name and (args.files / file_name).exists():
            return args.files / file_name
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", type=Path)
    parser.add_argument("files", type=Path)
    parser.add_argument("--text-out", type=Path)
    args = parser.parse_args(argv)
    from ntm_docgen.errors import DocgenError
    from ntm_docgen.importer import NotALetterError, build, import_letter, reading
    from ntm_docgen.importer.lost import lost_lines

    # Each letter read once: the import, the lines lost and --text-out share its lines (a
    # scan's OCR is most of the time).
    read_source = build.read_source = functools.cache(reading.read_source)

    accuracy = _accuracy_module()
    right = total = lost = 0
    kinds: dict[str, list[int]] = {}
    for truth_path in sorted(args.truth.glob("*.expected.yaml")):
        truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
        name = truth_path.name.removesuffix(".expected.yaml")
        source = _source(args, truth.pop("pdf", None), name)
        if source is None:
            print(f"{name}: no file for it in {args.files} (no pdf: key, and provenance.tsv "
                  "names none)")
            continue
        started = time.perf_counter()
        try:
            result = import_letter(source, markup=False)  # a truth holds the text, no marks
            spec, warnings = result.spec, result.warnings
        except NotALetterError:
            spec, warnings = {}, []
        except DocgenError as e:  # a file it cannot read: every field of it missed
            fields = accuracy._fields(truth, {})
            total += len(fields)
            print(f"{name}: 0/{len(fields)}, not read: {e}")
            continue
        seconds = time.perf_counter() - started
        fields = accuracy._fields(truth, spec)
        ok = [accuracy._norm(w) == accuracy._norm(f) for _, w, f in fields]
        missing = lost_lines(read_source(source).lines, spec, warnings)
        right, total, lost = right + sum(ok), total + len(ok), lost + len(missing)
        for (where, _, _), good in zip(fields, ok, strict=True):
            kind = kinds.setdefault(re.sub(r"\[\d+\]", "", where), [0, 0])
            kind[0], kind[1] = kind[0] + good, kind[1] + 1
        print(f"{name}: {sum(ok)}/{len(ok)}, {len(missing)} lines lost, {seconds:.1f} s")
        for (where, want, found), good in zip(fields, ok, strict=True):
            if not good:
                print(f"    {where}: expected {accuracy._norm(want)!r}\n"
                      f"    {' ' * len(where)}  got      {accuracy._norm(found)!r}")
        for line in missing:
            print(f"    lost: {line!r}")
        if args.text_out:
            args.text_out.mkdir(parents=True, exist_ok=True)
            text = "\n".join(read_source(source).lines) + "\n"
            (args.text_out / f"{name}.txt").write_text(text, encoding="utf-8")
    print("by field: " + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(kinds.items())))
    print(f"field accuracy: {right}/{total} = {right / max(total, 1):.1%}; lines lost: {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
