#!/usr/bin/env bash
# `make wheel-test`: build the sdist and, from it, the wheel; check that both carry the resources;
# install the wheel into a new virtual environment and run `bounce-doctor` from a folder outside
# the checkout, on a sample that the wheel itself installed.
#   usage: packaging/test-wheel.sh PYTHON   (PYTHON: the project's .venv python, with requirements/build.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
py=${1:-.venv/bin/python}
base_python=$("$py" -c 'import sys; print(sys._base_executable)')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "wheel-test: FAILED: $*" >&2; exit 1; }

echo "wheel-test: building the sdist, then the wheel from the sdist"
"$py" -m build --quiet --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "python -m build"; }
wheel=$(ls "$tmp"/dist/*.whl)
sdist=$(ls "$tmp"/dist/*.tar.gz)
echo "wheel-test: built $(basename "$sdist") and $(basename "$wheel")"

"$py" - "$wheel" "$sdist" <<'PY'
import sys, tarfile, zipfile
from pathlib import Path

wheel, sdist = sys.argv[1], sys.argv[2]
in_wheel = set(zipfile.ZipFile(wheel).namelist())
in_sdist = {n.split("/", 1)[1] for n in tarfile.open(sdist).getnames() if "/" in n}
root = Path.cwd()
missing = []
for path in sorted((root / "resources").rglob("*")):
    if path.is_file():
        rel = path.relative_to(root).as_posix()
        if "bounce_doctor/" + rel not in in_wheel:
            missing.append(f"wheel lacks bounce_doctor/{rel}")
        if rel not in in_sdist:
            missing.append(f"sdist lacks {rel}")
for rel in ("packaging/linux/io.github.bounce_doctor.BounceDoctor.desktop", "LICENSE", "pyproject.toml"):
    if rel not in in_sdist:
        missing.append(f"sdist lacks {rel}")
# made by `make wheel-test` (tools/precompile_catalog.py); without it the app parses the TOML at every start
if "bounce_doctor/resources/catalog/precompiled.json" not in in_wheel:
    missing.append("wheel lacks bounce_doctor/resources/catalog/precompiled.json (run make wheel-test)")
if missing:
    sys.exit("wheel-test: FAILED:\n  " + "\n  ".join(missing))
print(f"wheel-test: the wheel and the sdist carry all {sum(1 for p in (root / 'resources').rglob('*') if p.is_file())} resource files")
PY

echo "wheel-test: installing the wheel into a new virtual environment"
"$base_python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements/app.txt
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "$wheel"

mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
bd="$tmp/venv/bin/bounce-doctor"
sample=$("$tmp/venv/bin/python" -c 'from bounce_doctor.resources import resource; print(resource("samples", "wrong-address.eml"))')
case "$sample" in
  "$tmp/venv/"*) ;;
  *) fail "the installed package found its resources at $sample, not inside the new environment" ;;
esac
out=$("$bd" explain "$sample") || fail "bounce-doctor explain exited with $?"
grep -q "does not exist" <<<"$out" || { echo "$out"; fail "bounce-doctor explain did not print the diagnosis"; }
echo "wheel-test: bounce-doctor explain $(basename "$sample"): $(head -2 <<<"$out" | tail -1)"
out=$("$bd" codes 550) || fail "bounce-doctor codes 550 exited with $?"
grep -q "^550" <<<"$out" || { echo "$out"; fail "bounce-doctor codes 550 printed no 550 entry"; }
echo "wheel-test: bounce-doctor codes 550: $(head -1 <<<"$out")"
case "$PWD/" in "$root/"*) fail "the test ran inside the checkout";; esac
echo "wheel-test: passed"
