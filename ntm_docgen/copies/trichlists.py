"""A TRÍCH SAO of a Word file whose parts Word numbers itself (``I.``, ``II.``, ``1.``, ``a)``
drawn from numbering.xml, not typed): the parts are found by the numbers the page prints, and
the parts kept print the numbers the original prints there, not numbers counted again over
what the copy keeps (``--trich III`` of a letter whose III is numbered by Word stays III)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ntm_docgen.copies.package import DocxPackage, w
from ntm_docgen.files.numbering import labels_of
from ntm_docgen.files.wordfile import part_relationships

#: What comes before ``w:numPr`` in a paragraph's properties (ECMA-376 CT_PPrBase).
_BEFORE_NUMPR = {w(t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                                "framePr", "widowControl")}


@dataclass
class Lists:
    """The original's list paragraphs as it prints them: each one's label, and its list
    (numId), level and counts; with the numbering part's member and parsed root."""

    labels: dict[Any, str] = field(default_factory=dict)
    counters: dict[Any, tuple[str, int, tuple[int | None, ...]]] = field(default_factory=dict)
    member: str | None = None
    numbering: Any = None
    styles: Any = None


def lists_of(package: DocxPackage) -> Lists:
    """The labels Word draws for the original's paragraphs, read before any is dropped."""
    found = Lists()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    for kind, member in part_relationships(package.path, package.data, package.main):
        if kind.endswith(("/numbering", "/styles")) and member in package.data:
            try:
                root = etree.fromstring(package.data[member], parser)
            except etree.XMLSyntaxError:
                continue  # a damaged part: Word shows no numbers from it either
            if kind.endswith("/numbering"):
                found.member, found.numbering = member, root
            else:
                found.styles = root
    found.labels = labels_of(package.body, found.numbering, found.styles, found.counters)
    return found


def printed(lists: Lists, element: etree._Element) -> str:
    """A paragraph's text with the number or bullet Word draws before it."""
    from ntm_docgen.copies.package import paragraph_text

    return lists.labels.get(element, "") + paragraph_text(element)


def keep_numbers(package: DocxPackage, lists: Lists) -> None:
    """After the parts are taken out: where a list paragraph kept would print another number
    than the original's, each stretch of it restarts at the original's numbers (a new
    ``w:num`` with ``w:startOverride``, as Word writes "Restart numbering"), and the
    numbering part is written with them."""
    if lists.numbering is None or lists.member is None:
        return
    kept = [p for p in package.body.iter(w("p")) if p in lists.counters]
    now = labels_of(package.body, lists.numbering, lists.styles)
    if all(now.get(p, "") == lists.labels.get(p, "") for p in kept):
        return
    nums = {n.get(w("numId")): n for n in lists.numbering.iterchildren(w("num"))}

    def count_of(num_id: str) -> str:
        """The list a paragraph counts in: its abstract list, which every ``w:num`` over it
        continues, as Word counts (two nums over one abstract printed I, II, III: a review)."""
        ref = nums[num_id].find(w("abstractNumId")) if num_id in nums else None
        return num_id if ref is None else "abstract " + str(ref.get(w("val")))

    order: dict[str, list[Any]] = {}
    for paragraph, (num_id, _level, _counts) in lists.counters.items():
        order.setdefault(count_of(num_id), []).append(paragraph)
    # the paragraph before each in its list, found at once (looked up in the list, 50,000
    # items took a TRÍCH SAO 119 s)
    before_it = {p: siblings[at - 1] if at else None
                 for siblings in order.values() for at, p in enumerate(siblings)}
    taken = [int(n) for n in nums if n and n.isdigit()]
    next_id = max(taken, default=0) + 1
    last: dict[str, Any] = {}  # each list's paragraph kept last, and its new numId and level
    current: dict[str, tuple[str, int]] = {}
    for paragraph in kept:
        num_id, level, counts = lists.counters[paragraph]
        if num_id not in nums:
            continue
        group = count_of(num_id)
        before = before_it[paragraph]
        going = current.get(group)
        if going is None or last.get(group) is not before or level < going[1]:
            going = (str(next_id), level)
            next_id += 1
            lists.numbering.append(_restarted(nums[num_id], going[0], level, counts))
        current[group] = (going[0], min(going[1], level))
        last[group] = paragraph
        _point(paragraph, going[0], level)
    package.data[lists.member] = etree.tostring(lists.numbering.getroottree(),
                                                xml_declaration=True, encoding="UTF-8",
                                                standalone=True)


def _restarted(num: Any, num_id: str, level: int, counts: tuple[int | None, ...]) -> Any:
    """A copy of ``num`` under ``num_id`` whose levels up to ``level`` start at ``counts``."""
    fresh = copy.deepcopy(num)
    fresh.set(w("numId"), num_id)
    for override in fresh.findall(w("lvlOverride")):
        fresh.remove(override)
    for depth in range(level + 1):
        if counts[depth] is not None:
            override = etree.SubElement(fresh, w("lvlOverride"), {w("ilvl"): str(depth)})
            etree.SubElement(override, w("startOverride"), {w("val"): str(counts[depth])})
    return fresh


def _point(paragraph: Any, num_id: str, level: int) -> None:
    """The paragraph put in list ``num_id`` at ``level`` by its own ``w:numPr``."""
    props = paragraph.find(w("pPr"))
    if props is None:
        props = etree.Element(w("pPr"))
        paragraph.insert(0, props)
    num_pr = props.find(w("numPr"))
    if num_pr is None:
        num_pr = etree.Element(w("numPr"))
        at = sum(1 for child in props if child.tag in _BEFORE_NUMPR)
        props.insert(at, num_pr)
    for child in list(num_pr):
        num_pr.remove(child)
    etree.SubElement(num_pr, w("ilvl"), {w("val"): str(level)})
    etree.SubElement(num_pr, w("numId"), {w("val"): num_id})
