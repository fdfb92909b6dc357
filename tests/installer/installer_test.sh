#!/usr/bin/env bash
# Tests of installer/install.sh, installer/uninstall.sh and `pagesift doctor`, run with
# HOME and the system root pointed at a temporary folder. One case a run:
#
#   installer_test.sh CASE        (cases: the functions named case_*)
#
# Environment: PAGESIFT_SOURCE_DIR (the repository; default: two levels up),
# PAGESIFT_CLI (the pagesift binary, for the doctor cases), PAGESIFT_HOST (the real
# pagesift-host, for the live case). Exit 0 on success, 1 on failure, 77 when skipped.
set -euo pipefail

SRC="${PAGESIFT_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
HERE="$SRC/tests/installer"
INSTALL="$SRC/installer/install.sh"
UNINSTALL="$SRC/installer/uninstall.sh"
# A made-up ID of the right shape, passed explicitly: the tests must not depend on the
# real extension/EXTENSION_ID.txt.
ID="abcdefghijklmnopabcdefghijklmnop"
OTHER_ID="ponmlkjihgfedcbaponmlkjihgfedcba"
SKIP=77

# Where each browser must find the manifest, written out from the platform facts
# independently of installer/lib.sh.
USER_MANIFESTS="chrome:.config/google-chrome/NativeMessagingHosts
chromium:.config/chromium/NativeMessagingHosts
edge:.config/microsoft-edge/NativeMessagingHosts
brave:.config/BraveSoftware/Brave-Browser/NativeMessagingHosts
vivaldi:.config/vivaldi/NativeMessagingHosts
firefox:.mozilla/native-messaging-hosts"
SYSTEM_MANIFESTS="chrome:/etc/opt/chrome/native-messaging-hosts
chromium:/etc/chromium/native-messaging-hosts
edge:/etc/opt/edge/native-messaging-hosts
firefox:/usr/lib/mozilla/native-messaging-hosts"
MACOS_USER_MANIFESTS="chrome:Library/Application Support/Google/Chrome/NativeMessagingHosts
chromium:Library/Application Support/Chromium/NativeMessagingHosts
edge:Library/Application Support/Microsoft Edge/NativeMessagingHosts
firefox:Library/Application Support/Mozilla/NativeMessagingHosts"

fail() { echo "FAIL: $*" >&2; exit 1; }
# Debian's python3 (scripts/install-deps.sh installs it) starts faster than a shim on PATH.
PYTHON="$(command -v /usr/bin/python3 || command -v python3)"

T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export HOME="$T/home"
unset XDG_DATA_HOME SUDO_USER BUILD_DIR
mkdir -p "$HOME" "$T/root" "$T/build"
# The host to install: the fake host, standing in for build/pagesift-host.
cp "$HERE/fake_host.py" "$T/build/pagesift-host"
chmod 0755 "$T/build/pagesift-host"

install_user() { bash "$INSTALL" --user --host-binary "$T/build/pagesift-host" --extension-id "$ID" "$@"; }
install_system() {
  bash "$INSTALL" --system --root "$T/root" --host-binary "$T/build/pagesift-host" --extension-id "$ID" "$@"
}

# Files the user had before installing, which nothing may touch.
plant_user_files() {
  mkdir -p "$HOME/.config/chromium/Default" "$HOME/.config/google-chrome/NativeMessagingHosts" \
           "$HOME/.local/bin" "$HOME/.mozilla/firefox"
  echo '{"profile": 1}' > "$HOME/.config/chromium/Default/Preferences"
  echo '{"name": "com.other.host"}' > "$HOME/.config/google-chrome/NativeMessagingHosts/com.other.host.json"
  echo 'echo mine' > "$HOME/.local/bin/my-tool"
  chmod 0700 "$HOME/.local/bin/my-tool"
  echo '[General]' > "$HOME/.mozilla/firefox/profiles.ini"
  mkdir -p "$T/root/etc/opt/chrome/native-messaging-hosts" "$T/root/usr/lib"
  echo '{"name": "com.other.host"}' > "$T/root/etc/opt/chrome/native-messaging-hosts/com.other.host.json"
}

# Every path under the temporary folder with its type, mode and checksum.
snapshot() {
  (cd "$T" && find home root -printf '%y %m %p\n' | sort
   cd "$T" && find home root -type f -print0 | sort -z | xargs -0 -r md5sum)
}

mode_of() { stat -c '%a' "$1"; }

# check_manifest FILE FAMILY HOST_PATH: the manifest says exactly what it must.
check_manifest() {
  [ -f "$1" ] || fail "no manifest at $1"
  [ "$(mode_of "$1")" = 644 ] || fail "$1 has mode $(mode_of "$1"), not 644"
  "$PYTHON" - "$1" "$2" "$3" "$ID" <<'EOF' || fail "manifest $1 is wrong"
import json, sys
path, family, host, ext_id = sys.argv[1:]
m = json.load(open(path))
expected = {"name": "org.pagesift.host", "path": host, "type": "stdio"}
if family == "firefox":
    expected["allowed_extensions"] = ["reader@pagesift.org"]
else:
    expected["allowed_origins"] = ["chrome-extension://%s/" % ext_id]
description = m.pop("description", "")
if not isinstance(description, str) or not description.strip():
    sys.exit("description is empty")
if m != expected:
    sys.exit("got %r, expected %r" % (m, expected))
EOF
}

family_of() { if [ "$1" = firefox ]; then echo firefox; else echo chromium; fi; }

check_binary() {  # check_binary PATH: an exact copy of the host, mode 0755
  [ -f "$1" ] || fail "no host binary at $1"
  [ "$(mode_of "$1")" = 755 ] || fail "$1 has mode $(mode_of "$1"), not 755"
  cmp -s "$1" "$T/build/pagesift-host" || fail "$1 is not a copy of the host"
}

# --- install and uninstall --------------------------------------------------------------

case_user_install_every_browser() {
  out="$(install_user)"
  check_binary "$HOME/.local/bin/pagesift-host"
  while IFS=: read -r browser dir; do
    check_manifest "$HOME/$dir/org.pagesift.host.json" "$(family_of "$browser")" "$HOME/.local/bin/pagesift-host"
    grep -q "^$browser *wrote $HOME/$dir/org.pagesift.host.json$" <<< "$out" || fail "install did not print what it wrote for $browser"
  done <<< "$USER_MANIFESTS"
  [ -z "$(ls -A "$T/root")" ] || fail "a --user install wrote outside HOME"
}

case_system_install_every_browser() {
  out="$(install_system --prefix /usr/local 2>"$T/stderr")"
  check_binary "$T/root/usr/local/bin/pagesift-host"
  while IFS=: read -r browser dir; do
    check_manifest "$T/root$dir/org.pagesift.host.json" "$(family_of "$browser")" /usr/local/bin/pagesift-host
  done <<< "$SYSTEM_MANIFESTS"
  # Brave reads Chrome's system folder; Vivaldi's is unconfirmed, so it is skipped, aloud.
  grep -Eq "^brave +(wrote|unchanged) $T/root/etc/opt/chrome/native-messaging-hosts/org.pagesift.host.json$" <<< "$out" \
    || fail "brave was not registered in Chrome's system folder"
  grep -q "skipped vivaldi" "$T/stderr" || fail "the vivaldi skip was not explained"
  [ -z "$(ls -A "$HOME")" ] || fail "a --system install wrote into HOME"
}

case_firefox_lib64_when_present() {
  mkdir -p "$T/root/usr/lib64/mozilla"
  install_system --prefix /usr --browser firefox > /dev/null
  check_manifest "$T/root/usr/lib64/mozilla/native-messaging-hosts/org.pagesift.host.json" firefox /usr/bin/pagesift-host
  check_manifest "$T/root/usr/lib/mozilla/native-messaging-hosts/org.pagesift.host.json" firefox /usr/bin/pagesift-host
}

case_selected_browsers_only() {
  install_user --browser chrome --browser firefox > /dev/null
  check_manifest "$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json" chromium "$HOME/.local/bin/pagesift-host"
  check_manifest "$HOME/.mozilla/native-messaging-hosts/org.pagesift.host.json" firefox "$HOME/.local/bin/pagesift-host"
  [ ! -e "$HOME/.config/chromium" ] || fail "chromium was not selected but got a manifest"
  install_user --browser edge,brave > /dev/null
  check_manifest "$HOME/.config/microsoft-edge/NativeMessagingHosts/org.pagesift.host.json" chromium "$HOME/.local/bin/pagesift-host"
  check_manifest "$HOME/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/org.pagesift.host.json" chromium "$HOME/.local/bin/pagesift-host"
}

case_install_is_idempotent() {
  plant_user_files
  for scope in user system; do
    "install_$scope" > /dev/null 2>&1
    before="$(snapshot)"
    out="$("install_$scope" 2>/dev/null)"
    [ "$(snapshot)" = "$before" ] || fail "a second --$scope install changed files"
    ! grep -q '^ *[a-z]* *wrote' <<< "$out" || fail "a second --$scope install rewrote files: $out"
    grep -q 'unchanged' <<< "$out" || fail "a second --$scope install did not say what it found"
  done
}

case_uninstall_removes_exactly_what_was_written() {
  plant_user_files
  before="$(snapshot)"
  install_user > /dev/null
  install_system --prefix /opt/pagesift > /dev/null 2>&1
  install_user --browser firefox > /dev/null  # a repeat must not confuse the record
  [ "$(snapshot)" != "$before" ] || fail "install wrote nothing"
  bash "$UNINSTALL" --user > /dev/null
  bash "$UNINSTALL" --system --root "$T/root" > /dev/null
  diff <(echo "$before") <(snapshot) || fail "uninstall did not restore the files exactly"
  out="$(bash "$UNINSTALL" --user)"
  grep -q "nothing to remove" <<< "$out" || fail "a second uninstall did not say there was nothing left"
}

case_uninstall_keeps_what_others_added() {
  install_user --browser chromium > /dev/null
  # The browser creates its profile in a folder install.sh made; it must survive.
  mkdir -p "$HOME/.config/chromium/Default"
  echo '{}' > "$HOME/.config/chromium/Default/Preferences"
  echo '{"name": "com.other.host"}' > "$HOME/.config/chromium/NativeMessagingHosts/com.other.host.json"
  bash "$UNINSTALL" > /dev/null
  [ ! -e "$HOME/.config/chromium/NativeMessagingHosts/org.pagesift.host.json" ] || fail "manifest left behind"
  [ ! -e "$HOME/.local/bin/pagesift-host" ] || fail "host binary left behind"
  [ -f "$HOME/.config/chromium/Default/Preferences" ] || fail "uninstall removed the browser's profile"
  [ -f "$HOME/.config/chromium/NativeMessagingHosts/com.other.host.json" ] || fail "uninstall removed another host's manifest"
}

case_macos_layout() {
  out="$(install_user --os macos 2>"$T/stderr")"
  while IFS=: read -r browser dir; do
    check_manifest "$HOME/$dir/org.pagesift.host.json" "$(family_of "$browser")" "$HOME/.local/bin/pagesift-host"
  done <<< "$MACOS_USER_MANIFESTS"
  grep -q "skipped brave" "$T/stderr" && grep -q "skipped vivaldi" "$T/stderr" \
    || fail "brave and vivaldi on macOS were not skipped aloud"
  install_system --os macos --prefix /usr/local > /dev/null 2>&1
  check_manifest "$T/root/Library/Google/Chrome/NativeMessagingHosts/org.pagesift.host.json" chromium /usr/local/bin/pagesift-host
  check_manifest "$T/root/Library/Application Support/Chromium/NativeMessagingHosts/org.pagesift.host.json" chromium /usr/local/bin/pagesift-host
  check_manifest "$T/root/Library/Microsoft/Edge/NativeMessagingHosts/org.pagesift.host.json" chromium /usr/local/bin/pagesift-host
  check_manifest "$T/root/Library/Application Support/Mozilla/NativeMessagingHosts/org.pagesift.host.json" firefox /usr/local/bin/pagesift-host
  bash "$UNINSTALL" > /dev/null
  [ ! -e "$HOME/Library" ] || fail "uninstall left ~/Library behind"
}

case_manifest_dir_in_place() {
  profile="$T/profile/NativeMessagingHosts"
  bash "$INSTALL" --in-place --host-binary "$T/build/pagesift-host" --extension-id "$ID" --manifest-dir "$profile" > /dev/null
  check_manifest "$profile/org.pagesift.host.json" chromium "$T/build/pagesift-host"
  [ ! -e "$HOME/.local/bin/pagesift-host" ] || fail "--in-place copied the binary"
  [ ! -e "$HOME/.config" ] || fail "--manifest-dir also wrote the browsers' folders"
  bash "$INSTALL" --in-place --host-binary "$T/build/pagesift-host" --manifest-dir "$T/ff" --browser firefox > /dev/null
  check_manifest "$T/ff/org.pagesift.host.json" firefox "$T/build/pagesift-host"
  if bash "$INSTALL" --in-place --host-binary "$T/build/pagesift-host" --extension-id "$ID" \
       --manifest-dir "$T/x" --browser chrome --browser firefox 2>/dev/null; then
    fail "--manifest-dir accepted Chromium and Firefox manifests into one folder"
  fi
  bash "$UNINSTALL" > /dev/null
  [ ! -e "$T/profile" ] && [ ! -e "$T/ff" ] || fail "uninstall left the --manifest-dir manifests"
  [ -x "$T/build/pagesift-host" ] || fail "uninstall removed a binary it did not copy"
}

case_extension_id_comes_from_the_extension() {
  # A copy of the installer tree, so that the real extension/ is neither read nor needed.
  mkdir -p "$T/tree"
  cp -r "$SRC/installer" "$SRC/manifests" "$T/tree/"
  if bash "$T/tree/installer/install.sh" --host-binary "$T/build/pagesift-host" 2>"$T/stderr"; then
    fail "install succeeded without an extension ID"
  fi
  grep -q "EXTENSION_ID.txt is missing" "$T/stderr" || fail "the missing ID was not explained: $(cat "$T/stderr")"
  [ ! -e "$HOME/.config" ] || fail "a failed install wrote manifests"
  mkdir -p "$T/tree/extension"
  echo "$OTHER_ID" > "$T/tree/extension/EXTENSION_ID.txt"
  bash "$T/tree/installer/install.sh" --host-binary "$T/build/pagesift-host" --browser chromium > /dev/null
  grep -q "chrome-extension://$OTHER_ID/" "$HOME/.config/chromium/NativeMessagingHosts/org.pagesift.host.json" \
    || fail "the manifest does not name the ID from EXTENSION_ID.txt"
  # Firefox needs no Chromium ID at all.
  rm "$T/tree/extension/EXTENSION_ID.txt"
  bash "$T/tree/installer/install.sh" --host-binary "$T/build/pagesift-host" --browser firefox > /dev/null
  echo "not-an-id" > "$T/tree/extension/EXTENSION_ID.txt"
  if bash "$T/tree/installer/install.sh" --host-binary "$T/build/pagesift-host" 2>"$T/stderr"; then
    fail "install accepted a malformed extension ID"
  fi
  grep -q "is not a Chromium extension ID" "$T/stderr" || fail "the malformed ID was not explained"
}

case_refuses_what_would_go_wrong() {
  expect_refusal() {  # expect_refusal STATUS PATTERN COMMAND...
    local status=0 want="$1" pattern="$2"; shift 2
    "$@" > /dev/null 2>"$T/stderr" || status=$?
    [ "$status" = "$want" ] || fail "'$*' exited $status, not $want"
    grep -q -- "$pattern" "$T/stderr" || fail "'$*' did not say '$pattern': $(cat "$T/stderr")"
  }
  if [ "$(id -u)" -eq 0 ]; then
    SUDO_USER=someone expect_refusal 1 "under sudo" install_user
  fi
  if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null; then
    # A --system install by an ordinary user stops before writing anything.
    expect_refusal 1 "run it with sudo" setpriv --reuid=65534 --regid=65534 --clear-groups \
      bash "$INSTALL" --system --host-binary "$T/build/pagesift-host" --extension-id "$ID"
  fi
  expect_refusal 2 "unknown browser 'opera'" install_user --browser opera
  expect_refusal 2 "unknown option" install_user --frobnicate
  expect_refusal 2 "goes with --system" install_user --root "$T/root"
  BUILD_DIR="$T/nobuild" expect_refusal 1 "no host binary at $T/nobuild/pagesift-host: build it first" \
    bash "$INSTALL" --extension-id "$ID"
  expect_refusal 1 "$T/none is not an executable file" install_user --host-binary "$T/none"
  mkdir -p "$T/we\"ird"
  expect_refusal 1 "contains a quote" install_user --prefix "$T/we\"ird"
  chmod 0644 "$T/build/pagesift-host"
  expect_refusal 1 "not an executable" install_user
}

# --- the doctor -------------------------------------------------------------------------

need_cli() {
  if [ -z "${PAGESIFT_CLI:-}" ] || [ ! -x "$PAGESIFT_CLI" ]; then
    echo "SKIP: PAGESIFT_CLI (the pagesift binary) is not built" >&2
    exit $SKIP
  fi
}

# doctor ARGS...: runs the doctor on the temporary system; output in $T/doctor, status in $status.
doctor() {
  status=0
  "$PAGESIFT_CLI" doctor --root "$T/root" --extension-id "$ID" --timeout-ms 2000 "$@" > "$T/doctor" 2>&1 || status=$?
}

# expect_problems N PATTERN: the doctor failed with exactly N problem lines, all matching
# PATTERN, each with a fix.
expect_problems() {
  [ "$status" = 1 ] || fail "doctor exited $status, not 1: $(cat "$T/doctor")"
  local problems
  problems="$(grep '^problem' "$T/doctor" || true)"
  [ "$(grep -c . <<< "$problems")" = "$1" ] || fail "expected $1 problem lines, got: $(cat "$T/doctor")"
  while IFS= read -r line; do
    grep -qE -- "$2" <<< "$line" || fail "problem line does not say '$2': $line"
    grep -q '; fix: .' <<< "$line" || fail "problem line without a fix: $line"
  done <<< "$problems"
}

case_doctor_passes_a_good_install() {
  need_cli
  install_user > /dev/null
  doctor
  [ "$status" = 0 ] || fail "doctor failed on a good install: $(cat "$T/doctor")"
  for b in chrome chromium edge brave vivaldi firefox; do
    grep -q "^ok *$b: manifest .* is valid" "$T/doctor" || fail "no ok line for $b: $(cat "$T/doctor")"
  done
  grep -q "^ok *chrome,chromium,edge,brave,vivaldi: .* answered hello: pagesift 0.1.0, protocol 1" "$T/doctor" \
    || fail "no live check for the Chromium browsers: $(cat "$T/doctor")"
  grep -q "^ok *firefox: .* answered hello" "$T/doctor" || fail "no live check for Firefox"
  # And a system-wide install, looked for under the test root.
  rm -rf "$HOME" && mkdir "$HOME"
  install_system --prefix /usr > /dev/null 2>&1
  doctor
  [ "$status" = 0 ] || fail "doctor failed on a good system install: $(cat "$T/doctor")"
  grep -q "^ok *firefox: manifest $T/root/usr/lib/mozilla/native-messaging-hosts/org.pagesift.host.json is valid" "$T/doctor" \
    || fail "doctor did not check the system Firefox manifest: $(cat "$T/doctor")"
}

case_doctor_finds_a_missing_manifest() {
  need_cli
  install_user > /dev/null
  rm "$HOME/.mozilla/native-messaging-hosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "^problem firefox: manifest .*org.pagesift.host.json was installed but is missing; fix: run install.sh --user --browser firefox"
  doctor --browser edge
  [ "$status" = 0 ] || fail "doctor blamed edge for firefox's missing manifest: $(cat "$T/doctor")"
  # Never installed, but asked about: still a problem, naming where it looked.
  rm -rf "$HOME/.config/microsoft-edge" "$HOME/.local/share/pagesift"
  doctor --browser edge
  expect_problems 1 "^problem edge: no org.pagesift.host.json in any folder Microsoft Edge reads \(.*microsoft-edge/NativeMessagingHosts"
}

case_doctor_finds_a_wrong_path() {
  need_cli
  install_user > /dev/null
  sed -i "s#\"path\": \"[^\"]*\"#\"path\": \"$T/nowhere/pagesift-host\"#" "$HOME/.config/chromium/NativeMessagingHosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "^problem chromium: manifest .* names host path $T/nowhere/pagesift-host, which does not exist"
}

case_doctor_finds_a_binary_that_is_not_executable() {
  need_cli
  install_user > /dev/null
  chmod 0644 "$HOME/.local/bin/pagesift-host"
  doctor
  # One program, named by all six manifests: one line each, so each browser's line is whole.
  expect_problems 6 "which is not executable; fix: chmod 0755 '$HOME/.local/bin/pagesift-host'"
}

case_doctor_finds_a_wrong_extension_id() {
  need_cli
  install_user > /dev/null
  "$PAGESIFT_CLI" doctor --root "$T/root" --extension-id "$OTHER_ID" --browser brave > "$T/doctor" && status=0 || status=$?
  expect_problems 1 "^problem brave: manifest .* allows chrome-extension://$ID/, not pagesift's extension chrome-extension://$OTHER_ID/"
  sed -i 's/reader@pagesift.org/someone@example.org/' "$HOME/.mozilla/native-messaging-hosts/org.pagesift.host.json"
  doctor --browser firefox
  expect_problems 1 "allows someone@example.org, not pagesift's add-on reader@pagesift.org"
  sed -i "s#chrome-extension://$ID/#chrome-extension://$ID#" "$HOME/.config/vivaldi/NativeMessagingHosts/org.pagesift.host.json"
  doctor --browser vivaldi
  expect_problems 1 "without the trailing slash"
}

case_doctor_finds_malformed_json() {
  need_cli
  install_user > /dev/null
  echo '{"name": "org.pagesift.host", "path": ' > "$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "^problem chrome: manifest .* is not valid JSON \(parse error at line 2"
  echo '["a list"]' > "$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "is not a JSON object"
  printf '{"name": "org.pagesift.host", "description": "", "path": "%s", "type": "stdio", "allowed_origins": ["chrome-extension://%s/"]}' \
    "$HOME/.local/bin/pagesift-host" "$ID" > "$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "empty \"description\""
  head -c 2000000 /dev/zero | tr '\0' '[' > "$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "larger than 1 MiB"
}

case_doctor_survives_hostile_manifests() {
  need_cli
  install_user --browser chrome > /dev/null
  manifest="$HOME/.config/google-chrome/NativeMessagingHosts/org.pagesift.host.json"
  bin="$HOME/.local/bin"
  while IFS='|' read -r content pattern; do
    printf '%s' "$content" > "$manifest"
    doctor --no-live
    expect_problems 1 "$pattern"
  done <<CASES
{"name": "org.pagesift.host", "description": "d", "path": 7, "type": "stdio", "allowed_origins": ["chrome-extension://$ID/"]}|has no "path" string
{"name": "org.pagesift.host", "description": "d", "path": "$bin/pagesift-host", "type": "stdio", "allowed_origins": {"a": 1}}|has no "allowed_origins" list of strings
{"name": "org.pagesift.host", "description": "d", "path": "$bin/pagesift-host", "type": "stdio", "allowed_origins": [1, null]}|has no "allowed_origins" list of strings
{"name": "org.pagesift.host", "description": "d", "path": "$bin/pagesift-host", "type": "stdio", "allowed_extensions": ["reader@pagesift.org"]}|is a Firefox manifest
{"name": "org.pagesift.host", "description": "d", "path": "bin/pagesift-host", "type": "stdio", "allowed_origins": ["chrome-extension://$ID/"]}|which is not absolute
{"name": "org.pagesift.host", "description": "d", "path": "@HOST_PATH@", "type": "stdio", "allowed_origins": ["chrome-extension://$ID/"]}|a placeholder that was never filled in
{"name": "com.other", "description": "d", "path": "$bin/pagesift-host", "type": "stdio", "allowed_origins": ["chrome-extension://$ID/"]}|names host "com.other"
{"name": "org.pagesift.host", "description": "d", "path": "$bin/pagesift-host", "type": "exe", "allowed_origins": ["chrome-extension://$ID/"]}|has type "exe", not "stdio"
{"name": "org.pagesift.host", "description": "d", "path": "$bin", "type": "stdio", "allowed_origins": ["chrome-extension://$ID/"]}|which is not a file
"\ud800"|is not valid JSON
$(head -c 100000 /dev/zero | tr '\0' '[')|is not valid JSON
CASES
  rm "$manifest" && ln -s "$T/nowhere.json" "$manifest"
  doctor --no-live
  expect_problems 1 "cannot read manifest"
}

case_doctor_finds_an_unreadable_system_manifest() {
  need_cli
  install_system --prefix /usr --browser chromium > /dev/null
  chmod 0600 "$T/root/etc/chromium/native-messaging-hosts/org.pagesift.host.json"
  doctor
  expect_problems 1 "^problem chromium: manifest .* is not readable by other users; fix: chmod 0644"
}

# plant_host_mode MODE: makes the installed fake host misbehave.
plant_host_mode() { echo "$1" > "$HOME/.local/bin/fake_host.mode"; }

case_doctor_live_check_catches_a_bad_host() {
  need_cli
  install_user --browser firefox > /dev/null
  plant_host_mode stray
  doctor
  expect_problems 1 "wrote text to stdout \(\"Crea\.\.\.\"\), which browsers read as an absurd frame length of 1634038339"
  plant_host_mode crash
  doctor
  expect_problems 1 "closed its output without answering hello; it exited with status 3; it said: fake host: cannot open its database"
  plant_host_mode wrong
  doctor
  expect_problems 1 "is not pagesift-host speaking protocol 1"
  plant_host_mode linger
  doctor
  expect_problems 1 "kept running after its input closed"
  plant_host_mode badtypes
  doctor
  expect_problems 1 "answered hello without \"ok\": true: \{\"id\":\"doctor-hello\",\"ok\":\"yes\""
  plant_host_mode huge
  doctor
  expect_problems 1 "sent a frame length of 3000000000 bytes; browsers accept 1 to 1048576"
  plant_host_mode garbage
  doctor
  expect_problems 1 "answered hello with a frame that is not a JSON object"
  plant_host_mode silent
  "$PAGESIFT_CLI" doctor --root "$T/root" --timeout-ms 300 > "$T/doctor" && status=0 || status=$?
  expect_problems 1 "did not answer hello within 300 ms"
  # A host that exits before reading: the doctor must not die of SIGPIPE writing to it.
  printf '#!/bin/sh\nexit 2\n' > "$HOME/.local/bin/pagesift-host"
  doctor
  expect_problems 1 "(did not read the hello request \(the host closed its input\)|closed its output without answering hello); it exited with status 2"
  printf '\x7fELF-not-really' > "$HOME/.local/bin/pagesift-host"
  doctor
  expect_problems 1 "cannot start .*pagesift-host: Exec format error"
}

case_doctor_detects_snap_and_flatpak() {
  need_cli
  install_user > /dev/null
  mkdir -p "$T/root/snap/bin" "$HOME/.local/share/flatpak/app/com.google.Chrome" "$T/root/var/lib/flatpak/app/org.mozilla.firefox"
  touch "$T/root/snap/bin/chromium" "$T/root/snap/bin/firefox"
  doctor --no-live
  expect_problems 3 "snap browser cannot start native hosts|is a Flatpak .*flatpak-spawn --host.*flatpak override --user --talk-name=org.freedesktop.Flatpak"
  grep -q "^problem chromium: Chromium is a snap ($T/root/snap/bin/chromium)" "$T/doctor" || fail "snap chromium not named"
  grep -q "^problem chrome: Google Chrome is a Flatpak" "$T/doctor" || fail "flatpak chrome not named"
  grep -q "^problem firefox: Firefox is a Flatpak" "$T/doctor" || fail "flatpak firefox not named"
  grep -q "^note *firefox: Firefox is a snap .*WebExtensions portal; fix: accept the prompt" "$T/doctor" \
    || fail "snap firefox's portal prompt not explained: $(cat "$T/doctor")"
}

case_doctor_skips_absent_browsers() {
  need_cli
  doctor --browser opera
  [ "$status" = 2 ] || fail "doctor accepted an unknown browser (status $status)"
  install_user --browser firefox > /dev/null
  doctor
  [ "$status" = 0 ] || fail "doctor failed: $(cat "$T/doctor")"
  grep -q "^note *chrome: Google Chrome not found: skipped" "$T/doctor" || fail "absent chrome not skipped"
  # A browser that is installed but has no manifest is a problem.
  mkdir -p "$T/root/usr/bin" && touch "$T/root/usr/bin/chromium"
  doctor
  expect_problems 1 "^problem chromium: no org.pagesift.host.json in any folder Chromium reads"
}

case_doctor_with_the_real_host() {
  need_cli
  if [ -z "${PAGESIFT_HOST:-}" ] || [ ! -x "$PAGESIFT_HOST" ]; then
    echo "SKIP: PAGESIFT_HOST (build/pagesift-host) is not built" >&2
    exit $SKIP
  fi
  # The real host serves only the extension ID it was built with.
  local pinned
  pinned="$(tr -d ' \t\r\n' < "$SRC/extension/EXTENSION_ID.txt")"
  bash "$INSTALL" --in-place --host-binary "$PAGESIFT_HOST" --extension-id "$pinned" > /dev/null
  doctor --extension-id "$pinned"
  [ "$status" = 0 ] || fail "doctor failed with the real host: $(cat "$T/doctor")"
  grep -q "^ok *chrome,chromium,edge,brave,vivaldi: $PAGESIFT_HOST answered hello: pagesift" "$T/doctor" \
    || fail "the real host did not answer Chromium's hello: $(cat "$T/doctor")"
  grep -q "^ok *firefox: $PAGESIFT_HOST answered hello: pagesift" "$T/doctor" \
    || fail "the real host did not answer Firefox's hello: $(cat "$T/doctor")"
}

[ $# -eq 1 ] && declare -F "case_$1" > /dev/null || { echo "usage: $0 CASE" >&2; exit 2; }
"case_$1"
echo "PASS: $1"
