"""TRÍCH SAO: keep the original's header, the named parts and its signature, drop the rest.

Parts are named by their heading (``II``, ``II-IV``, ``Điều 3``, ``Chương II``, a part numbered
``2.``: copies/trich_numbered.py; its number as Word prints it: copies/trichlists.py) or by
paragraph number (``12-30``: the body's non-empty
paragraphs and tables counted from 1 after the header). The phụ lục after the signature are
kept only when named (``Phụ lục``, ``Phụ lục II``: copies/phuluc.py), or a part of one
(``Phụ lục I: III``: copies/trich_phuluc.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from lxml import etree

from ntm_docgen.copies import NAMES
from ntm_docgen.copies.package import DocxPackage, paragraph_text, w
from ntm_docgen.copies.phuluc import Appendix, split_tail
from ntm_docgen.copies.trich_numbered import part_number, part_span, shapes_of
from ntm_docgen.copies.trichlists import Lists, keep_numbers, lists_of, printed
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import nfc

_HEADING = re.compile(r"^(?:(?P<roman>[IVXLC]+)\.|(?P<kind>Phần|Chương|Mục|Điều)\s+"
                      r"(?P<label>[\wĐđ]+)[.:]?)(?:\s|$)")
_ROMAN = re.compile(r"^[IVXLC]+$")
_NUMBERS = re.compile(r"^(\d{1,9})(?:\s*-\s*(\d{1,9}))?$")  # no letter has a billion paragraphs
TITLE_STYLES = {"title", "heading1", "heading 1", "tieude", "tiêu đề"}


def heading_key(text: str) -> tuple[str, str] | None:
    """``("roman", "II")`` or ``("Điều", "3")`` for a heading paragraph, else None.

    >>> heading_key("II. NỘI DUNG"), heading_key("Điều 3. Hiệu lực"), heading_key("1. Mục đích")
    (('roman', 'II'), ('Điều', '3'), None)
    """
    match = _HEADING.match(nfc(text).strip())
    if match is None:
        return None
    if match.group("roman"):
        return "roman", match.group("roman")
    return match.group("kind"), match.group("label")


@dataclass
class Layout:
    """The original's body split into header, content, signature (Nơi nhận and the rest of
    its page) and the phụ lục after it; the numbers Word draws for its list paragraphs."""

    header: list[etree._Element]
    content: list[etree._Element]
    tail: list[etree._Element]
    appendices: list[Appendix]
    lists: Lists = field(default_factory=Lists)


def split(package: DocxPackage) -> Layout:
    """Find where the header ends (the first paragraph that is not centred) and the tail starts."""
    items = [e for e in package.body if e.tag in (w("p"), w("tbl"))]
    lead = 0  # blank lines typed above the header table
    while lead < len(items) and items[lead].tag == w("p") \
            and not paragraph_text(items[lead]).strip():
        lead += 1
    typed = not (lead < len(items) and items[lead].tag == w("tbl"))
    start = 0 if typed else lead + 1
    while start < len(items) and items[start].tag == w("p"):
        text = paragraph_text(items[start]).strip()
        if text and (not (_centred(items[start]) or _title(items[start]))
                     or heading_key(text)):
            break
        start += 1
    if typed:  # no header table: the header typed line by line, found as import finds it
        from ntm_docgen.copies.headerlines import typed_header_end

        start = max(start, typed_header_end(items, str(package.path)))
    start = _past_kinh_gui(items, start)
    tail_at = len(items)
    for index in range(len(items) - 1, start - 1, -1):
        if "Nơi nhận" in nfc(paragraph_text(items[index])):
            tail_at = index
            break
    while tail_at > start and items[tail_at - 1].tag == w("p") \
            and not paragraph_text(items[tail_at - 1]).strip():
        tail_at -= 1  # the blank line before the signature belongs to it
    signature, appendices = split_tail(items[tail_at:])
    return Layout(items[:start], items[start:tail_at], signature, appendices, lists_of(package))


def _past_kinh_gui(items: list[etree._Element], start: int) -> int:
    """Past the Kính gửi list where the text would start: its first line (left, not centred,
    when it names several recipients) and each line after one that ends in ";" ("- Công an
    tỉnh;"). The list is the header's (ô 9a), not the text's first paragraphs."""
    def text(index: int) -> str:
        return nfc(paragraph_text(items[index])).strip()

    at = start
    if at < len(items) and items[at].tag == w("p") and text(at).startswith("Kính gửi"):
        at += 1
    elif not (at > 0 and text(at - 1).startswith("Kính gửi")):
        return start
    while at < len(items) and items[at].tag == w("p") and text(at - 1).endswith(";") \
            and text(at).startswith(("-", "–")):
        at += 1
    return at


def _title(p: etree._Element) -> bool:
    """A paragraph in a Title or first-level heading style (a title without a header table)."""
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    return style is not None and style.get(w("val"), "").lower() in TITLE_STYLES


def _centred(p: etree._Element) -> bool:
    jc = p.find(f"{w('pPr')}/{w('jc')}")
    return jc is not None and jc.get(w("val")) == "center"


def _tokens(parts: str) -> list[str]:
    tokens = [t.strip() for t in parts.split(",") if t.strip()]
    if not tokens:
        raise FieldError("trich", _("names no part; give headings (II,III) or paragraph "
                                    "numbers (12-30)"), NAMES)
    return tokens


def _names_content(token: str) -> bool:
    """Whether a token is a paragraph range or a heading of the body (not a phụ lục).

    >>> [_names_content(t) for t in ("12-30", "II", "2.", "Điều 3", "Phụ lục", "BIỂU MẪU")]
    [True, True, True, True, False, False]
    """
    words = token.split()
    return bool(_NUMBERS.match(token) or part_number(token) is not None
                or _ROMAN.match(token.rstrip(".")) or _is_roman_range(token)
                or (len(words) == 2 and words[0].capitalize() in ("Phần", "Chương", "Mục",
                                                                     "Điều")))


def select(layout: Layout, parts: str, source: str) -> list[etree._Element]:
    """The content elements named by ``parts``, in document order (checking the phụ lục it
    names too)."""
    content = layout.content
    headings = [(i, heading_key(printed(layout.lists, e))) for i, e in enumerate(content)
                if e.tag == w("p")]
    found = [(i, key) for i, key in headings if key is not None]
    numbered = [i for i, e in enumerate(content) if paragraph_text(e).strip()]
    keep: set[int] = set()
    from ntm_docgen.copies.trich_phuluc import appendices_named, heading_in_appendix

    for token in _tokens(parts):
        if (n := part_number(token)) is not None:
            texts = [printed(layout.lists, e) if e.tag == w("p") else "" for e in content]
            filled = set(numbered)
            count = list(accumulate(i in filled for i in range(len(content))))
            start, end = part_span(n, texts, [i for i, _k in found], source, count,
                                   shapes_of(content))
            keep |= set(range(start, end))
            continue
        if not _names_content(token):
            appendices_named(token, layout, source)
            continue
        inside = None if _NUMBERS.match(token) or any(k == _key(token) for _i, k in found) \
            else heading_in_appendix(token, layout.appendices)
        if inside is not None:
            raise FieldError("trich", _("{name!r} is a heading inside {phu_luc} of {source}, "
                                        "not of the letter's body: write {trich} as "
                                        "“{phu_luc}: {name}” to take that part of it, or "
                                        "“{phu_luc}” to take it whole"), NAMES,
                             name=token, phu_luc=inside, source=source)
        keep |= _span(token, content, found, numbered, source)
    if not keep:
        return []
    keep |= _enacting(content, min(keep))
    out = []
    for index, element in enumerate(content):
        if index in keep:
            out.append(element)
        elif min(keep) < index < (max(keep) if not layout.tail else len(content)) \
                and element.find(f"{w('pPr')}/{w('sectPr')}") is not None:
            out.append(section_break(element))
    # a page break that ended the part in the original would put the signature on a page of
    # its own; one that opened it, a blank page under the header
    while out and _page_break_only(out[-1]):
        out.pop()
    while out and _page_break_only(out[0]):
        out.pop(0)
    return out


#: A decision's enacting line, under its căn cứ: what its articles are the decision of.
_ENACTING = re.compile(r"(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:")


def _enacting(content: list[etree._Element], first: int) -> set[int]:
    """A decision's căn cứ and its enacting line (``QUYẾT ĐỊNH:``) when the parts kept come after
    them: without them an extract of its articles no longer reads as a decision."""
    for index in range(first):
        if _ENACTING.fullmatch(nfc(paragraph_text(content[index])).strip()):
            return set(range(index + 1))
    return set()


def _page_break_only(element: etree._Element) -> bool:
    """An empty paragraph whose only content is a page break (a ``---`` line of a spec)."""
    return element.tag == w("p") and not paragraph_text(element).strip() \
        and element.find(f"{w('pPr')}/{w('sectPr')}") is None \
        and any(br.get(w("type")) == "page" for br in element.iter(w("br")))


def section_break(p: etree._Element) -> etree._Element:
    """A dropped paragraph that ends a section, emptied: the kept parts keep their sections."""
    for child in list(p):
        if child.tag != w("pPr"):
            p.remove(child)
    return p


def _span(token: str, content: list, found: list, numbered: list[int], source: str) -> set[int]:
    number = _NUMBERS.match(token)
    if number:
        first, last = int(number.group(1)), int(number.group(2) or number.group(1))
        if not numbered:
            raise FieldError("trich", _("paragraphs {numbers} are not in {source}: it has no "
                                        "paragraph after its header; copy it whole: set "
                                        "{hinh_thuc} to SAO Y"), NAMES, numbers=token,
                             source=source)
        if not 1 <= first <= last <= len(numbered):
            raise FieldError("trich", _("paragraphs {numbers} are not in {source}: its body "
                                        "has paragraphs 1-{count}"), NAMES,
                             numbers=token, source=source, count=len(numbered))
        return set(range(numbered[first - 1], numbered[last - 1] + 1))
    ends = [t.strip().rstrip(".") for t in token.split("-", 1)] if _is_roman_range(token) \
        else [token.strip().rstrip(".")]
    spans = [_heading_span(end, content, found, len(numbered), source) for end in ends]
    return set(range(spans[0][0], spans[-1][1]))


def _key(token: str) -> tuple[str, str] | None:
    name = token.split("-")[0].strip().rstrip(".")
    words = name.split()
    return ("roman", name) if _ROMAN.match(name) else \
        (words[0].capitalize(), words[-1]) if len(words) == 2 else None


def _is_roman_range(token: str) -> bool:
    ends = [t.strip().rstrip(".") for t in token.split("-")]
    return len(ends) == 2 and all(_ROMAN.match(e) for e in ends)


def _heading_span(name: str, content: list, found: list, paragraphs: int,
                  source: str) -> tuple[int, int]:
    words = name.split()
    wanted = ("roman", name) if _ROMAN.match(name) else \
        (words[0].capitalize(), words[-1]) if len(words) == 2 else None
    for position, (index, key) in enumerate(found):
        if key == wanted:
            later = [i for i, k in found[position + 1:] if k[0] == key[0]]
            return index, later[0] if later else len(content)
    if not found:
        raise FieldError("trich", _("no part headed {name!r} in {source}: it has no headings "
                                    "(I., II., Phần, Chương, Mục, Điều); name the paragraphs "
                                    "to copy by their numbers, from 1 to {count} (\"2-4\")"),
                         NAMES, name=name, source=source, count=paragraphs)
    have = ", ".join(k[1] if k[0] == "roman" else f"{k[0]} {k[1]}" for _i, k in found)
    raise FieldError("trich", _("no part headed {name!r} in {source}; its headings are: "
                                "{headings}"), NAMES, name=name, source=source, headings=have)


def extract(package: DocxPackage, parts: str) -> None:
    """Rebuild the body in place: header, the named parts, the signature, the final section."""
    layout = split(package)
    source = str(package.path)
    from ntm_docgen.copies.trich_phuluc import chosen_appendices

    kept = layout.header + select(layout, parts, source) + layout.tail \
        + chosen_appendices(layout, parts, source)
    body = package.body
    section = package.final_section()
    last = kept[-1] if kept else None
    if section is not None and last is not None and last.tag == w("p") \
            and last.find(f"{w('pPr')}/{w('sectPr')}") is not None:
        # the kept pages end a section whose follower (a phụ lục) was dropped: that section
        # becomes the last, so the copy block follows the signature on its page
        closing = last.find(f"{w('pPr')}/{w('sectPr')}")
        closing.getparent().remove(closing)
        section.addprevious(closing)
        body.remove(section)
        section = closing
    for element in list(body):
        if element is not section:
            body.remove(element)
    for element in kept:
        if section is not None:
            section.addprevious(element)
        else:
            body.append(element)
    keep_numbers(package, layout.lists)
