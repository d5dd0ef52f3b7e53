#!/usr/bin/env python3
"""Counts the features of a PCRS v2.0 GML file per class, independently of the driver.

A feature is any element whose namespace is pcrs or pcrs-i and whose local name is a concrete
feature class of the official XSDs, at any depth: children of featureMember and features nested
inline in properties alike. Only the standard library is used (xml.etree, namespace-aware).

    count_features.py FILE.gml [...]          one "Class count" line per class
    count_features.py --ids FILE.gml          one "Class gml_id" line per feature, document order
"""
import argparse
import pathlib
import sys
import xml.etree.ElementTree as ET

NS_PCRS = "http://cnig.gouv.fr/pcrs"
NS_PCRS_INFO = "http://cnig.gouv.fr/pcrs-information"
NS_GML = "http://www.opengis.net/gml/3.2"
NS_XSD = "http://www.w3.org/2001/XMLSchema"
GML_ID = "{%s}id" % NS_GML

SCHEMA_DIR = pathlib.Path(__file__).resolve().parents[2] / "data" / "schemas" / "pcrs"
SCHEMAS = {NS_PCRS: SCHEMA_DIR / "CNIG_PCRS_v2.0.xsd", NS_PCRS_INFO: SCHEMA_DIR / "CNIG_PCRS-INFO_v2.0.xsd"}


def concrete_classes():
    """{namespace: set of local names} of the concrete feature classes of the XSDs: global elements
    whose substitution group chain reaches gml:AbstractFeature, not abstract, root excluded."""
    heads = {}  # (ns, name) -> (ns, name) of its substitution group head
    abstract = set()
    for ns, path in SCHEMAS.items():
        root = ET.parse(path).getroot()
        prefixes = _prefixes(path)
        for el in root.findall("{%s}element" % NS_XSD):
            name = (ns, el.get("name"))
            group = el.get("substitutionGroup")
            if group:
                prefix, _, local = group.partition(":")
                heads[name] = (prefixes[prefix], local)
            if el.get("abstract") == "true":
                abstract.add(name)

    def is_feature(name, seen=()):
        if name == (NS_GML, "AbstractFeature"):
            return True
        if name not in heads or name in seen:
            return False
        return is_feature(heads[name], seen + (name,))

    result = {NS_PCRS: set(), NS_PCRS_INFO: set()}
    for name in heads:
        if name in abstract or name == (NS_PCRS, "PlanCorpsRueSimplifie"):
            continue
        if is_feature(name):
            result[name[0]].add(name[1])
    return result


def _prefixes(path):
    """Namespace prefixes declared on the root element of a schema."""
    prefixes = {}
    for event, item in ET.iterparse(path, events=("start-ns", "start")):
        if event == "start":
            return prefixes
        prefixes[item[0]] = item[1]
    return prefixes


def scan(path, classes=None):
    """[(class name, gml:id or None)] of every feature of the file, in document order."""
    classes = classes or concrete_classes()
    features = []
    for event, el in ET.iterparse(str(path), events=("start",)):
        if not el.tag.startswith("{"):
            continue
        ns, _, local = el.tag[1:].partition("}")
        if local in classes.get(ns, ()):
            features.append((local, el.get(GML_ID)))
    return features


def count(path, classes=None):
    """{class name: number of features}."""
    counts = {}
    for name, _ in scan(path, classes):
        counts[name] = counts.get(name, 0) + 1
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", action="store_true", help="list gml:ids instead of counting")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    classes = concrete_classes()
    for path in args.files:
        if len(args.files) > 1:
            print(f"# {path}")
        if args.ids:
            for name, gml_id in scan(path, classes):
                print(name, gml_id)
        else:
            for name, n in sorted(count(path, classes).items()):
                print(name, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
