"""The script PyInstaller freezes: the ``bounce-doctor`` command (window or command line).

bounce_doctor.__main__.main checks, before the window, that Qt's platform plugin can load (see
bounce_doctor.preflight), the same as ``python -m bounce_doctor`` and the wheel's command.
"""

import sys

from bounce_doctor.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
