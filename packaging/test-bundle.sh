#!/usr/bin/env bash
# `make package-test`: run a built one-folder bundle the way a user would, with none of the
# project's Python on the path and an empty environment:
#   - `bounce-doctor explain` on a sample shipped inside the bundle must print the diagnosis;
#   - `bounce-doctor codes 550` must find the code in the bundled catalog;
#   - the window must open (Qt offscreen) with a sample loaded, and exit cleanly after 2 s;
#   - with no display, the check before the window (bounce_doctor.preflight) must say so and exit 3,
#     before Qt can abort; under Xvfb (xvfb-run) the check must pass and the window open and close
#     (without xvfb-run that step is skipped with the reason, and fails under CI);
#   - the Qt modules we leave out must really be out.
#   usage: packaging/test-bundle.sh [BUNDLE_DIR]   (default dist/bounce-doctor)
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(cd "${1:-dist/bounce-doctor}" && pwd)
exe="$bundle/bounce-doctor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
# A system tool a step needs: its path, or "" after saying why the step is skipped (under CI: fail).
tool() {
  command -v "$1" && return
  [ -z "${CI:-}" ] || fail "$1 is missing: apt-get install $2 (.ci/run does)"
  echo "package-test: skipped: $1 is missing: apt-get install $2" >&2
}
[ -x "$exe" ] || fail "$exe is missing: run make package"

# A bare environment: no PATH to any Python, no PYTHONPATH, a throwaway HOME.
run() { (cd "$tmp" && env -i HOME="$tmp/home" LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"); }

internal="$bundle/_internal"
for d in catalog samples icons; do
  [ -d "$internal/resources/$d" ] || fail "the bundle has no resources/$d"
done
for f in share/applications/io.github.bounce_doctor.BounceDoctor.desktop share/metainfo/io.github.bounce_doctor.BounceDoctor.metainfo.xml \
         resources/icons/hicolor/256x256/apps/io.github.bounce_doctor.BounceDoctor.png resources/catalog/precompiled.json; do
  [ -f "$internal/$f" ] || fail "the bundle has no $f"
done
sample="$internal/resources/samples/wrong-address.eml"

out=$(run "$exe" explain "$sample") || fail "bounce-doctor explain exited with $?"
grep -q "does not exist" <<<"$out" || { echo "$out"; fail "bounce-doctor explain did not print the diagnosis"; }
echo "package-test: explain: $(sed -n 2p <<<"$out")"

out=$(run "$exe" codes 550) || fail "bounce-doctor codes 550 exited with $?"
grep -q "^550" <<<"$out" || { echo "$out"; fail "bounce-doctor codes 550 printed no 550 entry"; }
echo "package-test: codes 550: $(head -1 <<<"$out")"

set +e
run QT_QPA_PLATFORM=offscreen BOUNCE_DOCTOR_QUIT_AFTER_MS=2000 timeout 60 "$exe" "$sample" >"$tmp/window.out" 2>"$tmp/window.err"
status=$?
set -e
if [ "$status" != 0 ] || grep -qE "Traceback|Could not (load|find) the Qt platform plugin|Cannot load library" "$tmp/window.err"; then
  cat "$tmp/window.out" "$tmp/window.err" >&2
  fail "the window did not open and close cleanly (exit status $status)"
fi
echo "package-test: the window opened offscreen with $(basename "$sample") and closed by itself (exit status 0)"

# No display (env -i leaves out DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM): one message, exit 3, no abort.
set +e
run timeout 60 "$exe" "$sample" >"$tmp/nodisplay.out" 2>"$tmp/nodisplay.err"
status=$?
set -e
if [ "$status" != 3 ] || ! grep -q "no display" "$tmp/nodisplay.err" || grep -qE "Traceback|qt\.qpa" "$tmp/nodisplay.err"; then
  cat "$tmp/nodisplay.out" "$tmp/nodisplay.err" >&2
  fail "without a display the window should have said so and exited with 3 (exit status $status)"
fi
echo "package-test: without a display: $(head -c 60 "$tmp/nodisplay.err")... (exit status 3)"

xvfb_run=$(tool xvfb-run "xvfb xauth")
if [ -n "$xvfb_run" ]; then
  set +e
  run BOUNCE_DOCTOR_QUIT_AFTER_MS=2000 timeout 120 "$xvfb_run" -a "$exe" "$sample" >"$tmp/x11.out" 2>"$tmp/x11.err"
  status=$?
  set -e
  if [ "$status" != 0 ] || grep -qE "Traceback|bounce-doctor:|Could not (load|find) the Qt platform plugin" "$tmp/x11.err"; then
    cat "$tmp/x11.out" "$tmp/x11.err" >&2
    fail "under Xvfb the window did not open and close cleanly (exit status $status)"
  fi
  echo "package-test: under Xvfb the check passed and the window opened and closed by itself (exit status 0)"
fi

unwanted=$(find "$bundle" \( -iname '*Qt6Network*' -o -iname '*Qt6Qml*' -o -iname '*Qt6Quick*' -o -iname '*Qt6Pdf*' \
  -o -iname '*WebEngine*' -o -iname '*Qt63D*' -o -iname '*Qt6Multimedia*' -o -iname '*qgtk3*' -o -iname '*libcairo*' \) | head -5)
[ -z "$unwanted" ] || fail "left-out Qt parts are in the bundle: $unwanted"
dangling=$(find "$bundle" -xtype l | head -5)
[ -z "$dangling" ] || fail "broken links in the bundle: $dangling"

echo "package-test: bundle size $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files), $(du -sh "$internal/resources" | cut -f1) of it our resources"
echo "package-test: passed"
