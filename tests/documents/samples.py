"""Cases and files the document tests build in memory."""

from __future__ import annotations

import io
import zlib
from typing import Any

from PIL import Image, ImageDraw

ARABIC_NAME = "محمد عبد الله"
CHINESE_NAME = "王小明"
VIETNAMESE_NAME = "Nguyễn Thị Minh Khai"
HEBREW_NAME = "דוד כהן"
KOREAN_NAME = "김민준"


def complete_answers() -> dict[str, Any]:
    """Every printed field answered, names in several scripts."""
    return {
        "schema": "ombud-case/1",
        "actions_taken": {
            "ncsc_called": True,
            "ncsc_date": "2026-09-01",
            "ncsc_reference": "SR-4471-2231",
            "case_status_checked": True,
            "case_status_date": "2026-10-02",
            "appointment": True,
            "appointment_date": "2026-10-15",
            "appointment_office": "Arlington Field Office",
            "e_request": True,
            "e_request_date": "2026-10-20",
            "e_request_number": "ER-99812",
            "congress_inquiry": False,
            "congress_office": "Office of Rep. Example",
            "other": "Wrote two letters to the National Benefits Center.",
        },
        "reasons": {
            "kinds": ["emergency_hardship", "beyond_processing_time"],
            "hardship_description": "Her job offer lapses on 12/31 without a work permit.",
            "posted_processing_time_months": 7,
            "processing_time_checked_on": "2026-11-01",
            "problem_description": "Filed I-765 in January. Biometrics done in March. "
            "No decision since.",
            "desired_outcome": "Ask USCIS to decide the pending I-765.",
        },
        "submitter": {
            "role": "helper",
            "name": "Minh Tran",
            "organization": "Community Legal Help",
            "relationship": "Volunteer caseworker",
            "phone": "202-555-0142",
            "email": "minh@example.org",
            "fax": "202-555-0143",
            "address": {
                "street": "500 Helper St",
                "unit": "Suite 2",
                "city": "Washington",
                "state": "DC",
                "postal_code": "20001",
                "country": "US",
            },
            "bar_number": "DC-000",
            "accreditation": "Not accredited",
        },
        "subject": {
            "kind": "person",
            "title": "Ms.",
            "first_name": "Nguyễn Thị",
            "middle_name": "Minh",
            "last_name": "Khai",
            "organization_name": "",
            "other_names": f"{ARABIC_NAME}; {CHINESE_NAME}; {HEBREW_NAME}; {KOREAN_NAME}",
            "date_of_birth": "1990-04-05",
            "country_of_birth": "VN",
            "country_of_citizenship": "VN",
            "a_number": "012345678",
            "uscis_online_account_number": "123456789012",
            "address": {
                "street": "1200 Example Ave",
                "unit": "4B",
                "city": "Arlington",
                "state": "VA",
                "postal_code": "22201",
                "country": "US",
            },
            "phone": "703-555-0100",
            "fax": "703-555-0101",
            "email": "khai@example.com",
            "preferred_language": "Tiếng Việt",
            "needs_interpreter": True,
            "protected_category": False,
        },
        "beneficiary": {
            "first_name": "Trần",
            "last_name": "Bảo",
            "date_of_birth": "2015-06-07",
            "a_number": "987654321",
            "relationship": "Son",
        },
        "filings": [
            {
                "form_number": "I-765",
                "receipt_number": "IOE0912345678",
                "receipt_date": "2026-01-15",
                "office": "National Benefits Center",
            },
            {
                "form_number": "I-485",
                "no_receipt_reason": "Filed in May, no receipt notice yet",
                "receipt_date": "2026-05-02",
                "office": "Potomac Service Center",
            },
        ],
        "benefit": {"types": ["interim", "other"], "other_description": "Travel document"},
        "consent": {
            "agreed": True,
            "signature_method": "typed",
            "signer_name": "Nguyễn Thị Minh Khai",
            "signed_on": "2026-11-20",
            "preparer_statement": "Prepared by Minh Tran, read to the subject in Vietnamese.",
        },
    }


def jpeg_bytes(
    width: int = 400, height: int = 300, orientation: int = 1, quality: int = 85
) -> bytes:
    """A JPEG whose *stored* pixels have a red band along the top edge."""
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).rectangle((0, 0, width, height // 5), fill=(255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, exif=exif.tobytes())
    return buffer.getvalue()


def upright_red_top_jpeg(orientation: int) -> bytes:
    """A JPEG that shows a red band at the top only once its EXIF orientation is applied."""
    upright = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(upright).rectangle((0, 0, 400, 60), fill=(255, 0, 0))
    inverse = {
        3: Image.Transpose.ROTATE_180,
        6: Image.Transpose.ROTATE_90,
        8: Image.Transpose.ROTATE_270,
    }[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    upright.transpose(inverse).save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (300, 200), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    Image.new(mode, size, "blue" if mode != "1" else 0).save(buffer, fmt)
    return buffer.getvalue()


def tiff_pages(count: int) -> bytes:
    frames = [Image.new("1", (850, 1100), 1) for _ in range(count)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], compression="group4")
    return buffer.getvalue()


def png_bomb(side: int = 20_000) -> bytes:
    """A real decompression bomb: a side x side 1-bit PNG of zeros, about 50 KB."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")
        )

    header = side.to_bytes(4, "big") * 2 + bytes([1, 0, 0, 0, 0])  # 1-bit grey
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def pdf_bytes(pages: int = 3, password: str | None = None) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"Attached page {number}")
        canvas.showPage()
    canvas.save()
    if password is None:
        return buffer.getvalue()
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.encrypt(password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attachments_pdf(items: list[Any], *, index: bool = True) -> bytes:
    """The attachments' pages as one PDF, the index page first unless index=False (as
    the packet orders them after the form)."""
    from ombud_desktop.documents.attachments import convert_all
    from ombud_desktop.documents.index_page import index_pdf
    from ombud_desktop.documents.pdf_input import merge_pdfs

    converted = convert_all(list(items))
    parts = [index_pdf(converted, first_page=1)] if index else []
    return merge_pdfs([*parts, *(item.reader for item in converted)])
