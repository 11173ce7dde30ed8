"""Mend what OCR misreads on a scanned page, line by line: a wrong diacritic in a phrase every
letter uses (``GIÁM ĐÓC``, ``(đê báo cáo)``; one a line's end parts where the paragraph goes
on: ``Luật sửa`` / ``đồi``), a capital read twice (``Tổ Ổ``), a note of the Nơi nhận
(``(b/e)``), look-alike signs (``1105⁄KH`` with a fraction slash), the name of a body with its
spaces lost (``BỘCÔNGAN``), and marks after the closing ``./.``; numbers in ``ocrnumbers``,
single words' marks in ``ocrmarks``, the signature's lines in ``ocrsigner``."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import groupby

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import key, ocr_noise, rules
from ntm_docgen.importer.ocrcite import cited_spaced
from ntm_docgen.importer.ocritems import mend_items
from ntm_docgen.importer.ocrletters import counted, lost_letter, no_f, parted, q_for_o, year_word
from ntm_docgen.importer.ocrmarks import (
    EDGE,
    cased,
    doubled,
    hats,
    lowered,
    one_hat,
    placed_otherwise,
    province,
    small_capitals,
    undoubled,
    unquestioned,
    word_key,
)
from ntm_docgen.importer.ocrnotes import noted
from ntm_docgen.importer.ocrnumbers import assembly, numbered, numbers_spaced
from ntm_docgen.importer.ocrpunct import closed_up, unspecked
from ntm_docgen.importer.ocrsigner import (
    _signing_words,
    _titles,
    mend_authority,
    mend_deputy,
    mend_title,
)
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.secondread import going_on
from ntm_docgen.vietnamese.text import is_upper_vi, nfc

#: Signs OCR reads for a plain one: the fraction slash of ``1105⁄KH-ĐKT``.
_SIGNS = str.maketrans({"\u2044": "/", "\u2215": "/"})


@cache
def _phrases() -> dict[tuple[str, ...], tuple[tuple[str, ...], bool]]:
    """Each phrase by the letters of its words without diacritics, with whether the data
    writes it in capitals (a title: it mends only words read in capitals); a key two phrases
    share is left out (``THỦ TRƯỞNG``, ``THỨ TRƯỞNG``)."""
    rows = [*load_data("ocr_sua.yaml")["cum_tu"], *load_data("chuc_danh.yaml")["chuc_danh"]]
    table: dict[tuple[str, ...], dict[str, bool]] = {}
    for phrase in rows:
        words = tuple(nfc(phrase).split())
        if len(words) >= 2:
            forms = table.setdefault(tuple(word_key(w) for w in words), {})
            forms[" ".join(words).casefold()] = all(is_upper_vi(w) for w in words)
    out = {}
    for k, forms in table.items():
        if len(forms) == 1:
            ((phrase, capitals),) = forms.items()
            out[k] = (tuple(phrase.split()), capitals)
    return out


def _joined(word: str) -> str:
    """The last of two words joined by a slash (``tỉnh/thành``), else the word (an
    abbreviation's letters before the slash are no word: ``th/hiện``): where a phrase may
    begin."""
    head, _, tail = word.rpartition("/")
    return tail if len(head) >= 2 and len(tail) >= 2 and head.isalpha() \
        and any(c in "aeiouy" for c in word_key(head)) else word


@cache
def _names_run_together() -> dict[str, str]:
    """The names of data/ocr_sua.yaml ``ten_co_quan`` by their letters without diacritics and
    without the spaces between their words."""
    return {"".join(word_key(w) for w in nfc(name).split()): nfc(name)
            for name in load_data("ocr_sua.yaml")["ten_co_quan"]}


@cache
def _authorities_run_together() -> dict[str, str]:
    """An authority's line (``TL. BỘ TRƯỞNG``: a mark of data/chuc_danh.yaml and a head's
    title or a body of data/ocr_sua.yaml ``ten_co_quan``) by its letters without diacritics,
    spaces and dot."""
    marks, _pho, _ = _signing_words()
    heads = [*_titles(), *(nfc(n) for n in load_data("ocr_sua.yaml")["ten_co_quan"])]
    return {word_key(mark.rstrip(".")) + "".join(word_key(w) for w in head.split()):
            f"{mark} {head}" for mark in marks for head in heads}


def _spaced(texts: list[str]) -> None:
    """A word in capitals that is a name of data/ocr_sua.yaml ``ten_co_quan`` with the spaces
    between its words lost (``BỘCÔNGAN``) written as the name (in place); so an authority's
    line read as one word (``TLBỘTRƯỞNG``: the dot and the spaces lost) is ``TL. BỘ TRƯỞNG``."""
    names = _names_run_together()
    for i, text in enumerate(texts):
        core = text.strip(EDGE)
        if len(core) < 5 or not is_upper_vi(core):
            continue
        name = names.get(word_key(core))
        name = name or _authorities_run_together().get(word_key(core))
        if name is not None and " " in name:
            texts[i] = text.replace(core, name, 1)


def _phrased(texts: list[str], across: int = 0) -> None:
    """The phrases of data/ocr_sua.yaml among ``texts`` written as listed (in place); with
    ``across``, only those that take in the ``across``-th word and the one before it (the
    words about a line's end, the next line's first word the ``across``-th)."""
    # the closing ./. (đồng chỉ./.) left out, and the word before a slash (tỉnh/thành phó)
    cores = [_joined(t.strip(EDGE + "/")) for t in texts]
    keys = [word_key(c) for c in cores]
    phrases = _phrases()
    longest = max((len(k) for k in phrases), default=0)
    i = 0
    while i < len(texts):
        for n in range(min(longest, len(texts) - i), 1, -1):
            found = phrases.get(tuple(keys[i:i + n]))
            if found is None or not all(cores[i:i + n]) or across and not i < across < i + n:
                continue
            right, capitals = found
            if capitals and not all(is_upper_vi(c) for c in cores[i:i + n]):
                continue  # a title mends a title read in capitals, not "khẩn trương ban"
            for j, word in enumerate(right):
                core = cores[i + j]
                if not placed_otherwise(core, word):
                    texts[i + j] = texts[i + j].replace(core, cased(core, word), 1)
            i += n - 1
            break
        i += 1


def mend_across(above: list[str], below: list[str]) -> tuple[list[str], list[str]]:
    """The words of two lines of one paragraph with the phrases of data/ocr_sua.yaml that
    a line's end parts mended (``Luật sửa`` / ``đồi, bổ sung``).

    >>> mend_across(["của", "Luật", "sửa"], ["đồi,", "bổ", "sung"])
    (['của', 'Luật', 'sửa'], ['đổi,', 'bổ', 'sung'])
    """
    tail = above[-4:]
    texts = [*tail, *below[:4]]
    _phrased(texts, len(tail))
    return [*above[:-len(tail)], *texts[:len(tail)]] if tail else above, \
        [*texts[len(tail):], *below[4:]]


def mend_line(texts: list[str]) -> list[str]:
    """The words of one OCR line with the phrases of data/ocr_sua.yaml mended.

    >>> mend_line(["KT.", "GIÁM", "ĐÓC"]), mend_line(["-", "Bộ", "trưởng", "(đê", "b/c);"])
    (['KT.', 'GIÁM', 'ĐỐC'], ['-', 'Bộ', 'trưởng', '(để', 'b/c);'])
    >>> mend_line(["PHO", "GIAM", "ĐỌC"]), mend_line(["THỦ", "TRƯỞNG"])
    (['PHÓ', 'GIÁM', 'ĐỐC'], ['THỦ', 'TRƯỞNG'])
    >>> mend_line(["TÔNG", "GIÁM", "ĐỐC"])
    ['TỔNG', 'GIÁM', 'ĐỐC']
    >>> mend_line(["Số:", "1105⁄KH-ĐKT"])
    ['Số:', '1105/KH-ĐKT']
    >>> mend_line(["SÓ", "1050/QĐ-SCT"]), mend_line(["-", "Như", "Điêu", "5;"])
    (['SỐ', '1050/QĐ-SCT'], ['-', 'Như', 'Điều', '5;'])
    >>> mend_line("Lào Cai, ngày U6_ tháng 3 năm 2026".split())[2:5]
    ['ngày', '06', 'tháng']
    >>> " ".join(mend_line("ngày 19 tháng II năm 2025, ngày 10 tháng I2 năm 2025".split()))
    'ngày 19 tháng 11 năm 2025, ngày 10 tháng 12 năm 2025'
    >>> mend_line(["Số:", "4ó6", "/PC-VPUBND"]), mend_line(["Số:", "1O5/QĐ-UBND"])
    (['Số:', '466', '/PC-VPUBND'], ['Số:', '105/QĐ-UBND'])
    >>> mend_line(["Số:", "Oó", "năm"]), mend_line(["số", "lô", "/"])
    (['Số:', 'Oó', 'năm'], ['số', 'lô', '/'])
    >>> mend_line(["-", "Lưu:", "VT,", "CN", "(Dũng)-"])[-1]
    '(Dũng).'
    >>> mend_line(["sổ", "tay"]), mend_line(["ngày", "ký"])
    (['sổ', 'tay'], ['ngày', 'ký'])
    >>> mend_line(["khẩn", "trương", "ban", "hành"]), mend_line(["THỨ", "TRƯỞNG"])
    (['khẩn', 'trương', 'ban', 'hành'], ['THỨ', 'TRƯỞNG'])
    >>> mend_line(["của", "các", "đồng", "chỉ./."])[-1]
    'chí./.'
    >>> mend_line("- Văn phòng Quốc hội (đề b/©);".split())[-2:]
    ['(để', 'b/c);']
    >>> " ".join(mend_line("- PCTr. Đặng Ngọc Minh (đề b/c};".split()))
    '- PCTr. Đặng Ngọc Minh (để b/c);'
    >>> " ".join(mend_line("- Đ/c Bộ trưởng (đề b/cáo);".split()))
    '- Đ/c Bộ trưởng (để b/cáo);'
    >>> " ".join(mend_line("- CA các đơn vị, địa phương (đề th/hiện).".split()))
    '- CA các đơn vị, địa phương (để th/hiện).'
    >>> mend_line("- Như Điều 3 (để th);".split())[-1], mend_line(["(để", "b/e)"])[-1]
    ('t/h);', 'b/c)')
    >>> mend_line("- Thường trực Tỉnh ủy (b/e);".split())[-1], mend_line(["Đ/e", "Bộ"])
    ('(b/c);', ['Đ/c', 'Bộ'])
    >>> mend_line(["(để", "thiện)"])[-1], mend_line(["(theo)"]), mend_line(["(Phần", "I)"])
    ('t/hiện)', ['(theo)'], ['(Phần', 'I)'])
    >>> mend_line("- Các UBND tỉnh/thành phó;".split())[-2:], mend_line(["(để", "theo)"])[-1]
    (['tỉnh/thành', 'phố;'], 'theo)')
    >>> mend_line(["từ", "đó"]), mend_line(["(có", "phân", "công"])
    (['từ', 'đó'], ['(có', 'phân', 'công'])
    >>> mend_line(["BỘCÔNGAN"]), mend_line(["BOCONGTHUONG"]), mend_line(["Bộcôngan"])
    (['BỘ CÔNG AN'], ['BỘ CÔNG THƯƠNG'], ['Bộcôngan'])
    >>> mend_line(["TLBỘTRƯỞNG"]), mend_line(["KTCHỦTỊCH"]), mend_line(["TLBỘ", "TRƯỞNG"])
    (['TL. BỘ TRƯỞNG'], ['KT. CHỦ TỊCH'], ['TLBỘ', 'TRƯỞNG'])
    """
    texts = [undoubled(one_hat(assembly(t.translate(_SIGNS)))) for t in texts]
    unquestioned(texts)
    no_f(texts)
    q_for_o(texts)
    counted(texts)
    lost_letter(texts)
    # a Y alone with a diaeresis, which no Vietnamese word writes (985's "Bộ Ÿ tế")
    texts = ["Y" if t == "Ÿ" else t for t in texts]
    _spaced(texts)
    if texts and texts[-1].endswith(")-"):  # the full stop after a bracket, read as a dash
        texts[-1] = texts[-1][:-1] + "."
    cores = [t.strip(EDGE) for t in texts]
    keys = [word_key(c) for c in cores]
    numbered(texts, keys)
    texts = [lowered(t) for t in texts]  # after the numbers: "tháng lÌ" is "tháng 11"
    small_capitals(texts)
    noted(texts)
    _phrased(texts)
    mend_items(texts, _phrased)  # the Nơi nhận's items: Bệ Tài chính, TTgŒP, Trợ ly/Thư ký
    hats(texts)
    province(texts)
    parted(texts)
    year_word(texts)
    return texts


def _speck_before_can_cu(line: list[Word]) -> bool:
    """A line that opens a căn cứ (``Căn cứ``, ``Xét``, ``Theo đề nghị``) after one sign
    standing alone, not a dash (``Ộ Căn cứ Văn bản ...``: a speck read as a letter).

    >>> _speck_before_can_cu([Word(t, 0, 1, 0, 1, 1) for t in "Ộ Căn cứ Luật;".split()])
    True
    >>> _speck_before_can_cu([Word(t, 0, 1, 0, 1, 1) for t in "- Căn cứ Luật;".split()])
    False
    """
    if len(line) < 3 or len(line[0].text) != 1 or line[0].text in "-–+•":
        return False
    return bool(rules()["mo_dau"]["can_cu"].match(key(" ".join(w.text for w in line[1:]))))


def _once(line: list[Word]) -> list[Word]:
    """The words of a line without a letter OCR read again as a word of its own after the
    word it ends (``Tổ`` ``Ổ``, ``ocrmarks.doubled``), that word's box taking its place."""
    out: list[Word] = []
    for word in line:
        if out and doubled(out[-1].text, word.text):
            out[-1] = replace(out[-1], x1=max(out[-1].x1, word.x1))
        else:
            out.append(word)
    return out


def mend_ocr(words: list[Word]) -> list[Word]:
    """The words of an OCR'd page, each Tesseract line mended (``mend_line``; a deputy's title
    under ``KT.``, ``mend_deputy``; the signature's first lines, ``mend_authority`` and
    ``mend_title``), and marks read
    after a letter's closing ``./.`` (``Trân trọng./.JÍ~``, glued or as words of their own)
    made a line of their own, to be set apart as marks of no word."""
    out: list[Word] = []
    free = 1 + max((w.line for w in words), default=0)
    above = ""
    lines = []
    for _, group in groupby(words, key=lambda w: w.line):
        line = _once(unspecked(list(group)))
        texts = mend_deputy(above, mend_title(mend_authority(mend_line([w.text for w in line]))))
        above = " ".join(texts)
        if len(texts) < len(line):  # a title's word read apart, made one (``TRƯỞ NGÈ``)
            line = [*line[:len(texts) - 1], replace(line[len(texts) - 1], x1=line[-1].x1)]
        lines.append(closed_up(cited_spaced(numbers_spaced(
            [replace(w, text=t) if t != w.text else w for w, t in zip(line, texts, strict=True)]))))
    for i in going_on([[(w.x0, w.top, w.x1, w.bottom) for w in line] for line in lines]):
        pair = mend_across([w.text for w in lines[i]], [w.text for w in lines[i + 1]])
        for n, mended in enumerate(pair):
            lines[i + n] = [replace(w, text=t) if t != w.text else w
                            for w, t in zip(lines[i + n], mended, strict=True)]
    for line in lines:
        if _speck_before_can_cu(line):  # "Ộ Căn cứ ...": the speck a line of its own
            line = [replace(line[0], line=free), *line[1:]]
            free += 1
        end = next((n for n in range(len(line) - 1, -1, -1) if "./." in line[n].text), None)
        if end is not None:
            word = line[end]
            head, glued = word.text.rsplit("./.", 1)
            tail = [t for t in (glued, *(w.text for w in line[end + 1:])) if t]
            if tail and ocr_noise(" ".join(tail)):
                rest = line[end + 1:]
                if glued:
                    cut = word.x0 + (word.x1 - word.x0) * (len(head) + 3) / len(word.text)
                    line[end] = replace(word, text=head + "./.", x1=cut)
                    rest = [replace(word, text=glued, x0=cut), *rest]
                line = [*line[:end + 1], *(replace(w, line=free) for w in rest)]
                free += 1
        out.extend(line)
    return out
