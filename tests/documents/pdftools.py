"""Independent checks of PDFs with poppler-utils and qpdf (installed by bootstrap.sh)."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata


def run(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=data, capture_output=True, timeout=120, check=False)


def pdftotext(pdf: bytes, *extra: str) -> str:
    done = run(["pdftotext", *extra, "-", "-"], pdf)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


def readable(pdf: bytes) -> str:
    """pdftotext output as a reader would copy it: Arabic presentation forms folded back to
    letters (NFKC), bidi marks removed, whitespace collapsed."""
    raw = unicodedata.normalize("NFKC", pdftotext(pdf))
    raw = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", raw)
    return " ".join(raw.split())


def squeezed(value: str) -> str:
    """No whitespace at all: compares text that was wrapped across lines and pages."""
    return "".join(unicodedata.normalize("NFKC", value).split())


def qpdf_check(pdf: bytes) -> None:
    # qpdf needs a seekable file: a test-owned temporary file (the test's TMPDIR).
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        done = subprocess.run(["qpdf", "--check", handle.name], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert b"No syntax or stream encoding errors" in done.stdout


def fonts(pdf: bytes) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font pdffonts lists."""
    done = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.decode().splitlines()[2:]
    result = []
    for row in rows:
        parts = row.split()
        # name type [type2] encoding emb sub uni id gen: "emb" is 5th from the end
        result.append((parts[0], parts[-5]))
    return result


def assert_fonts_embedded(pdf: bytes, allow: frozenset[str] | set[str] = frozenset()) -> None:
    """Every font embedded, except those named in `allow` (fonts of a PDF we were given)."""
    listed = fonts(pdf)
    assert listed, "no fonts at all"
    assert all(emb == "yes" or name in allow for name, emb in listed), listed


def page_png(pdf: bytes, page: int, dpi: int = 40) -> bytes:
    done = run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-"], pdf)
    assert done.returncode == 0, done.stderr
    return done.stdout
