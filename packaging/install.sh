#!/bin/sh
# Alqa for Linux: put it in your own menu (no root, no Python needed).
#   sh install.sh              install for you: ~/.local/share/alqa, a menu entry, `alqa` in ~/.local/bin
#   sh install.sh --uninstall  take it out again (your sessions stay where they are)
# To run Alqa from a USB stick instead, do not install: create an empty file named `portable`
# beside the `alqa` program, and sessions and settings stay on the stick (alqa-data/).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
DEST="$DATA/alqa"
BIN="$HOME/.local/bin"
DESKTOP="$DATA/applications/alqa.desktop"
ICON="$DATA/icons/hicolor/256x256/apps/alqa.png"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$DEST" "$DESKTOP" "$ICON"
  [ -L "$BIN/alqa" ] && rm -f "$BIN/alqa"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  echo "Alqa is uninstalled. Your sessions are still in $DATA/Alqa."
  exit 0
fi

[ -x "$HERE/alqa" ] || { echo "install.sh: run it from the unpacked Alqa folder (no 'alqa' beside it)" >&2; exit 1; }
if [ "$HERE" != "$DEST" ]; then
  rm -rf "$DEST.new" && mkdir -p "$(dirname "$DEST")"
  cp -a "$HERE" "$DEST.new"
  rm -f "$DEST.new/portable"  # an installed Alqa keeps sessions in your user folder
  rm -rf "$DEST" && mv "$DEST.new" "$DEST"
fi
mkdir -p "$BIN" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
cp "$DEST/alqa.png" "$ICON"
sed -e "s|@EXEC@|\"$DEST/alqa\"|" -e "s|@ICON@|alqa|" "$DEST/alqa.desktop" > "$DESKTOP.tmp" && mv "$DESKTOP.tmp" "$DESKTOP"
chmod 644 "$DESKTOP"
ln -sf "$DEST/alqa" "$BIN/alqa"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
echo "Alqa is installed: find it in your menu under Education, or run $BIN/alqa."
echo "Check this computer with: $BIN/alqa --self-test"
