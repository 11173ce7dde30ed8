"""`check` finds no fault with what the tool itself laid out right; what it does tell still stands.

A finding on a letter that prints right is the worst thing check can do: a văn thư learns not to
trust it. Here every spec the project holds is rendered and checked, and each way check once
denied a printed element has its letter in tests/data/check/printed/.
"""

from __future__ import annotations

from datetime import date

import docx
import pytest
import yaml
from check_letter import find, retext, set_runs
from conftest import DATA, EXAMPLES

from ntm_docgen.check import check_file
from ntm_docgen.errors import DocgenError
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec

TODAY = date(2026, 11, 23)
PRINTED = sorted((DATA / "check" / "printed").glob("*.yaml"))
#: the keys of a spec (contract §1): an expected import's other keys are left out
SPEC_KEYS = {"loai", "co_quan", "so", "ky_hieu", "don_vi", "dia_danh", "ngay", "trich_yeu",
             "kinh_gui", "can_cu", "tham_quyen", "noi_dung", "ky", "noi_nhan", "luu",
             "do_khan", "do_mat", "phu_luc", "ban_sao"}
#: Findings of level "lỗi" on a letter whose own words depart from the decree; render prints
#: them as the clerk wrote them (and warns), and check is right to tell them.
DEPARTURES = {
    # the Lưu line names no VT (văn thư): the decree's form is "- Lưu: VT, <unit>."
    **{(name, "noi_nhan_item.luu"): "Lưu without VT" for name in (
        "held_out_13/kh_2025_baccamranh_mttq", "held_out_13/kh_2025_luongminh_mttq_16",
        "held_out_13/kh_2025_phobang_ubbc_01", "held_out_16/cv_2026_sct_phongqlcn_kcn",
        "held_out_17/bc_2026_dkt_2872_hoachat", "held_out_21/hd_2025_luongminh_baucu",
        "held_out_21/hd_2025_quangninh_mttq_hiepthuong",
        "held_out_21/kh_2025_luongminh_hiepthuong_thon",
        "held_out_21/kh_2025_luongminh_kiemtra_giamsat",
        "held_out_21/kh_2025_luongminh_tiepcongdan",
        "held_out_21/kh_2026_luongminh_layykien_cutri", "held_out_22/qd_2024_ttg_1039",
        "held_out_24/nq_2025_hdbcqg_40", "held_out_30/qd_2025_namdinh_354",
        "held_out_34/qd_2025_namdinh_364", "held_out_36/bc_2024_stc_haugiang_giathang7")},
    # a unit typed after VT with no comma: "- Lưu: VT MTTQ."
    ("held_out_13/hd_2025_luongminh_mttq", "noi_nhan_item.luu"): "no comma after VT",
    # the ký hiệu does not open with the type's code of Phụ lục III (HD, BC, TTr; the Ủy ban
    # Thường vụ Quốc hội numbers its Nghị quyết "101/2025/UBTVQH15", with no NQ)
    **{(name, "so.ma_loai"): "ký hiệu without the type code" for name in (
        "held_out_12/hd_2026_lienNganh_24", "held_out_12/bc_2026_dkt_1883",
        "held_out_16/ttr_2025_snv_binhthuan_519", "held_out_17/bc_2026_dkt_2872_hoachat",
        "held_out_26/nq_2025_ubtvqh_101")},
    # "- Như trên;" in the Nơi nhận of a letter with no Kính gửi for it to refer to
    ("held_out_19/cv_2025_bca_5689", "noi_nhan_item.nhu_tren"): "Như trên, no Kính gửi",
    ("held_out_19/cv_2025_bca_5689", "kinh_gui.cong_van"): "a công văn with no Kính gửi",
    # a bulk letter's template: its Kính gửi comes from each row of the list
    **{(name, "kinh_gui.cong_van"): "bulk template, Kính gửi from the list" for name in (
        "bulk/cong_van", "bulk/xa")},
    # the articles numbered "Điều 1:", where the decree prints "Điều 1." (the Sở's QĐ as issued)
    ("held_out_15/qd_2026_sct_doankt_hoachat", "body.dieu_stop"): "Điều 1: with a colon",
    # the collective named by an abbreviation after TM. (the drafts signed "TM. THƯỜNG TRỰC HĐND")
    **{(name, "quyen_han.abbreviation"): "TM. ... HĐND" for name in (
        "held_out_31/qd_2026_hdndthanhhoa_duthao", "held_out_44/cv_2026_hdnd_thanhhoa_duthao")},
    # "TM. HỘI ĐỒNG" over "CHỦ TỊCH" under the chairman's own authority (ô 5b "CHỦ TỊCH HỘI
    # ĐỒNG ..."): one person signs, the decree writes no TM. there (the council's QĐ as issued)
    ("held_out_37/qd_2025_hdtd_lamdong_10797", "quyen_han.tm"): "TM. under a chairman",
    # the trích yếu typed in capitals: the decree writes it in ordinary letters (chữ in thường)
    **{(name, "trich_yeu.case"): "trích yếu in capitals" for name in (
        "check/printed/bao-cao.trich-yeu-in-capitals-with-bracket-line",
        "check/printed/ke-hoach.trich-yeu-in-capitals",
        "check/printed/quyet-dinh.trich-yeu-in-capitals-with-bracket",
        "held_out_10/qd_2026_laocai_2170", "held_out_10/qd_2026_laocai_2463",
        "held_out_16/qd_2026_laocai_2336", "held_out_17/tb_2026_sct_ktnt_ngoinhu",
        "held_out_19/qd_2026_laocai_2338", "held_out_19/tb_2026_sct_namcang",
        "held_out_24/nq_2025_hdbcqg_40", "held_out_42/ct_2025_quangtri_06",
        "held_out_42/kh_2025_cantho_157", "held_out_42/kh_2025_daklak_0125",
        "held_out_42/kh_2025_hcm_172", "held_out_42/kh_2025_nghean_982",
        "held_out_42/qd_2025_nghean_3769", "held_out_42/tb_2025_vpcp_623")},
    # a decision's body made of the truth's first and last paragraphs: no article among them
    **{(name, "ten_loai.dieu"): "the body's first and last paragraphs, no Điều" for name in (
        "held_out_11/qd_2026_sct_1050", "held_out_26/nq_2025_hdnd_quangninh_99",
        "held_out_26/nq_2025_ubtvqh_101", "held_out_26/qd_2025_phutho_03",
        "held_out_30/qd_2025_ttg_01", "held_out_42/nq_2025_hdnd_hanoi_83")},
    # a Quyết định whose truth holds no tham_quyen: rendered without its authority line
    **{(name, "ten_loai.tham_quyen"): "no tham_quyen in the truth" for name in (
        "held_out_26/qd_2025_phutho_03", "held_out_29/qd_2025_phuong1_64",
        "held_out_30/qd_2025_ttg_01")},
    # an undated truth (ngay null) rendered on TODAY, in 2026, by a province merged away on
    # 1 July 2025 (Bình Thuận, Bình Dương, Quảng Bình), one to "UBND các huyện": render warns too
    **{(name, rule): "undated, rendered in 2026" for name in (
        "held_out_12/cv_2024_binhthuan_giahan", "held_out_12/tb_2024_binhthuan_giaithe",
        "held_out_13/cv_2025_vpbinhthuan_182", "held_out_14/cv_2024_binhthuan_cd131",
        "held_out_14/cv_2024_vpbinhthuan_tkt", "held_out_18/cv_2024_vpbinhthuan_nutgiao",
        "held_out_29/qd_2025_binhduong_syt", "held_out_29/qd_2025_quangbinh_nuoiconnuoi",
        "held_out_30/qd_2025_daknong_chungthuc", "held_out_31/qd_2025_quangbinh_chungthuc",
        "held_out_32/qd_2025_quangbinh_hdxd", "held_out_33/qd_2025_quangbinh_yte",
        "held_out_34/qd_2024_quangbinh_lltp", "held_out_36/bc_2024_stc_haugiang_giathang7")
       for rule in ("co_quan.hai_cap", "kinh_gui.hai_cap")},
}
#: The one thing told on a letter of tests/data/check/printed/ that is otherwise laid out
#: right: its trích yếu typed in capitals (the case it was written for is where its rule is).
TOLD = {name: ["trich_yeu.case"] for name in (
    "bao-cao.trich-yeu-in-capitals-with-bracket-line", "ke-hoach.trich-yeu-in-capitals",
    "quyet-dinh.trich-yeu-in-capitals-with-bracket")}


def _spec_file(path, folder):
    """The spec to render for ``path``: the file itself, or for an expected import
    (tests/data/letters) a spec made of it in ``folder``: its spec keys, the body's first and
    last paragraphs as its noi_dung, empty values left out."""
    if not path.name.endswith(".expected.yaml"):
        return path
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = {k: v for k, v in data.items() if k in SPEC_KEYS and v not in (None, "", [])}
    body = [data[k] for k in ("noi_dung_dau", "noi_dung_cuoi") if data.get(k)]
    if body and "noi_dung" not in spec:
        spec["noi_dung"] = "\n".join(body)
    for block in ("co_quan", "ky"):
        if isinstance(spec.get(block), dict):
            spec[block] = {k: v for k, v in spec[block].items() if v}
    out = folder / f"{path.parent.name}.{path.name}"
    out.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return out


def _renders(path, folder) -> bool:
    """True when the file is a letter's spec that loads (not a bad.* spec, nor a copy spec)."""
    try:
        load_spec(_spec_file(path, folder))
    except DocgenError:
        return False
    return True


def _every_spec(tmp):
    files = [*sorted(EXAMPLES.glob("*.yaml")),
             *sorted(p for p in DATA.rglob("*.yaml") if "real" not in p.parent.parts[-2:])]
    return [p for p in files if _renders(p, tmp)]


def _name(path) -> str:
    rel = path.relative_to(EXAMPLES.parent if EXAMPLES in path.parents else DATA)
    return str(rel.with_suffix("")).removesuffix(".expected").removeprefix("letters/")


def _render(path, tmp_path):
    out = tmp_path / "letter.docx"
    render_spec(load_spec(_spec_file(path, tmp_path)), out, today=TODAY)
    return out


def pytest_generate_tests(metafunc):
    if "any_spec" in metafunc.fixturenames:
        tmp = metafunc.config._tmp_path_factory.mktemp("specs")
        specs = _every_spec(tmp)
        metafunc.parametrize("any_spec", specs, ids=[_name(p) for p in specs])


def test_every_spec_the_project_holds_renders_to_a_letter_without_error(any_spec, tmp_path):
    """Examples, test specs and the real letters' fields read by hand: rendered and checked,
    no finding of level lỗi but the letter's own departures listed in DEPARTURES."""
    found = [f for f in check_file(_render(any_spec, tmp_path)) if f.severity == "loi"]
    assert [str(f) for f in found if (_name(any_spec), f.rule) not in DEPARTURES] == []


@pytest.mark.parametrize("path", PRINTED, ids=[p.stem for p in PRINTED])
def test_a_letter_laid_out_right_has_no_finding(path, tmp_path):
    """Each case where check denied what the page prints: a trích yếu in capitals or ending
    with a line in brackets (its rule), a quyết định's căn cứ in the decree's form, a body
    opened by "Thực hiện ..., ... như sau:". A trích yếu in capitals is told as such, once."""
    found = check_file(_render(path, tmp_path))
    assert [f.rule for f in found] == TOLD.get(path.stem, []), [str(f) for f in found]


def _rendered(tmp_path, name):
    out = _render(DATA / "check" / "printed" / f"{name}.yaml", tmp_path)
    return out, docx.Document(str(out))


def _rules(document, tmp_path) -> set[str]:
    out = tmp_path / "changed.docx"
    document.save(str(out))
    return {f.rule for f in check_file(out)}


@pytest.mark.parametrize("name", ["ke-hoach.trich-yeu-in-capitals",
                                  "quyet-dinh.trich-yeu-in-capitals-with-bracket",
                                  "to-trinh.trich-yeu-ending-in-a-bracket-line"])
def test_the_rule_under_such_a_trich_yeu_is_still_asked_for(tmp_path, name):
    _out, document = _rendered(tmp_path, name)
    for para in document.paragraphs:  # the body's, after the header table: under the trích yếu
        if para._p.find(".//{*}pBdr") is not None and not para.text.strip():
            para._p.getparent().remove(para._p)
            break
    rules = _rules(document, tmp_path)
    assert "trich_yeu.rule" in rules or "trich_yeu.missing" in rules


def test_the_last_line_of_a_quyet_dinh_preamble_still_ends_with_a_full_stop(tmp_path):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-sau-khi-thong-nhat")
    retext(find(document, r"^Theo đề nghị"), r"\.$", ";")
    assert "can_cu.punctuation" in _rules(document, tmp_path)


def test_a_line_of_the_preamble_not_ending_with_a_semicolon_is_told(tmp_path):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-sau-khi-thong-nhat")
    retext(find(document, r"^Sau khi thống nhất"), r";$", "")
    assert "can_cu.punctuation" in _rules(document, tmp_path)


def test_a_signer_title_in_lower_case_is_told_as_such_not_as_no_signature(tmp_path):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    retext(find(document, r"^PHÓ CHỦ TỊCH$"), "PHÓ CHỦ TỊCH", "Phó Chủ tịch")
    rules = _rules(document, tmp_path)
    assert "chuc_vu.case" in rules and "chuc_vu.missing" not in rules


@pytest.mark.parametrize(("pattern", "rule"), [
    (r"^QUYẾT ĐỊNH$", "ten_loai.italic"), (r"^Về việc chấp thuận", "trich_yeu.italic"),
    (r"^KT\. CHỦ TỊCH$", "quyen_han.italic"), (r"^PHÓ CHỦ TỊCH$", "chuc_vu.italic"),
    (r"^Đoàn Thu Hà$", "ho_ten.italic"), (r"^CỘNG HÒA", "quoc_hieu.italic"),
], ids=["ten-loai", "trich-yeu", "quyen-han", "chuc-vu", "ho-ten", "quoc-hieu"])
def test_an_element_the_decree_sets_upright_is_told_when_in_italics(tmp_path, pattern, rule):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    set_runs(find(document, pattern), italic=True)
    assert rule in _rules(document, tmp_path)
