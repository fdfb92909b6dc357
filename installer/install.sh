#!/usr/bin/env bash
# Installs pagesift's native-messaging host and registers it with every selected browser:
# copies pagesift-host (mode 0755) and writes org.pagesift.host.json (mode 0644) into
# each folder the browser reads, on Linux and macOS. Idempotent. Everything it writes is
# listed in an install record, which uninstall.sh reads to remove exactly that.
set -euo pipefail

PROG="install.sh"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

usage() {
  cat <<EOF
usage: install.sh [--user|--system] [--browser NAME]... [--prefix DIR] [OPTIONS]

Installs pagesift-host and registers it with the selected browsers.

  --user              for the current user only (the default): binary in ~/.local/bin
  --system            for every user (run as root): binary in /usr/local/bin
  --browser NAME      all (the default), chrome, chromium, edge, brave, vivaldi or
                      firefox; repeat it, or separate names with commas
  --prefix DIR        install the binaries into DIR/bin
  --host-binary PATH  the pagesift-host to install (default: the build tree's
                      build/pagesift-host, or \$BUILD_DIR/pagesift-host)
  --in-place          copy nothing: the manifests name --host-binary where it is
  --manifest-dir DIR  write the manifest into DIR instead of the browsers' folders (for
                      example a test profile's <user-data-dir>/NativeMessagingHosts);
                      repeatable; needs browsers of one kind (Chromium-based or Firefox)
  --extension-id ID   the Chromium extension ID (default: extension/EXTENSION_ID.txt)
  --root DIR          with --system: write under DIR as if it were / (packaging, tests)
  --os linux|macos    lay files out for that system (default: this one)
  -h, --help          this text
EOF
}

scope=user
browsers=""
prefix=""
host_binary=""
in_place=0
manifest_dirs_opt=()
extension_id=""
ROOT=""
os="$(detect_os)"

need_value() { [ $# -ge 2 ] && [ -n "$2" ] || usage_error "$1 needs a value"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --user) scope=user ;;
    --system) scope=system ;;
    --browser) need_value "$@"; browsers="$browsers ${2//,/ }"; shift ;;
    --prefix) need_value "$@"; prefix="$2"; shift ;;
    --host-binary) need_value "$@"; host_binary="$2"; shift ;;
    --in-place) in_place=1 ;;
    --manifest-dir) need_value "$@"; manifest_dirs_opt+=("$2"); shift ;;
    --extension-id) need_value "$@"; extension_id="$2"; shift ;;
    --root) need_value "$@"; ROOT="${2%/}"; shift ;;
    --os) need_value "$@"; os="$2"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage_error "unknown option '$1'" ;;
  esac
  shift
done

# --- Check the request ------------------------------------------------------------------

case "$os" in linux | macos) ;; *) usage_error "--os must be linux or macos" ;; esac
if [ -n "$ROOT" ] && [ "$scope" != system ]; then usage_error "--root goes with --system"; fi
if [ "$scope" = user ] && [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ]; then
  die "--user under sudo would install into root's home ($HOME), not $SUDO_USER's; run it without sudo, or use --system"
fi
if [ "$scope" = user ] && [ -z "${HOME:-}" ]; then die "HOME is not set"; fi
if [ "$scope" = system ] && [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
  die "--system writes into /etc, /usr and /var: run it with sudo"
fi

selected=""
for b in $browsers; do
  if [ "$b" = all ]; then selected="$ALL_BROWSERS"; continue; fi
  is_known_browser "$b" || usage_error "unknown browser '$b' (one of: all $ALL_BROWSERS)"
  case " $selected " in *" $b "*) ;; *) selected="$selected $b" ;; esac
done
if [ -z "$browsers" ]; then
  if [ ${#manifest_dirs_opt[@]} -gt 0 ]; then selected="chromium"; else selected="$ALL_BROWSERS"; fi
fi

families=""
family_count=0
for b in $selected; do
  f="$(browser_family "$b")"
  case " $families " in *" $f "*) ;; *) families="$families $f"; family_count=$((family_count + 1)) ;; esac
done
if [ ${#manifest_dirs_opt[@]} -gt 0 ] && [ "$family_count" -gt 1 ]; then
  usage_error "--manifest-dir takes browsers of one kind: Chromium-based or firefox, not both"
fi

# The Chromium extension ID has one source of truth: extension/EXTENSION_ID.txt, next to
# the installer in the source tree and in the installed share/pagesift folder alike.
case " $families " in
  *" chromium "*)
    if [ -z "$extension_id" ]; then
      id_file="$here/../extension/EXTENSION_ID.txt"
      [ -f "$id_file" ] || die "no extension ID: $id_file is missing (the extension's build writes it from manifest.json's \"key\"); pass --extension-id ID to override"
      extension_id="$(tr -d ' \t\r\n' < "$id_file")"
    fi
    [[ "$extension_id" =~ ^[a-p]{32}$ ]] || die "'$extension_id' is not a Chromium extension ID (32 letters a to p)"
    ;;
esac

# --- The host binary --------------------------------------------------------------------

if [ -z "$prefix" ]; then
  if [ "$scope" = user ]; then prefix="$HOME/.local"; else prefix="/usr/local"; fi
fi
case "$prefix" in /*) ;; *) usage_error "--prefix must be an absolute path" ;; esac
prefix="${prefix%/}"

record_file="$(record_path "$scope")"
make_dirs_root() { make_dirs "$ROOT$1" "$1"; }
manifest_tmp=""
# The record is written on every exit, a failed one too, so that whatever was written
# before the failure can still be uninstalled.
finish() {
  rm -f "$manifest_tmp"
  if [ -d "$ROOT$(dirname "$record_file")" ]; then record_close "$ROOT$record_file"; fi
}
record_open "$ROOT$record_file"
trap finish EXIT
make_dirs_root "$(dirname "$record_file")"

if [ "$in_place" = 1 ]; then
  [ -n "$host_binary" ] || usage_error "--in-place needs --host-binary PATH"
  host_target="$host_binary"
  check_manifest_path "$host_target"
  [ -f "$ROOT$host_target" ] && [ -x "$ROOT$host_target" ] \
    || die "$ROOT$host_target is not an executable file"
  echo "using $ROOT$host_target in place"
else
  if [ -z "$host_binary" ]; then
    host_binary="${BUILD_DIR:-$here/../build}/pagesift-host"
    [ -f "$host_binary" ] || die "no host binary at $host_binary: build it first (scripts/build.sh), or pass --host-binary PATH"
  fi
  [ -f "$host_binary" ] && [ -x "$host_binary" ] || die "$host_binary is not an executable file"
  host_target="$prefix/bin/pagesift-host"
  check_manifest_path "$host_target"
  make_dirs_root "$prefix/bin"
  install_file "$host_binary" "$ROOT$host_target" 0755
  record_add binary - "$host_target"
  # The command-line tool, for `pagesift doctor`, when it was built next to the host.
  cli="$(dirname "$host_binary")/pagesift"
  if [ -f "$cli" ] && [ -x "$cli" ]; then
    install_file "$cli" "$ROOT$prefix/bin/pagesift" 0755
    record_add binary - "$prefix/bin/pagesift"
  fi
fi

# --- The manifests ----------------------------------------------------------------------

template_dir="$here/../manifests"
manifest_tmp="$(mktemp "${TMPDIR:-/tmp}/pagesift-manifest.XXXXXX")"

write_manifest() {  # write_manifest BROWSER TARGET_DIR
  local browser="$1" dir="$2" family
  family="$(browser_family "$browser")"
  fill_manifest "$template_dir/$HOST_NAME.$family.json.in" "$host_target" "$extension_id" > "$manifest_tmp"
  if grep -q '@[A-Z_]*@' "$manifest_tmp"; then die "a placeholder is left in the $family manifest template"; fi
  make_dirs_root "$dir"
  printf '%-9s' "$browser"
  install_file "$manifest_tmp" "$ROOT$dir/$HOST_NAME.json" 0644
  record_add manifest "$browser" "$dir/$HOST_NAME.json"
}

if [ ${#manifest_dirs_opt[@]} -gt 0 ]; then
  for d in "${manifest_dirs_opt[@]}"; do
    case "$d" in /*) ;; *) d="$(pwd)/$d" ;; esac
    first="${selected# }"
    write_manifest "${first%% *}" "${d%/}"
  done
else
  for b in $selected; do
    dirs="$(manifest_dirs "$b" "$scope" "$os")"
    if [ -z "$dirs" ]; then
      note "skipped $b: its $scope-wide folder on $os is not known for sure; use --user, or --manifest-dir DIR"
      continue
    fi
    while IFS= read -r d; do write_manifest "$b" "$d"; done <<< "$dirs"
  done
fi

echo "recorded in $ROOT$record_file (uninstall.sh${ROOT:+ --root $ROOT} --$scope removes it all)"
