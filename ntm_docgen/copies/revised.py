"""A Word original still holding tracked changes or comments is refused: a SAO Y or TRÍCH SAO
certifies the document as issued (Điều 25), not a revision history."""

from __future__ import annotations

from ntm_docgen.copies.package import DocxPackage
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.revisions import Pending, pending_in_package
from ntm_docgen.files.wordfile import part_relationships
from ntm_docgen.i18n import _


def pending_of(package: DocxPackage) -> Pending:
    """The tracked changes and comments of an opened original, in every part that prints."""
    related = part_relationships(package.path, package.data, package.main)
    return pending_in_package(package.data, package.main, package.root, related)


def refuse_pending(package: DocxPackage) -> None:
    """Refuse an original whose text is not yet one text: which changes and comments are
    pending, and what to do in Word before copying it again."""
    found = pending_of(package)
    if not found:
        return
    if found.changes and found.comments:
        reason = _("still holds changes tracked in Word that no one accepted or rejected, and "
                   "comments ({what}): a copy certifies the document as it was issued, and this "
                   "file does not yet read as one text. Open it in Word, accept or reject every "
                   "change as the issued document reads (Review > Accept or Reject), delete the "
                   "comments (Review > Delete All Comments), save it and copy it again")
    elif found.changes:
        reason = _("still holds changes tracked in Word that no one accepted or rejected "
                   "({what}): a copy certifies the document as it was issued, and this file does "
                   "not yet read as one text. Open it in Word, accept or reject every change as "
                   "the issued document reads (Review > Accept or Reject), save it and copy it "
                   "again")
    else:
        reason = _("still holds Word comments ({what}), which Word prints in the margin: a copy "
                   "certifies the document as it was issued, without them. Open it in Word, "
                   "delete the comments (Review > Delete All Comments), save it and copy it again")
    raise InputFileError(package.path, reason.format(what=found.told()))
