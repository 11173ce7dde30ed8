"""A body heading's number that Word's list prints ("II." of numbering.xml, not in the text):
made bold by ``check --fix`` where it can be without making another paragraph's number bold."""

from __future__ import annotations

from lxml import etree

from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import NS, w
from ntm_docgen.letter.markup import heading_kind


def numbers_to_bold(headings: list[Para], paras: list[Para]) -> list[etree._Element]:
    """What to set bold so that the numbers of ``headings`` print bold: the paragraph mark of
    each (``w:pPr/w:rPr``) whose list level leaves bold to it, and a level that sets bold off
    when every paragraph it numbers in the letter (``paras``) is a heading I.–XX. or Phần,
    Chương, Mục; a level that also numbers other paragraphs is left, and told again."""
    out: dict[int, etree._Element] = {}
    for para in headings:
        number = para.label_run
        if number is None or number.props.bold or para.numbered == para.clean:
            continue
        level = number.el
        if level.find("w:rPr/w:b", NS) is None:
            out[id(para.el)] = para.el
        elif all(heading_kind(other.numbered) in ("roman", "part") for other in paras
                 if other.label_run is not None and other.label_run.el is level):
            out[id(level)] = level
    return list(out.values())


def bold_numbers(elements: list[etree._Element]) -> None:
    """Set bold on each list level (``w:lvl``) or paragraph mark (of a ``w:p``) given, each
    element added in the place the schema gives it."""
    for el in elements:
        if el.tag == w("lvl"):
            rpr = _child(el, "rPr", [])  # a level's last child
        else:
            rpr = _child(_child(el, "pPr", None), "rPr", ["sectPr", "pPrChange"])
        bold = rpr.find("w:b", NS)
        if bold is None:
            bold = etree.Element(w("b"))
            ahead = [c for c in rpr if c.tag in (w("rStyle"), w("rFonts"))]
            if ahead:
                ahead[-1].addnext(bold)
            else:
                rpr.insert(0, bold)
        bold.attrib.pop(w("val"), None)


def _child(parent: etree._Element, name: str, before: list[str] | None) -> etree._Element:
    """``parent``'s child ``name``, added when missing: first (``before`` None), or before
    the first of the children named in ``before`` that it has, else last."""
    found = parent.find(f"w:{name}", NS)
    if found is not None:
        return found
    found = etree.Element(w(name))
    later = [c for c in parent if before is not None and c.tag in {w(n) for n in before}]
    if before is None:
        parent.insert(0, found)
    elif later:
        later[0].addprevious(found)
    else:
        parent.append(found)
    return found
