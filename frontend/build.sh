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
  table form-field form-label textbox textarea select button nav-bar nav-list status-badge separator pagination
)
: > "$out/utrecht.css"
for c in "${components[@]}"; do
  src="node_modules/@utrecht/$c-css/dist/index.css"

  version=$(node -p "require('./node_modules/@utrecht/$c-css/package.json').version")
  printf '/* @utrecht/%s-css %s */\n' "$c" "$version" >> "$out/utrecht.css"
  cat "$src" >> "$out/utrecht.css"
  printf '\n' >> "$out/utrecht.css"
done

# Keep only the rules whose classes the portal uses (templates and scripts): the library ships every variant of
# every component, three quarters of which no page uses, and each page loads this file. PortalStylesTest fails
# when a template uses a utrecht class that is not in the result, so rerun this script after changing templates.
full=$(wc -c < "$out/utrecht.css")
grep -oE '\.utrecht-[a-z0-9_-]+' "$out/utrecht.css" | cut -c2- | sort -u > utrecht-classes.txt
npx purgecss --css "$out/utrecht.css" \
  --content '../app/src/main/jte/**/*.jte' '../app/src/main/resources/static/**/*.js' \
  --output "$out/"
echo "utrecht.css: $full bytes before, $(wc -c < "$out/utrecht.css") after removing unused rules"
cp node_modules/@utrecht/component-library-css/LICENSE* "$out/" 2>/dev/null || true

# The versions actually copied, for PROVENANCE.md.
for c in component-library "${components[@]}"; do
  node -p "const p=require('./node_modules/@utrecht/$c-css/package.json'); p.name+' '+p.version+' '+p.license"
done > "$out/VERSIONS.txt"
echo "Copied ${#components[@]} components to $out ($(wc -c < "$out/utrecht.css") bytes in utrecht.css)"

# PDF.js for the document viewer: only the library and its worker (the prebuilt viewer app is not used), with the
# licence, and the WebAssembly image decoders that scans need (JBIG2, JPEG 2000) and colour management, with theirs.
# PDF.js asks for the decoders by name in a directory, so the directory carries the version: static files are cached
# for a year, and a new PDF.js must not get the old decoders. ViewerController.PDFJS_WASM names the directory.
# Fonts that a PDF does not embed fall back to the browser's fonts (no standard_fonts, no cmaps).
pdfjs=../app/src/main/resources/static/vendor/pdfjs
version=$(node -p "require('./node_modules/pdfjs-dist/package.json').version")
rm -rf "$pdfjs"
mkdir -p "$pdfjs/wasm-$version"
cp node_modules/pdfjs-dist/build/pdf.min.mjs node_modules/pdfjs-dist/build/pdf.worker.min.mjs "$pdfjs/"
cp node_modules/pdfjs-dist/LICENSE "$pdfjs/LICENSE"
for f in jbig2.wasm openjpeg.wasm qcms_bg.wasm LICENSE_JBIG2 LICENSE_OPENJPEG LICENSE_QCMS \
  LICENSE_PDFJS_JBIG2 LICENSE_PDFJS_OPENJPEG LICENSE_PDFJS_QCMS; do
  cp "node_modules/pdfjs-dist/wasm/$f" "$pdfjs/wasm-$version/"
done
node -p "const p=require('./node_modules/pdfjs-dist/package.json'); p.name+' '+p.version+' '+p.license" > "$pdfjs/VERSION.txt"
echo "Copied PDF.js $(cat "$pdfjs/VERSION.txt") to $pdfjs"

# Automerge for co-editing drafts (concepten): the ES module build, without a bundler, and its WebAssembly core. The
# modules import each other by relative address, which the content hash in Texts.asset cannot reach, so the directory
# carries the version, as PDF.js's decoders do; DraftsController.AUTOMERGE names it. Only the browser's ("web")
# wasm-bindgen glue is copied: the base64 copy of the core (4.8 MB) and the Node and bundler glue are not needed.
am=node_modules/@automerge/automerge
amversion=$(node -p "require('./$am/package.json').version")
amout=../app/src/main/resources/static/vendor/automerge-$amversion
rm -rf ../app/src/main/resources/static/vendor/automerge-*
mkdir -p "$amout/entrypoints" "$amout/generated" "$amout/wasm_bindgen_output/web"
for f in "$am"/dist/mjs/*.js; do cp "$f" "$amout/"; done
cp "$am/dist/mjs/entrypoints/slim.js" "$amout/entrypoints/"
cp "$am/dist/mjs/generated/release-info.js" "$amout/generated/"
cp "$am/dist/mjs/wasm_bindgen_output/web/automerge_wasm.js" "$amout/wasm_bindgen_output/web/"
cp "$am/dist/automerge.wasm" "$amout/"
cp "$am/LICENSE" "$amout/LICENSE"
node -p "const p=require('./$am/package.json'); p.name+' '+p.version+' '+p.license" > "$amout/VERSION.txt"
echo "Copied Automerge $(cat "$amout/VERSION.txt") to $amout"
