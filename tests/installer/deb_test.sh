#!/usr/bin/env bash
# Builds the .deb from a build tree with CPack, checks what `dpkg-deb --contents` lists,
# then runs the package's postinst and prerm against a temporary root (dpkg's DPKG_ROOT)
# and checks that they write, and then remove, exactly the system-wide manifests.
#
#   deb_test.sh BUILD_DIR        (PAGESIFT_CLI, when set, also runs the doctor on it)
set -euo pipefail

BUILD="${1:?usage: deb_test.sh BUILD_DIR}"
SKIP=77
fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb python3; do
  command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed" >&2; exit $SKIP; }
done
PYTHON="$(command -v /usr/bin/python3 || command -v python3)"
[ -f "$BUILD/CPackConfig.cmake" ] || fail "$BUILD has no CPackConfig.cmake (is cmake/packaging.cmake included?)"

T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

(cd "$T" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$T/out") > "$T/cpack.log" 2>&1 \
  || { cat "$T/cpack.log" >&2; fail "cpack could not build the package"; }
deb="$(ls "$T"/out/pagesift_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || fail "cpack made no pagesift_*.deb: $(ls "$T/out")"

# --- What the package holds ---------------------------------------------------------------

dpkg-deb --contents "$deb" > "$T/contents"
# "MODE OWNER SIZE DATE TIME PATH": keep mode and path.
awk '{print $1, $6}' "$T/contents" > "$T/listed"

expect_listed() {  # expect_listed MODE PATH
  grep -qxF -- "$1 $2" "$T/listed" || fail "dpkg-deb --contents does not list $1 $2: $(cat "$T/contents")"
}
expect_listed -rwxr-xr-x ./usr/bin/pagesift
expect_listed -rwxr-xr-x ./usr/bin/pagesift-host
expect_listed -rwxr-xr-x ./usr/share/pagesift/installer/install.sh
expect_listed -rwxr-xr-x ./usr/share/pagesift/installer/uninstall.sh
expect_listed -rw-r--r-- ./usr/share/pagesift/installer/lib.sh
expect_listed -rw-r--r-- ./usr/share/pagesift/manifests/org.pagesift.host.chromium.json.in
expect_listed -rw-r--r-- ./usr/share/pagesift/manifests/org.pagesift.host.firefox.json.in
expect_listed -rw-r--r-- ./usr/share/pagesift/extension/manifest.json
expect_listed -rw-r--r-- ./usr/share/pagesift/extension/EXTENSION_ID.txt
! grep -q '/extension/tools' "$T/listed" || fail "the package ships the extension's development tools"
# The manifests are written by postinst, never shipped as files dpkg would own.
! grep -q 'native-messaging-hosts\|NativeMessagingHosts' "$T/listed" \
  || fail "the package ships a manifest file in a browser folder"

dpkg-deb --info "$deb" > "$T/info"
grep -q ' postinst' "$T/info" && grep -q ' prerm' "$T/info" || fail "the package has no postinst or prerm: $(cat "$T/info")"
grep -q '^ Package: pagesift$' "$T/info" || fail "the package is not named pagesift"
grep -q '^ Depends:.*libc6' "$T/info" || fail "the package's Depends lacks the shared libraries: $(grep Depends "$T/info")"

# --- Its maintainer scripts, against a temporary root ---------------------------------------

root="$T/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$T/control"
[ -x "$T/control/postinst" ] && [ -x "$T/control/prerm" ] || fail "postinst or prerm is not executable"
snapshot() { (cd "$root" && find . -printf '%y %m %p\n' | sort); }
before="$(snapshot)"

DPKG_ROOT="$root" "$T/control/postinst" configure > "$T/postinst.log" 2>&1 \
  || { cat "$T/postinst.log" >&2; fail "postinst failed"; }
id="$(tr -d ' \n' < "$root/usr/share/pagesift/extension/EXTENSION_ID.txt")"
for entry in chromium:/etc/chromium/native-messaging-hosts chromium:/etc/opt/chrome/native-messaging-hosts \
             chromium:/etc/opt/edge/native-messaging-hosts firefox:/usr/lib/mozilla/native-messaging-hosts; do
  family="${entry%%:*}" dir="${entry#*:}"
  file="$root$dir/org.pagesift.host.json"
  [ -f "$file" ] || fail "postinst wrote no $dir/org.pagesift.host.json: $(cat "$T/postinst.log")"
  [ "$(stat -c %a "$file")" = 644 ] || fail "$file is not mode 644"
  "$PYTHON" - "$file" "$family" "$id" <<'EOF' || fail "postinst wrote a wrong $dir/org.pagesift.host.json"
import json, sys
path, family, ext_id = sys.argv[1:]
m = json.load(open(path))
assert m["name"] == "org.pagesift.host" and m["type"] == "stdio" and m["description"], m
assert m["path"] == "/usr/bin/pagesift-host", m
if family == "firefox":
    assert m["allowed_extensions"] == ["reader@pagesift.org"], m
else:
    assert m["allowed_origins"] == ["chrome-extension://%s/" % ext_id], m
EOF
done

if [ -n "${PAGESIFT_CLI:-}" ] && [ -x "$PAGESIFT_CLI" ]; then
  # The doctor sees the package's system-wide registration, and the packaged host answers.
  HOME="$T/home" "$PAGESIFT_CLI" doctor --root "$root" --extension-id "$id" --browser chrome \
    --browser chromium --browser edge --browser firefox > "$T/doctor" 2>&1 \
    || fail "doctor found problems in the installed package: $(cat "$T/doctor")"
  grep -q "^ok .*$root/usr/bin/pagesift-host answered hello" "$T/doctor" \
    || fail "the packaged host did not answer the doctor's hello: $(cat "$T/doctor")"
fi

DPKG_ROOT="$root" "$T/control/prerm" remove > "$T/prerm.log" 2>&1 \
  || { cat "$T/prerm.log" >&2; fail "prerm failed"; }
diff <(echo "$before") <(snapshot) || fail "prerm did not remove exactly what postinst wrote"
echo "PASS: deb_package ($(basename "$deb"), $(grep -c . "$T/listed") entries)"
