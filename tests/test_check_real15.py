"""check on the fifteenth round of real letters, and the Đảng's line typed where a State letter
prints its Quốc hiệu: each thing a văn thư would see printed and check misread, built into a
letter, is read as printed, and the departure beside it still told."""

from __future__ import annotations

import pytest
from check_letter import added_after, edit, find, retext
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language

DANG = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _headed(document, parent: str, issuer: str, tieu_ngu: bool = True) -> None:
    """The Hướng dẫn headed "ĐẢNG CỘNG SẢN VIỆT NAM" where its Quốc hiệu stood, issued by
    ``parent`` / ``issuer`` (UBND TỈNH LẠNG SƠN / SỞ NỘI VỤ as built); its Tiêu ngữ left
    out too unless ``tieu_ngu``."""
    find(document, r"^CỘNG HÒA").runs[0].text = DANG
    find(document, r"^UBND TỈNH").runs[0].text = parent
    find(document, r"^SỞ NỘI VỤ$").runs[0].text = issuer
    if not tieu_ngu:
        for run in find(document, r"^Độc lập").runs:
            run.text = ""


STATE = [("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"), ("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"),
         ("HĐND TỈNH LẠNG SƠN", "BAN PHÁP CHẾ")]
PARTY = [("ĐẢNG BỘ TỈNH LẠNG SƠN", "BAN TỔ CHỨC TỈNH ỦY"),
         ("ĐẢNG BỘ XÃ HỮU LŨNG", "CHI BỘ THÔN NA SẦM"),
         ("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY XÃ HỮU LŨNG"), ("TỈNH ỦY LẠNG SƠN", "VĂN PHÒNG"),
         # a review: the Quân ủy Trung ương was told to type the Quốc hiệu
         ("QUÂN ỦY TRUNG ƯƠNG", "VĂN PHÒNG")]


@pytest.mark.parametrize(("parent", "issuer"), STATE, ids=["so", "ubnd-xa", "hdnd"])
def test_a_state_letter_with_the_dangs_line_is_told_its_motto(hd, tmp_path, parent, issuer):
    """A Sở's (a UBND xã's, a HĐND's) letter typed with "ĐẢNG CỘNG SẢN VIỆT NAM" where the Quốc
    hiệu goes was taken for a letter of the Đảng and told once as out of the decree's scope: the
    clerk typed the wrong motto, and the letter is the State's. Told so, naming the Quốc hiệu,
    an error; nothing said of the Đảng's scope, and no second "no Quốc hiệu"."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "state.docx",
                               lambda d: _headed(d, parent, issuer)))
    rules = [f.rule for f in findings]
    assert rules.count("quoc_hieu.dang") == 1
    assert not {"dang.pham_vi", "quoc_hieu.missing", "tieu_ngu.missing"} & set(rules)
    if issuer == "SỞ NỘI VỤ":  # the letter built to the decree: nothing else to tell
        assert rules == ["quoc_hieu.dang"]
    motto = next(f for f in findings if f.rule == "quoc_hieu.dang")
    assert motto.severity == "loi"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in motto.message
    assert issuer in motto.message


def test_the_motto_told_names_the_tieu_ngu_left_out_with_it(hd, tmp_path):
    """The Đảng's header has no Tiêu ngữ: a Sở's letter typed on it lacks both lines. One
    finding names the Quốc hiệu and the Tiêu ngữ to type; no second "no Tiêu ngữ"."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "bare.docx",
                               lambda d: _headed(d, *STATE[0], tieu_ngu=False)))
    assert [f.rule for f in findings] == ["quoc_hieu.dang"]
    assert "Độc lập - Tự do - Hạnh phúc" in findings[0].message


@pytest.mark.parametrize(("parent", "issuer"), PARTY,
                         ids=["ban-tinh-uy", "chi-bo", "dang-uy-xa", "tinh-uy", "quan-uy"])
def test_a_letter_of_a_body_of_the_dang_stays_out_of_scope(hd, tmp_path, parent, issuer):
    """A letter issued by a body of the Đảng (a Ban of the Tỉnh ủy, a Chi bộ, a Đảng ủy xã,
    the Tỉnh ủy's Văn phòng) under "ĐẢNG CỘNG SẢN VIỆT NAM" is laid out by the Đảng's rules:
    the one note, nothing held to the decree."""
    findings = check_file(edit(hd, tmp_path / "party.docx",
                               lambda d: _headed(d, parent, issuer, tieu_ngu=False)))
    assert [f.rule for f in findings] == ["dang.pham_vi"]


def test_the_vietnamese_message_names_the_quoc_hieu(hd, tmp_path):
    """The clerk reads it in Vietnamese: the Quốc hiệu and the Tiêu ngữ, the issuer named."""
    set_language("vi")
    try:
        findings = check_file(edit(hd, tmp_path / "vi.docx",
                                   lambda d: _headed(d, *STATE[0], tieu_ngu=False)))
        message = findings[0].message
    finally:
        set_language("en")
    assert "Quốc hiệu" in message and "SỞ NỘI VỤ" in message
    assert "the Đảng" not in message


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _letter_list(document, start: int, left: int) -> int:
    """A list of Word's that prints "b)", "c)" … from ``start``, its items ``left`` twips in
    with a hanging indent of 360 (the UBND tỉnh Tiền Giang's: left 927, its first line 1 cm
    in); its numId."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>'
        '</w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/>'
                               '</w:num>'))
    return 91


def _points(document, start: int = 2, left: int = 927, third: str = "Quy trình nội bộ.") -> None:
    """The Quyết định's Điều 1: "a)" typed, two points Word's list numbers from ``start``
    (their text holds no letter; the second reads ``third``), then "d)" typed."""
    num = _letter_list(document, start, left)
    above = find(document, r"^Sở Nội vụ hướng dẫn")
    texts = [("a) Danh mục thủ tục hành chính.", False), ("Nội dung của từng thủ tục.", True),
             (third, True), ("d) Danh mục thành phần hồ sơ cần số hóa.", False)]
    made = added_after(document, above, [text for text, _listed in texts])
    for new, (_text, listed) in zip(made, texts, strict=True):
        if listed:
            ppr = new._p.get_or_add_pPr()
            for ind in ppr.findall(qn("w:ind")):
                ppr.remove(ind)
            ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/>'
                                 '</w:numPr>'))


@pytest.mark.parametrize(("start", "told"), [(2, False), (3, True)],
                         ids=["prints-b-c", "prints-c-d"])
def test_points_numbered_by_words_list_are_read_as_printed(hd, tmp_path, start, told):
    """The UBND tỉnh Tiền Giang's Điều 1 prints a) b) c) d): "a)" and "d)" typed, "b)" and
    "c)" drawn by a list of Word's that starts at b. Read without the list's letters, "d)" was
    told to stand where "b)" is due. A list that prints "c)" after "a)" is still told."""
    found = _rules(edit(hd, tmp_path / "points.docx", lambda d: _points(d, start)))
    assert ("body.point_order" in found) is told


@pytest.mark.parametrize(("left", "told"), [(927, False), (360, True)],
                         ids=["level-sets-1-cm", "level-sets-none"])
def test_a_list_item_is_indented_as_its_list_level_sets(hd, tmp_path, left, told):
    """The same points: their list level puts their first line 1 cm in (left 927, hanging
    360), as Word prints them; they were told "first-line indent 0 mm", the level's indent
    unread. A level that puts the first line at the margin is still told."""
    found = _rules(edit(hd, tmp_path / "indent.docx", lambda d: _points(d, 2, left)))
    assert ("body.indent" in found) is told


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


TIEN_GIANG = "Quy trình nội bộ, liên thông và điện tử đối với thủ tục hành chính."


@pytest.mark.parametrize(("third", "told"), [
    (TIEN_GIANG, False), (TIEN_GIANG + " Cập nhật lên Cơ sở dữ liệu quốc gia.", True),
], ids=["one-line-after-its-number", "wraps-under-its-hang"])
def test_a_hanging_list_item_of_one_line_is_indented_1_cm(hd, tmp_path, third, told):
    """The Tiền Giang item "c)<Tab>Quy trình nội bộ, liên thông và điện tử …" (130 mm in
    14 pt): its text starts at the level's left indent (16.4 mm), its number in the hang before
    it, and it prints on one line, the first 1 cm in. It was measured as if a first-line indent
    came before the text too, found to wrap, and told "first-line indent -6.3 mm". An item that
    wraps prints its second line 16 mm in, and is told."""
    found = _rules(edit(hd, tmp_path / "hang.docx", lambda d: _points(d, 2, 927, third)))
    assert ("body.indent" in found) is told


@pytest.mark.parametrize(("number", "told"), [
    ("Số: 106 /HD-SNV", True), ("Số: 106/ HD-SNV", True), ("Số: 106/HD-SNV", False),
    ("Số:      /HD-SNV", False),
], ids=["space-before-slash", "space-after-slash", "tight", "draft-blank"])
def test_a_space_beside_the_slash_of_a_number_is_told(hd, tmp_path, number, told):
    """The UBND tỉnh Sóc Trăng's "Số:  268 /QĐ-UBND": the space left from the draft's blank
    stays beside the "/" once the number is typed; the decree writes the number and its
    ký hiệu without spaces. A draft's blank before the "/" is not a space to tell."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "so.docx",
                               lambda d: retext(find(d, r"^Số:"), r"^.*$", number)))
    spaced = [f for f in findings if f.rule == "so.format" and "beside" in f.message]
    assert bool(spaced) is told
    if told:
        assert '"Số: 106/HD-SNV"' in spaced[0].message


def _cited(document, quotes: bool) -> None:
    """The Văn phòng UBND tỉnh Bình Thuận's phiếu trình: its points a), b), c) each cite a
    Nghị định, whose own points "b)", "c)" are quoted under them (in “ ” when ``quotes``)."""
    above = find(document, r"^Sở Nội vụ hướng dẫn")
    opening, closing = ("“", "”") if quotes else ("", "")
    texts = ["a) Khoản 3 Điều 15 Nghị định số 126/2024/NĐ-CP quy định rõ.",
             "b) Điểm b, c khoản 4 Điều 19 Nghị định số 126/2024/NĐ-CP quy định:",
             f"{opening}b) Trước khi hết nhiệm kỳ, hội chưa tổ chức được đại hội;",
             f"c) Hết thời gian gia hạn hội không tổ chức đại hội.{closing}",
             "c) Khoản 2 Điều 30 Nghị định số 126/2024/NĐ-CP quy định rõ."]
    added_after(document, above, texts)


@pytest.mark.parametrize(("quotes", "told"), [(True, False), (False, True)],
                         ids=["quoted", "not-quoted"])
def test_points_quoted_from_a_decree_are_not_the_letters(hd, tmp_path, quotes, told):
    """The phiếu trình's own points print a) b) c) d), each followed by the Nghị định's
    points it quotes ("“b) …", "c) …”"): read as one list, its "c)" was told to stand where
    "d)" is due. Inside the quotation marks they are the Nghị định's; unquoted they are the
    letter's, out of order, and told."""
    found = _rules(edit(hd, tmp_path / "cited.docx", lambda d: _cited(d, quotes)))
    assert ("body.point_order" in found) is told
