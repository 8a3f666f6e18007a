#!/usr/bin/env bash
# macOS (run on a Mac with Xcode command line tools): wrap dist/tenor in Tenor.app, sign with the
# hardened runtime, notarize and staple, then build Tenor.dmg.
#   TENOR_CODESIGN_ID="Developer ID Application: ..." TENOR_NOTARY_PROFILE=<keychain profile>
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/Tenor.app
rm -rf "$app" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp -R dist/tenor/ "$app/Contents/MacOS/"
cp build_spec/macos/Info.plist "$app/Contents/Info.plist"
codesign --force --deep --options runtime --timestamp \
  --entitlements build_spec/macos/entitlements.plist -s "${TENOR_CODESIGN_ID:?}" "$app"
hdiutil create -volname Tenor -srcfolder "$app" -ov -format UDZO dist/Tenor.dmg
codesign -s "$TENOR_CODESIGN_ID" --timestamp dist/Tenor.dmg
xcrun notarytool submit dist/Tenor.dmg --keychain-profile "${TENOR_NOTARY_PROFILE:?}" --wait
xcrun stapler staple dist/Tenor.dmg
spctl --assess --type open --context context:primary-signature -v dist/Tenor.dmg
