"""The signature's authority and title lines OCR misread under a seal, set to the decree's
closed vocabulary of heads' titles (data/chuc_danh.yaml) where their words' ends decide it; a
long title broken over the cell's lines as render breaks it, read as one."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.importer.familyname import distance
from ntm_docgen.importer.ocrmarks import EDGE, stroke_cut, word_key
from ntm_docgen.importer.ocrsigner import _deputy, _signing_words, _titles
from ntm_docgen.importer.signzone import capitals, is_authority, looks_like_name
from ntm_docgen.letter.context import title_lines
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.names import is_chuc_danh


@cache
def _heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The heads' titles of data/chuc_danh.yaml (not their deputies' ``PHÓ ...``), each with
    its words' letters without marks."""
    pho = _signing_words()[1] + " "
    return tuple((t, tuple(word_key(w) for w in t.split()))
                 for t in sorted(_titles()) if not t.startswith(pho))


def _same(read: str, right: str, cut: bool = True) -> bool:
    """A word of a title read with one sign wrong (``TRƯỚNG``) or, with ``cut`` (a word
    before the title's last), with its first letters lost under the seal's ring (``HỦ``, ``RỦ``
    for ``THỦ``: its last letters, the one at the ring's edge misread too).

    >>> _same("u", "thu"), _same("ru", "thu"), _same("hu", "thu"), _same("tich", "tich")
    (False, True, True, True)
    >>> _same("bo", "thu"), _same("truong", "tuong"), _same("an", "ban", cut=False)
    (False, False, False)
    >>> _same("tuoong", "tuong"), _same("truong", "tuong")  # ``TUƠỐNG``: ``Ớ`` read twice
    (True, False)
    """
    if read == right or cut and len(read) >= 2 and right.endswith(read) \
            or len(read) == len(right) + 1 and _once(read) == right:
        return True
    if cut and 2 <= len(read) <= len(right) and right.endswith(read[1:]):
        return True
    return len(right) >= 3 and len(read) == len(right) and distance(read, right) <= 1


def _once(key: str) -> str:
    """A word's letters with a vowel read twice read once (``tuoong``: ``TUƠỐNG``, the horn and
    the accent of ``Ớ`` read as two letters).

    >>> _once("tuoong"), _once("chu")
    ('tuong', 'chu')
    """
    return re.sub(r"([aeiouy])\1", r"\1", key)


def head_of(line: str) -> str | None:
    """The head's title a line of the signer's column in capitals ends with, as OCR read it
    under a seal (``GKIoR RỦ TƯỚNG``, ``25 CS. THỦ TƯỚNG``, ``//ZXZP TRƯỞNG BAN``): the one
    title whose last words the line's last words are, more of them than of any other; None
    when two titles share them (``TRƯỞNG`` alone) or the line is no title's.

    >>> head_of("GKIoR RỦ TƯỚNG"), head_of("//ZXZP TRƯỞNG BAN"), head_of("25 CS. THỦ TƯỚNG")
    ('THỦ TƯỚNG', 'TRƯỞNG BAN', 'THỦ TƯỚNG')
    >>> head_of("TRƯỜNG"), head_of("(22H UỐNG"), head_of("Trần Văn An"), head_of("PHÓ CHỦ TỊCH")
    (None, None, None, 'CHỦ TỊCH')
    >>> head_of("Z „asl©], THỦ TƯỚNG"), head_of("Ban Thủ tướng")
    ('THỦ TƯỚNG', None)
    """
    if not capitals(" ".join(line.split()[-2:])):
        return None  # the title in capitals; signs of the seal before it in either case
    keys = [k for k in (word_key(w.strip(EDGE)) for w in line.split()) if k]
    if not keys:
        return None
    found: list[tuple[int, bool, int, str]] = []
    for title, words in _heads():
        n = 0
        while n < min(len(words), len(keys)) and _same(keys[-1 - n], words[-1 - n], n > 0):
            n += 1
        if n:
            exact = sum(k == w for k, w in zip(keys[::-1][:n], words[::-1], strict=False))
            found.append((n, n == len(words), exact, title))
    found.sort(reverse=True)
    if not found or len(found) > 1 and found[1][:3] == found[0][:3]:
        return None
    return found[0][3]


def _noise(words: list[str]) -> bool:
    """Words of no Vietnamese syllable (the seal's ring or a stroke read as signs), or none.

    >>> _noise(["GKIoR"]), _noise(["25", "?§"]), _noise([]), _noise(["BAN", "CHÍNH"])
    (True, True, True, False)
    """
    return not any(known(w.strip(EDGE).lower()) for w in words if len(w.strip(EDGE)) >= 2)


def mend_titles(lines: list[str]) -> list[str]:
    """The signer's column's lines with its authority and title set right where OCR misread
    them under the seal: two lines running that end with one head's title (``25 CS. THỦ
    TƯỚNG`` / ``THỦ TƯỚNG``) are ``KT.`` and the deputy's title the decree prints there
    (``KT. THỦ TƯỚNG`` / ``PHÓ THỦ TƯỚNG``); a line under ``KT. <head>`` ending with that
    head after signs of no word (``//ZXZP TRƯỞNG BAN``) is the deputy's; a line of such
    signs and a head's whole title, that title. A line read right, or with words before the
    title, stays as read.

    >>> mend_titles(["25 CS. THỦ TƯỚNG", "THỦ TƯỚNG", "Hồ Đức Phớc"])
    ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Hồ Đức Phớc']
    >>> mend_titles(["KT. TRƯỞNG BAN", "//ZXZP TRƯỞNG BAN"])
    ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']
    >>> mend_titles(["Ï HIỆU TRƯỞNG", "Lê An"]), mend_titles(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    (['HIỆU TRƯỞNG', 'Lê An'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
    >>> mend_titles(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]), mend_titles(["SỞ Y TẾ TRƯỞNG BAN"])
    (['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], ['SỞ Y TẾ TRƯỞNG BAN'])
    >>> mend_titles(['CHH" TỊCH', "Lê An"])
    ['CHỦ TỊCH', 'Lê An']
    >>> mend_titles(["„KT, THỦ TƯỚNG"])  # a mark read with signs about it: the authority
    ['KT. THỦ TƯỚNG']
    >>> mend_titles(["BỘ CÔNG AN", "THỨ TRƯỞNG"])  # THỦ TRƯỞNG's letters: read as printed
    ['BỘ CÔNG AN', 'THỨ TRƯỞNG']
    >>> mend_titles(["KT.CHỦ TỊCH", "PHÓ nh TỊCH .Z"]), mend_titles(["Đề nghị ...", "HIỆU ƯỞNGZ-"])
    (['KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['Đề nghị ...', 'HIỆU TRƯỞNG'])
    """
    out = list(lines)
    for i in range(len(out)):
        out[i] = _deputy_stroked(out[i - 1], out[i]) if i else out[i]
        out[i] = _ring_cut(out[i]) or out[i]
    heads = [head_of(stroke_cut(x)) for x in out]  # a stroke's signs after it (``TỊCH 8``)
    for i, head in enumerate(heads):
        if head is None or is_authority(out[i]):
            continue
        deputy = _deputy(f"KT. {head}")
        assert deputy is not None
        if i and _signs_for(out[i - 1], head):
            if out[i].strip() != deputy and (_mended(out[i], head) or _ring_marks(out[i], head)):
                out[i] = deputy
        elif i + 1 < len(out) and heads[i + 1] == head and out[i + 1].strip() != deputy \
                and _mended(out[i + 1], head) and _mended(out[i], head, True):
            out[i] = f"KT. {head}"
        elif not (i and (heads[i - 1] or is_authority(out[i - 1]))) and _misspelt(out[i], head):
            out[i] = head
        elif not (i and (heads[i - 1] or is_authority(out[i - 1]))) \
                and len(out[i].split()) > len(head.split()) and _mended(out[i], head):
            mark = out[i].split()[0].strip(EDGE + "„").upper()
            marks = {m.rstrip(".") for m in _signing_words()[0]}
            out[i] = f"{mark}. {head}" if len(out[i].split()) == len(head.split()) + 1 \
                and mark in marks else head
    return out


def signs_here(line: str) -> bool:
    """The line is an authority or a title of the signature (``KT. THỦ TƯỚNG``, ``PHÓ THỦ
    TƯỚNG``, ``GKIoR RỦ TƯỚNG``).

    >>> signs_here("PHÓ THỦ TƯỚNG"), signs_here("KT. CHỦ TỊCH"), signs_here("Tài chính,")
    (True, True, False)
    """
    return is_authority(line) or head_of(line) is not None


def _misspelt(line: str, head: str) -> bool:
    """The line is ``head``'s words, one or more read with a sign wrong as no syllable of the
    language (``CHH" TỊCH``); a syllable read so (``THỨ`` for ``THỦ``) is no misreading.

    >>> _misspelt('CHH" TỊCH', "CHỦ TỊCH"), _misspelt("THỨ TRƯỞNG", "THỦ TRƯỞNG")
    (True, False)
    """
    words = line.split()
    if len(words) != len(head.split()) or line == head:
        return False
    pairs = list(zip(words, head.split(), strict=True))
    return all(w.strip(EDGE) == h or known(w.strip(EDGE).lower()) is False
               and distance(word_key(w.strip(EDGE)), word_key(h)) <= 1 for w, h in pairs)


def title_under(authority: str) -> str | None:
    """The title the decree prints under ``KT. <head>`` for a head of data/chuc_danh.yaml:
    the deputy's (``PHÓ THỦ TƯỚNG``); None for another authority.

    >>> title_under("KT. THỦ TƯỚNG"), title_under("TM. ỦY BAN NHÂN DÂN"), title_under("KT. SỞ")
    ('PHÓ THỦ TƯỚNG', None, None)
    """
    words = authority.split()
    if words[:1] != ["KT."] or " ".join(words[1:]) not in {t for t, _ in _heads()}:
        return None
    return _deputy(authority)


def _signs_for(line: str, head: str) -> bool:
    """The line is ``KT.`` for ``head`` (``KT. TRƯỞNG BAN``, and the body it heads after it).

    >>> _signs_for("KT. TRƯỞNG BAN BAN CHÍNH SÁCH", "TRƯỞNG BAN")
    True
    >>> _signs_for("KT. BỘ TRƯỞNG", "TRƯỞNG BAN")
    False
    """
    words = line.split()
    return bool(words) and words[0] == "KT." and words[1:len(head.split()) + 1] == head.split()


def _mended(line: str, head: str, authority: bool = False) -> bool:
    """The line is ``head`` read after signs of no word, or ``head`` itself; with ``authority``
    also after the mark of an authority read wrong (``25 CS.``: words of three signs at most);
    after short words written small, which no title in capitals has (``ăn HỦ TƯỚNG``: the
    seal's ring over ``T``).

    >>> _mended("25 CS. THỦ TƯỚNG", "THỦ TƯỚNG", True), _mended("25 CS. THỦ TƯỚNG", "THỦ TƯỚNG")
    (True, False)
    >>> _mended("ăn HỦ TƯỚNG", "THỦ TƯỚNG"), _mended("Bộ HỦ TƯỚNG", "THỦ TƯỚNG")
    (True, False)
    """
    words = line.split()
    before = words[:max(0, len(words) - len(head.split()))]
    if authority and all(len(w.strip(EDGE)) <= 3 for w in before):
        return True
    return _noise(before) or all(w.islower() and len(w) <= 3 for w in before)


def one_title(lines: list[str]) -> list[str]:
    """The signer's column's lines with a title broken over several as render breaks it to
    fit the signature's cell (letter/context.py ``title_lines``), over the signer's name, as
    one line; lines that are no such break (a title and a line of the seal's ring under it,
    a title over a title, a name in capitals) stay as they are.

    >>> one_title(["PHÓ CHỦ TỊCH THƯỜNG TRỰC", "HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG TỈNH", "Lê An"])
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH', 'Lê An']
    >>> one_title(["GIÁM ĐỐC", "SỞ Y TẾ", "Lê An"]), one_title(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    (['GIÁM ĐỐC', 'SỞ Y TẾ', 'Lê An'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
    >>> one_title(["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "NGUYỄN HOÀNG GIANG"])
    ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'NGUYỄN HOÀNG GIANG']
    """
    words = [" ".join(x.split()) for x in lines]
    for start in range(len(words) - 1):
        for end in range(len(words), start + 1, -1):
            run = words[start:end]
            if all(capitals(x) and not is_authority(x) for x in run) \
                    and not any(is_chuc_danh(x) for x in run[1:]) \
                    and any(looks_like_name(x) for x in lines[end:]) \
                    and title_lines(" ".join(run)) == run:
                return [*lines[:start], " ".join(run), *lines[end:]]
    return lines


def _deputy_stroked(above: str, line: str) -> str:
    """Under ``KT. <head>``, a line opening with ``PHÓ`` whose other words are signs of no
    syllable or the head's words (``PHÓ X``, ``PHÓ nh TỊCH .Z``: the seal's ring and the
    signature's stroke over the title): the deputy's title the decree prints there; any other
    line as it was.

    >>> _deputy_stroked("KT. CHỦ TỊCH", "PHÓ X"), _deputy_stroked("KT. CHỦ TỊCH", "PHÓ BAN")
    ('PHÓ CHỦ TỊCH', 'PHÓ BAN')
    >>> _deputy_stroked("TM. ỦY BAN NHÂN DÂN", "PHÓ X")
    'PHÓ X'
    """
    mark, _, rest = above.strip().partition(".")
    if mark.rstrip() != "KT":
        return line
    head = " ".join(rest.split())
    words = stroke_cut(line).split()
    if head not in {t for t, _ in _heads()} or words[:1] != [_signing_words()[1]]:
        return line
    own = [w for w in words[1:] if w.strip(EDGE) in head.split()]
    if own != words[len(words) - len(own):] or not _noise(words[1:len(words) - len(own)]):
        return line
    return _deputy(f"KT. {head}") or line


def _ring_cut(line: str) -> str | None:
    """A head's title whose last word lost its first letters under the seal's ring, its other
    words read right (``HIỆU ƯỞNG`` for ``HIỆU TRƯỞNG``: ``ƯỞNG`` with its marks the end of
    one title's word only), after a stroke's marks are cut; None for any other line.

    >>> _ring_cut("HIỆU ƯỞNGZ-"), _ring_cut("HIỆU TRƯỞNG"), _ring_cut("HIỆU NG")
    ('HIỆU TRƯỞNG', None, None)
    """
    words = stroke_cut(line).split()
    found = {title for title, _ in _heads() if len(title.split()) == len(words) >= 2
             and title.split()[:-1] == words[:-1] and len(words[-1]) >= 3
             and title.split()[-1].endswith(words[-1]) and title.split()[-1] != words[-1]}
    return found.pop() if len(found) == 1 else None


def _ring_marks(line: str, head: str) -> bool:
    """The line is ``head``'s last words after the seal's ring read as short marks, three
    signs at most each and not all syllables (``Áo HN Ủ TƯỚNG`` for ``PHÓ THỦ TƯỚNG``).

    >>> _ring_marks("Áo HN Ủ TƯỚNG", "THỦ TƯỚNG"), _ring_marks("BỘ Y TẾ THỦ TƯỚNG", "THỦ TƯỚNG")
    (True, False)
    """
    words = line.split()
    before = words[:max(0, len(words) - len(head.split()))]
    return bool(before) and all(len(w.strip(EDGE)) <= 3 for w in before) \
        and not all(known(w.strip(EDGE).lower()) for w in before)
