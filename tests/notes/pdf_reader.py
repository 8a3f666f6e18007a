"""Just enough of a PDF reader to check what pdf_export writes (no PDF library is installed)."""

from __future__ import annotations

import re


def check_structure(pdf: bytes) -> dict[int, bytes]:
    """Verify header, xref offsets and trailer; return {object number: object body}."""
    assert pdf.startswith(b"%PDF-1.4\n") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF", pdf).group(1))  # type: ignore[union-attr]
    assert pdf[startxref:].startswith(b"xref\n")
    header = re.match(rb"xref\n0 (\d+)\n", pdf[startxref:])
    assert header is not None
    count = int(header.group(1))
    rows = pdf[startxref + header.end() :].split(b"\n")[:count]
    assert rows[0] == b"0000000000 65535 f "
    objects: dict[int, bytes] = {}
    for number, row in enumerate(rows[1:], start=1):
        assert len(row) == 19 and row.endswith(b" 00000 n ")  # 20 bytes with the newline
        offset = int(row[:10])
        assert pdf[offset:].startswith(b"%d 0 obj\n" % number), number
        end = pdf.index(b"\nendobj\n", offset)
        objects[number] = pdf[offset + len(b"%d 0 obj\n" % number) : end]
    trailer = re.search(rb"trailer\n<< /Size (\d+) /Root 1 0 R >>", pdf)
    assert trailer is not None and int(trailer.group(1)) == count
    for body in objects.values():
        if b"stream\n" in body:
            length = int(re.search(rb"/Length (\d+)", body).group(1))  # type: ignore[union-attr]
            start = body.index(b"stream\n") + len(b"stream\n")
            assert body[start + length :] == b"\nendstream"
    return objects


def page_texts(pdf: bytes) -> list[str]:
    """The text shown on each page, one string per page (Tj operands, unescaped)."""
    objects = check_structure(pdf)
    kids = re.search(rb"/Kids \[([^\]]*)\]", objects[2]).group(1)  # type: ignore[union-attr]
    pages = [int(n) for n in re.findall(rb"(\d+) 0 R", kids)]
    texts: list[str] = []
    for page in pages:
        content = int(re.search(rb"/Contents (\d+) 0 R", objects[page]).group(1))  # type: ignore[union-attr]
        shown = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", objects[content])
        texts.append("\n".join(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252") for s in shown))
    return texts
