"""The script PyInstaller freezes: the ``bounce-doctor`` command (window or command line).

bounce_doctor.__main__.main checks, before the window, that Qt's platform plugin can load (see
bounce_doctor.preflight), the same as ``python -m bounce_doctor`` and the wheel's command.
"""

import multiprocessing
import sys

from bounce_doctor.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a batch's worker processes (spawned) start the bundle again: run them
    sys.exit(main())
