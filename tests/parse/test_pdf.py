"""PDF text layers: pages in order, a named error for scans, broken and locked files."""
import io

import pytest
from pypdf import PdfReader, PdfWriter

from extractor.errors import MalformedInput
from extractor.parse import parse_bytes
from extractor.parse.pdf import parse_pdf

from .pdf_builder import make_pdf


def test_text_layer_pages_in_order():
    data = make_pdf(["Autologous stem cells for thin endometrium", "",
                     "Twelve women completed follow-up"])
    document = parse_bytes(data, "paper.pdf")[0]
    assert document.kind == "pdf" and document.doc_id.startswith("sha256:")
    assert document.text == ("Autologous stem cells for thin endometrium\n\n"
                             "Twelve women completed follow-up")
    assert [name for name, _, _ in document.sections] == ["page_1", "page_3"]
    assert document.metadata["page_count"] == 3
    assert document.title == "Autologous stem cells for thin endometrium"


def test_information_dictionary_title_wins():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Body text of the paper"]))))
    writer.add_metadata({"/Title": "Stem cells and ovarian reserve", "/Author": "A. Author"})
    buffer = io.BytesIO()
    writer.write(buffer)
    document = parse_pdf(buffer.getvalue(), "paper.pdf")[0]
    assert document.title == "Stem cells and ovarian reserve"
    assert document.metadata["pdf_author"] == "A. Author"


def locked_pdf(password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Confidential trial data"]))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_encrypted_without_user_password_is_read():
    assert "Confidential" in parse_pdf(locked_pdf(""), "open.pdf")[0].text


BAD = [
    (make_pdf(["", ""]), "no text layer (scanned?); run OCR first"),
    (locked_pdf("secret"), "encrypted with a password"),
    (make_pdf(["Stem cells"])[:70], "cannot be read"),
]


@pytest.mark.parametrize("data,reason", BAD, ids=["scanned", "locked", "truncated"])
def test_bad_pdfs(data, reason):
    with pytest.raises(MalformedInput) as caught:
        parse_pdf(data, "bad.pdf")
    assert str(caught.value).startswith("bad.pdf: ") and reason in caught.value.reason
