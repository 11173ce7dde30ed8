"""What a Word file holds that is not yet its text: changes tracked and never accepted or
rejected (Review > Track Changes), and comments; read by copy, which refuses such an original,
and by check, which tells them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lxml import etree

from ntm_docgen.i18n import _, ngettext, shortened

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: The changes that add or take away text (a paragraph mark, a table row or cell too).
_TEXT = {"ins": "inserted", "del": "deleted", "moveFrom": "moved", "moveTo": "",
         "cellIns": "inserted", "cellDel": "deleted"}
#: The changes of properties: the text stays, its look or layout was changed.
_PROPERTIES = ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
               "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellMerge")
#: The relationships of the main part whose parts print with it (and its comments).
PRINTED = ("/header", "/footer", "/footnotes", "/endnotes")
COMMENTS = "/comments"
#: How many changed texts a message quotes.
QUOTED = 2


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Pending:
    """The tracked changes of a document's printed parts, by kind (the texts inserted, deleted
    and moved, empty for a paragraph mark or a row), the property changes, and its comments'
    texts."""

    inserted: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    formatted: int = 0
    comments: tuple[str, ...] = ()

    @property
    def changes(self) -> int:
        return len(self.inserted) + len(self.deleted) + len(self.moved) + self.formatted

    def __bool__(self) -> bool:
        return bool(self.changes or self.comments)

    def told(self) -> str:
        """What is pending, in the clerk's words: each kind counted, its first texts quoted.

        >>> Pending(("Trưởng các thôn", ""), ("các thôn làm ngay",), (), 1, ("Sửa",)).told()
        ... # doctest: +NORMALIZE_WHITESPACE
        '2 insertions: “Trưởng các thôn”; 1 deletion: “các thôn làm ngay”;
         1 formatting change; 1 comment: “Sửa”'
        """
        parts = []
        for texts, counted in (
                (self.inserted, ngettext("{count} insertion", "{count} insertions",
                                         len(self.inserted))),
                (self.deleted, ngettext("{count} deletion", "{count} deletions",
                                        len(self.deleted))),
                (self.moved, ngettext("{count} passage moved", "{count} passages moved",
                                      len(self.moved)))):
            if texts:
                parts.append(_quoted(counted, texts))
        if self.formatted:
            parts.append(ngettext("{count} formatting change", "{count} formatting changes",
                                  self.formatted).format(count=self.formatted))
        if self.comments:
            parts.append(_quoted(ngettext("{count} comment", "{count} comments",
                                          len(self.comments)), self.comments))
        return "; ".join(parts)


def _quoted(counted: str, texts: tuple[str, ...]) -> str:
    shown = [f"“{shortened(' '.join(t.split()), 40, at_word=True)}”" for t in texts if t.strip()]
    counted = counted.format(count=len(texts))
    if not shown:
        return counted
    return _("{counted}: {texts}").format(counted=counted, texts=", ".join(shown[:QUOTED]))


def _text(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(w("t"), w("delText")))


def pending(parts: Iterable[etree._Element], comments: etree._Element | None = None) -> Pending:
    """The tracked changes of ``parts`` (the main part, its headers, footers and notes) and
    the comments they mark, their texts from the comments part ``comments``."""
    found: dict[str, list[str]] = {"inserted": [], "deleted": [], "moved": []}
    formatted, marked, arrived = 0, [], []
    for root in parts:
        for element in root.iter(*map(w, (*_TEXT, *_PROPERTIES, "commentReference"))):
            tag = etree.QName(element).localname
            if tag == "commentReference":
                marked.append(element.get(w("id"), ""))
            elif tag in _PROPERTIES:
                formatted += 1
            elif tag == "moveTo":
                arrived.append(_text(element))
            elif _TEXT[tag] and not _inside_move(element, tag):
                found[_TEXT[tag]].append(_text(element))
    # A move is counted at its old place (w:moveFrom); a new place with no old place left for
    # it (the old one cut out of the file) is a change still pending all the same.
    found["moved"].extend(arrived[len(found["moved"]):])
    texts = {}
    if comments is not None:
        texts = {c.get(w("id"), ""): " ".join(_text(c).split())
                 for c in comments.iterchildren(w("comment"))}
    return Pending(tuple(found["inserted"]), tuple(found["deleted"]), tuple(found["moved"]),
                   formatted, tuple(texts.get(i, "") for i in marked))


def _inside_move(element: etree._Element, tag: str) -> bool:
    """A deletion or insertion that only marks a moved passage's text (Word marks the runs of
    a ``w:moveFrom`` so): the move is counted once."""
    return tag in ("ins", "del") and any(
        etree.QName(a).localname in ("moveFrom", "moveTo") for a in element.iterancestors())


def pending_in_package(data: Mapping[str, bytes], main: str, root: etree._Element,
                       related: Iterable[tuple[str, str]]) -> Pending:
    """The pending changes of a package read as zip members: its parsed main part ``root``,
    and the members its relationships ``related`` (type, member) name."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    parts, comments = [root], None
    for kind, member in related:
        if member == main or member not in data or not kind.endswith((*PRINTED, COMMENTS)):
            continue
        try:
            parsed = etree.fromstring(data[member], parser)
        except etree.XMLSyntaxError:
            continue  # a damaged header or note part: what opening the file tells
        if kind.endswith(COMMENTS):
            comments = parsed
        else:
            parts.append(parsed)
    return pending(parts, comments)


def first_marked(root: etree._Element) -> etree._Element | None:
    """The first tracked change or comment mark in ``root``, in the order of the page."""
    tags = [w(t) for t in (*_TEXT, *_PROPERTIES, "commentReference")]
    return next(iter(root.iter(*tags)), None)


#: Where Track Changes keeps text taken away and not yet accepted: a deletion's runs (their
#: ``w:delText``), and a moved passage's old place, whose runs keep ``w:t`` as Word writes them.
GONE = frozenset({w("del"), w("moveFrom")})


def taken_away(paragraph: etree._Element) -> bool:
    """A paragraph deleted or moved away with Track Changes on, not yet accepted: its mark
    is (``w:pPr/w:rPr/w:del`` or ``w:moveFrom``) and no text of it stays. The letter, its
    changes accepted, has no such paragraph (a moved one prints where it was moved to)."""
    mark = paragraph.find(f"{w('pPr')}/{w('rPr')}")
    if mark is None or not any(child.tag in GONE for child in mark):
        return False
    return not any(t.text for t in paragraph.iter(w("t"))
                   if not any(a.tag in GONE for a in t.iterancestors()))


def mark_taken(paragraph: etree._Element) -> bool:
    """A paragraph whose mark (its end) was deleted or moved away with Track Changes on, and
    whose text stays: accepted, it and the next paragraph are one."""
    mark = paragraph.find(f"{w('pPr')}/{w('rPr')}")
    return mark is not None and any(child.tag in GONE for child in mark) \
        and not taken_away(paragraph)
