"""The whole document as the Ombudsman receives it: form, addendum, index, attachments."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pypdf import PdfReader, PdfWriter

from ombud_desktop.core.facts import (
    SIGNED_FORM,
    WET_INK,
    first_receipt_number,
    signature_method,
    subject_display_name,
)
from ombud_desktop.core.model import Case
from ombud_desktop.documents.attachments import AttachmentPages, convert_all
from ombud_desktop.documents.case_files import (  # noqa: F401  (case_files: also from here)
    AttachmentInput,
    case_attachments,
    documents_without_file,
)
from ombud_desktop.documents.form_pdf import FormOptions, render_form_pages
from ombud_desktop.documents.index_page import index_pages_needed, index_pdf
from ombud_desktop.documents.pdf_input import merge_pages, merge_pdfs, page_count
from ombud_desktop.documents.stamping import StampHeader, stamp_pages, watermark_preview
from ombud_desktop.documents.values import format_a_number
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


@dataclass
class RenderOptions:
    """preview: watermark "PREVIEW — NOT SIGNED" and leave the signature out.
    stamp: header with name, A-number, first receipt number, "page X of N" on every page.
    signature_image: the drawn signature (PNG bytes) for the final copy.
    index: put the index page in front of the attachments.
    official_pdf / field_map: fill this official fillable PDF instead of drawing the form."""

    preview: bool = False
    stamp: bool = False
    signature_image: bytes | None = None
    today: date | None = None
    index: bool = True
    official_pdf: bytes | None = field(default=None, repr=False)
    field_map: str = ""


@dataclass
class RenderResult:
    pdf: bytes = field(repr=False)
    pages: int
    unmapped_required: list[str] = field(default_factory=list)  # official PDF only
    missing_characters: set[str] = field(default_factory=set)  # drawn as empty boxes


def stamp_header(case: Case) -> StampHeader:
    """The header of stamped pages: subject, A-number, first receipt number."""
    a_number = case.get("subject.a_number")
    return StampHeader(
        subject_display_name(case),
        format_a_number(a_number) if isinstance(a_number, str) and a_number else "",
        first_receipt_number(case),
    )


def render_case_pdf(
    case: Case, attachments: Sequence[AttachmentInput] = (), options: RenderOptions | None = None
) -> bytes:
    """The complete PDF in memory (see render_packet)."""
    return render_packet(case, attachments, options).pdf


@dataclass
class Packet:
    """The packet's pieces before they are joined: the form (drawn, or the filled official
    PDF), the attachments turned into pages, and their index, numbered on request."""

    form: bytes = field(repr=False)
    form_pages: int
    documents: list[AttachmentPages] = field(default_factory=list, repr=False)
    unmapped_required: list[str] = field(default_factory=list)  # official PDF only
    # the signed form's pages, in the form where its unsigned signature page was
    signed_form: list[tuple[AttachmentPages, int]] = field(default_factory=list, repr=False)

    @property
    def listed(self) -> bool:
        return bool(self.documents or self.signed_form)

    @property
    def index_pages(self) -> int:
        return index_pages_needed(self.documents, self.signed_form) if self.listed else 0

    def index(self, first_page: int) -> bytes:
        """The index page(s), numbering the documents from `first_page` (the index's own
        first page) on; the signed form is listed first, where it is in the form."""
        before_form = first_page - self.form_pages - 1  # a fax or mail cover's pages
        placed = [(item, page + before_form) for item, page in self.signed_form]
        return index_pdf(self.documents, first_page=first_page, placed=placed)

    def joined(self, *, index: bool = True) -> bytes:
        """Form, index and documents as one PDF, in that order."""
        parts: list[PdfReader | PdfWriter | bytes] = [self.form]
        if self.listed and index:
            parts.append(self.index(first_page=self.form_pages + 1))
        parts.extend(item.reader for item in self.documents)
        return merge_pdfs(parts) if len(parts) > 1 else self.form


def compose_packet(
    case: Case,
    attachments: Sequence[AttachmentInput] = (),
    options: RenderOptions | None = None,
    step: Callable[[str], object] = lambda _text: None,
) -> Packet:
    """The one place the packet is put together: the preview, `render` and every export
    start here. `step` hears each stage's English description (an export's progress).
    Raises AttachmentError / AttachmentProblems naming any attachment that cannot become
    pages (the case itself is never touched)."""
    options = options or RenderOptions()
    step(QT_TRANSLATE_NOOP("export_steps", "Making the form PDF"))
    unmapped: list[str] = []
    if options.official_pdf is not None:
        from ombud_desktop.documents.official_pdf import fill_official_pdf

        filled = fill_official_pdf(options.official_pdf, options.field_map, case)
        form, unmapped = filled.pdf, filled.unmapped_required
        signature_page = None
    else:
        drawn = render_form_pages(
            case, FormOptions(options.preview, options.signature_image, options.today)
        )
        form, signature_page = drawn.pdf, drawn.signature_page
    step(QT_TRANSLATE_NOOP("export_steps", "Turning the documents into pages"))
    documents = convert_all(list(attachments)) if attachments else []
    signed = [d for d in documents if d.source.category == SIGNED_FORM]
    if not signed or signature_page is None or signature_method(case) != WET_INK:
        return Packet(form, page_count(form), documents, unmapped)
    # the signed scan takes the place of the unsigned signature page
    reader = PdfReader(io.BytesIO(form))
    before, after = reader.pages[:signature_page], reader.pages[signature_page + 1 :]
    form = merge_pages([*before, *(p for item in signed for p in item.reader.pages), *after])
    placed, at = [], signature_page + 1
    for item in signed:
        placed.append((item, at))
        at += item.pages
    rest = [d for d in documents if d.source.category != SIGNED_FORM]
    return Packet(form, page_count(form), rest, unmapped, placed)


def page_to_sign(case: Case, today: date | None = None) -> bytes:
    """The form's signature page alone, to print and sign in ink, stamped with the
    person's name, A-Number and receipt number so the scan finds its case."""
    drawn = render_form_pages(case, FormOptions(today=today))
    page = PdfReader(io.BytesIO(drawn.pdf)).pages[drawn.signature_page]
    return stamp_pages(merge_pages([page]), stamp_header(case))


def render_packet(
    case: Case, attachments: Sequence[AttachmentInput] = (), options: RenderOptions | None = None
) -> RenderResult:
    """Form (or filled official PDF), index and attachment pages as one PDF, watermarked
    or stamped on request."""
    options = options or RenderOptions()
    packet = compose_packet(case, attachments, options)
    pdf = packet.joined(index=options.index)
    if options.preview:
        pdf = watermark_preview(pdf)
    if options.stamp:
        pdf = stamp_pages(pdf, stamp_header(case))
    return RenderResult(pdf, page_count(pdf), packet.unmapped_required, _missing_characters(case))


def _missing_characters(case: Case) -> set[str]:
    from ombud_desktop.documents.fonts import missing_characters

    found: set[str] = set()
    for _, value in case.leaves():
        if isinstance(value, str):
            found |= missing_characters(value)
    return found
