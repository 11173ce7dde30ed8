"""The attachments of the letter implemented that are not the unit's (derive22): Sơn La's 2307
sends its Sở, ngành an outline (Phụ lục 1) and its communes another (Phụ lục 2), and a commune's
letter carried both as its own; Tuyên Quang's 149 publishes two lists of procedures, and the
commune's letter carried the second as its own phụ lục. Real letters, provenance beside each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

TESTS = Path(__file__).resolve().parent
LETTERS = TESTS / "data" / "letters"
SON_LA = LETTERS / "held_out_25" / "qd_2025_sonla_2307.txt"
TUYEN_QUANG = LETTERS / "held_out_32" / "qd_2025_tuyenquang_149.txt"
BAO_THANG = TESTS / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
SO = TESTS / "data" / "derive" / "so-nnmt-lang-son-2026.yaml"
LANG_SON = TESTS.parent / "data" / "profiles" / "lang-son.yaml"
DAY = date(2025, 10, 1)


def _titles(source: Path, profile: Path, form: str) -> tuple[list[str], list[str]]:
    # a deadline given: she asks for a report, and so for an outline of her own
    result = derive_file(source, profile, form, ngay=DAY, today=DAY, han=date(2025, 11, 1))
    return [p["tieu_de"].split("\n")[0] for p in result.spec.get("phu_luc", [])], \
        result.warnings


@pytest.mark.parametrize("form", ["cong-van", "ke-hoach"])
def test_the_outline_of_the_so_nganh_is_no_phu_luc_of_a_commune(form: str) -> None:
    titles, warnings = _titles(SON_LA, BAO_THANG, form)
    assert titles == ["PHỤ LỤC 2"]
    told = [w for w in warnings if "“PHỤ LỤC 1”" in w]
    assert len(told) == 1 and "tại các Sở, ngành" in told[0]


@pytest.mark.parametrize("profile", [SO, LANG_SON], ids=["so", "tinh"])
def test_a_province_or_its_so_keeps_both_outlines(profile: Path) -> None:
    titles, _warnings = _titles(SON_LA, profile, "ke-hoach")
    assert titles == ["PHỤ LỤC 1", "PHỤ LỤC 2"]


def test_a_decisions_other_list_of_procedures_is_no_phu_luc() -> None:
    titles, warnings = _titles(TUYEN_QUANG, BAO_THANG, "cong-van")
    assert not [t for t in titles if t.startswith("DANH MỤC")]
    assert titles == ["ĐỀ CƯƠNG BÁO CÁO"]  # her own outline, as for a list carried alone
    assert [w for w in warnings if "the other lists attached to Quyết định số 149/QĐ-UBND "
            "(“DANH MỤC 10 THÀNH PHẦN HỒ SƠ" in w]


TGV = LETTERS / "held_out_18" / "qd_2025_tgv_lamdong_cchc.txt"


def test_a_rule_whose_title_stands_under_a_header_is_found_not_carried_as_hers(monkeypatch) \
        -> None:
    """Lâm Đồng's Tổ giúp việc issues its Quy chế, whose title "QUY CHẾ HOẠT ĐỘNG" stands under
    the header printed on its page: the Quy chế was not found, told missing, and carried whole
    as the commune's phụ lục, its "các huyện" made "các thôn, tổ dân phố". (The decision is
    refused as the letter to implement, a body's own Quy chế: read here as if it were not.)"""
    import ntm_docgen.derive.source as read

    monkeypatch.setattr(read, "no_work", lambda *_args: None)
    titles, warnings = _titles(TGV, BAO_THANG, "cong-van")
    assert titles == ["ĐỀ CƯƠNG BÁO CÁO"]
    assert [w for w in warnings if "the Quy chế attached to Quyết định is set out in articles" in w]
    assert not [w for w in warnings if "does not hold" in w]
