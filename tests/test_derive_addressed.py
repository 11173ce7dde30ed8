"""A letter of the level above addressed to units of the unit's own level listed by name, the
unit not among them, is told first as theirs (derive20): Sở Công Thương Lào Cai asked "UBND các
xã: Trấn Yên, Hưng Khánh, …" for their views, and xã Bảo Thắng's draft asked its own units for
them, told nothing. Real letter: held_out_16/cv_2026_sct_ccn_xinykien (provenance beside it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
XIN_Y_KIEN = DATA / "letters" / "held_out_16" / "cv_2026_sct_ccn_xinykien.txt"
LAO_CAI_7432 = DATA / "letters" / "held_out_10" / "cv_2026_laocai_7432.txt"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2026, 7, 22)
TOLD = "is addressed to UBND các xã: Trấn Yên, Hưng Khánh"


def _commune(tmp_path: Path, name: str) -> Path:
    data = yaml.safe_load(BAO_THANG.read_text(encoding="utf-8"))
    data.update(tinh=name, ten_goi=f"Ủy ban nhân dân xã {name}", dia_danh=name,
                co_quan={"ten": f"ỦY BAN NHÂN DÂN\nXÃ {name.upper()}", "viet_tat": "UBND"})
    path = tmp_path / "xa.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _warnings(source: Path, profile: Path) -> list[str]:
    return derive_file(source, profile, "cong-van", ngay=DAY, today=DAY).warnings


def test_a_commune_left_out_of_the_communes_named_is_told() -> None:
    told = [w for w in _warnings(XIN_Y_KIEN, BAO_THANG) if TOLD in w]
    assert len(told) == 1
    assert "UBND các phường: Âu Lâu, Yên Bái, Văn Phú, not to Ủy ban nhân dân xã Bảo Thắng" \
        in told[0]


@pytest.mark.parametrize("name", ["Trấn Yên", "Xuân Ái"])
def test_a_commune_named_is_not_told(tmp_path: Path, name: str) -> None:
    assert not [w for w in _warnings(XIN_Y_KIEN, _commune(tmp_path, name)) if TOLD in w]


def test_a_letter_to_every_commune_is_not_told() -> None:
    """7432 goes to "Ủy ban nhân dân các xã, phường"."""
    assert not [w for w in _warnings(LAO_CAI_7432, BAO_THANG) if "is addressed to" in w]


TAN_THANH = DATA.parent.parent / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"



def _sent_to(tmp_path: Path, kinh_gui: str) -> Path:
    """Lào Cai's 7432 as a spec, sent to ``kinh_gui``."""
    data = yaml.safe_load(LAO_CAI_7432.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    data = {k: v for k, v in data.items() if k not in ("nguon", "noi_dung_cuoi")}
    data["kinh_gui"] = [kinh_gui]
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return spec


@pytest.mark.parametrize("kinh_gui", [
    "UBND các xã: Hưng Khánh và Tân Thành",
    "UBND các xã: xã Hưng Khánh, xã Tân Thành",
    "UBND các xã: Hưng Khánh, Tân Thành (cũ)",
    "Ủy ban nhân dân các xã: Hưng Khánh; TÂN THÀNH.",
], ids=["joined-by-va", "level-word-before-each", "bracketed-note", "capitals"])
def test_her_commune_named_in_the_list_is_not_told(tmp_path: Path, kinh_gui: str) -> None:
    """review of derive20, finding 4: xã Tân Thành was told the letter was not hers."""
    warnings = _warnings(_sent_to(tmp_path, kinh_gui), TAN_THANH)
    assert not [w for w in warnings if "is addressed to UBND" in w or "is addressed to Ủy" in w]


def test_a_list_without_her_commune_is_still_told(tmp_path: Path) -> None:
    warnings = _warnings(_sent_to(tmp_path, "UBND các xã: Hưng Khánh và Tân Thịnh (cũ)"),
                         TAN_THANH)
    assert [w for w in warnings if "is addressed to UBND các xã: Hưng Khánh" in w]


UY_QUYEN = DATA / "letters" / "held_out_15" / "cv_2025_laocai_uyquyen.txt"
LAO_CAI_3686 = DATA / "letters" / "held_out_10" / "cv_2026_laocai_3686.txt"
ONLY = "is addressed only to"


@pytest.mark.parametrize(("source", "them"), [
    (UY_QUYEN, "Sở Công Thương; Sở Tư pháp"),
    (LAO_CAI_3686, "Bộ Xây dựng"),
], ids=["to-two-so", "to-a-ministry"])
def test_a_letter_to_other_bodies_only_is_told_first(source: Path, them: str) -> None:
    """derive22: Lào Cai's letter asking its Sở Công Thương and Sở Tư pháp to propose a
    delegation, and its letter to Bộ Xây dựng, were carried down as tasks of xã Bảo Thắng's
    units, told nothing."""
    warnings = _warnings(source, BAO_THANG)
    told = [w for w in warnings if ONLY in w]
    assert len(told) == 1
    assert f"{ONLY} {them}, not to Ủy ban nhân dân xã Bảo Thắng" in told[0]
    assert warnings.index(told[0]) < 3


@pytest.mark.parametrize("kinh_gui", [
    "Ủy ban nhân dân xã Tân Thành", "UBND xã Tân Thành", "Các cơ quan, đơn vị",
    "Ủy ban nhân dân các xã, phường", "Trưởng các thôn, bản",
], ids=["her-name", "her-short-name", "a-group", "every-commune", "the-villages"])
def test_a_letter_to_her_or_a_group_of_hers_is_not_told(tmp_path: Path, kinh_gui: str) -> None:
    warnings = _warnings(_sent_to(tmp_path, kinh_gui), TAN_THANH)
    assert not [w for w in warnings if ONLY in w]


def test_a_letter_to_one_other_body_is_told(tmp_path: Path) -> None:
    warnings = _warnings(_sent_to(tmp_path, "Công an tỉnh"), TAN_THANH)
    assert [w for w in warnings if f"{ONLY} Công an tỉnh" in w]


@pytest.mark.parametrize(("profile", "kinh_gui", "told"), [
    ("xa-bao-thang-lao-cai-2026.yaml", "Chủ tịch UBND xã Bảo Thắng", False),
    ("xa-bao-thang-lao-cai-2026.yaml", "Đảng ủy, UBND xã Bảo Thắng", False),
    ("xa-bao-thang-lao-cai-2026.yaml", "Ủy ban nhân dân xã Bảo Thắng, tỉnh Lào Cai", False),
    ("xa-bao-thang-lao-cai-2026.yaml", "UBND xã Gia Phú", True),
    ("so-nnmt-lang-son-2026.yaml", "Giám đốc Sở Nông nghiệp và Môi trường", False),
    ("so-nnmt-lang-son-2026.yaml", "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn", False),
    ("so-nnmt-lang-son-2026.yaml", "Sở Nông nghiệp và Môi trường; Sở Tài chính", False),
    ("so-nnmt-lang-son-2026.yaml", "Sở Tài chính", True),
], ids=["her-chairman", "party-and-her", "her-and-province", "another-commune",
        "her-director", "her-with-province", "her-and-another", "another-so"])
def test_her_name_inside_an_addressee_is_hers(profile: str, kinh_gui: str, told: bool) -> None:
    """A review of the derive merges: each of the first ones was warned as a letter addressed
    only to others, first among the warnings."""
    from ntm_docgen.derive.profile import load_profile
    from ntm_docgen.derive.request import addressed_elsewhere
    from ntm_docgen.letter.spec import parse_spec

    unit = load_profile(Path(__file__).parent / "data" / "derive" / profile)
    spec = parse_spec({"loai": "CV", "co_quan": {"ten": "UBND TỈNH"}, "dia_danh": "Lào Cai",
                       "trich_yeu": "V/v triển khai", "kinh_gui": [kinh_gui], "noi_dung": "…",
                       "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "B"}})
    assert bool(addressed_elsewhere(spec, unit)) == told
