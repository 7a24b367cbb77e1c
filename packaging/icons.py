"""Render the one committed icon (`resources/icons/evdesk.svg`) into the files installers want.

    python packaging/icons.py [OUT_DIR]      # default: packaging/build/icons

Writes `evdesk.png` (256 px), `evdesk.ico` (16–256 px, Windows) and `evdesk.icns` (16–1024 px, macOS).
Qt renders the SVG (it is already a dependency); the ICO and ICNS containers are written here by hand:
both are a small header and a table of images, so Pillow or iconutil (macOS only) would add a build
dependency for a few dozen lines.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_SVG = REPO / "resources" / "icons" / "evdesk.svg"
DEFAULT_OUT = REPO / "packaging" / "build" / "icons"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Windows shell scales BMP entries best at small sizes; the 256 px entry is PNG-compressed, the
# layout Windows' own icons use (older tools such as rc.exe refuse PNG below 256).
ICO_PNG_FROM = 256

# ICNS entries holding PNG data (macOS 10.7+; we need 13+): type code → pixel size.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def _ensure_gui_app() -> object:
    """QSvgRenderer needs a QGuiApplication; render offscreen so a build machine needs no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "icons", "-platform", "offscreen"])
    return app


def render_rgba(svg: Path, size: int) -> object:
    """The SVG as a `size`×`size` QImage (ARGB32, straight alpha)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui_app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[attr-defined]
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_entry(image: object) -> bytes:
    """An ICO image as a 32-bit DIB: BITMAPINFOHEADER (double height: XOR + AND mask), BGRA rows bottom-up."""
    width = image.width()  # type: ignore[attr-defined]
    height = image.height()  # type: ignore[attr-defined]
    rows = []
    for y in range(height - 1, -1, -1):
        # Format_ARGB32 is 0xAARRGGBB per pixel: little-endian bytes are B, G, R, A, as the DIB wants.
        line = image.constScanLine(y)  # type: ignore[attr-defined]
        rows.append(bytes(line)[: width * 4])
    pixels = b"".join(rows)
    mask_stride = ((width + 31) // 32) * 4  # 1 bpp AND mask, rows padded to 32 bits; all zero = use alpha
    mask = bytes(mask_stride * height)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, object]) -> bytes:
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= ICO_PNG_FROM else _bmp_entry(images[s]) for s in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    for blob in blobs:
        out += blob
    return bytes(out)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = bytearray()
    for code, size in ICNS_TYPES:
        data = pngs[size]
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + bytes(body)


def generate_icons(out_dir: Path = DEFAULT_OUT, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    """Write evdesk.png/.ico/.icns into `out_dir`; return their paths by extension."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render_rgba(svg, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    paths = {"png": out_dir / "evdesk.png", "ico": out_dir / "evdesk.ico", "icns": out_dir / "evdesk.icns"}
    paths["png"].write_bytes(pngs[256])
    paths["ico"].write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    paths["icns"].write_bytes(icns_bytes(pngs))
    return paths


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else DEFAULT_OUT
    # Offscreen also when a display exists: rendering must not depend on the build machine's screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for kind, path in generate_icons(out_dir).items():
        print(f"icon {kind}: {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
