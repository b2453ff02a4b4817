"""Hand-written PDF files for the ingest tests (no PDF writer among the dependencies):
numbered objects serialised with their cross-reference table."""

from __future__ import annotations


def pdf_escape(text: str) -> str:
    """``text`` as a PDF string literal's body: backslashes and brackets escaped."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_file(objects: list[str]) -> bytes:
    """A PDF 1.4 file of ``objects`` (object bodies, numbered from 1; object 1 is the
    catalogue), with its xref table and trailer. Bodies are Latin-1 text."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return out
