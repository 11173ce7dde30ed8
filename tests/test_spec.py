"""Spec loading: every bad spec is reported with its path, what was expected and what was found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES

from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.letter.spec import load_copy_spec, load_spec, parse_spec

SPECS = DATA / "specs"
BAD = sorted(SPECS.glob("bad.*"))
BAD = [p for p in BAD if p.suffix != ".expect"]


def expected_message(path: Path) -> str:
    sidecar = path.with_suffix(".expect")
    if sidecar.exists():
        return sidecar.read_text(encoding="utf-8").strip()
    first = path.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} needs an '# expect:' first line"
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_spec_is_reported(path):
    with pytest.raises(DocgenError) as caught:
        load_spec(path)
    message = str(caught.value)
    assert expected_message(path) in message
    assert "Traceback" not in message


def test_all_problems_at_once_sorted_with_the_file():
    with pytest.raises(SpecError) as caught:
        load_spec(SPECS / "bad.many-problems.yaml")
    paths = [p.path for p in caught.value.problems]
    assert paths == ["co_quan.ten", "ky.ho_ten", "ngay", "so"]
    message = str(caught.value)
    assert message.startswith(f"4 problems in {SPECS / 'bad.many-problems.yaml'}:")
    assert "Number (so): expected a number from 1 up; found 0" in message


def test_minimal_spec_defaults():
    spec = load_spec(SPECS / "good.minimal.yaml")
    assert spec.ky_hieu == "KH-SNV" and spec.so is None and spec.ngay is None
    assert spec.noi_nhan == () and spec.phu_luc == ()


@pytest.mark.parametrize(("data", "ky_hieu"), [
    ({"loai": "CV", "don_vi": "TH"}, "SNV-TH"),
    ({"loai": "công văn"}, "SNV"),
    ({"loai": "Hướng dẫn"}, "HD-SNV"),
    ({"loai": "quyet dinh"}, "QĐ-SNV"),
    ({"loai": "KH", "ky_hieu": "KH-BCĐ"}, "KH-BCĐ"),
], ids=["cong-van-don-vi", "cong-van-name", "name-with-diacritics", "name-without", "given"])
def test_ky_hieu_defaults(data, ky_hieu):
    base = {"co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"}, "dia_danh": "Lạng Sơn",
            "trich_yeu": "x", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "A"}}
    assert parse_spec({**base, **data}).ky_hieu == ky_hieu


def test_json_spec_and_iso_date(tmp_path):
    path = tmp_path / "spec.json"
    path.write_text('{"loai": "BC", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Hà Nội",'
                    ' "ngay": "2026-01-05", "trich_yeu": "x",'
                    ' "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "A"}}', encoding="utf-8")
    assert load_spec(path).ngay == date(2026, 1, 5)


def _written(tmp_path, key: str, written: str):
    """A letter's spec and a copy's spec, each with ``key: written`` as a clerk types it."""
    text = (SPECS / "good.minimal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "spec.yaml"
    path.write_text(f"{text}\n{key}: {written}\n", encoding="utf-8")
    copy = (DATA / "specs" / "copy.sao-y.yaml").read_text(encoding="utf-8")
    lines = [line for line in copy.splitlines() if not line.startswith(f"{key}:")]
    (tmp_path / "copy.yaml").write_text("\n".join([*lines, f"{key}: {written}"]) + "\n",
                                         encoding="utf-8")
    return load_spec(path), load_copy_spec(tmp_path / "copy.yaml")


@pytest.mark.parametrize(("written", "day"), [
    ("2026-01-05", date(2026, 1, 5)),
    ("05/01/2026", date(2026, 1, 5)),
    ("5/1/2026", date(2026, 1, 5)),
    ("09/10/2026", date(2026, 10, 9)),
    ("10/9/2026", date(2026, 9, 10)),
    ("31/12/2026", date(2026, 12, 31)),
    ("29/02/2024", date(2024, 2, 29)),
], ids=["iso", "day-first", "no-zeros", "day-9-month-10", "day-10-month-9", "last-day",
        "leap-day"])
def test_a_date_is_read_as_clerks_write_it(tmp_path, written, day):
    """The spec takes the two forms the command line takes; YAML reads 05/01/2026 as text."""
    letter, copy = _written(tmp_path, "ngay", written)
    assert letter.ngay == day
    assert copy.ngay == day


def test_bom_and_decomposed_text_are_accepted(tmp_path):
    path = tmp_path / "spec.yaml"
    text = (SPECS / "good.minimal.yaml").read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("Lạng", "La\u0323ng").encode("utf-8"))
    assert load_spec(path).dia_danh == "Lạng Sơn"


def test_noi_nhan_and_quyen_han_are_normalised():
    spec = parse_spec({"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "X",
                       "trich_yeu": "x", "noi_nhan": ["- UBND tỉnh (b/c);", "Lưu trữ."],
                       "luu": "- Lưu: VT, TH.",
                       "ky": {"quyen_han": ["KT.TRƯỞNG BAN"], "chuc_vu": "PHÓ", "ho_ten": "A"}})
    assert spec.noi_nhan == ("UBND tỉnh (b/c)", "Lưu trữ")
    assert spec.luu == "VT, TH"
    assert spec.ky.quyen_han == ("KT. TRƯỞNG BAN",)


def test_copy_spec():
    path = DATA / "specs" / "copy.sao-y.yaml"
    copy = load_copy_spec(path)
    assert (copy.hinh_thuc, copy.ky_hieu, copy.so) == ("SAO Y", "SY-VP", 366)


def test_examples_are_valid():
    examples = sorted(EXAMPLES.glob("*.yaml"))
    assert examples, "data/examples/ holds the example specs"
    for path in examples:
        if "sao-y" in path.name and "kem" not in path.name:
            load_copy_spec(path)
        else:
            load_spec(path)


def test_an_empty_ban_sao_names_every_key_it_lacks_and_a_blank_one_is_no_block():
    data = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
            "dia_danh": "Lạng Sơn", "trich_yeu": "Sơ kết",
            "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn A"}}
    with pytest.raises(SpecError) as caught:
        parse_spec({**data, "ban_sao": {}})
    assert [p.path for p in caught.value.problems] == [
        "ban_sao.co_quan", "ban_sao.dia_danh", "ban_sao.hinh_thuc", "ban_sao.ky"]
    assert parse_spec({**data, "ban_sao": None}).ban_sao is None  # `ban_sao:` left blank


@pytest.mark.parametrize(("written", "so"), [("010", 10), ("012", 12), ("08", 8), ("1_000", 1000)],
                         ids=["ten", "twelve", "eight", "underscore"])
def test_a_number_with_a_leading_zero_is_the_number_she_wrote(tmp_path, written, so):
    """YAML 1.1 reads ``010`` as the octal 8: ``so: 010`` printed "Số: 08/KH-SNV" (a
    black-box run); a clerk writes numbers in tens, as the decree prints them, zero first."""
    letter, copy = _written(tmp_path, "so", written)
    assert letter.so == so
    assert copy.so == so


def test_a_number_written_in_hex_is_refused_not_read(tmp_path):
    text = (SPECS / "good.minimal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "spec.yaml"
    path.write_text(f"{text}\nso: 0x1A\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"Number \(so\): expected a whole number; found .0x1A."):
        load_spec(path)


@pytest.mark.parametrize(("block", "told"), [
    ("co_quan: {}", ["(co_quan.ten): required"]),
    ("co_quan: []", ["Issuing body (co_quan): expected a mapping of keys; found a list"]),
    ("ky: {}", ["(ky.chuc_vu): required", "(ky.ho_ten): required"]),
], ids=["empty-co-quan", "list-co-quan", "empty-ky"])
def test_an_empty_block_is_told_by_the_paths_it_lacks(tmp_path, block, told):
    """``co_quan: {}`` gave "(top level): incomplete spec", no path, and hid itself behind
    the spec's other problems (a black-box run against contract §1)."""
    text = (SPECS / "good.minimal.yaml").read_text(encoding="utf-8")
    key = block.split(":")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith(f"{key}:") and not line.startswith("  ")]
    path = tmp_path / "spec.yaml"
    path.write_text("\n".join([*lines, block, "noi_nhan: [{}]"]) + "\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    said = str(caught.value)
    assert all(t in said for t in told), said
    assert "noi_nhan[0]" in said and "incomplete spec" not in said


@pytest.mark.parametrize(("form", "told"), [("TRÍCH SAO", True), ("SAO Y", False)])
def test_a_trich_sao_block_under_a_whole_letter_is_told(form, told):
    """A letter's ``ban_sao`` of TRÍCH SAO printed the whole letter under an extract's block,
    with no word (a black-box run): the block certifies the text above it as the parts kept."""
    import dataclasses

    from ntm_docgen import api

    spec = load_spec(EXAMPLES / "000-huong-dan-1741-kem-sao-y.yaml")
    block = dataclasses.replace(spec.ban_sao, hinh_thuc=form)
    warnings = api.spec_warnings(dataclasses.replace(spec, ban_sao=block))
    assert any(str(w).startswith("ban_sao.hinh_thuc: a TRÍCH SAO block certifies")
               for w in warnings) is told


def test_a_json_number_with_a_leading_zero_is_told_as_one(tmp_path):
    """``"so": 012`` was told as a missing comma (a black-box run): JSON has no leading zero."""
    path = tmp_path / "spec.json"
    path.write_text('{"loai": "KH", "so": 012}', encoding="utf-8")
    with pytest.raises(DocgenError, match="does not begin with 0"):
        load_spec(path)
