# Sourced by ./build and ./mixite: exports JAVA_HOME pointing at a JDK of 21 or later.
# Order: $JAVA_HOME if it is 21+, then the newest JDK under /usr/lib/jvm (or $MIXITE_JDK_DIRS).
# Why: the machines' default java is 17, while the PDF module and the CLI need 21+ (OpenPDF 3).

mixite_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 17, 21, 25), or nothing.
  local home="$1" line v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -r "$home/release" ]; then
    line=$(grep -E '^JAVA_VERSION=' "$home/release" | head -n 1)
    v=${line#JAVA_VERSION=}; v=${v//\"/}
  else
    v=$("$home/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')
  fi
  v=${v#1.}
  printf '%s\n' "${v%%[.+-]*}"
}

mixite_find_jdk() {
  local min=21 best="" best_major=0 major dir
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(mixite_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      printf '%s\n' "$JAVA_HOME"; return 0
    fi
  fi
  for dir in ${MIXITE_JDK_DIRS:-/usr/lib/jvm}/*; do
    [ -d "$dir" ] || continue
    major=$(mixite_java_major "$dir")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

if ! MIXITE_JAVA_HOME=$(mixite_find_jdk); then
  echo "mixite: no JDK 21 or later found (JAVA_HOME=${JAVA_HOME:-unset}, searched ${MIXITE_JDK_DIRS:-/usr/lib/jvm}). Install one or set JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME="$MIXITE_JAVA_HOME"
