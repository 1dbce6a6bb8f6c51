"""Everything the Ombudsman reads: the form PDF, addendum, attachment pages, stamping,
official-PDF filling. No Qt; everything in memory (bytes), never a plaintext temp file.

Public API (imported lazily: reportlab and pypdf are slow to import):

    render_case_pdf(case, attachments=(), RenderOptions(preview=, stamp=, ...)) -> bytes
    render_packet(...) -> RenderResult(pdf, pages, unmapped_required, missing_characters)
    case_attachments(vault, record) -> [AttachmentInput]     decrypted into memory
    render_form(case, FormOptions(...)) -> bytes            form + addendum only
    AttachmentInput(filename, data, category, title, password)
    attachments_to_pdf(items, index=True) -> bytes          index page + pages
    inspect_attachment(filename, data, password=None) -> (kind, pages)   check on attach
    stamp_pages(pdf, StampHeader(name, a_number, receipt)) -> bytes
    stamp_header(case) -> StampHeader
    watermark_preview(pdf) -> bytes
    page_count(pdf) -> int;  merge_pdfs([bytes, ...]) -> bytes
    list_fields(pdf) / fill_official_pdf(pdf, field_map_text, case) -> FillReport
Errors: AttachmentError (names the file), PasswordNeeded, AttachmentProblems; all are
UserFacingError.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "render_case_pdf": "packet",
    "render_packet": "packet",
    "RenderResult": "packet",
    "case_attachments": "case_files",
    "RenderOptions": "packet",
    "stamp_header": "packet",
    "render_form": "form_pdf",
    "FormOptions": "form_pdf",
    "AttachmentInput": "case_files",
    "attachments_to_pdf": "attachments",
    "inspect_attachment": "attachments",
    "stamp_pages": "stamping",
    "StampHeader": "stamping",
    "watermark_preview": "stamping",
    "page_count": "pdf_input",
    "merge_pdfs": "pdf_input",
    "list_fields": "official_pdf",
    "fill_official_pdf": "official_pdf",
    "AttachmentError": "errors",
    "PasswordNeeded": "errors",
    "AttachmentProblems": "errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
