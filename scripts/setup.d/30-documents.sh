#!/usr/bin/env bash
# Tools the document tests use to look at what people see: pdftoppm/pdftotext (poppler-utils)
# render and read the PDF invoices, headless Chromium renders report.html, DejaVu is the font
# (the worker embeds its own committed copy; the package is only for the renderers).
# Idempotent: installs only what is missing, and runs apt-get update only then.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
