#!/usr/bin/env bash
# Make evdesk's drag-to-Applications DMG from packaging/dist/evdesk.app (run packaging/build.py first).
#
#   packaging/macos/build-dmg.sh [VERSION]     # VERSION defaults to evdesk/__init__.py's __version__
#
# Output: packaging/dist/evdesk-<version>-macos-<arch>.dmg  (arch: arm64 or x86_64, this Mac's)
#
# Signing and notarization happen only when credentials are set; otherwise the DMG is unsigned (fine
# for testing; Gatekeeper blocks it on other Macs until the user allows it in System Settings).
#   MACOS_SIGN_IDENTITY          "Developer ID Application: Name (TEAMID)": turns signing on
#   MACOS_CERTIFICATE_P12_BASE64 optional: the identity as a base64 .p12, imported into a throwaway
#   MACOS_CERTIFICATE_PASSWORD   keychain (CI); without it the identity must be in your keychain
#   MACOS_NOTARY_PROFILE         a `xcrun notarytool store-credentials` profile, or else all three of
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password): turns notarization on
#
# Order (inside-out, as notarization requires): every Mach-O file, then each Qt framework, then the
# executables, then the .app with the hardened runtime and entitlements.plist; notarize and staple the
# .app (so it also opens offline once copied out of the DMG); build the DMG; sign, notarize, staple it.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PACKAGING="$(dirname "$HERE")"
REPO="$(dirname "$PACKAGING")"
APP="$PACKAGING/dist/evdesk.app"
ENTITLEMENTS="$HERE/entitlements.plist"

fail() { echo "build-dmg: $*" >&2; exit 1; }

[[ "$(uname -s)" == "Darwin" ]] || fail "macOS only (codesign, hdiutil, notarytool)"
[[ -d "$APP" ]] || fail "$APP is missing: run 'python packaging/build.py' first"

VERSION="${1:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/evdesk/__init__.py")}"
VERSION="${VERSION#v}"
[[ -n "$VERSION" ]] || fail "no version given and none found in evdesk/__init__.py"
ARCH="$(uname -m)"
DMG="$PACKAGING/dist/evdesk-$VERSION-macos-$ARCH.dmg"
WORK="$PACKAGING/build/dmg"
rm -rf "$WORK"
mkdir -p "$WORK"

# --- Credentials -------------------------------------------------------------------------------------
SIGN=0
NOTARIZE=0
KEYCHAIN=""
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    SIGN=1
else
    echo "signing skipped: MACOS_SIGN_IDENTITY is not set (building an unsigned DMG)"
fi
# (A flag rather than the array's length: bash 3.2, macOS's own, trips over empty arrays under set -u.)
HAVE_NOTARY=1
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    NOTARY_AUTH=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
    NOTARY_AUTH=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
else
    HAVE_NOTARY=0
fi
if [[ $SIGN -eq 1 && $HAVE_NOTARY -eq 1 ]]; then
    NOTARIZE=1
elif [[ $SIGN -eq 1 ]]; then
    echo "notarization skipped: no MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD"
fi

cleanup() {
    if [[ -n "$KEYCHAIN" ]]; then
        security delete-keychain "$KEYCHAIN" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

if [[ $SIGN -eq 1 && -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ]]; then
    # CI: a throwaway keychain holding only the Developer ID identity, deleted on exit.
    KEYCHAIN="$WORK/signing.keychain-db"
    KEYCHAIN_PASSWORD="$(openssl rand -base64 24)"
    echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$WORK/identity.p12"
    security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security set-keychain-settings -lut 21600 "$KEYCHAIN"
    security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security import "$WORK/identity.p12" -k "$KEYCHAIN" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    rm -f "$WORK/identity.p12"
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
    # Keep the user's keychains searchable too, with ours first.
    # shellcheck disable=SC2046  # one word per keychain path is what -s wants
    security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
fi

codesign_runtime() {
    local args=(--force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$MACOS_SIGN_IDENTITY")
    [[ -n "$KEYCHAIN" ]] && args+=(--keychain "$KEYCHAIN")
    codesign "${args[@]}" "$@"
}

notarize() {  # notarize FILE: submit, wait, and print Apple's log when it is refused
    local file="$1" out id
    echo "notarizing $(basename "$file") (this takes a few minutes)"
    out="$(xcrun notarytool submit "$file" "${NOTARY_AUTH[@]}" --wait 2>&1)" || true
    echo "$out"
    id="$(echo "$out" | awk '/^ *id: /{print $2; exit}')"
    if ! echo "$out" | grep -q "status: Accepted"; then
        if [[ -n "$id" ]]; then
            xcrun notarytool log "$id" "${NOTARY_AUTH[@]}" || true
        fi
        fail "notarization of $(basename "$file") was not accepted"
    fi
}

# --- Sign the app, inside-out ---------------------------------------------------------------------
if [[ $SIGN -eq 1 ]]; then
    echo "signing $APP as $MACOS_SIGN_IDENTITY"
    # 1. Loose Mach-O files (.so, .dylib, libpython) outside frameworks; symlinks are skipped.
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then
            codesign_runtime "$file"
        fi
    done < <(find "$APP/Contents/Frameworks" "$APP/Contents/Resources" -type f -not -path "*.framework/*" -print0)
    # 2. Qt's frameworks, as bundles (signing their inner binary alone breaks the framework's seal).
    while IFS= read -r -d '' framework; do
        codesign_runtime "$framework"
    done < <(find "$APP/Contents" -type d -name "*.framework" -print0)
    # 3. The executables, 4. the app itself.
    for exe in "$APP"/Contents/MacOS/*; do
        codesign_runtime "$exe"
    done
    codesign_runtime "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    if [[ $NOTARIZE -eq 1 ]]; then
        ditto -c -k --keepParent "$APP" "$WORK/evdesk-app.zip"
        notarize "$WORK/evdesk-app.zip"
        xcrun stapler staple "$APP"
        xcrun stapler validate "$APP"
        spctl --assess --type execute --verbose=2 "$APP"
    fi
fi

# --- The DMG: the app and a link to /Applications to drag it onto -------------------------------------
STAGING="$WORK/staging"
mkdir -p "$STAGING"
ditto "$APP" "$STAGING/evdesk.app"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
# hdiutil sometimes fails with "Resource busy" on CI runners (a Spotlight or XProtect scan of the new
# volume): retry a few times before giving up.
attempt=1
until hdiutil create -volname "evdesk $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"; do
    if [[ $attempt -ge 5 ]]; then
        fail "hdiutil create failed $attempt times"
    fi
    echo "hdiutil create failed (attempt $attempt of 5); retrying in $((attempt * 5)) s"
    sleep $((attempt * 5))
    attempt=$((attempt + 1))
done

if [[ $SIGN -eq 1 ]]; then
    sign_dmg=(--force --timestamp --sign "$MACOS_SIGN_IDENTITY")
    [[ -n "$KEYCHAIN" ]] && sign_dmg+=(--keychain "$KEYCHAIN")
    codesign "${sign_dmg[@]}" "$DMG"
    codesign --verify --verbose=2 "$DMG"
    if [[ $NOTARIZE -eq 1 ]]; then
        notarize "$DMG"
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    fi
fi

hdiutil verify "$DMG" >/dev/null
echo "dmg: $DMG ($(du -h "$DMG" | cut -f1))"
[[ $SIGN -eq 1 ]] || echo "note: unsigned DMG (no MACOS_SIGN_IDENTITY)"
