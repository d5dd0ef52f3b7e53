#!/usr/bin/env python3
"""Builds data/schemas/pcrs-offline-current/: the PCRS schemas on the GML
files served online today (opengis-current/, version "3.2.2", gml:id
optional), every import rewritten to a relative path so that libxml2 compiles
them offline without an XML catalog. Only schemaLocation attributes change.
Usage: /usr/bin/python3 data/schemas/pcrs-offline-current/generate.py"""

import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.dirname(HERE)

# Absolute locations met in opengis-current/ and w3c/ → path inside this folder.
URL_MAP = [
    ("http://schemas.opengis.net/", "opengis/"),
    ("http://standards.iso.org/ittf/PubliclyAvailableStandards/ISO_19139_Schemas/",
     "opengis/iso/19139/20070417/"),
    ("http://www.w3.org/1999/xlink.xsd", "w3c/1999/xlink.xsd"),
    ("http://www.w3.org/2001/xml.xsd", "w3c/2001/xml.xsd"),
]
SOURCES = [("opengis-current", "opengis"), ("w3c", "w3c")]
PCRS = ["CNIG_PCRS_v2.0.xsd", "CNIG_PCRS-INFO_v2.0.xsd"]
GML = "http://schemas.opengis.net/gml/3.2.1/gml.xsd"


def relative(target, from_file):
    return os.path.relpath(os.path.join(HERE, target), os.path.dirname(from_file))


def rewrite(text, out_path):
    def fix(match):
        location = match.group(2)
        for url, local in URL_MAP:
            if location.startswith(url):
                location = relative(local + location[len(url):], out_path)
                break
        return match.group(1) + location + match.group(3)
    return re.sub(r'(<(?:\w+:)?(?:import|include|redefine)\b[^>]*?schemaLocation=")([^"]*)(")', fix,
                  text)


def main():
    for src, dst in SOURCES:
        shutil.rmtree(os.path.join(HERE, dst), ignore_errors=True)
        for root, _, files in os.walk(os.path.join(SCHEMAS, src)):
            for name in sorted(files):
                if not name.endswith(".xsd"):
                    continue
                rel = os.path.relpath(os.path.join(root, name), os.path.join(SCHEMAS, src))
                out = os.path.join(HERE, dst, rel)
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    text = f.read()
                with open(out, "w", encoding="utf-8") as f:
                    f.write(rewrite(text, out))
    for name in PCRS:
        with open(os.path.join(SCHEMAS, "pcrs", name), encoding="utf-8") as f:
            text = f.read()
        out = os.path.join(HERE, name)
        with open(out, "w", encoding="utf-8") as f:
            f.write(rewrite(text, out))
    left = []
    for root, _, files in os.walk(HERE):
        for name in files:
            if name.endswith(".xsd"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    left += [(name, m) for m in re.findall(
                        r'<(?:\w+:)?(?:import|include|redefine)\b[^>]*?schemaLocation="(https?:[^"]*)"',
                        f.read())]
    if left:
        raise SystemExit("absolute schemaLocation left: %s" % left)


if __name__ == "__main__":
    main()
