"""The script PyInstaller freezes: the ``bounce-doctor`` command (window or command line)."""

import sys

from bounce_doctor.cli import main

if __name__ == "__main__":
    sys.exit(main())
