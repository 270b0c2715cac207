#!/bin/sh
# Writes assets/presets/*.json from core.KernelPreset (the recipes), after a change to a preset.
# PresetFilesTest fails until the files and the code agree again.
set -e
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile
java -cp target/classes:target/test-classes app.conv3d.io.PresetFiles assets/presets
