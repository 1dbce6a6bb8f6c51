"""The one lock for PDFium in this process. PDFium is not thread-safe, not even for two
different documents (pypdfium2's documentation: concurrent calls corrupt the process),
and the app calls it from several threads: printing, reading a USCIS notice, and
repairing a damaged PDF as it is attached. Each holds this lock around its PDFium work.
The fax's page workers are processes, each with a PDFium of its own; QtPdf (the preview)
has its own PDFium and its own lock."""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
