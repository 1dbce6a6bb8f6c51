"""Entry script of the frozen app (PyInstaller starts from a script, not a package)."""

import multiprocessing
import sys

from ombud_desktop.cli import main

if __name__ == "__main__":
    # A frozen child process on Windows/macOS would otherwise start a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
