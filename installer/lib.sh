# shellcheck shell=bash disable=SC2034
# Shared by install.sh and uninstall.sh: where each browser looks for native-messaging
# host manifests, and the install record that lets uninstall.sh remove exactly what
# install.sh wrote.
#
# Written for bash 3.2 as well (macOS's /bin/bash): no associative arrays, no mapfile,
# and no expansion of possibly empty arrays under `set -u`.

readonly HOST_NAME="org.pagesift.host"
readonly ALL_BROWSERS="chrome chromium edge brave vivaldi firefox"
readonly FIREFOX_EXTENSION_ID="reader@pagesift.org"

die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
note() { printf '%s: %s\n' "$PROG" "$*" >&2; }
usage_error() { printf '%s: %s (see %s --help)\n' "$PROG" "$*" "$PROG" >&2; exit 2; }

is_known_browser() {
  case " $ALL_BROWSERS " in *" $1 "*) return 0 ;; esac
  return 1
}

# chromium or firefox: which manifest template a browser needs.
browser_family() {
  if [ "$1" = firefox ]; then echo firefox; else echo chromium; fi
}

# The running system: linux or macos.
detect_os() {
  case "$(uname -s)" in
    Darwin) echo macos ;;
    *) echo linux ;;
  esac
}

# manifest_dirs BROWSER SCOPE OS: the folders BROWSER reads manifests from, one a line.
# Per-user folders are absolute (under $HOME); system folders are paths on the target
# system (callers prefix --root). Prints nothing when the folder is not known for sure:
# Vivaldi's system folder on Linux, and Brave and Vivaldi on macOS, are unconfirmed.
manifest_dirs() {
  local browser="$1" scope="$2" os="$3"
  local mac_user="$HOME/Library/Application Support"
  case "$os/$scope/$browser" in
    linux/user/chrome)   echo "$HOME/.config/google-chrome/NativeMessagingHosts" ;;
    linux/user/chromium) echo "$HOME/.config/chromium/NativeMessagingHosts" ;;
    linux/user/edge)     echo "$HOME/.config/microsoft-edge/NativeMessagingHosts" ;;
    linux/user/brave)    echo "$HOME/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts" ;;
    linux/user/vivaldi)  echo "$HOME/.config/vivaldi/NativeMessagingHosts" ;;
    # Firefox reads ~/.mozilla even where its profiles moved to ~/.config/mozilla.
    linux/user/firefox)  echo "$HOME/.mozilla/native-messaging-hosts" ;;
    linux/system/chrome | linux/system/brave)  # Brave reads Chrome's system folder.
                         echo "/etc/opt/chrome/native-messaging-hosts" ;;
    linux/system/chromium) echo "/etc/chromium/native-messaging-hosts" ;;
    linux/system/edge)   echo "/etc/opt/edge/native-messaging-hosts" ;;
    linux/system/firefox)
      echo "/usr/lib/mozilla/native-messaging-hosts"
      # 64-bit Fedora-style builds read lib64 instead; their package creates the folder.
      if [ -d "$ROOT/usr/lib64/mozilla" ]; then echo "/usr/lib64/mozilla/native-messaging-hosts"; fi ;;
    macos/user/chrome)   echo "$mac_user/Google/Chrome/NativeMessagingHosts" ;;
    macos/user/chromium) echo "$mac_user/Chromium/NativeMessagingHosts" ;;
    macos/user/edge)     echo "$mac_user/Microsoft Edge/NativeMessagingHosts" ;;
    macos/user/firefox)  echo "$mac_user/Mozilla/NativeMessagingHosts" ;;
    macos/system/chrome) echo "/Library/Google/Chrome/NativeMessagingHosts" ;;
    macos/system/chromium) echo "/Library/Application Support/Chromium/NativeMessagingHosts" ;;
    macos/system/edge)   echo "/Library/Microsoft/Edge/NativeMessagingHosts" ;;
    macos/system/firefox) echo "/Library/Application Support/Mozilla/NativeMessagingHosts" ;;
  esac
}

# Where the install record lives: one per scope, at a fixed place so that uninstall.sh
# needs no arguments to find it. System paths are on the target system (prefix --root).
record_path() {
  if [ "$1" = system ]; then
    echo "/var/lib/pagesift/install-record"
  else
    echo "${XDG_DATA_HOME:-$HOME/.local/share}/pagesift/install-record"
  fi
}

# The record is plain text, one entry a line: KIND<TAB>BROWSER<TAB>PATH, where KIND is
# "binary", "manifest" or "dir" (a folder install.sh created; removed only when empty),
# BROWSER is "-" where it does not apply, and PATH is the path on the target system.
# Entries keep their order: folders appear parent first.
RECORD_TMP=""

record_open() {  # record_open FILE: start from the entries already recorded there
  RECORD_TMP="$(mktemp "${TMPDIR:-/tmp}/pagesift-record.XXXXXX")"
  if [ -f "$1" ]; then cat "$1" > "$RECORD_TMP"; fi
}

record_add() {  # record_add KIND BROWSER PATH (no duplicates)
  local line
  line="$(printf '%s\t%s\t%s' "$1" "$2" "$3")"
  grep -Fxq -- "$line" "$RECORD_TMP" || printf '%s\n' "$line" >> "$RECORD_TMP"
}

record_close() {  # record_close FILE: write the record next to FILE, then move it in
  local tmp
  tmp="$(mktemp "$(dirname "$1")/.install-record.XXXXXX")"
  cat "$RECORD_TMP" > "$tmp"
  chmod 0644 "$tmp"
  mv -f "$tmp" "$1"
  rm -f "$RECORD_TMP"
}

# make_dirs REAL_DIR TARGET_DIR: creates REAL_DIR (TARGET_DIR is the same folder as seen on
# the target system) one level at a time, recording each folder that did not exist.
make_dirs() {
  local real="$1" target="$2"
  if [ -d "$real" ]; then return 0; fi
  make_dirs "$(dirname "$real")" "$(dirname "$target")"
  mkdir "$real" || die "cannot create folder $real"
  chmod 0755 "$real"
  record_add dir - "$target"
}

# A path that goes into a manifest's JSON string unescaped: refuse the few characters that
# would need escaping rather than escape them (no real install path contains them).
check_manifest_path() {
  case "$1" in
    /*) ;;
    *) die "the host path must be absolute, got '$1'" ;;
  esac
  case "$1" in
    *'"'* | *'\'* | *[[:cntrl:]]*)
      die "the host path '$1' contains a quote, a backslash or a control character; install somewhere else with --prefix" ;;
  esac
}

# fill_manifest TEMPLATE HOST_PATH EXTENSION_ID: prints the manifest. Plain text replacement
# (awk's index/substr, not gsub, so that no character of the values is special).
fill_manifest() {
  PAGESIFT_HOST_PATH="$2" PAGESIFT_EXTENSION_ID="$3" awk '
    function replace_all(s, token, value,   out, i) {
      out = ""
      while ((i = index(s, token)) > 0) {
        out = out substr(s, 1, i - 1) value
        s = substr(s, i + length(token))
      }
      return out s
    }
    {
      line = replace_all($0, "@HOST_PATH@", ENVIRON["PAGESIFT_HOST_PATH"])
      print replace_all(line, "@EXTENSION_ID@", ENVIRON["PAGESIFT_EXTENSION_ID"])
    }' "$1"
}

# install_file SOURCE DEST MODE: copies through a temporary file and a rename, so that a
# browser never reads half a file. Prints "wrote DEST" or "unchanged DEST".
install_file() {
  local source="$1" dest="$2" mode="$3" tmp
  if [ -f "$dest" ] && cmp -s "$source" "$dest"; then
    chmod "$mode" "$dest"
    echo "unchanged $dest"
    return 0
  fi
  tmp="$(mktemp "$(dirname "$dest")/.pagesift.XXXXXX")" || die "cannot write in $(dirname "$dest")"
  cat "$source" > "$tmp" || die "cannot write $tmp"
  chmod "$mode" "$tmp"
  mv -f "$tmp" "$dest" || die "cannot write $dest"
  echo "wrote $dest"
}
