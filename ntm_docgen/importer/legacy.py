"""The font of each run of a Word document, so that text typed in the legacy Vietnamese fonts
(TCVN3 ``.VnTime``, VNI ``VNI-Times``) is read back as Unicode (vietnamese/legacy.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ntm_docgen.vietnamese.legacy import encoding_of_font, read_in, reads_old, typed_in_unicode

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def style_chain(styles: dict[str, Any], style_id: str | None) -> Iterator[Any]:
    """A style's definition, then those it is based on (``basedOn``), nearest first; a chain
    that loops ends after 20."""
    for _step in range(20):
        style = styles.get(style_id or "")
        if style is None:
            return
        yield style
        based = style.find(_W + "basedOn")
        style_id = based.get(_W + "val") if based is not None else None


class RunFonts:
    """The font each run of a Word document is shown in: its own, its character style's, its
    paragraph style's (through ``basedOn``), or the document's default."""

    def __init__(self, styles: Any | None) -> None:
        self._styles: dict[str, Any] = {}
        self._default: str | None = None
        #: the last paragraph asked about and its style's font: a paragraph's runs are asked
        #: about in turn, and finding its ``w:pPr`` walks all its children when it has none
        self._paragraph: tuple[Any, str | None] = (None, None)
        #: each paragraph whose runs in an old font were weighed: whether they hold its old
        #: encoding, None where nothing tells (``legacy``); and the letter's own leaning
        self._weighed: dict[Any, bool | None] = {}
        self._leaning: bool | None = None
        if styles is None:
            return
        for style in styles.iter(_W + "style"):
            self._styles[style.get(_W + "styleId") or ""] = style
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self._default = _font(defaults)

    @property
    def styles(self) -> dict[str, Any]:
        """The document's styles (``w:style``) by their id."""
        return self._styles

    def _style_font(self, style_id: str | None) -> str | None:
        for style in style_chain(self._styles, style_id):
            found = _font(style.find(_W + "rPr"))
            if found:
                return found
        return None

    def font(self, run: Any, paragraph: Any) -> str | None:
        """The font ``run`` (a ``w:r``) of ``paragraph`` (its ``w:p``) is shown in."""
        props = run.find(_W + "rPr")
        found = _font(props)
        if found:
            return found
        if props is not None and props.find(_W + "rStyle") is not None:
            found = self._style_font(props.find(_W + "rStyle").get(_W + "val"))
            if found:
                return found
        return self._paragraph_font(paragraph) or self._default

    def _paragraph_font(self, paragraph: Any) -> str | None:
        if paragraph is None or self._paragraph[0] is not paragraph:
            p_props = paragraph.find(_W + "pPr") if paragraph is not None else None
            p_style = p_props.find(_W + "pStyle") if p_props is not None else None
            self._paragraph = (paragraph, self._style_font(
                p_style.get(_W + "val") if p_style is not None else "Normal"))
        return self._paragraph[1]

    def legacy(self, run: Any, paragraph: Any) -> tuple[str, str] | None:
        """The old encoding and the font ``run`` of ``paragraph`` is typed in (its text is
        read in Unicode by ``to_unicode``), or None: a run in a Unicode font, or in an old
        font's name but typed in Unicode. The runs of a paragraph in an old font are weighed
        together (``legacy.reads_old``: ``Cá nhân`` is no TCVN3 ``Cỏ nhõn``), as check reads
        them."""
        font = self.font(run, paragraph)
        encoding = encoding_of_font(font)
        if encoding is None or font is None:
            return None
        verdict = self._verdict(paragraph)
        if verdict is None:  # ``1.2.``, a name no dictionary holds: as the rest of the letter
            verdict = self._letter_leaning(paragraph)
        return (encoding, font) if verdict else None

    def _verdict(self, paragraph: Any) -> bool | None:
        if paragraph not in self._weighed:
            self._weighed[paragraph] = self._old(paragraph)
        return self._weighed[paragraph]

    def _letter_leaning(self, paragraph: Any) -> bool:
        """Whether more of the letter's paragraphs in an old font were typed in its encoding
        than in Unicode, each weighed once (check reads them so: ``check/reader.py``)."""
        if self._leaning is None:
            told = [self._verdict(p) for p in paragraph.getroottree().iter(_W + "p")
                    if any(encoding_of_font(self.font(r, p)) for r in p.iter(_W + "r"))]
            self._leaning = told.count(True) > told.count(False)
        return self._leaning

    def _old(self, paragraph: Any) -> bool | None:
        typed, old, legacy = [], [], []
        for run in paragraph.iter(_W + "r"):
            font = self.font(run, paragraph)
            encoding = encoding_of_font(font)
            text = "".join(t.text or "" for t in run.iter(_W + "t"))
            typed.append(text)
            legacy.extend([text] if encoding else [])
            if encoding == "tcvn3":  # ư, which LibreOffice writes as a soft hyphen
                text = "".join(c.text or "" if c.tag == _W + "t" else "\u00ad"
                               for c in run.iter(_W + "t", _W + "softHyphen"))
            old.append(read_in(text, encoding, font or "") if encoding else text)
        if not any(text.strip() for text in legacy) or any(map(typed_in_unicode, legacy)):
            return False
        return reads_old("".join(typed), "".join(old))

    def encodings(self, body: Any) -> set[str]:
        """The legacy encodings the runs of ``body`` are typed in (a run typed in Unicode under
        a legacy font's name is not)."""
        out = set()
        for paragraph in body.iter(_W + "p"):
            for run in paragraph.iter(_W + "r"):
                found = self.legacy(run, paragraph)
                if found and any(t.text for t in run.iter(_W + "t")):
                    out.add(found[0])
        return out


def _font(props: Any | None) -> str | None:
    fonts = props.find(_W + "rFonts") if props is not None else None
    if fonts is None:
        return None
    # the slots Latin letters are drawn with: a font named for complex scripts alone (w:cs,
    # ".VnTime" beside an "Arial" of the style) draws none of a Vietnamese letter's text
    return fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")
