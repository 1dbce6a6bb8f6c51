"""The file libraries keep quiet: none of their warnings reaches the person raw.

pypdf logs every repair it makes ("incorrect startxref pointer"), Pillow warns about odd
EXIF data or large images (with a `site-packages` path), and libtiff prints decoder
complaints straight onto the process's stderr ("Fax4Decode: Bad code word"). What the
person needs is the app's own message, which names the file and says what to do; so
these are silenced once for the whole process by `quiet()`, which every module that
opens files calls when it is imported. libtiff's errors are still noticed: a decoder
that complained produced a damaged page, and `libtiff_errors()` lets the caller say so.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_LIBRARIES = r"(PIL|pypdf|pillow_heif|reportlab|pypdfium2)(\..*)?$"
_state = threading.local()
_installed = False
_lock = threading.Lock()
# libtiff's handler type: void handler(const char *module, const char *fmt, va_list ap)
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p)


def quiet() -> None:
    """Silence the file libraries for this process (idempotent, thread-safe)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        pypdf = logging.getLogger("pypdf")
        pypdf.addHandler(logging.NullHandler())  # no handler: Python prints to stderr
        pypdf.propagate = False
        warnings.filterwarnings("ignore", module=_LIBRARIES)
        _silence_libtiff()


@contextmanager
def libtiff_errors() -> Iterator[list[str]]:
    """Collects the names of libtiff's routines that report an error while this thread
    decodes inside the block (the list is empty when all went well)."""
    seen: list[str] = []
    _state.errors = seen
    try:
        yield seen
    finally:
        _state.errors = None


def _on_error(module: bytes | None, fmt: bytes | None, _args: int | None) -> None:
    errors = getattr(_state, "errors", None)
    if errors is not None:
        errors.append((module or b"libtiff").decode("ascii", "replace"))


def _on_warning(module: bytes | None, fmt: bytes | None, _args: int | None) -> None:
    pass  # a warning leaves the page intact: nothing to tell anyone


# Kept for the life of the process: libtiff calls them through raw pointers.
_ERROR_HANDLER = _HANDLER(_on_error)
_WARNING_HANDLER = _HANDLER(_on_warning)


def _silence_libtiff() -> None:
    """Route the libtiff that Pillow loaded to our handlers (when it can be found: on
    Windows Pillow links it in, and nothing is printed to a console there)."""
    from PIL import Image  # noqa: F401  (loads Pillow's core and the libtiff it uses)

    for path in _libtiff_paths():
        try:
            library = ctypes.CDLL(path)
            library.TIFFSetErrorHandler(_ERROR_HANDLER)
            library.TIFFSetWarningHandler(_WARNING_HANDLER)
        except (OSError, AttributeError):
            continue


def _libtiff_paths() -> list[str]:
    maps = Path("/proc/self/maps")
    if maps.exists():  # Linux: the copy actually loaded (Pillow's wheel bundles its own)
        found = {line.split()[-1] for line in maps.read_text().splitlines() if "libtiff" in line}
        return sorted(path for path in found if path.startswith("/"))
    import PIL

    bundled = Path(PIL.__file__).parent / ".dylibs"  # macOS wheels
    return [str(path) for path in bundled.glob("libtiff*.dylib")]
