"""Render a letter spec to DOCX (and PDF): the front door of the layout layer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.files.output import check_output, write_bytes, write_files
from ntm_docgen.letter.context import letter_context
from ntm_docgen.letter.layout import CompiledTemplate, compiled
from ntm_docgen.letter.phuluc import landscape, phu_luc_context
from ntm_docgen.letter.sections import join_sections
from ntm_docgen.letter.spec import Spec


def render_docx(spec: Spec, today: date) -> bytes:
    """The DOCX bytes of a letter with its appendices; ``today`` gives the year of a draft."""
    template, document = render_document(spec, today)
    return template.to_bytes(document)


def render_document(spec: Spec, today: date) -> tuple[CompiledTemplate, bytes]:
    """The letter's ``word/document.xml`` as UTF-8, and the template whose package holds it
    (``render_docx`` without the zip)."""
    template = compiled(spec.loai.layout)
    if not spec.phu_luc and spec.ban_sao is None:
        return template, template.render_utf8(letter_context(spec, today))
    xml = template.render_xml(letter_context(spec, today))
    if spec.phu_luc:  # the appendix template is compiled only for a letter that has one
        appendix = compiled("phu_luc")
        pages = [appendix.render_body(phu_luc_context(spec, item, index, today))
                 for index, item in enumerate(spec.phu_luc)]
        xml = join_sections(xml, pages, [landscape(item) for item in spec.phu_luc])
    if spec.ban_sao is not None:
        # The copy block closes the whole copied document, appendices included (as `copy` does).
        from ntm_docgen.letter.copyblock import append_copy_block

        xml = append_copy_block(xml, spec.ban_sao, today)
    return template, xml.encode("utf-8")


def render_spec(spec: Spec, out: Path | str, *, today: date, force: bool = False,
                pdf: bool = False, durable: bool = False) -> list[Path]:
    """Write the letter to ``out`` (.docx), and beside it a PDF when asked; return the paths
    (``durable``: the files on the disk when this returns, for a letter the register records)."""
    out = Path(out)
    pdf_path = out.with_suffix(".pdf")
    check_output(out, force)
    if pdf:
        check_output(pdf_path, force)
    data = render_docx(spec, today)
    if not pdf:
        write_bytes(out, data, force=force, durable=durable)
        return [out]
    # The PDF is made first, and both files written before either is put in place, so that
    # a failed conversion or a full disk leaves neither behind.
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.letter.paginate import letter_pdf

    converted = letter_pdf(data, pdf_bytes)
    return write_files([(out, data), (pdf_path, converted)], force=force, durable=durable)
