"""README.txt of a bundle: step-by-step sending instructions in English and, below them,
in the person's language.

Every sentence is an English template with {named} placeholders, passed through a
translation function (English -> the person's language, context "bundle_readme"), so the
i18n catalogue translates whole sentences and the numbers and addresses stay exact.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ombud_desktop.core.plain_text import printable
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]
Line = tuple[str, Mapping[str, Any]]  # template, its values
CONTEXT = "bundle_readme"


TITLE = QT_TRANSLATE_NOOP(
    "bundle_readme", "Request for case assistance to the CIS Ombudsman (Form DHS-7001)"
)
FOR_WHOM = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.",
)
PREPARED_WITH = QT_TRANSLATE_NOOP("bundle_readme", "Prepared with the help of {organization}.")
HELP_CONTACT = QT_TRANSLATE_NOOP("bundle_readme", "Where to get help: {help}")
PRIVATE = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "Important: the files in this folder are not encrypted and hold private information. "
    "Keep them safe, and delete this folder once the request is sent.",
)
# The same sentence as "notice" in resources/destinations.json, marked here so the
# catalogue translates it (a test keeps the two equal).
NOTICE = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "The Ombudsman's office changed how it operates in 2025. These contact details may be "
    "out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet "
    "connection.",
)
CONFIRM_HEAD = QT_TRANSLATE_NOOP("bundle_readme", "Before you send: confirm the contact details")
CONTACT = QT_TRANSLATE_NOOP(
    "bundle_readme", "{label}: {value} (from: {source}; last checked {checked})."
)
STEPS_HEAD = QT_TRANSLATE_NOOP("bundle_readme", "How to send it")
FILES_HEAD = QT_TRANSLATE_NOOP("bundle_readme", "What is in this folder")
FILE_MANIFEST = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check "
    "that nothing was changed or lost on the way.",
)
AFTER = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "After sending: in Ombud Desktop, mark the case as sent with the date and the "
    "reference ({reference}). It makes reminders to follow up after 30 and 90 days.",
)
EMAIL_STEPS = (
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "Open {first_eml} (double-click it): your mail program opens it as a new message "
        "to {email}, with the files attached.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "There are {count} messages: send all of them, from part 1 to part {count}. Each one "
        "says in its text which documents it carries.",
    ),
    QT_TRANSLATE_NOOP("bundle_readme", "Check the message, then press Send."),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message "
        'to {email} with the subject "{subject}", copy into it the text of the matching '
        'message-N.txt file, attach the files it names from the folder "attachments", '
        "and send.",
    ),
)
EMAIL_OVERSIZE = QT_TRANSLATE_NOOP(
    "bundle_readme",
    "{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in "
    'any message. It is in the folder "attachments". Send it by fax or by mail, or make '
    "it smaller (scan fewer pages or at a lower resolution) and export again.",
)
FAX_STEPS = (
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax "
        "number {fax}.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "With a fax machine: print {fax_pdf} single-sided and put all the pages in the "
        "machine. With a fax service or app: upload {fax_pdf}.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme", "Keep the confirmation page the fax machine or service gives you."
    ),
)
FAX_TIFF_STEP = QT_TRANSLATE_NOOP(
    "bundle_readme", "If a fax service asks for a TIFF file, upload {fax_tiff} instead."
)
MAIL_STEPS = (
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "Print {packet} single-sided ({packet_pages} pages). The first page is a checklist "
        "for you; do not mail it.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        'Sign and date the form with a pen where it says "Sign here", if it asks for a '
        "signature by hand.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "Go through the checklist, then put the pages in order in the envelope, the address "
        "page on top.",
    ),
    QT_TRANSLATE_NOOP(
        "bundle_readme",
        "Mail it to: {address}. Mail may be delayed up to {days} days by security screening: "
        "email is faster.",
    ),
)
FILE_DESCRIPTIONS = {
    "eml": QT_TRANSLATE_NOOP(
        "bundle_readme", "{name}: the email message to send (part {part} of {count})."
    ),
    "message_txt": QT_TRANSLATE_NOOP(
        "bundle_readme", "{name}: the text of message {part}, to paste into webmail."
    ),
    "attachments": QT_TRANSLATE_NOOP(
        "bundle_readme", "attachments/: the form and documents, as separate PDF files."
    ),
    "fax_pdf": QT_TRANSLATE_NOOP(
        "bundle_readme", "{name}: the fax, ready to send ({pages} pages with the cover sheet)."
    ),
    "fax_tiff": QT_TRANSLATE_NOOP(
        "bundle_readme", "{name}: the same fax as a TIFF file ({coding}) for fax services."
    ),
    "packet": QT_TRANSLATE_NOOP("bundle_readme", "{name}: everything to print and mail."),
}


_TRANSLATED_VALUES = {"channel", "reference", "label"}
_DECIMAL_VALUES = {"size", "limit"}  # written with the language's decimal mark


def organization_lines(name: str, help_contact: str) -> list[Line]:
    """Who helped prepare the package and whom to ask (organization.toml), when set."""
    lines: list[Line] = []
    if name:
        lines.append((PREPARED_WITH, {"organization": name}))
    if help_contact:
        lines.append((HELP_CONTACT, {"help": help_contact}))
    return lines


def numbered(lines: Sequence[Line]) -> list[Line]:
    """Steps 1., 2., ... (the number stays out of the translated sentence)."""
    return [(text, {**values, "_number": n}) for n, (text, values) in enumerate(lines, 1)]


def render(lines: Sequence[Line], translate: Translate, decimal_mark: str = ".") -> str:
    out = []
    for template, values in lines:
        if not template:
            out.append("")
            continue
        shown = {
            k: translate(v) if k in _TRANSLATED_VALUES else _plain(v) for k, v in values.items()
        }
        for key in _DECIMAL_VALUES & shown.keys():
            shown[key] = str(shown[key]).replace(".", decimal_mark)
        number = values.get("_number")
        out.append((f"{number}. " if number else "") + translate(template).format(**shown))
    return "\n".join(out).rstrip() + "\n"


def _plain(value: Any) -> Any:
    """Values come from answers and settings: no control or bidi characters in the file."""
    return printable(value) if isinstance(value, str) else value


def readme_text(
    lines: Sequence[Line], translate: Translate | None, language_name: str, decimal_mark: str = "."
) -> str:
    """English first; then the same text in the person's language when it has one (its
    numbers with its own decimal mark: "3,5 MB" in Spanish)."""
    english = render(lines, lambda text: text)
    if translate is None:
        return english
    other = render(lines, translate, decimal_mark)
    if other == english:
        return english
    bar = "=" * 70
    return f"{english}\n{bar}\n{language_name}\n{bar}\n\n{other}"
