"""Does ``derive`` give the same draft from a real PDF as from its text (issue 15's done-when)?

Every real guidance, plan and công văn (``hd_``, ``kh_``, ``cv_``) that the held-out sets keep
both as a PDF (a text layer, signed, or a scan read by OCR) and as its committed transcription
(``tests/data/letters/held_out_NN/NAME.txt``), and the Lào Cai pair of tests/data/derive/real_pdf,
is derived by three units: a commune of Lạng Sơn in 2026, a Sở of Lạng Sơn in 2026 and a huyện of
Lạng Sơn in 2024, each in the three forms (công văn, hướng dẫn, kế hoạch). The two drafts of a
unit and form are set side by side: the text fields of the spec (``--spec-out``), one line each,
and derive's warnings about the draft (the importer's notes on the reading, which a PDF has and
its text has not, are not compared). A letter is the same when all its nine drafts
are. With -v, each differing draft's lines are printed (``-`` from the text, ``+`` from the PDF),
to be sorted by hand: what the reading of the PDF did (a line break, a page header, a footnote, a
signature stamp, a wrapped citation) or what the transcription itself differs in (a scan's OCR
against a clerk's typing).

The PDFs are kept outside the repository; restore them first, one folder per set::

    for p in tests/data/letters/held_out_*/provenance.tsv; do
        s=$(basename $(dirname $p))
        python tools/real_set.py MIRRORS FILES/$s --provenance $p
    done
    PYTHONPATH=. python benchmarks/derive_pdf_same.py FILES [-v] [--keep DIR] [--only NAME] \
        [--nguon MIRRORS]

held_out_10 and held_out_11 keep no provenance.tsv: each truth file names its PDF by a ``nguon``
line (repository, commit, path); ``--nguon MIRRORS`` takes those PDFs out of the git copies
under MIRRORS (``owner+name``, as real_set.py reads them) into FILES first.

A PDF is read in a minute or two (OCR); ``--keep DIR`` keeps what the importer read of each file,
keyed by the file's and the importer's own sources' sha256, so a run after a change in derive/
only derives again.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import ntm_docgen.importer as importer
from ntm_docgen.derive import FORMS, load_profile
from ntm_docgen.derive.build import derive_letter
from ntm_docgen.derive.source import read_source
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "data"
PROFILES = {
    "xa-2026": (TESTS / "derive" / "xa-mau-son-2026.yaml", date(2026, 10, 1)),
    "so-2026": (TESTS / "derive" / "so-nnmt-lang-son-2026.yaml", date(2026, 10, 1)),
    "huyen-2024": (TESTS / "derive" / "huyen-cao-loc-2024.yaml", date(2024, 10, 1)),
}
KINDS = ("cv_", "hd_", "kh_")


def pairs(files: Path) -> list[tuple[Path, Path]]:
    """(pdf, txt) for each letter kept both ways, in a stable order (the Lào Cai pair of
    real_pdf when held_out_10's own copy of it is not restored)."""
    found = []
    for pdf in sorted(files.glob("held_out*/*.pdf")):
        text = TESTS / "letters" / pdf.parent.name / f"{pdf.stem}.txt"
        if pdf.name.startswith(KINDS) and text.is_file():
            found.append((pdf, text))
    if not any(pdf.stem == "cv_2026_laocai_7432" for pdf, _text in found):
        found.insert(0, (TESTS / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf",
                         TESTS / "derive" / "real_pdf" / "cv_2026_laocai_7432.txt"))
    return found


_NGUON = re.compile(r"^nguon: https://github.com/([^/]+/[^/]+)/blob/([0-9a-f]{40})/(\S+\.pdf)$",
                    re.MULTILINE)


def restore_nguon(mirrors: Path, files: Path) -> None:
    """The PDFs the truth files of held_out_10 and held_out_11 name by ``nguon``, into FILES."""
    for truth in sorted(TESTS.glob("letters/held_out_1[01]/*.expected.yaml")):
        found = _NGUON.search(truth.read_text(encoding="utf-8"))
        name = truth.name.removesuffix(".expected.yaml")
        target = files / truth.parent.name / f"{name}.pdf"
        if found is None or not name.startswith(KINDS) or target.is_file():
            continue
        repo, commit, path = found.groups()
        git = mirrors / repo.replace("/", "+")
        git = git / "repo" if (git / "repo").is_dir() else git
        shown = subprocess.run(["git", "--git-dir", str(git), "show", f"{commit}:{path}"],
                               capture_output=True, check=False)
        if shown.returncode == 0:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(shown.stdout)
        else:
            print(f"!! {name}: {repo} {commit[:12]}:{path} not found under {mirrors}")


def kept_reader(keep: Path) -> Callable[..., Any]:
    """``import_letter`` with what it read of a file kept in ``keep``."""
    read = importer.import_letter
    sources = sorted((ROOT / "ntm_docgen").rglob("*.py"))
    code = hashlib.sha256(b"".join(p.read_bytes() for p in sources
                                   if "derive" not in p.parts)).hexdigest()[:16]

    def import_letter(path: Path, **options: Any) -> Any:
        key = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:24]
        kept = keep / f"{key}-{code}-{options.get('markup')}.pickle"
        if kept.is_file():
            return pickle.loads(kept.read_bytes())
        result = read(path, **options)
        kept.write_bytes(pickle.dumps(result))
        return result

    return import_letter


def lines(data: Any, where: str = "") -> list[str]:
    """The draft's text fields, one line each, under their key."""
    if isinstance(data, dict):
        return [x for key, value in data.items() for x in lines(value, f"{where}.{key}")]
    if isinstance(data, list):
        return [x for i, value in enumerate(data) for x in lines(value, f"{where}[{i}]")]
    return [f"{where}: {line}" for line in str(data).split("\n")]


def drafts(path: Path) -> dict[str, list[str]] | str:
    """Each unit's and form's draft of the letter at ``path``, or why it was not read."""
    try:
        source, _read = read_source(path)  # what the reading notes differs by the file
    except DocgenError as error:
        return str(error).replace(path.name, "FILE")
    found: dict[str, list[str]] = {}
    for unit, (profile_path, day) in PROFILES.items():
        profile = load_profile(profile_path)
        for form in FORMS:
            try:
                result = derive_letter(source, profile, form, ngay=day, today=day,
                                       han=date(day.year + 1, 3, 5))
            except DocgenError as error:
                found[f"{unit} {form}"] = [f"error: {error}"]
                continue
            said = [f"warning: {w}".replace(path.name, "FILE") for w in result.warnings]
            found[f"{unit} {form}"] = lines(result.spec) + said
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", type=Path, help="the folder real_set.py restored the sets to")
    parser.add_argument("-v", action="store_true", help="print each differing draft's lines")
    parser.add_argument("--keep", type=Path, help="keep what the importer read here")
    parser.add_argument("--only", help="only the letters whose name holds this")
    parser.add_argument("--nguon", type=Path, help="restore held_out_10/11's PDFs from here")
    args = parser.parse_args()
    set_language("en")
    if args.nguon:
        restore_nguon(args.nguon, args.files)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        importer.import_letter = kept_reader(args.keep)  # type: ignore[assignment]
    letters = same = drafts_same = drafts_all = text_only = 0
    for pdf, text in pairs(args.files):
        if args.only and args.only not in pdf.name:
            continue
        letters += 1
        left, right = drafts(text), drafts(pdf)
        name = f"{pdf.parent.name}/{pdf.stem}"
        if isinstance(left, str) or isinstance(right, str):
            text_only += 1
            print(f"!! {name}: text {'not read' if isinstance(left, str) else 'read'}, PDF "
                  f"{right if isinstance(right, str) else 'read'}")
            continue
        differ = [k for k in left if left[k] != right.get(k)]
        drafts_all += len(left)
        drafts_same += len(left) - len(differ)
        same += not differ
        print(f"{'==' if not differ else '≠≠'} {name}: {len(left) - len(differ)} of "
              f"{len(left)} drafts the same")
        if args.v and differ:
            shown: set[str] = set()
            for key in differ:
                diff = [x for x in difflib.unified_diff(left[key], right[key], lineterm="", n=0)
                        if x[:1] in "+-" and not x.startswith(("+++", "---"))]
                if diff and "\n".join(diff) not in shown:
                    shown.add("\n".join(diff))
                    print(f"   -- {key}")
                    print("\n".join(f"   {x}" for x in diff))
    print(f"letters {letters}, the same {same}, not read {text_only}; "
          f"drafts the same {drafts_same} of {drafts_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
