"""The bulk run's messages that speak of the command line told in the desk's own words (the
page Gửi hàng loạt); ``retold.py`` holds the others and joins these to them."""

from __future__ import annotations

from ntm_docgen.i18n import N_

#: The library's sentence (its catalog id) -> the desk's, with the same placeholders.
ON_BULK: dict[str, str] = {
    N_("noi_nhan: “{item}” names every recipient already: each letter would list its own "
       "addressee above it"):
    N_("Nơi nhận: “{item}” names every recipient already: each letter would list its own "
       "addressee above it"),
    N_("so: {so} in the spec is replaced by each letter's own number from the register"):
    N_("so: {so} in the letter is replaced by each letter's own number from the register"),
    N_("ban_sao.so: {so} in the spec is replaced by each copy's own number from the "
       "register"):
    N_("ban_sao.so: {so} in the letter's copy block is replaced by each copy's own number "
       "from the register"),
    N_("the spec's issuer is of {issuer} (co_quan, dia_danh), but --xa-cua addresses the "
       "communes of {province}: check that the letter is meant for them"):
    N_("the letter's issuer is of {issuer} (its issuing body and place), but the province "
       "chosen is {province}: check that the letter is meant for its communes"),
    N_("{name} is no longer a province: since {since} it is part of {merged}; use --xa-cua "
       "\"{merged}\""):
    N_("{name} is no longer a province: since {since} it is part of {merged}; choose "
       "{merged} in the list"),
    N_("so: every letter carries the spec's number {so}, but what the register records of "
       "them differs from letter to letter ({fields}, filled from column {columns}): they are "
       "different documents, and a number with its ký hiệu is given once a year; give each "
       "letter its own number from the register (--so-rieng)"):
    N_("so: every letter carries the letter's number {so}, but what the register records of "
       "them differs from letter to letter ({fields}, filled from column {columns}): they are "
       "different documents, and a number with its ký hiệu is given once a year; a bulk run "
       "on the desk gives its letters only the letter's one number: leave “Number” empty, so "
       "that they are made unnumbered, and number each letter as it is sent"),
    N_("ban_sao: the letters are drafts (no so yet), and a copy is made only of an issued "
       "letter: each letter's copy block copies a draft; give each letter its number with "
       "--so-rieng, or leave out ban_sao and copy the issued letters"):
    N_("the letters are drafts (no number yet), and a copy is made only of an issued letter: "
       "each letter's copy block copies a draft; leave out the copy block, and copy each "
       "letter once it is issued"),
}

#: A bulk run's row whose letter takes a value from the list of recipients: the list's cell is
#: what to change, not a field of the form.
IN_A_ROW: dict[str, str] = {
    N_("unknown type; use a Phụ lục III code (HD, KH, BC, QĐ, TB, TTr, GM, ...), its name, or "
       "CV for a công văn (`ntm-docgen types` lists them)"):
    N_("unknown type; write in the list a Phụ lục III code (HD, KH, BC, QĐ, TB, TTr, GM, ...), "
       "its name, or CV for a công văn"),
}
