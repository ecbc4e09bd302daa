#!/usr/bin/env bash
# Regenerates app/src/main/resources/demo from the public corpus (see demo/PROVENANCE.md).
# Usage: tools/build-demo-bundle.sh [corpusDir] [--max-province-entries=N] [--max-tk-motions=N]
#        corpusDir defaults to /work/shared/corpus; a limit of 0 converts everything.
# Runs the converter from test sources with plain java because exec-maven-plugin is not in the offline cache.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-/work/shared/corpus}"
shift || true
MVN_OFFLINE="${MVN_OFFLINE:--o}"
CP_FILE="app/target/demo-bundle.classpath"
./mvnw $MVN_OFFLINE -q -pl app test-compile dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$CP_FILE" -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd app
"$JAVA" -cp "target/test-classes:target/classes:$(cat "../$CP_FILE" | sed 's#^app/##')" \
  nl.statenwerk.demo.tools.DemoBundleConverter "$CORPUS" src/main/resources/demo "$@"
