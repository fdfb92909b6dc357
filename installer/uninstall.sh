#!/usr/bin/env bash
# Removes what install.sh wrote, exactly: the files and folders listed in its install
# record, and nothing else. Folders go only when they are empty, so nothing a browser or
# the user put there since is touched.
set -euo pipefail

PROG="uninstall.sh"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

usage() {
  cat <<EOF
usage: uninstall.sh [--user|--system] [--root DIR]

Removes everything install.sh recorded for that scope (--user is the default).

  --root DIR   with --system: the root install.sh was given
  -h, --help   this text
EOF
}

scope=user
ROOT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --user) scope=user ;;
    --system) scope=system ;;
    --root) [ $# -ge 2 ] && [ -n "$2" ] || usage_error "--root needs a value"; ROOT="${2%/}"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage_error "unknown option '$1'" ;;
  esac
  shift
done
if [ -n "$ROOT" ] && [ "$scope" != system ]; then usage_error "--root goes with --system"; fi
if [ "$scope" = user ] && [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ]; then
  die "--user under sudo would look in root's home ($HOME), not $SUDO_USER's; run it without sudo"
fi

if [ "$scope" = system ] && [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
  die "--system removes files from /etc, /usr and /var: run it with sudo"
fi

record="$ROOT$(record_path "$scope")"
if [ ! -f "$record" ]; then
  echo "nothing to remove: no install record at $record"
  exit 0
fi

# Files first, then the record, then the folders install.sh created, deepest first
# (the record lists them parent first).
dirs=""
while IFS="$(printf '\t')" read -r kind browser path; do
  case "$kind" in
    binary | manifest)
      if [ -e "$ROOT$path" ] || [ -L "$ROOT$path" ]; then
        rm -f "$ROOT$path"
        if [ "$browser" = - ]; then echo "removed $ROOT$path"; else printf '%-9sremoved %s\n' "$browser" "$ROOT$path"; fi
      fi ;;
    dir) dirs="$path
$dirs" ;;
    "") ;;
    *) note "ignored an unknown entry in $record: $kind" ;;
  esac
done < "$record"

rm -f "$record"
echo "removed $record"

while IFS= read -r d; do
  [ -n "$d" ] || continue
  if [ -d "$ROOT$d" ] && rmdir "$ROOT$d" 2>/dev/null; then echo "removed $ROOT$d/"; fi
done <<< "$dirs"
