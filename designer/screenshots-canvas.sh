#!/usr/bin/env bash
# Screenshots of the canvas with the palette (light and dark theme), to look at: not part of the test run.
# Usage: designer/screenshots-canvas.sh <workflow.yaml | generated:N> [out-dir=/tmp/canvas-shots] [workspace] [lr|fit]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
./mvnw -q -B -DskipTests -pl designer -am test-compile
./mvnw -q -B -pl designer dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="designer/target/classes:designer/target/test-classes:executor/target/classes"
cp="$cp:$(tr ':' '\n' < designer/target/bench-classpath.txt | grep -v '/dev/junction/' | paste -sd:)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  --enable-native-access=ALL-UNNAMED -cp "$cp" dev.junction.designer.canvas.CanvasScreenshots "$1" "${2:-/tmp/canvas-shots}" "${@:3}"
