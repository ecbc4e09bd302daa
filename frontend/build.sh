#!/usr/bin/env bash
# Copies the NL Design System (Utrecht) component CSS and PDF.js, as far as the portal uses them, from node_modules
# into the Java resources.
# The Java build never runs npm: the copied files are committed. Run after changing package.json:
#   cd frontend && ./build.sh
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund

out=../app/src/main/resources/static/vendor/utrecht
rm -rf "$out"
mkdir -p "$out"

# The components in cascade order, concatenated into utrecht.css so that a page makes one request.
components=(
  root body document page-layout page-header page-body page-content page-footer skip-link
  heading-1 heading-2 heading-3 paragraph link link-list unordered-list ordered-list data-list
  table form-field form-label textbox select button nav-bar nav-list status-badge separator pagination
)
: > "$out/utrecht.css"
for c in "${components[@]}"; do
  src="node_modules/@utrecht/$c-css/dist/index.css"

  version=$(node -p "require('./node_modules/@utrecht/$c-css/package.json').version")
  printf '/* @utrecht/%s-css %s */\n' "$c" "$version" >> "$out/utrecht.css"
  cat "$src" >> "$out/utrecht.css"
  printf '\n' >> "$out/utrecht.css"
done
cp node_modules/@utrecht/component-library-css/LICENSE* "$out/" 2>/dev/null || true

# The versions actually copied, for PROVENANCE.md.
for c in component-library "${components[@]}"; do
  node -p "const p=require('./node_modules/@utrecht/$c-css/package.json'); p.name+' '+p.version+' '+p.license"
done > "$out/VERSIONS.txt"
echo "Copied ${#components[@]} components to $out ($(wc -c < "$out/utrecht.css") bytes in utrecht.css)"

# PDF.js for the document viewer: only the library and its worker (the prebuilt viewer app is not used), with the
# licence. Fonts that a PDF does not embed fall back to the browser's fonts (no standard_fonts, no cmaps).
pdfjs=../app/src/main/resources/static/vendor/pdfjs
rm -rf "$pdfjs"
mkdir -p "$pdfjs"
cp node_modules/pdfjs-dist/build/pdf.min.mjs node_modules/pdfjs-dist/build/pdf.worker.min.mjs "$pdfjs/"
cp node_modules/pdfjs-dist/LICENSE "$pdfjs/LICENSE"
node -p "const p=require('./node_modules/pdfjs-dist/package.json'); p.name+' '+p.version+' '+p.license" > "$pdfjs/VERSION.txt"
echo "Copied PDF.js $(cat "$pdfjs/VERSION.txt") to $pdfjs"
