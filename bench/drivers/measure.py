"""Run one command and write its wall time, CPU time and peak resident memory as JSON.

    python measure.py RESULT_JSON OUT_FILE COMMAND...

bench/run.py starts every timed process through this small launcher: a child
started straight from run.py would report run.py's own peak memory (Linux
carries the parent's high-water mark across fork and exec), this one's is
only a few MB and lower than any tool's.
"""

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    result, out, cmd = argv[0], argv[1], argv[2:]
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    null = os.open(os.devnull, os.O_WRONLY)
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(fd, 1)
        os.dup2(null, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    with open(result, "w") as f:
        json.dump({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss,
                   "exit": os.waitstatus_to_exitcode(status)}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
