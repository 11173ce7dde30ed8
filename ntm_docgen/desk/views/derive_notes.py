"""What deriving a letter left to check, in the words of the page “Văn bản thực hiện” and of
the draft's editor: what could not be read of the letter from above said of where to type it,
a body chosen from the list said of the form's fields, and a guidance's page furniture left out."""

from __future__ import annotations

from ntm_docgen.desk import labels
from ntm_docgen.desk.retold import told
from ntm_docgen.i18n import N_, _


def furniture(warning: str) -> bool:
    """Whether a warning of ``derive`` only says that reading the guidance left its page
    numbers and running headers out (“1741-HD-BTĐKT.pdf: số trang … '2' (trang 2)”): nothing
    of the letter derived from it to check, and no fix, but one more note asked about again
    at Phát hành, for nearly every guidance sent as a PDF of two pages or more."""
    if getattr(warning, "msgid", None) != "{name}: {note}":
        return False
    note = str(getattr(warning, "values", {}).get("note", ""))
    said = N_("page numbers and running headers left out of the letter: {lines}")
    return note.startswith((said.split("{")[0], _(said).split("{")[0]))



def sample_signer(warning: str) -> bool:
    """Whether a warning of ``derive`` says the profile's signer is the forms' sample name: the
    draft's editor says it already, of its own field “Họ tên người ký”."""
    return str(getattr(warning, "msgid", "")).startswith('{path}: "{name}" is a sample name')

#: What could not be read of the letter implemented, said of the letter it is (the guidance
#: from above), not of the draft beside it: its number and date are typed where the draft
#: cites it, never in the draft's own “Number” and “Date”.
ON_THE_SOURCE: dict[str, str] = {
    N_("so: the number could not be read on the scan (written by hand?); it is left blank: "
       "write it from the paper"):
    N_("the number of this letter could not be read on the scan (written by hand?): type it "
       "from the paper where your letter cites it (“Thực hiện …”, “Căn cứ …”), not in "
       "“Number”, which is your letter's own"),
    N_("ngay: the day could not be read on the scan (written by hand?); the letter is written "
       "as a draft: write the date from the paper"):
    N_("the date of this letter could not be read on the scan (written by hand?): type it "
       "from the paper where your letter cites it (“Thực hiện …”, “Căn cứ …”), not in "
       "“Date”, which is your letter's own"),
    N_("the letter implemented has no number or date: the citation has none"):
    N_("The number or the date of the letter from above could not be read, so the line of "
       "your letter that cites it (“Thực hiện …”, “Căn cứ …”) lacks them: type them there "
       "from the paper."),
}


#: A body chosen from the list (saved on the page “Your issuer”, or shipped) without its drafting
#: unit: said of the form's fields and that page, not of a profile file and its keys.
ON_THE_PROFILE: dict[str, str] = {
    N_('{profile}: the profile names no drafting unit (don_vi), so the công văn is numbered '
       '"…/{code}" and its Lưu line reads "- Lưu: VT."; add the unit to the profile (don_vi: '
       'TH)'):
    N_("Your body has no drafting unit, so the công văn is numbered “…/{code}” and its Lưu "
       "line reads “- Lưu: VT.”: fill in “Drafting unit” (for example TH) in this letter; for "
       "the next ones, save your body with its drafting unit on the page “Your issuer”."),
    N_('{profile}: the profile names no drafting unit (don_vi), so the công văn is numbered '
       '"…/{code}"; add the unit to the profile (don_vi: TH)'):
    N_("Your body has no drafting unit, so the công văn is numbered “…/{code}”: fill in "
       "“Drafting unit” (for example TH) in this letter; for the next ones, save your body "
       "with its drafting unit on the page “Your issuer”."),
    N_('{profile}: the profile names no drafting unit (don_vi) and no luu, so the Lưu line '
       'reads "- Lưu: VT."; add the unit to the profile (don_vi: TH)'):
    N_("Your body has no drafting unit, so the Lưu line reads “- Lưu: VT.”: fill in “Kept at "
       "(Lưu)” (for example VT, TH) in this letter; for the next ones, save your body with its "
       "drafting unit on the page “Your issuer”."),
}


def notes(warning: str, uploaded: bool = False) -> str:
    """A warning of ``derive`` in the desk's words: fields by their labels, the deadline by
    the field of this page rather than the command line's option, what could not be read of
    the letter implemented as where to write it in the draft (:data:`ON_THE_SOURCE`), a body
    chosen from the list by the form's fields (:data:`ON_THE_PROFILE`; not a file of her own
    ``uploaded``, which is named with its keys)."""
    if warning == _("no --han given: the letter sets no deadline for reports"):
        return _("No deadline for reports was given: the letter sets none. Add it in the "
                 "text, or make the letter again with one.")
    return labels.named_note(told(warning, ON_THE_SOURCE if uploaded
                                  else {**ON_THE_SOURCE, **ON_THE_PROFILE}))


