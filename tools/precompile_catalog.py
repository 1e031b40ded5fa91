"""Write the catalog's TOML files parsed ahead, for the app to load instead of parsing them.

    python tools/precompile_catalog.py [OUT]    (default: resources/catalog/precompiled.json)

The Makefile runs it before the bench, the wheel and the bundle (the PyInstaller spec
runs it too). The file is not committed: the app takes a file from it only while the
file's text hashes the same (bounce_doctor.engine.catalog.precompiled), so a stale or missing one
makes the app parse the TOML, as a checkout does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "gui"))

from bounce_doctor.engine.catalog import PRECOMPILED, CatalogError, precompile  # noqa: E402


def main(argv: list[str]) -> int:
    folder = ROOT / "resources" / "catalog"
    out = Path(argv[0]) if argv else folder / PRECOMPILED
    try:
        text = json.dumps(precompile(folder), ensure_ascii=False, separators=(",", ":"))
    except CatalogError as exc:
        print(f"precompile_catalog: {exc}", file=sys.stderr)
        return 1
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
