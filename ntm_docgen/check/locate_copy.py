"""Find the copy blocks (SAO Y, SAO LỤC, TRÍCH SAO) after a letter, and the parts of each."""

from __future__ import annotations

from dataclasses import dataclass

from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import rules
from ntm_docgen.check.locate import PLACE_DATE_RE, SO_RE, find_issuer, has_date_words
from ntm_docgen.check.locate_sign import find_signature, first, table_of
from ntm_docgen.check.paras import Line
from ntm_docgen.check.reader import Document
from ntm_docgen.vietnamese.text import upper_vi

#: How far above its form word a block laid out in plain paragraphs may begin (its rule, the
#: copying body's name and its number stand there).
_ABOVE = 8
#: How many paragraphs a block laid out in plain paragraphs may hold, from its rule down.
_REACH = 40


@dataclass
class CopyBlock:
    """One copy block: its form word, where it begins, and its parts as a letter's elements
    (``co_quan``, ``so``, ``ngay``, the signature and the Nơi nhận) for the letter's rules."""

    hinh_thuc: Line
    start: int  # the index of the block's first paragraph
    parts: Letter

    @property
    def form(self) -> str:
        """The form as the decree names it: ``SAO Y``, ``SAO LỤC`` or ``TRÍCH SAO``."""
        word = _words(self.hinh_thuc.clean)
        return next((f for f, names in rules()["ban_sao"]["hinh_thuc"].items() if word in names),
                    word)


def _words(text: str) -> str:
    """A line's words in capitals, one space apart.

    >>> _words("  Sao  y ")
    'SAO Y'
    """
    return " ".join(upper_vi(text).split())


def find_copies(doc: Document) -> list[CopyBlock]:
    """Every copy block of ``doc``, in the order of the page: a line holding only a form word
    (data/check_rules.yaml ``ban_sao.hinh_thuc``), with a number or a date line in its block
    (a table, as ``copy`` lays it, or the paragraphs under the rule above it)."""
    segs = [s for p in doc.paras for s in p.segments()]
    names = {n for forms in rules()["ban_sao"]["hinh_thuc"].values() for n in forms}
    marks = [s for s in segs if _words(s.clean) in names]
    blocks: list[CopyBlock] = []
    for i, mark in enumerate(marks):
        stop = _start(doc, segs, marks[i + 1]) if i + 1 < len(marks) else None
        block = _block(doc, segs, mark, stop)
        if block is not None and (not blocks or block.start > blocks[-1].start):
            blocks.append(block)
    return blocks


def _start(doc: Document, segs: list[Line], mark: Line) -> int | None:
    """The index of the first paragraph of the block a form word heads: the full-width rule
    above it, or its table's first paragraph; None when a form word in plain paragraphs has
    no rule above it (a line of the letter's text, not a block)."""
    table = table_of(mark.para)
    if table is not None:
        start = min(s.para.index for s in segs if table_of(s.para) is table)
        rule = _rule_above(doc, start, 1)
        return rule if rule is not None else start
    return _rule_above(doc, mark.para.index, _ABOVE)


def _rule_above(doc: Document, index: int, reach: int) -> int | None:
    """The index of the empty paragraph with a border (the block's full-width rule) within
    ``reach`` paragraphs above paragraph ``index``, or None."""
    for j in range(index - 1, max(index - 1 - reach, -1), -1):
        para = doc.paras[j]
        if not para.clean and para.props.borders & {"top", "bottom"}:
            return j
    return None


def _block(doc: Document, segs: list[Line], mark: Line, stop: int | None) -> CopyBlock | None:
    """The block of the form word ``mark``, up to the paragraph ``stop`` (the next block's)."""
    table = table_of(mark.para)
    start = _start(doc, segs, mark)
    if start is None:
        return None
    if table is not None:
        inside = [s for s in segs if table_of(s.para) is table and s is not mark]
    else:
        end = min(stop if stop is not None else len(doc.paras), start + _REACH)
        inside = [s for s in segs if start <= s.para.index < end and s is not mark]
    if any(key(rules()["quoc_hieu"]) in key(s.clean) for s in inside):
        return None  # the letter's own header table
    parts = Letter(doc, inside)
    parts.so = first(inside, lambda s: bool(SO_RE.match(s.clean)))
    parts.ngay = first(inside, lambda s: s is not parts.so and has_date_words(s.clean)
                       and bool(PLACE_DATE_RE.match(s.clean)))
    if parts.so is None and parts.ngay is None:
        return None  # a form word in the text, not a block
    head_end = max(parts.pos(parts.so), parts.pos(parts.ngay))
    find_issuer(parts, head_end)
    find_signature(parts, head_end)
    return CopyBlock(mark, start, parts)
