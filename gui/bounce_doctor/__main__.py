"""``python -m bounce_doctor`` and the ``bounce-doctor`` command: the window, or the command line.

Before the window, ``preflight`` checks that Qt's platform plugin can load, so that a machine
without some system library gets the command to install it instead of Qt's abort and core dump.
The command-line subcommands skip that check: they never open a window.
"""

from __future__ import annotations

import sys

# The first arguments that mean the command line (bounce_doctor.cli.main decides the same way).
COMMANDS = ("explain", "headers", "codes", "-h", "--help")


def opens_window(argv: list[str]) -> bool:
    """Whether these arguments open the window (no subcommand, and not an option's usage error)."""
    if not argv:
        return True
    first = argv[0]
    return first not in COMMANDS and not (first.startswith("-") and first != "-")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_window(argv):
        from .preflight import check

        status = check()
        if status:
            return status
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
