#!/bin/sh
# Starts the Lanterne workbench. There is no native launcher (it is not on Maven Central), so this
# script is the launcher: it needs a Java 21 or newer runtime (JAVA_HOME, else java on the PATH).
#
# Environment:
#   LANTERNE_DATA     folder for the database and workbench state (default: ~/.lanterne/workbench)
#   LANTERNE_LOCALE   language of the user interface, for example fr, ar or en (default: the system's)
#   LANTERNE_VM_ARGS  extra JVM options, separated by spaces, for example
#                     -Dlanterne.workbench.lockAfterMinutes=5 to lock the window after 5 minutes
#                     without keyboard or mouse input (default 10)
# Further arguments are passed to the workbench, for example -consoleLog.
HERE="$(cd "$(dirname "$0")" && pwd)"

if [ -n "$JAVA_HOME" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="java"
fi

DATA="${LANTERNE_DATA:-$HOME/.lanterne/workbench}"
# The database folder must be absolute: a relative one would depend on where the script is run.
case "$DATA" in
  /*) ;;
  *) DATA="$(pwd)/$DATA" ;;
esac
mkdir -p "$DATA" || { echo "lanterne-workbench: cannot create the data folder $DATA" >&2; exit 1; }

LAUNCHER=""
for jar in "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar; do LAUNCHER="$jar"; done
[ -f "$LAUNCHER" ] || { echo "lanterne-workbench: no Equinox launcher under $HERE/plugins" >&2; exit 1; }

# Equinox writes into its configuration area. An installation the user cannot write to keeps its
# configuration read-only (shared) and a per-user area under the data folder cascades from it.
if [ -w "$HERE/configuration" ]; then
  set -- -configuration "$HERE/configuration" "$@"
  SHARED=""
else
  set -- -configuration "$DATA/configuration" "$@"
  SHARED="$HERE/configuration"
fi

if [ -n "$LANTERNE_LOCALE" ]; then
  set -- -nl "$LANTERNE_LOCALE" "$@"
fi

# SWT and JNA load native code: allowed explicitly so that Java 24+ does not warn. Derby's log goes
# to the data folder instead of the current directory; the literature libraries log warnings and errors only.
# shellcheck disable=SC2086 # LANTERNE_VM_ARGS is a list of options
exec "$JAVA" --enable-native-access=ALL-UNNAMED $LANTERNE_VM_ARGS \
  ${SHARED:+"-Dosgi.sharedConfiguration.area=$SHARED"} ${SHARED:+-Dosgi.configuration.cascaded=true} \
  "-Dlanterne.data=$DATA" "-Dderby.stream.error.file=$DATA/derby.log" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -jar "$LAUNCHER" -install "$HERE" -data "$DATA/workspace" "$@"
