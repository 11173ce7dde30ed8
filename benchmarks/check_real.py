"""``check`` on the real set: findings, findings that deny a printed element, judged precision.

    python benchmarks/check_real.py [--list] [--fix] [--plant] [--round N] DIR

The letters are not in the repository: give the folder that holds them (DIR, or
``$NTM_DOCGEN_CHECK_REAL``), named as in ``tests/data/check/real/provenance.tsv``; build it with
``python tools/real_set.py MIRRORS DIR`` from git copies of the repositories that file names.
For each letter it runs ``check`` and compares with the hand labels (``labels.yaml``: the
elements and rules the printed page shows) and the hand judgements (``judged.yaml``: each
judged finding true or false). Printed: findings (lỗi / lưu ý), the findings
that deny an element or rule the page shows, and the precision of the judged findings still found.
``--list`` prints every finding with its judgement (``?`` when not judged yet). ``--plant``
plants defects in six letters of round 1 and departures of other kinds in round 3's letters
(``check_plants.py``) and counts those caught.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import docx
import yaml
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from check_letter import paragraphs, retext, set_runs  # noqa: E402
from check_plants import plant_round  # noqa: E402

from ntm_docgen.check import check_file, fix_file  # noqa: E402
from ntm_docgen.i18n import set_language  # noqa: E402

REAL = ROOT / "tests" / "data" / "check" / "real"
#: the labelled elements a "missing" finding of a rule key denies
DENIES = {"ten_loai": ("ten_loai", "vv"), "chuc_vu": ("chuc_vu", "ho_ten")}


def letter_path(folder: Path, name: str) -> Path:
    """The file of letter NAME in FOLDER: its .docx, or its .doc, .rtf or .odt."""
    for suffix in (".docx", ".doc", ".rtf", ".odt"):
        if (folder / f"{name}{suffix}").exists():
            return folder / f"{name}{suffix}"
    return folder / f"{name}.docx"


def key(name: str, finding) -> str:
    """The judgement key of a finding: letter, rule, place, what was found."""
    return f"{name} | {finding.rule} | {finding.where} | {finding.found}"


def denies(finding, label: dict) -> bool:
    """True when the finding says an element or rule is absent that the printed page shows."""
    element, aspect = finding.rule.split(".", 1)
    if aspect == "missing":
        return any(e in label["present"] for e in DENIES.get(element, (element,)))
    if aspect == "rule":
        return element in label.get("rules", {})
    return False


#: Defects planted in a real letter, each with the rule that must catch it.
PLANTS = {
    "margin-left-25": (lambda d: setattr(d.sections[0], "left_margin", Mm(25)), "page.margin"),
    "noi-nhan-14pt": (lambda d: set_runs(_find(d, r"^Nơi nhận"), size=Pt(14)), "noi_nhan.size"),
    "month-with-zero": (lambda d: retext(_find(d, r"ngày.*tháng"), r"tháng\s*(\d+)?\s*năm",
                                         "tháng 06 năm"), "ngay.month"),
    "quoc-hieu-typo": (lambda d: retext(_find(d, r"^CỘNG H"), r"CỘNG H\S+", "CỘNG HÕA"),
                       "quoc_hieu.text"),
    "issuer-not-bold": (lambda d: set_runs(_find(d, r"^(SỞ CÔNG THƯƠNG|TỈNH LÀO CAI|(ỦY|UỶ) BAN "
                                                    r"NHÂN DÂN|VĂN PHÒNG)$"), bold=False),
                        "co_quan.bold"),
    "font-arial": (lambda d: [setattr(r.font, "name", "Arial") for p in paragraphs(d)[:40]
                              for r in p.runs], "font.name"),
}
#: The Lào Cai letters planted into: a Sở, the UBND tỉnh, its Văn phòng, as Word laid them out.
PLANTED = ["cv_sct_3155_2026", "kh_sct_2242_2026", "qd_ubnd_tinh_1883_2025", "gm_ubnd_tinh_hop",
           "tb_vp_ubnd_ket_luan", "cv_ubnd_tinh_chi_dao"]


def _find(document, pattern: str):
    return next(p for p in paragraphs(document) if re.search(pattern, p.text.strip()))


def plant_defects(folder: Path, names: list[str]) -> tuple[int, list[str]]:
    """Plant each defect in each letter of PLANTED; the number planted and those missed."""
    planted, missed = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for name in [n for n in PLANTED if n in names]:
            for defect, (change, rule) in PLANTS.items():
                document = docx.Document(str(folder / f"{name}.docx"))
                try:
                    change(document)
                except StopIteration:  # the letter has no such element
                    continue
                out = Path(tmp) / f"{name}-{defect}.docx"
                document.save(str(out))
                planted += 1
                if rule not in {f.rule for f in check_file(out)}:
                    missed.append(f"{name}: {defect}")
    return planted, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="?",
                        default=os.environ.get("NTM_DOCGEN_CHECK_REAL"),
                        help="folder of the letters (default $NTM_DOCGEN_CHECK_REAL)")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--round", type=int,
                        help="only the letters of that round of labels.yaml (1: the first 30)")
    parser.add_argument("--fix", action="store_true",
                        help="also run --fix on each letter and count the findings it creates")
    parser.add_argument("--plant", action="store_true",
                        help="also plant defects in the letters and count those caught")
    args = parser.parse_args()
    if args.files is None:
        parser.error("give the folder of the letters (or set NTM_DOCGEN_CHECK_REAL); "
                     "build it with: python tools/real_set.py MIRRORS DIR")
    set_language("en")  # the judgement keys hold the English places and findings
    labels = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))
    if args.round is not None:
        labels = {k: v for k, v in labels.items() if v.get("round", 1) == args.round}
    judged_path = REAL / "judged.yaml"
    judged = yaml.safe_load(judged_path.read_text(encoding="utf-8")) if judged_path.exists() else {}
    judged = judged or {}
    total, severity, denied, seen, created, fixed = 0, Counter(), [], [], 0, 0
    for name, label in labels.items():
        path = letter_path(args.files, name)
        if not path.exists():
            sys.exit(f"{path}: not found; build the set with: "
                     f"python tools/real_set.py MIRRORS {args.files}")
        if args.fix:
            with tempfile.TemporaryDirectory() as tmp:
                result = fix_file(path, Path(tmp) / "fixed.docx")
            before = {(f.rule, f.where) for f in result.before}
            fixed += len(result.fixed)
            created += sum(1 for f in result.after if (f.rule, f.where) not in before)
        for finding in check_file(path):
            total += 1
            severity[finding.severity] += 1
            k = key(name, finding)
            verdict = judged.get(k)
            seen.append((k, verdict))
            if denies(finding, label):
                denied.append(k)
            if args.list:
                mark = "?" if verdict is None else ("T" if verdict["ok"] else "F")
                print(f"{mark} {k} | {finding.severity} | {finding.message}")
    judged = {k: v for k, v in judged.items() if k.split(" | ")[0] in labels}
    scored = [v for _, v in seen if v is not None]
    true = sum(1 for v in scored if v["ok"])
    print(f"letters: {len(labels)}  findings: {total}  "
          f"({', '.join(f'{n} {s}' for s, n in sorted(severity.items()))})")
    print(f"findings that deny a printed element or rule: {len(denied)}")
    for k in denied:
        print(f"  {k}")
    if args.fix:
        print(f"--fix: {fixed} of {total} findings fixed, {created} findings created")
    if args.plant:
        planted, missed = plant_defects(args.files, list(labels))
        if planted:
            print(f"planted defects: {planted}, caught {planted - len(missed)}")
        for miss in missed:
            print(f"  missed {miss}")
        third = {k: v for k, v in labels.items() if v.get("round") == 3}
        if third:
            planted, caught, missed = plant_round(args.files, third, letter_path)
            print(f"departures of other kinds planted in round 3's letters: {planted}, "
                  f"caught {caught}")
            for miss in missed:
                print(f"  missed {miss}")
    share = f"{100 * true / len(scored):.1f} %" if scored else "n/a"
    print(f"judged findings still found: {len(scored)} of {len(judged)} judged; "
          f"true {true}, precision {share}")


if __name__ == "__main__":
    main()
