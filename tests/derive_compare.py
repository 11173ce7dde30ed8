"""Set a derived letter beside the letter a province really sent: the share of its lines found.

Run ``python -m tests.derive_compare`` for the figures of the side-by-side comparisons.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file
from ntm_docgen.letter.spec import read_data

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
PROFILES = ROOT / "data" / "profiles"
HELD_OUT = Path(__file__).resolve().parent / "data" / "derive" / "held_out"
REAL_003 = EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"
HEADING = re.compile(r"^([IVX]+\.|\d+(\.\d+)*\.|[a-zđ][.)])\s")
TODAY = date(2026, 11, 23)


def norm(text: str) -> str:
    """Compare text, not typing: case, quote marks, spaces around dashes, end punctuation.

    >>> norm("Giai đoạn 2011-2020."), norm("giai đoạn 2011 - 2020")
    ('giai đoạn 2011-2020', 'giai đoạn 2011-2020')
    """
    text = text.casefold().replace("“", '"').replace("”", '"')
    text = re.sub(r"\s*[-–]\s*", "-", text)
    return " ".join(text.split()).strip(" .;:,")


def letter_lines(spec: dict, part: str) -> list[str]:
    """``body``: căn cứ and body lines; ``phu_luc``: the attachments' lines."""
    if part == "body":
        return [*spec.get("can_cu", []), *(x for x in spec["noi_dung"].split("\n") if x.strip())]
    return [x for p in spec.get("phu_luc", []) for x in p["noi_dung"].split("\n") if x.strip()]


def recovered(real: list[str], derived: list[str], *, headings: bool = False,
              cutoff: float = 0.8) -> tuple[int, int]:
    """How many of the real lines (or only its headings) have a derived line this similar."""
    wanted = [x for x in real if not headings or HEADING.match(x)]
    pool = [norm(x) for x in derived]
    found = 0
    for line in wanted:
        target = norm(line)
        best = max((difflib.SequenceMatcher(None, target, x).ratio() for x in pool), default=0.0)
        found += best >= cutoff
    return found, len(wanted)


def word_recall(point: str, text: str) -> float:
    """The share of a point's words that the derived letter uses (a loose measure).

    >>> word_recall("tổng kết phong trào", "Tổng kết Phong trào thi đua")
    1.0
    """
    def words(t: str) -> set[str]:
        return set(re.findall(r"\w+", norm(t)))
    wanted = words(point)
    return len(wanted & words(text)) / len(wanted) if wanted else 1.0


def full_text(spec: dict) -> str:
    return "\n".join([spec.get("trich_yeu", ""), *spec.get("can_cu", []), spec["noi_dung"],
                      *(p["tieu_de"] + "\n" + p["noi_dung"] for p in spec.get("phu_luc", []))])


def held_out_1853(central: Path, form: str) -> tuple[dict, dict]:
    """Lạng Sơn's derivation of 748 dated as the real Công văn 1853/VP-KGVX, and that letter."""
    real = read_data(HELD_OUT / "cv_2019_langson_vp_1853.yaml")
    spec = derive_file(central, PROFILES / "lang-son.yaml", form, ngay=date(2019, 5, 14),
                       han=date(2019, 7, 31), today=TODAY).spec
    return spec, real


def held_out_4855() -> tuple[dict, dict]:
    """Vĩnh Phúc's derivation of QĐ 1620/QĐ-TTg dated as its real Kế hoạch 4855, and that one."""
    from ntm_docgen.derive import derive_letter, load_profile
    from ntm_docgen.letter.spec import parse_spec

    real = read_data(HELD_OUT / "kh_2011_vinhphuc_4855.yaml")
    profile = load_profile(HELD_OUT.parent / "vinh-phuc-2011.yaml")
    spec = derive_letter(parse_spec(real["trung_uong"]), profile, "ke-hoach",
                         ngay=date(2011, 11, 17), so=real["so"], today=TODAY).spec
    return spec, real


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def derive_lang_son_2019(central: Path) -> dict:
    """Hướng dẫn of Sở Nội vụ Lạng Sơn dated as the real one (seed 003): 31/5/2019, số 106."""
    return derive_file(central, PROFILES / "lang-son-snv-2019.yaml", "huong-dan",
                       ngay=date(2019, 5, 31), so=106, han=date(2019, 7, 31), today=TODAY).spec


def figures() -> list[str]:
    real = read_data(REAL_003)
    out = []
    for name in ("002-huong-dan-748-de-cuong.yaml", "000-huong-dan-1741-btdkt.yaml"):
        spec = derive_lang_son_2019(EXAMPLES / name)
        for part in ("body", "phu_luc"):
            for heads in (True, False):
                got, total = recovered(letter_lines(real, part), letter_lines(spec, part),
                                       headings=heads)
                what = "headings" if heads else "lines"
                out.append(f"{name} -> 003 {part} {what}: {got}/{total} = {got / total:.0%}")
    spec = derive_lang_son_2019(EXAMPLES / "000-huong-dan-1741-btdkt.yaml")
    first = [x for x in real["noi_dung"].split("\n") if x.strip()][1:12]
    got, total = recovered(first, letter_lines(spec, "body"), cutoff=0.7)
    out.append(f"000 -> 003 sections I-II (the part taken from the central guidance), "
               f"similarity >= 0.7: {got}/{total} = {got / total:.0%}")
    for form in ("cong-van", "huong-dan"):
        derived, held = held_out_1853(EXAMPLES / "002-huong-dan-748-de-cuong.yaml", form)
        text = full_text(derived)
        scores = [word_recall(p, text) for p in held["yeu_cau"]]
        out.append(f"held out 1853/VP-KGVX vs 002 -> {form}: citation verbatim "
                   f"{held['trich_dan'] in text}; points' word recall "
                   + ", ".join(f"{x:.2f}" for x in scores)
                   + f" (mean {sum(scores) / len(scores):.2f})")
    spec, held = held_out_4855()
    opening = spec["noi_dung"].split("\n")[0]
    issuing = opening.split("”, ", 1)[1]
    out.append(f"held out 4855/UBND-KH Vĩnh Phúc vs QĐ 1620 -> ke-hoach: citation verbatim "
               f"{held['mo_dau'] in opening}; movement named as the province did "
               f"{held['phong_trao'] in opening}; issuing sentence similarity "
               f"{similarity(issuing, held['ban_hanh']):.2f}")
    return out


if __name__ == "__main__":
    print("\n".join(figures()))
