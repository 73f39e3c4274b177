#!/usr/bin/env bash
# Installs, once, what the tests need from Debian: Chromium for the browser tests (and a font for it),
# PostgreSQL, whose server the tests start themselves in a temporary folder, the W3C's epubcheck (with the Java
# runtime it depends on) to validate Encore's EPUBs, and Calibre, whose ebook-convert makes the PDF, AZW3 and MOBI
# downloads.
# Idempotent and quiet: on a machine that already has them it does nothing.
set -euo pipefail
sudo_cmd=""
[ "$(id -u)" = 0 ] || sudo_cmd="sudo"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || need+=(postgresql)
{ [ -e /usr/share/java/epubcheck.jar ] && command -v java >/dev/null; } || need+=(epubcheck)
[ -x /usr/bin/ebook-convert ] || need+=(calibre)

if [ ${#need[@]} -gt 0 ]; then
    echo "Installing test tools: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
