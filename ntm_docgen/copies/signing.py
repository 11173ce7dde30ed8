"""Sign a copy's PDF with the copying body's certificate (a PKCS#12 file) through pyHanko."""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.spec import BanSao

FIELD = "ChuKySoCoQuan"


def sign_pdf(data: bytes, certificate: Path | str | bytes, passphrase: str | None,
             ban_sao: BanSao) -> bytes:
    """The PDF with an incremental PAdES signature by the certificate's key (a .p12 file, or
    its bytes held in memory)."""
    with warnings.catch_warnings():  # cryptography 51 deprecates DSA, which pyHanko imports
        warnings.filterwarnings("ignore", message="DSA is deprecated")
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers

    signer = load_signer(certificate, passphrase)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD, reason=f"{ban_sao.hinh_thuc}", location=ban_sao.dia_danh,
        name=" ".join(ban_sao.co_quan.ten.split()))
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


def load_signer(certificate: Path | str | bytes, passphrase: str | None) -> Any:
    """The certificate's signer, or the refusal of a file or password that does not open it:
    run also before a copy's number is taken (review11 #3: a mistyped password used one up)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="DSA is deprecated")
        from pyhanko.sign import signers

    secret = passphrase.encode() if passphrase else None
    if isinstance(certificate, bytes):  # given in memory (the desk): never written to disk
        path: Path | str = _("the certificate")
    else:
        path = Path(certificate)
        if not path.is_file():
            raise InputFileError(path, _("no such file; give the copying body's .p12 "
                                         "certificate"))
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        if isinstance(certificate, bytes):
            signer = signers.SimpleSigner.load_pkcs12_data(certificate, other_certs=(),
                                                            passphrase=secret)
        else:
            signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(path), passphrase=secret)
    except (ValueError, TypeError) as e:
        raise InputFileError(path, _("could not be read as a PKCS#12 certificate with its key: "
                                     "check the file and the password")) from e
    finally:
        logger.setLevel(level)
    if signer is None:
        raise InputFileError(path, said(N_("could not be read as a PKCS#12 certificate with its "
                                           "key: check the file and the password (--sign-pass or "
                                           "NTM_DOCGEN_SIGN_PASS)")))
    return signer
