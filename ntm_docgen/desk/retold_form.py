"""The letter's warnings that speak of the spec's lists and keys told in the form's words: on
the desk a recipient is a line of its field, never an item of a list in brackets."""

from __future__ import annotations

from ntm_docgen.i18n import N_

#: The library's sentence (its catalog id) -> the desk's, with the same placeholders.
RETOLD_FORM: dict[str, str] = {
    # a letter's copy block of TRÍCH SAO under the whole letter (letter/addressing.py)
    N_("ban_sao.hinh_thuc: a TRÍCH SAO block certifies the text above it as the parts "
       "extracted, and this spec prints the whole letter under it: keep in noi_dung only the "
       "parts extracted, or leave out ban_sao and make the TRÍCH SAO of the issued letter with "
       "`ntm-docgen copy LETTER.docx --spec COPY.yaml --trich PARTS` (on the desk: Sao văn "
       "bản)"):
    N_("ban_sao.hinh_thuc: a TRÍCH SAO block certifies the text above it as the parts "
       "extracted, and this letter prints its whole text under it: keep in the Content box "
       "only the parts extracted, or choose no copy block and make the TRÍCH SAO of the issued "
       "letter on the page “Copy a document”"),
    # a line at the head of the body that the letter prints above it (letter/repeats.py)
    N_('noi_dung: the line "{line}" at its head repeats the type heading, which the '
       "letter prints above the body; it is printed once (delete it from noi_dung)"):
    N_('noi_dung: the line "{line}" at its head repeats the type heading, which the letter '
       "prints above the body; it is printed once (delete that line from the Content box)"),
    N_('noi_dung: the line "{line}" at its head repeats the line before the articles, '
       "which the letter prints above the body; it is printed once (delete it from "
       "noi_dung)"):
    N_('noi_dung: the line "{line}" at its head repeats the line before the articles, which '
       "the letter prints above the body; it is printed once (delete that line from the "
       "Content box)"),
    N_('noi_dung: the line "{line}" at its head repeats the trích yếu, which the '
       "letter prints above the body; it is printed once (delete it from noi_dung)"):
    N_('noi_dung: the line "{line}" at its head repeats the trích yếu, which the letter '
       "prints above the body; it is printed once (delete that line from the Content box)"),
    N_('noi_dung: the line "{line}" at its head repeats tham_quyen, which the '
       "letter prints above the body; it is printed once (delete it from "
       "noi_dung)"):
    N_('noi_dung: the line "{line}" at its head repeats the issuing authority line, which '
       "the letter prints above the body; it is printed once (delete that line from the "
       "Content box)"),
    # the copy block's ký hiệu of another form: warned, and refused a number (Phát hành)
    N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but this copy is a "
       "{form}, whose ký hiệu begins with {own} ({expected}): correct ky_hieu, or leave it out "
       "to have {expected}"):
    N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but this copy is a "
       "{form}, whose ký hiệu begins with {own} ({expected}): correct the Ký hiệu, or leave it "
       "empty to have {expected}"),
    N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but this copy is a "
       "{form}, whose ký hiệu begins with {own} ({expected}): correct ky_hieu, or leave it out "
       "to have {expected}; no number was taken"):
    N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but this copy is a "
       "{form}, whose ký hiệu begins with {own} ({expected}): correct the Ký hiệu, or leave it "
       "empty to have {expected}; no number was taken"),
    # Phát hành of a Giấy mời that says nothing (register/numbered.py)
    N_("noi_dung: the Giấy mời says nothing yet: write what the meeting is about, its time "
       "and place, and whom it invites before it is numbered; no number was taken"):
    N_("The Giấy mời is not issued: it says nothing yet. Write in “Content” what the meeting "
       "is about, its time and place, and whom it invites, then issue it; no number was "
       "taken."),
    N_("kinh_gui: a công văn is sent to someone, named after “Kính gửi:” under its trích yếu, "
       "and this one names no one: add kinh_gui"):
    N_("kinh_gui: a công văn is sent to someone, named after “Kính gửi:” under its trích yếu, "
       "and this one names no one: fill in “To (Kính gửi)”"),
    N_('{path}: "{item}" begins in lower case: if it is a part of the recipient before it, '
       "cut off at a comma (a list written in [ ] is cut at every comma), write each recipient "
       'on a line of its own, "- {joined}"'):
    N_('{path}: "{item}" begins in lower case, as the end of the recipient on the line before '
       'it: if it is, put the two on one line, "{joined}"'),
    N_("“{line}” is the Lưu line: it belongs in luu (“luu: {value}”), not in noi_nhan; the "
       "letter prints it last, once"):
    N_("“{line}”, read from the file, is the Lưu line: type “{value}” in “Kept at (Lưu)” and "
       "leave this line of the recipients empty; the letter prints it last, once"),
    N_("“{line}”: a second “- ” made this item a list inside the list; the layout adds the "
       "“- ”: write the line once, after one “- ”"):
    N_("“{line}”, read from the file, was a list inside the list: type the line again here, "
       "without its “- ”"),
    N_("“{line}” was read as a key and its value because of its colon: put the whole line in "
       "double quotes: - \"{line}\""):
    N_("“{line}”, read from the file, was a key and its value because of its colon: type the "
       "line again here"),
    # a footnote of a PDF read set apart from the body: put back in the form's field, the
    # text in the desk's quotes (the library's sentence quotes it as a program does: '…')
    N_("page {page}: a footnote was kept out of the body: {text!r}; put it back in noi_dung "
       "if the letter needs it"):
    N_("page {page}: a footnote was kept out of the body: “{text}”; put it back in “Content” "
       "if the letter needs it"),
}
