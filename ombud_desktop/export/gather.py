"""From a case in the vault to an ExportSource: the form rendered, every attachment read
from the vault into memory and turned into pages, and the facts the cover pages print."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ombud_desktop.core.facts import (
    WET_INK,
    receipt_numbers,
    signature_method,
    signed_form_missing,
    subject_display_name,
)
from ombud_desktop.core.json_types import JsonObject
from ombud_desktop.core.model import Case
from ombud_desktop.core.ui_state import UiState
from ombud_desktop.documents.case_files import (
    AttachmentInput,
    case_attachments,
    documents_without_file,
)
from ombud_desktop.documents.form_parts import part_number
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.readme import Translate
from ombud_desktop.export.source import ExportDocument, ExportSource, Sender
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault
    from ombud_desktop.vault.records import CaseRecord

EXTRA_CHECKS = {
    "attorney": "A copy of Form G-28 (on file with USCIS) is enclosed.",
    "helper": "The written consent of the person the request is about is enclosed "
    f"(the signed Part {part_number('consent')} or a separate consent).",
}


@dataclass(frozen=True)
class CaseMaterial:
    """What is read from the vault (decrypted, in memory only): the part that must run
    where the vault may be used (the GUI's writer thread); the rest needs no vault."""

    case_id: str
    answers: JsonObject
    ui_state: UiState
    attachments: tuple[AttachmentInput, ...]
    profile_language: str = ""


def collect(vault: Vault, record: CaseRecord) -> CaseMaterial:
    """Vault reads only, and no heavy imports: in the GUI this runs inside the app's
    process, where importing the PDF libraries would hold up the window."""
    missing = documents_without_file(record)
    if missing:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "These documents are listed, but their files were never added to the app: "
                "{names}. Attach the files (or remove them from the list), then export again.",
            ),
            params={"names": "; ".join(missing)},
        )
    inputs = tuple(case_attachments(vault, record))
    language = vault.load_profile().get("language")
    return CaseMaterial(
        record.id,
        copy.deepcopy(record.answers),
        copy.deepcopy(record.ui_state),
        inputs,
        language if isinstance(language, str) else "",
    )


def gather(vault: Vault, case_id: str, **options: Any) -> ExportSource:
    """`collect` then `prepare`, for the command line."""
    return prepare(collect(vault, vault.load_case(case_id)), **options)


def prepare(
    material: CaseMaterial,
    *,
    language: str | None = None,
    interface_language: str = "",
    signature_image: bytes | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportSource:
    """Everything an export needs, in memory. `signature_image` (PNG) comes from the GUI's
    signature pad; without it a drawn signature is rendered from the stored strokes.
    `language` (the CLI's --language) overrides README.txt's second language, which is
    otherwise the case's preferred language, then the interface language."""
    from ombud_desktop.documents.index_page import category_label as kind
    from ombud_desktop.documents.packet import RenderOptions, compose_packet, stamp_header
    from ombud_desktop.documents.pdf_input import merge_pdfs
    from ombud_desktop.documents.signature import strokes_to_png

    progress = progress or Progress()
    today = today or dt.date.today()
    case = Case.from_answers(material.answers)
    _require_ready(case, today)
    if signature_image is None:
        signature_image = strokes_to_png(material.ui_state.get("signature_drawing"))
    options = RenderOptions(signature_image=signature_image, today=today)
    packet = compose_packet(case, material.attachments, options, step=progress.step)
    documents = tuple(
        ExportDocument(
            item.source.title,
            item.source.category,
            merge_pdfs([item.reader], title=f"Supporting document: {kind(item.source.category)}"),
            item.pages,
        )
        for item in packet.documents
    )
    header = stamp_header(case)
    receipts = receipt_numbers(case)
    role = case.get("submitter.role")
    return ExportSource(
        case_id=material.case_id,
        subject_name=header.subject_name or "(no name)",
        a_number=header.a_number,
        receipt_numbers=receipts,
        sender=sender_of(case),
        form_pdf=packet.form,
        form_pages=packet.form_pages,
        documents=documents,
        index_for=packet.index if packet.listed else None,
        index_pages=packet.index_pages,
        extra_checks=(EXTRA_CHECKS[role],) if role in EXTRA_CHECKS else (),
        language=language or bundle_language(case, material, interface_language),
        wet_ink_signature=signature_method(case) == WET_INK,
        signed_form_missing=signed_form_missing(case),
        today=today,
    )


def bundle_language(case: Case, material: CaseMaterial, interface_language: str = "") -> str:
    """README.txt's second language: the person's preferred language recorded in the case
    when the app ships it, else the interface language (the GUI's; the CLI's is the one
    saved in the profile)."""
    from ombud_desktop.i18n.languages import language_named

    preferred = case.get("subject.preferred_language")
    named = language_named(preferred) if isinstance(preferred, str) else None
    if named is not None:
        return named.code
    chosen = material.ui_state.get("language")
    for code in (interface_language, chosen, material.profile_language):
        if isinstance(code, str) and code:
            return code
    return "en"


def _require_ready(case: Case, today: dt.date) -> None:
    """A request with errors is not sent: the Ombudsman would have to send it back."""
    from ombud_desktop.core.validation import readiness

    errors = readiness(case, today).errors
    if errors:
        shown = "; ".join(f"{f.field}: {f.message}" for f in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        raise UserFacingError(
            f"The request is not ready to send: {shown}{more}. Complete it in the app or "
            "check it with `ombud-desktop validate`, then export again."
        )


def sender_of(case: Case) -> Sender:
    """The subject sends for themself; an attorney or helper sends with their own details."""
    prefix = "subject" if case.get("submitter.role") in (None, "self") else "submitter"
    if prefix == "subject":
        name = subject_display_name(case)
    else:
        name = str(case.get("submitter.name") or "")
    address = case.get(f"{prefix}.address") or {}
    lines = _address_lines(address) if isinstance(address, dict) else ()
    return Sender(
        name=name,
        organization=str(case.get("submitter.organization") or "") if prefix != "subject" else "",
        phone=str(case.get(f"{prefix}.phone") or ""),
        fax=str(case.get(f"{prefix}.fax") or ""),
        email=str(case.get(f"{prefix}.email") or ""),
        address_lines=lines,
    )


def _address_lines(address: dict[str, Any]) -> tuple[str, ...]:
    street = " ".join(str(address[k]) for k in ("street", "unit") if address.get(k))
    city = str(address.get("city") or "")
    region = " ".join(str(address[k]) for k in ("state", "postal_code") if address.get(k))
    place = ", ".join(x for x in (city, region) if x)
    country = str(address.get("country") or "")
    return tuple(x for x in (street, place, "" if country in ("", "US") else country) if x)


def readme_language(code: str) -> tuple[Translate | None, str]:
    """The translation function for README.txt's second part and the language's own name."""
    from ombud_desktop.i18n.catalog import translate
    from ombud_desktop.i18n.languages import SOURCE_LANGUAGE, language

    chosen = language(code)
    if chosen.code == SOURCE_LANGUAGE:
        return None, chosen.native_name
    return (lambda text: translate("bundle_readme", text, chosen.code)), chosen.native_name
