"""A small pure-Python PDF writer for notes: Helvetica text, wrapped lines, as many pages as needed.

No Qt outside ``ui/`` and no third-party PDF dependency: a note is headings and paragraphs, which
the base-14 fonts with WinAnsi encoding cover. Streams are left uncompressed (notes are small).
Characters outside Windows-1252 are replaced by "?" rather than dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 612.0, 792.0  # US Letter, points
MARGIN = 72.0
BODY_SIZE, HEADING_SIZE, TITLE_SIZE = 10.5, 12.0, 15.0
# Helvetica's mean advance is ~0.5 em; 0.55 keeps wrapped lines safely inside the margin.
_EM_PER_CHAR = 0.55


@dataclass(frozen=True)
class PdfLine:
    """One laid-out line: text, font (F1 regular, F2 bold) and size."""

    text: str
    font: str
    size: float


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text: str, size: float, width: float = PAGE_WIDTH - 2 * MARGIN) -> list[str]:
    """Greedy word wrap for ``size``-point Helvetica; long words are split."""
    limit = max(8, int(width / (size * _EM_PER_CHAR)))
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            while len(word) > limit:
                if current:
                    lines.append(current)
                    current = ""
                lines.append(word[:limit])
                word = word[limit:]
            candidate = f"{current} {word}" if current else word
            if len(candidate) > limit:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def layout(title: str, sections: Sequence[tuple[str, str]]) -> list[PdfLine]:
    """Title, then each (heading, body) pair, as lines."""
    lines = [PdfLine(part, "F2", TITLE_SIZE) for part in wrap(title, TITLE_SIZE)]
    lines.append(PdfLine("", "F1", BODY_SIZE))
    for heading, body in sections:
        lines.extend(PdfLine(part, "F2", HEADING_SIZE) for part in wrap(heading, HEADING_SIZE))
        lines.extend(PdfLine(part, "F1", BODY_SIZE) for part in wrap(body, BODY_SIZE))
        lines.append(PdfLine("", "F1", BODY_SIZE))
    return lines


def _pages(lines: Sequence[PdfLine]) -> list[bytes]:
    pages: list[bytes] = []
    commands: list[bytes] = []
    y = PAGE_HEIGHT - MARGIN
    for line in lines:
        leading = line.size * 1.35
        if y - leading < MARGIN and commands:
            pages.append(b"\n".join(commands))
            commands, y = [], PAGE_HEIGHT - MARGIN
        y -= leading
        if line.text:
            commands.append(
                b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET"
                % (line.font.encode(), line.size, MARGIN, y, _escape(line.text))
            )
    pages.append(b"\n".join(commands))
    return pages


def render_pdf(title: str, sections: Sequence[tuple[str, str]]) -> bytes:
    """A complete PDF document (bytes) with ``title`` and (heading, body) sections."""
    contents = _pages(layout(title, sections))
    first_page = 5
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (
            b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(contents))),
            len(contents),
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for index, stream in enumerate(contents):
        page_number = first_page + 2 * index
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (int(PAGE_WIDTH), int(PAGE_HEIGHT), page_number + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream) + 0, stream))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
