"""What Văn bản thực hiện refuses of the letter to implement, told on the desk: there the clerk
chooses a file on the page, and has no command to run nor spec to fill in."""

from __future__ import annotations

from ntm_docgen.i18n import N_

#: The library's sentence (its catalog id) -> the desk's, with the same placeholders.
RETOLD_DERIVE: dict[str, str] = {
    N_("reads as text without Vietnamese marks: only {share} in 100 of its letters carry one, "
       "where a Vietnamese letter has about a quarter (an OCR run without the Vietnamese "
       "model?), and a letter derived from it would print its words so; derive from the scan "
       "itself (PDF or image), which is read with the Vietnamese model, or run `ntm-docgen "
       "import` on this file, type the trích yếu, the issuer and the text with their marks into "
       "the spec it writes, and derive from that spec"):
    N_("reads as text without Vietnamese marks: only {share} in 100 of its letters carry one, "
       "where a Vietnamese letter has about a quarter (an OCR run without the Vietnamese "
       "model?), and a letter derived from it would print its words so; choose the scan itself "
       "here (PDF or image), which is read with the Vietnamese model, or open this file with "
       "“Compose a letter”, type the trích yếu, the issuer and the text with their marks, "
       "download it as Word (.docx) and choose that file here"),
    N_("{cited} asks for no report: the letter asks none and attaches no outline; give --han "
       "to ask for a report by that day"):
    N_("{cited} asks for no report: the letter asks none and attaches no outline; fill in the "
       "deadline for reports to ask for a report by that day"),
}
