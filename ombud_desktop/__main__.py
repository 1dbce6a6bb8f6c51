import sys

from ombud_desktop.cli import main

sys.exit(main())
