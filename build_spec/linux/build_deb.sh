#!/usr/bin/env bash
# Packs dist/tenor into dist/tenor_VERSION_ARCH.deb (installs to /opt/tenor, `tenor` on PATH).
# Silent install: `apt-get install -y ./tenor_*.deb`; uninstall: `apt-get remove tenor` keeps every
# user's vault (it lives in ~/.local/share/tenor); `tenor --vault DIR account delete` removes it.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$1 ARCH=$2
stage=build/deb/tenor_${VERSION}_${ARCH}
rm -rf "$stage" && mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a dist/tenor "$stage/opt/tenor"
ln -s /opt/tenor/tenor "$stage/usr/bin/tenor"
cat > "$stage/usr/share/applications/tenor.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Tenor
Comment=Private session notes for therapists
Exec=/opt/tenor/tenor
Terminal=false
Categories=Office;MedicalSoftware;
DESKTOP
cat > "$stage/DEBIAN/control" <<CONTROL
Package: tenor
Version: $VERSION
Architecture: $ARCH
Maintainer: Tenor <support@tenortherapy.com>
Depends: libportaudio2, libxcb-cursor0, libxkbcommon-x11-0, libegl1
Section: misc
Priority: optional
Description: Tenor desktop for therapists
 Records, transcribes, redacts and drafts notes offline; audio never leaves RAM.
CONTROL
find "$stage" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-0}" {} +
dpkg-deb --root-owner-group -Zgzip --build "$stage" "dist/tenor_${VERSION}_${ARCH}.deb" >/dev/null
