"""The case's documents read from the vault: one reader for render and export."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from ombud_desktop.documents.case_files import case_attachments, documents_without_file
from ombud_desktop.vault import Vault


def test_files_come_back_in_list_order_and_missing_ones_are_named() -> None:
    vault = Vault(Path(os.environ["OMBUD_DATA_DIR"]))
    vault.initialize(passphrase="correct horse battery", use_keyring=False)
    record = vault.create_case({"subject": {"first_name": "Lan"}})
    vault.add_attachment(record, io.BytesIO(b"first"), category="g28", original_filename="g28.pdf")
    vault.add_attachment(
        record, io.BytesIO(b"second"), category="other", title="Letter", original_filename="l.png"
    )
    record = vault.load_case(record.id)
    record.documents.append({"id": "gone", "title": "Receipt", "original_filename": "r.pdf"})
    record.documents.append({"id": "gone2", "original_filename": "notice.pdf"})

    read = case_attachments(vault, record)
    assert [(a.filename, a.data, a.category, a.title) for a in read] == [
        ("g28.pdf", b"first", "g28", "g28.pdf"),  # the vault titles it by its name
        ("l.png", b"second", "other", "Letter"),
    ]
    assert documents_without_file(record) == ["Receipt (r.pdf)", "notice.pdf"]
    vault.close()


def test_reading_them_loads_no_pdf_library() -> None:
    """The GUI reads them on its vault thread, inside the window's process."""
    code = (
        "import sys, ombud_desktop.documents.case_files, ombud_desktop.export.gather;"
        "print(sorted(m for m in ('pypdf', 'reportlab', 'PIL') if m in sys.modules))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.strip() == "[]", shown.stderr
