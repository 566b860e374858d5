#!/usr/bin/env bash
# Turns handouts into PNG pages to look at: every .docx through LibreOffice (as a user's Word or
# LibreOffice would open it) to PDF, every PDF (those and the printed ones in test-output/pdf)
# through pdftoppm. Exits non-zero when LibreOffice cannot open a file or makes no PDF of it.
#
#   scripts/handout-pages.sh [--out DIR] [--dpi N] FILE.docx|FILE.pdf ...
#   (without files: test-output/*.docx and test-output/pdf/*.pdf)
#
# Needs Debian's libreoffice-writer (soffice) and poppler-utils (pdftoppm).
set -euo pipefail

out=test-output/pages
dpi=60
files=()
while (($#)); do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --dpi) dpi="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
if ((${#files[@]} == 0)); then
  shopt -s nullglob
  files=(test-output/*.docx test-output/pdf/*.pdf)
  shopt -u nullglob
fi
if ((${#files[@]} == 0)); then
  echo "No .docx or .pdf files given or found in test-output/." >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install libreoffice-writer poppler-utils)." >&2; exit 2; }
done

mkdir -p "$out"
# LibreOffice refuses to start twice with one profile: a profile of our own, thrown away after.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
failed=0
for file in "${files[@]}"; do
  if [[ ! -f "$file" ]]; then
    echo "not found: $file" >&2; failed=1; continue
  fi
  name=$(basename "${file%.*}")
  pdf="$file"
  case "$file" in
    *.docx)
      if ! soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >"$out/$name.soffice.log" 2>&1; then
        echo "LibreOffice failed on $file (see $out/$name.soffice.log)" >&2; failed=1; continue
      fi
      pdf="$out/$name.pdf"
      # soffice exits 0 even when it could not read the file: no PDF is the failure.
      if [[ ! -s "$pdf" ]]; then
        echo "LibreOffice made no PDF of $file (see $out/$name.soffice.log)" >&2; failed=1; continue
      fi
      ;;
    *.pdf) ;;
    *) echo "neither .docx nor .pdf: $file" >&2; failed=1; continue ;;
  esac
  rm -f "$out/$name"-*.png
  if ! pdftoppm -r "$dpi" -png "$pdf" "$out/$name"; then
    echo "pdftoppm failed on $pdf" >&2; failed=1; continue
  fi
  pages=$(ls "$out/$name"-*.png 2>/dev/null | wc -l)
  echo "$file: $pages page(s) → $out/$name-*.png"
done
exit "$failed"
