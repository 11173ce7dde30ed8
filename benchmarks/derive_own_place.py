"""A Kế hoạch derived from every letter of a level below a province (a huyện's, a commune's) by
three units of the letter's own province: its people's committee, a Sở (Nông nghiệp và Môi
trường) and another commune of it, as derive_reach derives every letter by units of Lào Cai and
Lạng Sơn. Prints, for each unit, the runs, the drafts whose Nơi nhận names one body twice
(after casefold and NFC) and the drafts that report to a unit of a lower level than their own
(a Nơi nhận line "(b/c)" or a sentence "báo cáo …" naming one), each draft named.
``--swept DIR`` makes the same two sweeps over the drafts ``derive_reach.py --keep DIR`` kept.

    PYTHONPATH=. python benchmarks/derive_own_place.py [--keep DIR] [--swept DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from derive_reach import PROFILES, sources

from ntm_docgen.derive import derive_letter, load_profile
from ntm_docgen.derive.above import RANK, placed, province_of
from ntm_docgen.derive.profile import Profile, parse_profile
from ntm_docgen.derive.source import read_source
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language
from ntm_docgen.vietnamese.donvi import commune_units, province_name, province_named

SIGNER = {"chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"}
#: a place named with its proper name ("xã Lương Minh", "phường 1", not "thành phố" alone)
_PLACE = re.compile(r"(?<!\w)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+"
                    r"([A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9][\w ]*)")
#: where the body a sentence reports to ends: "báo cáo X theo quy định", "báo cáo X xem xét"
_BODY_END = re.compile(r"[,;.(:]| theo | xem | để | về | trước ")


def units_of(province: str, issuer: str) -> dict[str, Profile]:
    """The people's committee of ``province``, its Sở, and its first commune not ``issuer``."""
    found = province_named(province)
    if found is None:
        return {}
    listed = province_name(found)
    kind = "thành phố" if listed.startswith("Thành phố ") else "tỉnh"
    name = listed.removeprefix("Thành phố ")
    commune = next(u for u in commune_units(found) if u["ten"].casefold() not in
                   issuer.casefold())
    return {
        "own-tinh": parse_profile({
            "tinh": name, "cap": "tỉnh", "ten_goi": f"Ủy ban nhân dân {kind} {name}",
            "co_quan": {"ten": f"ỦY BAN NHÂN DÂN\n{kind} {name}".upper(), "viet_tat": "UBND"},
            "dia_danh": name, "co_quan_thuong_truc": "Sở Nội vụ",
            "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], **SIGNER}}),
        "own-so": parse_profile({
            "tinh": name, "cap": "tỉnh", "ten_goi": "Sở Nông nghiệp và Môi trường",
            "co_quan": {"chu_quan": f"UBND {kind} {name}".upper(),
                        "ten": "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", "viet_tat": "SNNMT"},
            "dia_danh": name, "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                                     "ho_ten": "Nguyễn Văn A"}}),
        "own-xa": parse_profile({
            "tinh": commune["ten"], "thuoc": name, "cap": "xã", "tu_ngay": "2025-07-01",
            "ten_goi": f"Ủy ban nhân dân {commune['ten_day_du']}", "dia_danh": commune["ten"],
            "co_quan": {"ten": f"ỦY BAN NHÂN DÂN\n{commune['ten_day_du']}".upper(),
                        "viet_tat": "UBND"},
            "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], **SIGNER}}),
    }


def twice(noi_nhan: list[str]) -> list[str]:
    """The Nơi nhận items that name a body already named, after casefold and NFC."""
    seen: set[str] = set()
    again = []
    for item in noi_nhan:
        if item.lstrip().startswith("+"):
            continue
        key = " ".join(unicodedata.normalize("NFC", item).casefold().strip(" -;.").split())
        if key in seen:
            again.append(item)
        seen.add(key)
    return again


def _a_province(name: str) -> bool:
    """Whether ``name``'s first words name a province ("Cần Thơ từ nay …")."""
    words = name.split()
    return any(province_named(" ".join(words[:n])) is not None for n in (1, 2, 3))


def reports_below(spec: dict, rank: int) -> list[str]:
    """The Nơi nhận "(b/c)" lines and "báo cáo …" sentences whose body is of a place of a level
    below ``rank`` (its most local place named)."""
    bodies = [x.replace("(b/c)", "") for x in spec.get("noi_nhan") or [] if "(b/c)" in x]
    for line in str(spec.get("noi_dung") or "").split("\n"):
        for found in re.finditer(r"báo cáo (?:về )?", line):
            rest = line[found.end():]
            stop = _BODY_END.search(rest)
            if rest[:1].isupper():  # a body, not what is reported ("báo cáo kết quả …")
                bodies.append(rest[:stop.start() if stop else len(rest)])
    out = []
    for body in bodies:
        levels = [RANK.get(kind, 2) if kind != "thành phố" else
                  (1 if _a_province(name) else 2)
                  for kind, name in _PLACE.findall(body)]
        if levels and max(levels) > rank:
            out.append(body.strip())
    return out


def swept(kept: Path) -> None:
    """The two sweeps over the drafts derive_reach kept in ``kept``, by unit."""
    for key, (path, _first) in PROFILES.items():
        rank = RANK[load_profile(path).cap]
        drafts = sorted((kept / key).glob("*.json"))
        specs = [json.loads(d.read_text(encoding="utf-8"))["spec"] for d in drafts]
        again = [d.stem for d, s in zip(drafts, specs, strict=True) if twice(s["noi_nhan"])]
        below = [d.stem for d, s in zip(drafts, specs, strict=True) if reports_below(s, rank)]
        for name in again + below:
            print(f"  {key:12s} {name}")
        print(f"{key}: {len(drafts)} letters, {len(again)} naming a body twice, {len(below)} "
              "reporting to a unit below")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--swept", type=Path)
    args = parser.parse_args()
    set_language("en")
    if args.swept:
        swept(args.swept)
        sys.exit(0)
    counts: dict[str, list[int]] = {}
    for path in sources(every=True):
        try:
            source, _read = read_source(path)
        except DocgenError:
            continue
        rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
        province = province_of(source)
        if rank is None or rank < RANK["huyện"] or not province:
            continue
        name = f"{path.parent.name}/{path.stem}"
        for key, profile in units_of(province, source.co_quan.ten.replace("\n", " ")).items():
            day = source.ngay + timedelta(days=14) if source.ngay else date(2026, 8, 5)
            day = max(day, profile.tu_ngay or day)
            runs = counts.setdefault(key, [0, 0, 0, 0])
            runs[0] += 1
            try:
                spec = derive_letter(source, profile, "ke-hoach", ngay=day, today=day).spec
            except DocgenError:
                continue
            runs[1] += 1
            again, below = twice(spec["noi_nhan"]), reports_below(spec, RANK[profile.cap])
            runs[2] += bool(again)
            runs[3] += bool(below)
            for told in again + below:
                print(f"  {key:8s} {name}: {told}")
            if args.keep:
                out = args.keep / key / f"{path.parent.name}__{path.stem}.json"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(json.dumps(spec, ensure_ascii=False, indent=1, default=str),
                               encoding="utf-8")
    for key, (runs, letters, again, below) in counts.items():
        print(f"{key}: {runs} runs, {letters} letters, {again} naming a body twice, "
              f"{below} reporting to a unit below")
    sys.exit(0)


if __name__ == "__main__":
    main()
