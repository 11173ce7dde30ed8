"""Where a line typed after tabs prints: its middle, from the tab stops it reaches, by kind."""

from __future__ import annotations

from ntm_docgen.check.geometry import run_width
from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import Styles, next_tab_stop, tab_kinds


def tabbed_middle(para: Para, styles: Styles, width: float) -> float | None:
    """The middle (twips from the left margin) of the text of ``para``, ``width`` wide, typed
    after the tabs that open it, as Word and LibreOffice lay it out: each tab takes it to the
    next stop of the paragraph and its style (a default stop past them); the last one reached
    places it by its kind (left: the text starts there; centre: its middle is there; right: it
    ends there). None when the paragraph does not open with tabs, or opens with other blanks.

    A header's page number after two tabs, on stops centred at 76.2 and 82 mm: its middle at
    82 mm, where LibreOffice prints it."""
    lead = para.text[:len(para.text) - len(para.text.lstrip())]
    if "\t" not in lead or lead.strip("\t"):
        return None
    kinds = tab_kinds(styles.para_levels(para.el))
    pos, kind = para.props.left + para.props.first_line, "left"
    for _tab in range(lead.count("\t")):
        pos = next_tab_stop(pos, para.props, styles.default_tab)
        kind = kinds.get(pos, "left")
    return {"left": pos + width / 2, "right": pos - width / 2}.get(kind, float(pos))


def typed_width(para: Para, styles: Styles) -> float:
    """The width (twips from the left indent) of a paragraph of one line as typed: every space
    counted, each tab taken to the next stop. A header typed in two columns with the space bar
    and tabs ("VĂN PHÒNG UBND TỈNH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") keeps to
    one line only while this fits its text's width."""
    pos: float = para.props.left + para.props.first_line
    for run in para.runs:
        for i, piece in enumerate(run.text.split("\t")):
            if i:
                pos = next_tab_stop(round(pos), para.props, styles.default_tab)
            pos += run_width(piece, run.props)
    return pos - para.props.left
