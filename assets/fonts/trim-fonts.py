#!/usr/bin/python3
"""Makes the report fonts in this folder from Debian's, without the parts Accord's PDF report never reads.

PDFBox parses every table of a TrueType font when it loads it, and a command-line PDF export loads both DejaVu faces
in a JVM that has just started. The tables dropped here made up a third of that load (JFR samples) and 5 MB of
short-lived objects: the command-line PDF of a 300x12 matrix is about 6 % quicker with these files (paired runs,
docs/performance.md). What is dropped, and why nothing a reader sees changes:

- the cmap subtables other than Windows Unicode BMP (3,1) and full repertoire (3,10): the report looks characters up
  by Unicode only, and (3,10) already maps every character the others do;
- GSUB, GPOS, GDEF, kern, MATH: glyph substitution is off (docs/decisions/0005) and PDFBox applies no positioning
  or kerning, so these were parsed and never used;
- FFTM (FontForge's timestamps);
- the glyph names of the post table (format 3 instead of 2): a PDF's CID font is addressed by glyph ids, and copied
  text comes from the ToUnicode map PDFBox writes from the cmap.

Outlines, hinting, metrics and names are untouched, so widths, line breaks and glyphs are the same.

Needs python3-fonttools, fonts-dejavu-core and fonts-droid-fallback (Debian). Run it from anywhere; it rewrites the
.ttf files beside it.
"""
import os
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {
    "DejaVuSans.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DroidSansFallbackFull.ttf": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
}
UNUSED_TABLES = ["GSUB", "GPOS", "GDEF", "kern", "MATH", "FFTM"]
UNICODE_CMAPS = {(3, 1), (3, 10)}

for name, source in SOURCES.items():
    font = TTFont(source)
    for tag in UNUSED_TABLES:
        if tag in font:
            del font[tag]
    cmap = font["cmap"]
    cmap.tables = [t for t in cmap.tables if (t.platformID, t.platEncID) in UNICODE_CMAPS]
    font["post"].formatType = 3.0
    font.save(os.path.join(HERE, name))
    print(name, os.path.getsize(os.path.join(HERE, name)), "bytes")
