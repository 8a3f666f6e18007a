#!/usr/bin/env bash
# Builds dist/tenor/ (PyInstaller one-folder), dist/SHA256SUMS, its detached minisign signature,
# a reproducible tarball and a .deb. Signing key: TENOR_MINISIGN_SECRET_KEY (path; password from
# TENOR_MINISIGN_PASSWORD or none). Without it, an ephemeral TEST key is generated and the output
# says so: such a bundle is for checking the pipeline, not for release.
#   build_bundle.sh [--quick]    --quick: folder, SHA256SUMS and signature only (CI)
set -euo pipefail
quick=0
[ "${1:-}" = --quick ] && quick=1
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
VERSION=$($PY -c 'import tenor_desktop; print(tenor_desktop.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export PYTHONHASHSEED=0

rm -rf dist build/pyinstaller
$PY -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
  --workpath build/pyinstaller build_spec/tenor.spec

(cd dist && find tenor -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum > SHA256SUMS)

key=${TENOR_MINISIGN_SECRET_KEY:-}
if [ -z "$key" ]; then
  mkdir -p build/signing
  key=build/signing/test.key
  [ -f "$key" ] || minisign -G -W -p build/signing/test.pub -s "$key" >/dev/null
  cp build/signing/test.pub dist/tenor-signing.pub
  echo "WARNING: signed with an ephemeral TEST key (set TENOR_MINISIGN_SECRET_KEY for release)"
else
  cp "${TENOR_MINISIGN_PUBLIC_KEY:?set TENOR_MINISIGN_PUBLIC_KEY with the secret key}" dist/tenor-signing.pub
fi
if [ -n "${TENOR_MINISIGN_PASSWORD:-}" ]; then
  printf '%s\n' "$TENOR_MINISIGN_PASSWORD" | minisign -S -s "$key" -m dist/SHA256SUMS -t "tenor $VERSION"
else
  minisign -S -s "$key" -m dist/SHA256SUMS -t "tenor $VERSION" </dev/null
fi
cp build_spec/verify-bundle.sh dist/
if [ "$quick" = 1 ]; then
  echo "built dist/tenor (v$VERSION) with SHA256SUMS and signature (quick: no tarball, no .deb)"
  exit 0
fi

# Reproducible tarball: fixed order, owners and mtimes.
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C dist -cf - tenor SHA256SUMS SHA256SUMS.minisig tenor-signing.pub verify-bundle.sh \
  | gzip -n > "dist/tenor-$VERSION-linux-$ARCH.tar.gz"

build_spec/linux/build_deb.sh "$VERSION" "$ARCH"
echo "built dist/tenor (v$VERSION), dist/SHA256SUMS(.minisig), tarball and .deb"
