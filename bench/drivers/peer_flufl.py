"""The flufl.bounce peer of `make bench`: scan_message on every file, one line per message.

    python peer_flufl.py FOLDER_OR_FILE...
"""

import email
import sys
from pathlib import Path

from flufl.bounce import scan_message


def files(path):
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.iterdir()):
            yield from files(child)
    else:
        yield p


def main(argv):
    out = sys.stdout
    for path in argv:
        for name in files(path):
            with open(name, "rb") as f:
                msg = email.message_from_binary_file(f)
            found = scan_message(msg)
            out.write(f"{name}\t{' '.join(sorted(a.decode('utf-8', 'replace') for a in found))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
