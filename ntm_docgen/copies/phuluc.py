"""The phụ lục pages after an original's signature, and which of them a ``--trich`` names.

An appendix starts on a new page after the signature (a section break or a page break) and
opens with its title (``PHỤ LỤC II``, ``BIỂU MẪU``, ``(Kèm theo ...)``). TRÍCH SAO keeps one only
when ``--trich`` names it: ``Phụ lục`` (every one), ``Phụ lục II`` / ``Phụ lục 2`` (by number),
or the start of its title (``BIỂU MẪU``, ``Đề cương báo cáo``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ntm_docgen.copies.package import paragraph_text, w
from ntm_docgen.vietnamese.text import nfc, so_la_ma

_PHU_LUC = re.compile(r"^ph[uụ]\s+l[uụ]c(?:\s+(?P<label>[IVXLC]+|\d+))?\s*[.:]?$",
                      re.IGNORECASE)
_LABEL = re.compile(r"^ph[uụ]\s+l[uụ]c\s+(?P<label>[IVXLC]+|\d+)\b", re.IGNORECASE)
_BARE = re.compile(r"^ph[uụ]\s+l[uụ]c\s*$", re.IGNORECASE)  # the heading with no number
_TITLE_LINES = 4


@dataclass
class Appendix:
    """One appendix: its elements, its title lines and its number (``II``) if it shows one."""

    elements: list[etree._Element]
    title: list[str]
    label: str | None

    def name(self, number: int) -> str:
        label = self.label or so_la_ma(number)
        words = [t for t in self.title
                 if not _LABEL.match(t) and not _BARE.match(t) and not t.startswith("(Kèm")]
        return f"Phụ lục {label} ({words[0]})" if words else f"Phụ lục {label}"


def _has_section(e: etree._Element) -> bool:
    return e.tag == w("p") and e.find(f"{w('pPr')}/{w('sectPr')}") is not None


def _page_break(e: etree._Element) -> str:
    """``"before"`` when a paragraph starts a page, ``"after"`` when it ends one, else ``""``."""
    if e.tag != w("p"):
        return ""
    before = e.find(f"{w('pPr')}/{w('pageBreakBefore')}")
    if before is not None and before.get(w("val"), "true") not in ("false", "0", "off"):
        return "before"
    seen_text = False
    for node in e.iter(w("t"), w("br")):
        if node.tag == w("br") and node.get(w("type")) == "page":
            return "after" if seen_text else "before"
        if node.tag == w("t") and (node.text or "").strip():
            seen_text = True
    return ""


def _pages(elements: list[etree._Element]) -> list[list[etree._Element]]:
    """The elements cut where a new page starts."""
    out: list[list[etree._Element]] = [[]]
    for e in elements:
        if _page_break(e) == "before" and any(paragraph_text(x).strip() for x in out[-1]):
            out.append([])
        out[-1].append(e)
        if _has_section(e) or _page_break(e) == "after":
            out.append([])
    return [page for page in out if page]


def _texts(elements: list[etree._Element]) -> list[str]:
    return [t for t in (nfc(paragraph_text(e)).strip() for e in elements
                        if e.tag == w("p")) if t]


def _opens_appendix(page: list[etree._Element]) -> bool:
    """Whether a page starts an appendix (a centred first line, or ``Phụ lục``/``Kèm theo``)."""
    texts = _texts(page[:_TITLE_LINES * 2])
    if not texts:
        return False
    first = next(e for e in page if e.tag == w("p") and paragraph_text(e).strip())
    jc = first.find(f"{w('pPr')}/{w('jc')}")
    return (jc is not None and jc.get(w("val")) == "center") or bool(_LABEL.match(texts[0])) \
        or any(t.startswith("(Kèm theo") for t in texts[:_TITLE_LINES])


def split_tail(tail: list[etree._Element]) -> tuple[list[etree._Element], list[Appendix]]:
    """The signature (Nơi nhận and its page) and the appendices after it."""
    pages = _pages(tail)
    if len(pages) <= 1:
        return tail, []
    signature = pages[0]
    appendices: list[list[etree._Element]] = []
    for page in pages[1:]:
        if appendices and not _opens_appendix(page):
            appendices[-1].extend(page)  # a long appendix runs over several pages
        else:
            appendices.append(list(page))
    out = []
    for elements in appendices:
        texts = _texts(elements)
        title = []
        for text in texts[:_TITLE_LINES]:
            title.append(text)
            if text.startswith("(Kèm theo"):
                break
        label = _LABEL.match(texts[0]) if texts else None
        out.append(Appendix(elements, title, label.group("label") if label else None))
    return signature, out


def _fold(text: str) -> str:
    return " ".join(nfc(text).casefold().split()).rstrip(".:")


def named(token: str, appendices: list[Appendix]) -> list[int] | None:
    """The appendices ``token`` names (their indexes), or None when it names none.

    >>> a = [Appendix([], ["BIỂU MẪU", "(Kèm theo Kế hoạch)"], None),
    ...      Appendix([], ["PHỤ LỤC II", "DANH SÁCH"], "II")]
    >>> named("Phụ lục", a), named("phụ lục 2", a), named("Phụ lục I", a), named("biểu mẫu", a)
    ([0, 1], [1], [0], [0])
    >>> named("DANH SÁCH", a), named("Phụ lục V", a), named("Dan", a), named("II", a)
    ([1], None, None, None)
    """
    match = _PHU_LUC.match(nfc(token).strip())
    if match:
        label = match.group("label")
        if label is None:
            return list(range(len(appendices))) or None
        wanted = so_la_ma(int(label)) if label.isdigit() else label.upper()
        for index, appendix in enumerate(appendices):
            if (appendix.label or so_la_ma(index + 1)).upper() in (wanted, label):
                return [index]
        return None
    folded = _fold(token)
    hits = [i for i, a in enumerate(appendices)
            if any(_fold(line) == folded or _fold(line).startswith(folded + " ")
                   for line in a.title)]
    return hits or None


def describe(appendices: list[Appendix]) -> str:
    """``Phụ lục I (BIỂU MẪU), Phụ lục II (DANH SÁCH)`` for error messages."""
    return ", ".join(a.name(i + 1) for i, a in enumerate(appendices))
