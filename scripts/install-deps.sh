#!/usr/bin/env bash
# Installs the Debian 12 packages the program needs to build, run and be tested.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config ninja-build
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-charts-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev libminizip-dev libexpat1-dev libsodium-dev libssl-dev libsqlite3-dev libfreexl-dev
  xvfb xauth fonts-liberation2 fonts-dejavu-core poppler-utils imagemagick sqlite3
  postgresql postgresql-contrib libpq-dev
  libreoffice-writer-nogui
  libreoffice-calc-nogui
  clang libclang-rt-14-dev
  libreoffice-calc-nogui libreoffice-writer-nogui python3-docx python3-odf
)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
