"""Centred lines broken as a văn thư breaks them: between words, never inside a word of two
syllables or a name, every line fitting its place, the lines balanced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docxview import open_docx, paragraphs

from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.fit import balanced, text_width
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec
from ntm_docgen.vietnamese import words
from ntm_docgen.vietnamese.words import NAME, PHRASE, WORD, bonds

BASE = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "ngay": "2026-01-05", "trich_yeu": "Sơ kết phong trào",
        "noi_dung": "I. MỤC ĐÍCH", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn A"}}

#: Breaks no văn thư makes (the issue's own list, and names and numbers like them).
NEVER = {("giai", "đoạn"), ("nông", "thôn"), ("thôn", "mới"), ("Tổ", "quốc"),
         ("huyện", "Đakrông"), ("ban", "nhân"), ("Ủy", "ban"), ("nhân", "dân"),
         ("tỉnh", "Quảng"), ("Quảng", "Trị"), ("2011", "-"), ("-", "2020"), ("số", "15/QĐ-UBND"),
         ("xây", "dựng"), ("thi", "đua"), ("phong", "trào"), ("Chủ", "tịch")}

LONG = ("Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn "
        "2011 - 2020 trên địa bàn huyện Đakrông, tỉnh Quảng Trị")


def cuts(lines: list[str]) -> set[tuple[str, str]]:
    """The word pairs that a list of printed lines separates."""
    return {(a.split()[-1].strip(",“”"), b.split()[0].strip(",“”"))
            for a, b in zip(lines, lines[1:], strict=False)}


def body_lines(document, first: str) -> list[str]:
    """The consecutive body paragraphs from the one starting ``first``."""
    paras = [p.text for p in paragraphs(document) if p.where == "body"]
    start = next(i for i, text in enumerate(paras) if text.startswith(first))
    out = []
    for text in paras[start:]:
        if not text.strip():
            break
        out.append(text)
    return out


@pytest.mark.parametrize(("line", "inside"), [
    ("xây dựng nông thôn mới", [WORD, None, WORD, WORD]),
    ("huyện Đakrông, tỉnh Quảng Trị", [NAME, None, NAME, WORD]),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", [NAME, WORD, None, NAME, WORD]),
    ("Mặt trận Tổ quốc Việt Nam", [WORD, PHRASE, WORD, WORD, WORD]),
    ("CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", [NAME, WORD, PHRASE, WORD, PHRASE, WORD]),
    ("ngày 05 tháng 01 năm 2026", [NAME] * 5),
    ("số 748/HD-BTĐKT ngày 24 tháng 4", [NAME] * 5),
    ("Ủy ban nhân dân tỉnh Kon Tum", [WORD, WORD, WORD, None, NAME, WORD]),
    ("Ủy ban nhân dân tỉnh Kon Tum".upper(), [WORD, WORD, WORD, None, NAME, WORD]),
    ("Vie\u0323\u0302t Nam và Lào", [WORD, None, NAME]),
    ("đối với 62 huyện nghèo", [WORD, NAME, NAME, None]),
    ("có 02 tập thể và 05 cá nhân", [None, NAME, WORD, None, NAME, NAME, WORD]),
], ids=["nong-thon-moi", "place-names", "capitals", "front-name", "long-set-phrase", "date",
        "so-hieu-and-date",
                             "ubnd-tinh",
        "ubnd-tinh-capitals", "decomposed-input", "count-and-what-it-counts",
        "counts-of-tap-the-ca-nhan"])
def test_the_spaces_inside_words_names_and_numbers_are_known(line, inside):
    found = bonds(line)
    assert len(found) == len(inside)
    for bond, want in zip(found, inside, strict=True):
        if want is not None:
            assert bond == want, (line, found)
        else:
            assert bond not in (WORD, NAME), (line, found)


@pytest.mark.parametrize(("line", "width", "size", "bold", "want"), [
    ("Sơ kết Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2016 - 2020",
     L.TEXT_WIDTH, 14, True,
     ["Sơ kết Phong trào thi đua", "“Cả nước chung sức xây dựng nông thôn mới”",
      "giai đoạn 2016 - 2020"]),
    ("(Ban hành kèm theo Hướng dẫn số 748/HD-BTĐKT ngày 24 tháng 4 năm 2019 của Ban Thi đua - "
     "Khen thưởng Trung ương)", L.TEXT_WIDTH, 14, False,
     ["(Ban hành kèm theo Hướng dẫn số 748/HD-BTĐKT ngày 24 tháng 4 năm 2019",
      "của Ban Thi đua - Khen thưởng Trung ương)"]),
], ids=["1741-trich-yeu-as-its-clerk-broke-it", "748-note-as-its-clerk-broke-it"])
def test_real_letters_lines_are_broken_where_their_clerks_broke_them(line, width, size, bold,
                                                                      want):
    assert balanced(line, width, size, bold, italic=not bold) == want


def test_a_long_trich_yeu_breaks_between_words_in_balanced_lines(today):
    document = open_docx(render_docx(parse_spec({**BASE, "trich_yeu": LONG}), today))
    lines = body_lines(document, "Tổng kết")
    assert " ".join(lines) == LONG and len(lines) >= 2
    assert not cuts(lines) & NEVER
    widths = [text_width(x, L.SIZE_TRICH_YEU) for x in lines]
    assert max(widths) <= L.TEXT_WIDTH
    assert min(widths) > max(widths) / 3  # no word left alone on a line


def test_a_long_v_v_breaks_between_words_in_its_cell(today):
    spec = {**BASE, "loai": "CV", "kinh_gui": ["UBND các xã"], "trich_yeu": LONG}
    document = open_docx(render_docx(parse_spec(spec), today))
    lines = [p.text for p in paragraphs(document) if p.where == "header[1][0]" and p.text][1:]
    assert " ".join(lines) == f"V/v {LONG}"
    assert not cuts(lines) & NEVER
    assert max(text_width(x, L.SIZE_VV, bold=False) for x in lines) <= L.ISSUER_CELL_TEXT


def test_a_long_phu_luc_note_breaks_before_the_issuer(today):
    spec = {**BASE, "loai": "QĐ", "so": 15, "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
            "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "viet_tat": "UBND"},
            "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn A"},
            "phu_luc": [{"tieu_de": "DANH SÁCH KHEN THƯỞNG",
                         "noi_dung": "| TT | Tên |\n|---|---|\n| 1 | A |"}]}
    document = open_docx(render_docx(parse_spec(spec), today))
    lines = body_lines(document, "(Kèm theo")
    assert lines[-1].startswith("của ") and not cuts(lines) & NEVER
    assert max(text_width(x, L.SIZE_BODY, bold=False, italic=True) for x in lines) <= L.TEXT_WIDTH


def test_a_long_authority_line_of_a_decision_breaks_between_words(today):
    authority = "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU"
    spec = {**BASE, "loai": "QĐ", "tham_quyen": authority}
    lines = body_lines(open_docx(render_docx(parse_spec(spec), today)), "GIÁM ĐỐC SỞ")[:2]
    assert " ".join(lines) == authority
    assert not {(a.upper(), b.upper()) for a, b in NEVER} & cuts(lines)
    assert max(text_width(x, L.SIZE_THAM_QUYEN) for x in lines) <= L.TEXT_WIDTH


def test_an_issuer_whose_name_is_one_long_set_phrase_breaks_between_its_words(today):
    """"BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH" (no parent body) printed
    "… CHƯƠNG TRÌNH MỤC / TIÊU QUỐC GIA TỈNH": a set phrase that must break, breaks between
    its words ("MỤC TIÊU" whole), never inside one."""
    name = "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH"
    spec = {**BASE, "co_quan": {"ten": name, "viet_tat": "BCĐ"}}
    header = [p.text for p in paragraphs(open_docx(render_docx(parse_spec(spec), today)))
              if p.where == "header[0][0]"]
    lines = header[:header.index(next(x for x in header if x.endswith("TỈNH"))) + 1]
    assert " ".join(lines) == name and len(lines) >= 2
    assert not {("MỤC", "TIÊU"), ("CHƯƠNG", "TRÌNH"), ("QUỐC", "GIA")} & cuts(lines)


def test_a_drafts_blanks_are_kept_and_never_broken():
    note = ("(Kèm theo Công văn số       /UBND-KGVX ngày    tháng    năm 2026 của Ủy ban nhân dân "
            "tỉnh Quảng Ngãi)")
    lines = balanced(note, L.TEXT_WIDTH - 600, 14, bold=False, italic=True)
    assert lines == ["(Kèm theo Công văn số       /UBND-KGVX ngày    tháng    năm 2026",
                     "của Ủy ban nhân dân tỉnh Quảng Ngãi)"]


REAL = sorted((Path(__file__).resolve().parent / "data" / "specs" / "real").glob("*.yaml"))


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_real_letters_centred_lines_fit_and_break_between_words(path, today):
    from ntm_docgen.letter.spec import load_spec

    spec = load_spec(path)
    document = open_docx(render_docx(spec, today))
    given = " ".join(spec.trich_yeu.split()) if spec.trich_yeu else ""
    if spec.loai.layout == "cong_van":
        lines = [p.text for p in paragraphs(document) if p.where == "header[1][0]" and p.text][1:]
        width, size, bold = L.ISSUER_CELL_TEXT, L.SIZE_VV, False
        given = given if given.startswith("V/v") else f"V/v {given}"
    else:
        paras = [p.text for p in paragraphs(document) if p.where == "body"]
        start = paras.index(spec.loai.ten_hoa) + 1
        lines = paras[start:start + len(paras)]
        lines = lines[:next(i for i in range(len(lines) + 1)
                            if " ".join(lines[:i]) == given)]
        width, size, bold = L.TEXT_WIDTH, L.SIZE_TRICH_YEU, True
    assert " ".join(lines) == given
    assert max(text_width(x, size, bold=bold) for x in lines) <= width
    spaces = bonds(given)
    cut = 0
    for line in lines[:-1]:
        cut += len(line.split())
        assert spaces[cut - 1] not in (WORD, NAME), (line, spaces[cut - 1])


# -- the segmenter: underthesea's model, loaded without the package's other pipelines ----------

ROOT = Path(__file__).resolve().parent.parent


def _inside(tokens: list[str], text: str) -> set[int] | None:
    """The offsets of the spaces of ``text`` that lie inside one of ``tokens``."""
    inside, cursor = set(), 0
    for token in tokens:
        start = text.find(token, cursor)
        if start < 0:
            return None
        cursor = start + len(token)
        inside |= {start + k for k, char in enumerate(token) if char == " "}
    return inside


def _letter_lines() -> list[str]:
    """Every line of words in the examples and the real letters re-made as specs."""
    files = sorted((ROOT / "data" / "examples").glob("*.yaml")) + \
        sorted((ROOT / "tests" / "data" / "specs" / "real").glob("*.yaml"))
    lines = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if len(line.split()) >= 3 and not line.startswith("#"):
                lines.append(line)
    return lines


def test_the_segmenter_finds_the_words_underthesea_finds():
    from underthesea import word_tokenize

    segment = words._segmenter()
    lines = _letter_lines()
    assert len(lines) > 300
    differ = []
    for line in lines:
        ours = _inside(segment(line), line)
        theirs = _inside(word_tokenize(line, use_token_normalize=False), line)
        if theirs is not None and ours != theirs:
            differ.append(line)
    assert differ == []


def test_breaking_a_line_does_not_import_underthesea(tmp_path):
    script = ("import sys\n"
              "from ntm_docgen.letter.fit import balanced\n"
              "from ntm_docgen.files.ooxml import mm\n"
              f"print(balanced({LONG!r}, mm(90), 14))\n"
              "print('underthesea' in sys.modules)\n")
    env = {**os.environ, "NTM_DOCGEN_CACHE": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, check=True)
    printed, imported = done.stdout.strip().splitlines()
    assert "giai đoạn" in printed and imported == "False"


def test_the_words_of_a_line_are_kept_between_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_CACHE", str(tmp_path))
    first = words._segmented(LONG)
    assert "nông thôn" in first and list((tmp_path / "words").iterdir())

    def no_model() -> None:
        raise AssertionError("the model was loaded for a line already segmented")

    monkeypatch.setattr(words, "_segmenter", no_model)
    assert words._segmented(LONG) == first


def test_a_damaged_cache_entry_is_segmented_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_CACHE", str(tmp_path))
    words._segmented(LONG)
    for entry in (tmp_path / "words").iterdir():
        entry.write_bytes(b"\xff{not json")
    assert "nông thôn" in words._segmented(LONG)


def test_a_count_stays_with_what_it_counts_in_a_real_trich_yeu(today):
    """Báo cáo 59/BC-LĐTBXH: "... đối với 62 / huyện nghèo ..." is not how its clerk broke it."""
    from ntm_docgen.letter.spec import load_spec

    path = next(p for p in REAL if p.stem == "bc_2010_bldtbxh_59")
    document = open_docx(render_docx(load_spec(path), today))
    lines = body_lines(document, "Kết quả thực hiện")
    assert len(lines) == 2
    assert ("62", "huyện") not in cuts(lines)
    assert lines[1].startswith("đối với 62 huyện nghèo")


def test_a_body_heading_is_never_broken_inside_a_number_phrase_or_a_unit(today):
    """Layout review, findings 6, 7 and 10: "GIAI ĐOẠN / 2011 - 2020" under Phần thứ nhất of
    the Đề cương 748, "(nghìn / cây)" in Kế hoạch 62's table header, and "NĂM / 2010" in Báo cáo
    59's heading I: the spaces there are non-breaking, so Word breaks elsewhere."""
    from ntm_docgen.letter.spec import load_spec

    root = Path(__file__).resolve().parent.parent
    de_cuong = open_docx(render_docx(load_spec(root / "data" / "examples" /
                                               "002-huong-dan-748-de-cuong.yaml"), today))
    title = next(p.text for p in paragraphs(de_cuong) if p.text.startswith("ĐÁNH GIÁ KẾT QUẢ"))
    assert title.endswith(" GIAI\u00a0ĐOẠN\u00a02011\u00a0-\u00a02020")
    ke_hoach = open_docx(render_docx(load_spec(
        next(p for p in REAL if p.stem == "kh_2021_tuyenquang_62")), today))
    assert "Số cây (nghìn\u00a0cây)" in [c.text for t in ke_hoach.tables for c in t.rows[0].cells]
    bao_cao = open_docx(render_docx(load_spec(
        next(p for p in REAL if p.stem == "bc_2010_bldtbxh_59")), today))
    heading = next(p.text for p in paragraphs(bao_cao) if p.text.startswith("I. TÌNH HÌNH"))
    assert heading.endswith(" 6\u00a0THÁNG ĐẦU NĂM\u00a02010")  # justified: no long piece


@pytest.mark.parametrize(("line", "kept"), [
    ("ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN 2011 - 2020", "GIAI\u00a0ĐOẠN\u00a02011\u00a0-\u00a02020"),
    ("Số cây (nghìn cây)", "(nghìn\u00a0cây)"),
    ("Kinh phí (tỷ đồng)", "(tỷ\u00a0đồng)"),
    ("II. KẾT QUẢ NĂM 2025", "NĂM\u00a02025"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
], ids=["years", "unit", "money", "year", "no-number"])
def test_a_heading_holds_its_numbers_and_units(line, kept):
    assert kept in words.held(line)
    assert words.held(line).replace("\u00a0", " ") == line


def test_a_name_breaks_after_its_dash_never_before():
    """'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' too wide for the signature's column: a second line
    opened by '- ' would read as an item of a list."""
    from ntm_docgen.files.ooxml import mm
    from ntm_docgen.letter.fit import balanced

    for width in (70, 80, 91):
        lines = balanced("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", mm(width), 14)
        assert lines == ["TM. HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG"], (width, lines)
    title = balanced("PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH", mm(80), 14)
    assert not any(line.startswith(("-", "–")) for line in title), title
