"""An export in its own process: the GUI starts it so rendering and compression never
hold the interface's interpreter lock (measured: stalls of 100-300 ms in a thread).

Messages go back through a pipe (in memory, never a file): ("step", text, done, total),
then one of ("done", ExportResult), ("cancelled",), ("failed", sentence).
"""

from __future__ import annotations

import logging
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ombud_desktop.documents.errors import PasswordNeeded
from ombud_desktop.errors import ERRORS_CONTEXT, UserFacingError
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.progress import CancelFlag, ExportCancelled, Progress
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "errors",
    "The computer ran out of memory making the package. Close other programs, or leave out "
    "very large documents, then try again.",
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Something went wrong while making the package ({kind}). Nothing was saved and your "
    "case is unchanged. Try again; if it happens again, choose another way to send.",
)


def run_export_child(
    conn: Connection,
    cancel: CancelFlag,
    material: Any,
    options: ExportOptions,
    out_dir: Path,
    destinations: Destinations,
    language: str,
) -> None:
    from ombud_desktop.export.gather import prepare, readme_language
    from ombud_desktop.export.run import export_case

    progress = Progress(report=lambda step, done, total: conn.send(("step", step, done, total)))
    progress.cancel_flag = cancel
    try:
        source = prepare(material, interface_language=language, progress=progress)
        translate, language_name = readme_language(source.language)
        result = export_case(
            source,
            options,
            out_dir,
            destinations,
            progress=progress,
            translate=translate,
            language_name=language_name,
        )
    except ExportCancelled:
        conn.send(("cancelled",))
    except PasswordNeeded as err:  # attached outside the app: the Send page says what to do
        conn.send(("password", err.filename))
    except UserFacingError as err:
        conn.send(("failed", _in_language(err, language)))
    except MemoryError:
        conn.send(("failed", _in_language(UserFacingError(template=OUT_OF_MEMORY), language)))
    except Exception as err:  # a sentence for the person; no case data in the log
        log.error("export failed: %s", type(err).__name__)
        problem = UserFacingError(template=UNEXPECTED, params={"kind": type(err).__name__})
        conn.send(("failed", _in_language(problem, language)))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


def _in_language(err: UserFacingError, language: str) -> str:
    """The message in the interface language (the GUI's, passed in): no Qt here."""
    from ombud_desktop.i18n import catalog

    return err.localized(lambda text: catalog.translate(ERRORS_CONTEXT, text, language))
