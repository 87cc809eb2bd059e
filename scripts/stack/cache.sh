# shellcheck shell=bash
# Writing into the build cache that every clone on the machine shares ($STACK_CACHE), sourced by
# lib.sh and build-binaries.sh. Two rules keep clones that start at the same moment (a developer's
# and CI's, or two worktrees) from breaking each other's tools:
#   1. one builder at a time per tool: cache_locked holds a lock file in the cache while it builds,
#      and the one that waited finds the tool built;
#   2. nothing half-built is ever at the path readers use: a tool is built in a folder of its own
#      and then published with a rename (cache_publish_dir), which is atomic.

# cache_locked NAME CMD...: runs CMD holding $STACK_CACHE/build/NAME.lock.
cache_locked() {
  local name="$1" fd status
  shift
  mkdir -p "$STACK_CACHE/build"
  exec {fd}>"$STACK_CACHE/build/$name.lock"
  if ! flock -n "$fd"; then
    printf '[stack] another process is building %s; waiting for it\n' "$name" >&2
    flock "$fd"
  fi
  # Not `"$@" || ...`: that would switch off set -e inside CMD. Under set -e a failure exits here,
  # and the lock goes with the process.
  "$@"
  status=$?
  exec {fd}>&-
  return "$status"
}

# cache_build_dir FINAL: a new, empty folder beside FINAL to build in (same file system, so that
# publishing it is a rename). Folders of earlier builds that were interrupted are removed first:
# the caller holds the lock, so no other build is using them (the one FINAL links to is kept).
cache_build_dir() {
  local final="$1" current="" dir
  if [[ -L "$final" ]]; then current="$(dirname "$final")/$(readlink "$final")"; fi
  for dir in "$final".build-*; do
    if [[ -e "$dir" && "$dir" != "$current" ]]; then rm -rf "$dir"; fi
  done
  dir="$(mktemp -d "$final.build-XXXXXX")" && chmod 755 "$dir" && echo "$dir"
}

# cache_publish_dir BUILT FINAL: puts the folder BUILT at FINAL, replacing what was there.
cache_publish_dir() {
  local built="$1" final="$2"
  rm -rf "$final"
  mv -T "$built" "$final"
}

# cache_publish_link BUILT FINAL: makes FINAL a symlink to BUILT, replacing what was there, for
# trees that must not move once built (a Python venv's scripts name their own absolute path).
cache_publish_link() {
  local built="$1" final="$2" link
  link="$final.link-$$"
  ln -sfn "$(basename "$built")" "$link"
  if [[ -d "$final" && ! -L "$final" ]]; then rm -rf "$final"; fi
  mv -T "$link" "$final"
}
