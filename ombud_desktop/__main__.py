import multiprocessing
import sys

from ombud_desktop.cli import main

if __name__ == "__main__":  # spawned child processes (the GUI's export) import this module
    multiprocessing.freeze_support()  # a frozen app starts those children through itself
    sys.exit(main())
