#!/usr/bin/env bash
# Canvas benchmark (not part of the test run): opens a generated workflow of N steps in a real canvas window
# (JavaFX headless platform) and prints the time to the first frame with every card laid out.
# Usage: designer/bench-canvas.sh [steps=1000] [rounds=6]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
./mvnw -q -B -DskipTests -pl designer -am test-compile
./mvnw -q -B -pl designer dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="designer/target/classes:designer/target/test-classes:executor/target/classes"
cp="$cp:$(tr ':' '\n' < designer/target/bench-classpath.txt | grep -v '/dev/junction/' | paste -sd:)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  --enable-native-access=ALL-UNNAMED -cp "$cp" dev.junction.designer.canvas.CanvasOpenBench "$@"
