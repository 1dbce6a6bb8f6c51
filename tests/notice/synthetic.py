"""Made-up Form I-797C notices for the reader's test set: layout, photos, truth.

Everything is generated from a seed (no committed binaries): `notice_truth(seed)` picks the
values, `notice_pdf(truth)` draws the notice with reportlab, `render(pdf, dpi)` rasterises
it with pypdfium2 and `photograph(image, rng)` simulates a phone photo (rotation up to 10°,
perspective, blur, shadow, crop, JPEG quality 40-90, sometimes an EXIF orientation).

    python -m tests.notice.synthetic OUT_DIR [COUNT]   # writes the set and truth.json
"""

from __future__ import annotations

import io
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

PREFIXES = ("IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC")
CASE_TYPES = {
    "I485": "APPLICATION TO REGISTER PERMANENT RESIDENCE OR ADJUST STATUS",
    "I130": "PETITION FOR ALIEN RELATIVE",
    "I765": "APPLICATION FOR EMPLOYMENT AUTHORIZATION",
    "I131": "APPLICATION FOR TRAVEL DOCUMENT",
    "I140": "IMMIGRANT PETITION FOR ALIEN WORKER",
    "I751": "PETITION TO REMOVE CONDITIONS ON RESIDENCE",
    "I90": "APPLICATION TO REPLACE PERMANENT RESIDENT CARD",
    "N400": "APPLICATION FOR NATURALIZATION",
    "I589": "APPLICATION FOR ASYLUM AND FOR WITHHOLDING OF REMOVAL",
    "I821D": "CONSIDERATION OF DEFERRED ACTION FOR CHILDHOOD ARRIVALS",
    "N600": "APPLICATION FOR CERTIFICATE OF CITIZENSHIP",
    "I360": "PETITION FOR AMERASIAN, WIDOW(ER), OR SPECIAL IMMIGRANT",
}
NOTICE_TYPES = {
    "receipt": "Receipt Notice",
    "transfer": "Transfer Notice",
    "biometrics": "Biometrics Appointment Notice",
    "request_for_evidence": "Request for Evidence",
    "approval": "Approval Notice",
}
GIVEN = ("MARIA", "JOSE", "NGUYEN VAN", "AMINA", "OLEKSANDR", "LI", "FATIMA", "JEAN", "ANA")
FAMILY = ("GARCIA LOPEZ", "TRAN", "HASSAN", "KOVALENKO", "WANG", "PIERRE", "SANTOS", "KIM")
STREETS = ("123 MAPLE AVE APT 4", "77 OCEAN DR", "9 W 41ST ST", "4500 ELM ST UNIT 12")
CITIES = ("SPRINGFIELD IL 62704", "MIAMI FL 33101", "HOUSTON TX 77002", "SEATTLE WA 98101")


@dataclass(frozen=True)
class NoticeTruth:
    """What a perfect reader returns for one notice (dates ISO, form number with dash)."""

    seed: int
    receipt_number: str
    receipt_date: str
    notice_date: str
    form_number: str
    case_type: str  # as printed, "I485"
    notice_type: str
    priority_date: str | None
    a_number: str | None  # 9 digits


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def notice_truth(seed: int) -> NoticeTruth:
    rng = random.Random(seed)
    prefix = rng.choice(PREFIXES)
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    if rng.random() < 0.5:  # the digits most often misread: 0, 1, 5, 8 next to letters
        digits = rng.choice("0158") + digits[1:]
    received = _day(rng, date(2019, 1, 1), 2500)
    notice = received + timedelta(days=rng.randrange(0, 40))
    case_type = rng.choice(sorted(CASE_TYPES))
    form = f"{case_type[0]}-{case_type[1:]}"
    priority = _day(rng, date(2012, 1, 1), 3000).isoformat() if rng.random() < 0.4 else None
    a_number = "".join(rng.choice("0123456789") for _ in range(9)) if rng.random() < 0.6 else None
    return NoticeTruth(
        seed=seed,
        receipt_number=prefix + digits,
        receipt_date=received.isoformat(),
        notice_date=notice.isoformat(),
        form_number=form,
        case_type=case_type,
        notice_type=rng.choice(sorted(NOTICE_TYPES)),
        priority_date=priority,
        a_number=a_number,
    )


def _us(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{month}/{day}/{year}"


def notice_pdf(truth: NoticeTruth) -> bytes:
    """One letter page laid out like an I-797C: boxed header cells, address, body text."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    rng = random.Random(truth.seed * 7919)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=True)
    width, height = letter
    left, right = 40, width - 40
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(left, height - 50, "Department of Homeland Security")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(left, height - 62, "U.S. Citizenship and Immigration Services")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawRightString(right, height - 50, "Form I-797C, Notice of Action")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawCentredString(width / 2, height - 88, "THE UNITED STATES OF AMERICA")

    def cell(x: float, y: float, w: float, h: float, label: str, value: str) -> None:
        pdf.setLineWidth(0.8)
        pdf.rect(x, y - h, w, h)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(x + 4, y - 10, label)
        pdf.setFont("Courier-Bold", 11)
        pdf.drawString(x + 4, y - 24, value)

    top = height - 100
    case_text = f"{truth.case_type} - {CASE_TYPES[truth.case_type]}"
    cell(left, top, 180, 32, "Receipt Number", truth.receipt_number)
    cell(left + 180, top, right - left - 180, 32, "Case Type", truth.case_type)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(left + 240, top - 24, CASE_TYPES[truth.case_type][:60])
    row2 = top - 32
    cell(left, row2, 180, 32, "Received Date", _us(truth.receipt_date))
    cell(
        left + 180, row2, 140, 32, "Priority Date",
        _us(truth.priority_date) if truth.priority_date else "",
    )  # fmt: skip
    beneficiary = f"{rng.choice(FAMILY)}, {rng.choice(GIVEN)}"
    label = "Applicant" if truth.case_type not in ("I130", "I140", "I360") else "Beneficiary"
    a_text = f"A{truth.a_number}" if truth.a_number else ""
    if truth.a_number and rng.random() < 0.5:
        a_text = f"A{truth.a_number[:3]} {truth.a_number[3:6]} {truth.a_number[6:]}"
    cell(left + 320, row2, right - left - 320, 32, f"{label} {a_text}".strip(), beneficiary)
    row3 = row2 - 32
    cell(left, row3, 180, 32, "Notice Date", _us(truth.notice_date))
    cell(left + 180, row3, 140, 32, "Page", "1 of 1")
    cell(left + 320, row3, right - left - 320, 32, "Notice Type", NOTICE_TYPES[truth.notice_type])

    pdf.setFont("Courier", 10)
    y = row3 - 60
    for line in (beneficiary.replace(",", ""), rng.choice(STREETS), rng.choice(CITIES)):
        pdf.drawString(left + 10, y, line)
        y -= 13
    pdf.setFont("Helvetica", 9)
    y -= 30
    body = (
        f"This notice confirms that USCIS received your {case_text.title()}.",
        "Please keep this notice: you will need the receipt number to ask about the case.",
        "If any of the information above is incorrect, contact the USCIS Contact Center.",
        "Processing times vary by form type and office; check your case status online.",
        f"Amount received: ${rng.randrange(85, 1800)}.00   Section: {rng.choice('ABCDE')}",
    )
    for line in body:
        pdf.drawString(left, y, line)
        y -= 14
    pdf.setFont("Helvetica", 7)
    pdf.drawString(left, 50, "Form I-797C 04/01/19        Made-up test notice: not a real case.")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def render(pdf: bytes, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=dpi / 72, grayscale=False).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    return image


def perspective_coefficients(
    source: Sequence[tuple[float, float]], target: Sequence[tuple[float, float]]
) -> list[float]:
    """Pillow's PERSPECTIVE data mapping output points `target` to input points `source`."""
    from ombud_desktop.notice.geometry import perspective_coefficients as solve

    return solve(target, source)


def photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the printed page lying on a table."""
    angle = rng.uniform(-10, 10)
    page_mask = Image.new("L", page.size, 255).rotate(angle, expand=True, fillcolor=0)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    w, h = page.size
    margin = int(0.1 * max(w, h))
    table = Image.new(
        "RGB", (w + 2 * margin, h + 2 * margin), tuple(rng.randrange(40, 120) for _ in range(3))
    )
    table.paste(page, (margin, margin), page_mask)
    tw, th = table.size
    jitter = 0.04
    source = [
        (rng.uniform(0, jitter) * tw, rng.uniform(0, jitter) * th),
        (tw - rng.uniform(0, jitter) * tw, rng.uniform(0, jitter) * th),
        (tw - rng.uniform(0, jitter) * tw, th - rng.uniform(0, jitter) * th),
        (rng.uniform(0, jitter) * tw, th - rng.uniform(0, jitter) * th),
    ]
    target = [(0, 0), (tw, 0), (tw, th), (0, th)]
    table = table.transform(
        (tw, th),
        Image.Transform.PERSPECTIVE,
        perspective_coefficients(source, target),
        Image.Resampling.BICUBIC,
    )
    # Shadow: a soft dark band from one side (a hand or phone over the page).
    shade = Image.new("L", table.size, 255)
    draw = ImageDraw.Draw(shade)
    depth = rng.randrange(150, 230)
    band = rng.uniform(0.2, 0.5)
    if rng.random() < 0.5:
        draw.rectangle((0, 0, int(tw * band), th), fill=depth)
    else:
        draw.rectangle((0, int(th * (1 - band)), tw, th), fill=depth)
    shade = shade.filter(ImageFilter.GaussianBlur(tw / 12))
    table = Image.composite(table, Image.new("RGB", table.size, (0, 0, 0)), shade)
    table = table.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.4)))
    # Crop as a phone frame would: a little table left around, sometimes a page edge cut.
    cut = [rng.uniform(0.0, 0.07) for _ in range(4)]
    table = table.crop(
        (int(cut[0] * tw), int(cut[1] * th), int(tw - cut[2] * tw), int(th - cut[3] * th))
    )
    return table


def photo_jpeg(page: Image.Image, rng: random.Random) -> bytes:
    photo = photograph(page, rng)
    exif = Image.Exif()
    if rng.random() < 0.25:  # stored sideways; the EXIF tag says how to turn it upright
        photo = photo.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6  # "rotate 90° clockwise to view": undoes ROTATE_90
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=rng.randrange(40, 91), exif=exif)
    return out.getvalue()


@dataclass(frozen=True)
class Sample:
    name: str
    data: bytes
    truth: NoticeTruth


def sample(seed: int) -> Sample:
    """Seed -> one test file: every 8th a clean PDF, every 8th a flat scan PNG, else a photo."""
    truth = notice_truth(seed)
    pdf = notice_pdf(truth)
    rng = random.Random(seed * 104729 + 1)
    kind = seed % 8
    if kind == 0:
        return Sample(f"notice-{seed:03d}.pdf", pdf, truth)
    dpi = rng.randrange(150, 301)
    page = render(pdf, dpi)
    if kind == 1:
        out = io.BytesIO()
        page.convert("L").rotate(rng.uniform(-3, 3), expand=True, fillcolor=255).save(out, "PNG")
        return Sample(f"notice-{seed:03d}-scan.png", out.getvalue(), truth)
    return Sample(f"notice-{seed:03d}-photo.jpg", photo_jpeg(page, rng), truth)


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 100
    out.mkdir(parents=True, exist_ok=True)
    truths = {}
    for seed in range(count):
        item = sample(seed)
        (out / item.name).write_bytes(item.data)
        truths[item.name] = asdict(item.truth)
    (out / "truth.json").write_text(json.dumps(truths, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
