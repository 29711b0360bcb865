# Sourced by the project's scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME if it is recent enough, else the newest JDK >= 21 under /usr/lib/jvm.
lanterne_java_feature() { # prints the feature release (17, 21, 25...) of the JDK in $1
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
lanterne_pick_java() {
  local candidate best="" best_version=0 version
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    version="$(lanterne_java_feature "$JAVA_HOME")"
    if [ "${version:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/javac" ] || continue
    version="$(lanterne_java_feature "$candidate")"
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  [ -n "$best" ] && echo "$best"
}
JAVA_HOME="$(lanterne_pick_java)" || true
if [ -z "${JAVA_HOME:-}" ]; then
  echo "Lanterne needs a JDK 21 or newer: set JAVA_HOME or install one under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME
