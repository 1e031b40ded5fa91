"""The engine never imports Qt."""

import subprocess
import sys


def test_engine_and_cli_import_no_pyside6() -> None:
    code = (
        "import sys\n"
        "import bounce_doctor.engine, bounce_doctor.cli, bounce_doctor.output.text\n"
        "from bounce_doctor.engine import diagnose\n"
        "diagnose(b'From: a@example.com\\nSubject: x\\n\\nhello')\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
