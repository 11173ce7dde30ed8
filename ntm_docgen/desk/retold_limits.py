"""The limits on a file (``files/limits.py``) told on the desk: a clerk cannot set the
environment variable that raises one, the administrator of the desk can (as the upload's own
limit says); and a spec is the letter's file there."""

from __future__ import annotations

from ntm_docgen.i18n import N_

#: The library's sentence (its catalog id) -> the desk's, with the same placeholders.
RETOLD_LIMITS: dict[str, str] = {
    N_("{what} is over the limit of {limit}; if the file is genuine, raise the limit with the "
       "environment variable {env}"):
    N_("{what} is over the limit of {limit}; if the file is genuine, ask the administrator to "
       "raise the limit ({env})"),
    N_("{what} is {found}, over the limit of {limit}; if the file is genuine, raise the limit "
       "with the environment variable {env}"):
    N_("{what} is {found}, over the limit of {limit}; if the file is genuine, ask the "
       "administrator to raise the limit ({env})"),
    N_("{what} is {found}, over the limit of {limit}: print the pages that hold the letter's "
       "header and the parts to keep to a PDF of their own and make the TRÍCH SAO from that, "
       "or raise the limit with the environment variable {env}"):
    N_("{what} is {found}, over the limit of {limit}: print the pages that hold the letter's "
       "header and the parts to keep to a PDF of their own and choose that file, or ask the "
       "administrator to raise the limit ({env})"),
    N_("{what} is {found}, over the limit of {limit}: the letter itself is usually on its "
       "first pages; print those to a PDF of their own and import that, or raise the limit "
       "with the environment variable {env}"):
    N_("{what} is {found}, over the limit of {limit}: the letter itself is usually on its "
       "first pages; print those to a PDF of their own and choose that file, or ask the "
       "administrator to raise the limit ({env})"),
    N_("tables of {limit} cells at most; put a longer list in a spreadsheet sent with the "
       "letter, or raise the limit with the environment variable {env}"):
    N_("tables of {limit} cells at most; put a longer list in a spreadsheet sent with the "
       "letter, or ask the administrator to raise the limit ({env})"),
    N_("lists of {limit} lines at most; put a longer list in a spreadsheet sent with the "
       "letter, or raise the limit with the environment variable {env}"):
    N_("lists of {limit} lines at most; put a longer list in a spreadsheet sent with the "
       "letter, or ask the administrator to raise the limit ({env})"),
    # a letter's file too large (Soạn văn bản: Mở; Gửi hàng loạt)
    N_("the spec file's size"): N_("the letter file's size"),
    N_("the number of lines in one list of the spec"):
    N_("the number of lines in one list of the letter file"),
    N_("the spec's text in characters, with every YAML alias counted as what it repeats"):
    N_("the letter file's text in characters, with every YAML alias counted as what it "
       "repeats"),
    N_("the number of values in the spec, with every YAML alias counted as what it repeats"):
    N_("the number of values in the letter file, with every YAML alias counted as what it "
       "repeats"),
}
