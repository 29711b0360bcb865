# Sourced by the project's scripts. Finds JDKs by feature release:
#   lanterne_pick_java MIN [MAX]  prints a JDK home whose release is in [MIN, MAX]: JAVA_HOME if it
#                                 fits, else the newest fitting JDK under /usr/lib/jvm.
# Sourcing it exports JAVA_HOME as a JDK >= 21, which the build and the workbench need.
lanterne_java_release() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
lanterne_pick_java() {
  local min="$1" max="${2:-999}" candidate best="" best_release=0 release
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    release="$(lanterne_java_release "$JAVA_HOME")"
    if [ "${release:-0}" -ge "$min" ] 2>/dev/null && [ "$release" -le "$max" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/java" ] && [ ! -L "$candidate" ] || continue
    release="$(lanterne_java_release "$candidate")"
    if [ "${release:-0}" -ge "$min" ] 2>/dev/null && [ "$release" -le "$max" ] && [ "$release" -gt "$best_release" ]; then
      best="$candidate"; best_release="$release"
    fi
  done
  [ -n "$best" ] && echo "$best"
}
JAVA_HOME="$(lanterne_pick_java 21)" || true
if [ -z "${JAVA_HOME:-}" ]; then
  echo "Lanterne needs a JDK 21 or newer: set JAVA_HOME or install one under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME
