#!/usr/bin/env python3
"""Generates driver/core/model_data.c, the PCRS v2.0 model tables, from the
official XSDs (data/schemas/pcrs/). Python 3 standard library only.

    /usr/bin/python3 driver/core/gen_model.py            # rewrite model_data.c
    /usr/bin/python3 driver/core/gen_model.py --check    # exit 1 if it is stale

The XSDs give classes, properties, types, occurs and codes. What they lack
(code labels and definitions, the usual thematique of each class) is
transcribed below from the standard (CNIG PCRS v2.0 PDF, B.1.1 and B.3.40).
Anything in the XSD this script does not understand is an error, never a
silent guess. The table of characters outside XSD \w follows the Unicode
version of the running Python: use /usr/bin/python3 (3.11, Unicode 14) for
byte-identical output.
"""

import html
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SCHEMA_DIR = os.path.join(ROOT, "data", "schemas", "pcrs")
XSD_FILES = ["CNIG_PCRS_v2.0.xsd", "CNIG_PCRS-INFO_v2.0.xsd"]  # pcrs first, then pcrs-i
OUTPUT = os.path.join(HERE, "model_data.c")

NS_XS = "http://www.w3.org/2001/XMLSchema"
NS_GML = "http://www.opengis.net/gml/3.2"
NS_PCRS = "http://cnig.gouv.fr/pcrs"
NS_PCRS_INFO = "http://cnig.gouv.fr/pcrs-information"
PCRS_NAMESPACES = {NS_PCRS: "PCRS_NAMESPACE_PCRS", NS_PCRS_INFO: "PCRS_NAMESPACE_PCRS_INFO"}

ROOT_ELEMENT = "PlanCorpsRueSimplifie"
# ShapeChange declares a global element named after the member type: not a feature.
ARTEFACT_ELEMENTS = {"PCRSFeatureMemberType"}

XS_VALUE_TYPES = {
    "string": "PCRS_VALUE_STRING",
    "date": "PCRS_VALUE_DATE",
    "double": "PCRS_VALUE_REAL",
    "integer": "PCRS_VALUE_INTEGER",
}
GML_GEOMETRY_TYPES = {
    "PointPropertyType": "PCRS_GEOM_POINT",
    "CurvePropertyType": "PCRS_GEOM_CURVE",
    "SurfacePropertyType": "PCRS_GEOM_SURFACE",
    "MultiPointPropertyType": "PCRS_GEOM_MULTIPOINT",
    "MultiCurvePropertyType": "PCRS_GEOM_MULTICURVE",
    "MultiSurfacePropertyType": "PCRS_GEOM_MULTISURFACE",
    "GeometryPropertyType": "PCRS_GEOM_ANY",
}
# Anonymous "<sequence minOccurs=0><element ref=gml:X/></sequence>" properties.
GML_GEOMETRY_ELEMENTS = {"Polygon": "PCRS_GEOM_POLYGON"}
OTHER_PATTERN = r"other: \w{2,}"
LINK_OWNS, LINK_MEMBER = 1, 2  # PCRS_LINK_* of pcrs_model.h

# ---- What the XSD does not say (transcribed from the standard) ----

# Usual thematique per class (PDF B.1.1 table); classes not listed: NULL.
THEMATIQUE = {
    "PointCanevasPCRS": "01",
    "FacadePCRS": "02",
    "ProeminenceBatiPCRS": "02",
    "SeuilPCRS": "02",
    "LimiteVoiriePCRS": "03",
    "MarcheEscalierPCRS": "03",
    "RailPCRS": "04",
    "QuaiRailPCRS": "04",
    "MurPCRS": "05",
    "PilierRegulierPCRS": "05",
    "PilierParticulierPCRS": "05",
    "ArbrePCRS": "06",
    "PilePontPCRS": "07",
    "QuaiFluvioMaritimePCRS": "07",
    "AffleurantPCRS": "10",
    "ObjetGeneriquePCRS": "00",
    "MasqueOpacitePCRS": "11",
}

# Code list descriptions where the XSD type has no documentation (PDF B.3.40 "Définition").
CODELIST_DESCRIPTION = {
    "CalendrierPCRSType": "Calendrier de disponibilité du PCRS sur une emprise",  # PDF gives none
    "CategorieMurPCRSType": "Code permettant de décrire les différents types de mur",
}

# Labels and definitions, PDF B.3.40 (and B.1.1 / UML figures for lists without a table).
# code -> (label, definition or None)
CODES = {
    "CategorieThematiquePCRSType": {
        "00": ("A déterminer", "Concerne essentiellement les objets génériques dont la thématique, liée en général à la classe d'objet, ne peut être déterminée à partir de la nomenclature lors de l'initialisation du PCRS."),
        "01": ("Topographie", "Concerne les objets spécifiques à la topographie, et notamment les points de canevas et les points de levés topographiques"),
        "02": ("Bâti", "Concerne les objets liés au bâti sur le domaine public ou en limite de celui-ci, et en particulier les seuils de bâtiments, les façades, les amorces de bâti, les proéminences de bâti, et les escaliers"),
        "03": ("Voirie", "Concerne les objets de types voies de circulation terrestre non ferroviaire du domaine public, et comprenant les limites apparentes de voirie et escaliers"),
        "04": ("Ferroviaire", "Concerne aussi bien les rails de SNCF Réseau que ceux liés à un transport public de type tramway ou tram-train et situés sur le domaine public."),
        "05": ("Clôture", "Concerne les objets destinés à la clôture d'un espace et ayant une limite apparente avec le domaine public, dont les murs de tous types et parapets, surmontés ou non d'une clôture, les socles de clôtures, et les piliers."),
        "06": ("Végétal", "Concerne les objets végétaux de type haies et espaces verts, ainsi que les arbres"),
        "07": ("Ouvrage d'art", "Concerne les ouvrages d'art du domaine public (ex : piles de ponts)"),
        "08": ("Hydrographie", "Concerne l'hydrographie"),
        "09": ("Orographie", "Concerne l'orographie"),
        "10": ("Affleurant", "Concerne un élément de réseau affleurant."),
        "11": ("Raster", "Concerne une orthoimage (par exemple masque d'opacité)"),
        "99": ("Non définie", "La thématique n'est pas définie dans les données sources du gestionnaire du PCRS"),
    },
    "QualiteCategorisationPCRSType": {
        "01": ("Très fiable/Conforme PCRS", "La catégorisation de l'objet du PCRS est conforme aux spécifications"),
        "02": ("Moyennement fiable", "La catégorisation de l'objet du PCRS est moyennement fiable"),
        "03": ("Peu fiable", "La catégorisation de l'objet du PCRS est peu fiable"),
    },
    "CategoriePrecisionPCRSType": {
        "002": ("moins de 2 cm", None),
        "005": ("de 2 à 5 cm", None),
        "010": ("de 5 à 10 cm", None),
        "040": ("de 10 à 40 cm", None),
        "150": ("de 40 à 150 cm", None),
        "999": ("au-delà de 150 cm", None),
    },
    "NatureAffleurantPCRSType": {
        "01": ("Avaloir", "Dispositif à garde d'eau destiné principalement à recueillir les eaux de ruissellement ou de nettoyage des sols"),
        "02": ("Boîte, Coffret, Armoire", "Boîte, coffret ou armoire technique qui centralise des éléments de réseaux"),
        "03": ("Tampon, Plaque, Chambre", "Couvercle d'un regard d'assainissement ou d'une chambre souterraine de génie civil pour le passage des réseaux et présent notamment sur les chaussées."),
        "04": ("Branchement, Vanne, Bouche à clé", "Accessoire de robinetterie permettant de manoeuvrer depuis la chaussée, une vanne ou un robinet de branchement enterré."),
        "05": ("Bouche incendie, Poteau incendie", "Permet aux services de lutte contre l'incendie (pompiers) de puiser l'eau du réseau."),
        "06": ("Poteau", "Poteau supportant le passage aérien d'un ou plusieurs réseaux ou une signalisation tricolore."),
        "07": ("Poteau d'éclairage", "Borne lumineuse pour la mise en valeur / l'éclairage de l'espace public"),
    },
    "NatureReseauPCRSType": {
        "00": ("Non défini", None),
        "ELEC": ("Électricité", None),
        "ELECECL": ("Éclairage public", None),
        "ELECSLT": ("Signalisation lumineuse tricolore", None),
        "ELECBT": ("Électricité basse tension", None),
        "ELECHT": ("Électricité haute tension", None),
        "GAZ": ("Gaz", None),
        "MULT": ("Multi réseaux", None),
        "CHIM": ("Produits chimiques", None),
        "COM": ("Télécom", None),
        "AEP": ("Eau potable", None),
        "ASSA": ("Assainissement et pluvial", None),
        "ASSAEP": ("Eaux pluviales", None),
        "ASSAEU": ("Eaux usées", None),
        "ASSARU": ("Réseau unitaire", None),
        "DECH": ("Déchets", None),
        "CHAU": ("Chauffage et climatisation", None),
        "INCE": ("Incendie", None),
    },
    "CategorieMurPCRSType": {
        "01": ("Mur", None),
        "02": ("Mur de soutènement", None),
        "03": ("Mur bahut", None),
        "04": ("Mur bahut avec clôture", None),
        "05": ("Parapet", None),
        "06": ("Enrochement", None),
    },
    "SectionPilierPCRSType": {
        "00": ("Pilier autre", "Autre type de pilier"),
        "01": ("Pilier carré", "Pilier à section carrée"),
        "02": ("Pilier circulaire", "Pilier à section circulaire"),
        "03": ("Pilier rectangulaire", "Pilier à section rectangulaire"),
    },
    "CategoriePlacementPCRSType": {
        "01": ("Sans repositionnement", "L'élément d'habillage n'a pas été repositionné par rapport à la source de données dont il est issu."),
        "02": ("Axe voirie", "L'élément d'habillage est positionné sur ou très proche d'un axe de voirie"),
        "03": ("Limite voirie", "L'élément d'habillage est positionné en limite de voirie"),
        "04": ("Hors voirie", "L'élément d'habillage est positionné en dehors des limites de voirie"),
        "05": ("Parcelle", "L'élément d'habillage est positionné à l'intérieur d'une parcelle et proche des limites de voirie"),
    },
    "ProprieteEspaceType": {
        "01": ("Espace public", "L'espace considéré fait partie du domaine public"),
        "02": ("Espace privé", "L'espace considéré fait partie du domaine privé"),
    },
    "TexteJustificationPCRSType": {
        "G": ("Gauche", "Le texte est justifié à gauche"),
        "C": ("Centré", "Le texte est centré"),
        "D": ("Droite", "Le texte est justifié à droite"),
    },
    "CalendrierPCRSType": {
        "01": ("Mis à disposition", None),
        "02": ("Actualisation en cours", None),
        "03": ("En projet, planifié", None),
        "04": ("Non planifié", None),
    },
    "NatureEmprisePCRSType": {
        "01": ("Couloir", None),
        "02": ("Opération", None),
        "03": ("Carreau", None),
        "04": ("Limite administrative", None),
        "05": ("Raster", None),
        "06": ("Masque", None),
    },
}


class SchemaError(Exception):
    pass


def fail(msg):
    raise SchemaError(msg)


def xs(tag):
    return "{%s}%s" % (NS_XS, tag)


class Schema:
    """One XSD file: its root, target namespace and prefix bindings."""

    def __init__(self, path):
        self.path = path
        # QName values are resolved with the root's bindings: the PCRS XSDs
        # redeclare prefixes only inside appinfo, which is not interpreted.
        self.prefixes = {}
        for event, item in ET.iterparse(path, events=("start-ns", "start")):
            if event == "start":
                break
            prefix, uri = item
            self.prefixes[prefix] = uri
        self.root = ET.parse(path).getroot()
        self.target_ns = self.root.get("targetNamespace")

    def qname(self, value):
        """'pcrs:Foo' -> (uri, 'Foo'); unprefixed names use the default namespace."""
        prefix, _, local = value.rpartition(":")
        if prefix not in self.prefixes:
            fail("%s: unknown prefix in %r" % (self.path, value))
        return self.prefixes[prefix], local


def documentation(node):
    doc = node.find(xs("annotation") + "/" + xs("documentation"))
    return doc.text if doc is not None and doc.text else None


def first_line(text):
    """First meaningful line of an XSD documentation, without the HTML debris ShapeChange left."""
    if text is None:
        return None
    text = html.unescape(text)  # "&rsquo;" arrives as text after XML parsing
    for line in text.splitlines():
        line = re.sub(r"</?b>", "", line)
        line = " ".join(line.split())
        if line:
            return line
    return None


class Model:
    def __init__(self, schemas):
        self.schemas = schemas
        self.elements = {}  # (ns, name) -> (schema, node), global elements
        self.complex_types = {}  # (ns, name) -> (schema, node)
        self.simple_types = {}  # (ns, name) -> (schema, node)
        self.element_order = []
        self.simple_order = []
        for s in schemas:
            for node in s.root:
                name = node.get("name")
                key = (s.target_ns, name)
                if node.tag == xs("element"):
                    self.elements[key] = (s, node)
                    self.element_order.append(key)
                elif node.tag == xs("complexType"):
                    self.complex_types[key] = (s, node)
                elif node.tag == xs("simpleType"):
                    self.simple_types[key] = (s, node)
                    self.simple_order.append(key)
        self.build_codelists()
        self.build_classes()

    # ---- code lists ----

    def enumeration_values(self, key):
        s, node = self.simple_types[key]
        restriction = node.find(xs("restriction"))
        if restriction is None:
            return None
        values = [e.get("value") for e in restriction.findall(xs("enumeration"))]
        return values or None

    def is_other_type(self, key):
        s, node = self.simple_types[key]
        restriction = node.find(xs("restriction"))
        if restriction is None:
            return False
        patterns = [p.get("value") for p in restriction.findall(xs("pattern"))]
        return patterns == [OTHER_PATTERN] and not restriction.findall(xs("enumeration"))

    def build_codelists(self):
        members = set()
        found = []  # (key, values, extensible)
        for key in self.simple_order:
            s, node = self.simple_types[key]
            union = node.find(xs("union"))
            if union is not None:
                parts = [s.qname(m) for m in union.get("memberTypes", "").split()]
                if len(parts) != 2:
                    fail("%s: union %s: expected an enumeration and an 'other' pattern" % (s.path, key[1]))
                enum_key, other_key = parts
                values = self.enumeration_values(enum_key) if enum_key in self.simple_types else None
                if values is None or other_key not in self.simple_types or not self.is_other_type(other_key):
                    fail("%s: union %s is not enumeration + '%s'" % (s.path, key[1], OTHER_PATTERN))
                members.update(parts)
                found.append((key, values, True))
        for key in self.simple_order:
            if key in members:
                continue
            values = self.enumeration_values(key)
            if values is not None:
                found.append((key, values, False))
            elif not any(key == k for k, _, _ in found):
                fail("simple type %s is neither an enumeration nor an extensible code list" % key[1])
        order = {k: i for i, k in enumerate(self.simple_order)}
        found.sort(key=lambda item: order[item[0]])
        self.codelists = []
        self.codelist_index = {}
        for key, values, extensible in found:
            xsd_name = key[1]
            if not xsd_name.endswith("TypeType"):
                fail("code list type %s: expected the doubled 'Type' suffix" % xsd_name)
            name = xsd_name[: -len("Type")]
            labels = CODES.get(name)
            if labels is None:
                fail("code list %s (%s): no labels in CODES" % (name, xsd_name))
            missing = [v for v in values if v not in labels]
            if missing:
                fail("code list %s: codes without a label in CODES: %s" % (name, ", ".join(missing)))
            stale = [c for c in labels if c not in values]
            if stale:
                fail("code list %s: CODES has codes the XSD lacks: %s" % (name, ", ".join(stale)))
            s, node = self.simple_types[key]
            description = first_line(documentation(node)) or CODELIST_DESCRIPTION.get(name)
            if description is None:
                fail("code list %s: no description (XSD or CODELIST_DESCRIPTION)" % name)
            codes = [(v,) + labels[v] for v in values]
            self.codelist_index[key] = len(self.codelists)
            self.codelists.append(
                {"name": name, "xsd_type": xsd_name, "description": description,
                 "extensible": extensible, "codes": codes})
        unused = set(CODES) - {c["name"] for c in self.codelists}
        if unused:
            fail("CODES has lists the XSD lacks: %s" % ", ".join(sorted(unused)))

    # ---- classes ----

    def is_feature_element(self, key, seen=()):
        s, node = self.elements[key]
        group = node.get("substitutionGroup")
        if group is None:
            return False
        head = s.qname(group)
        if head == (NS_GML, "AbstractFeature"):
            return True
        if head in self.elements and head[0] in PCRS_NAMESPACES and head not in seen:
            return self.is_feature_element(head, seen + (key,))
        return False

    def build_classes(self):
        keys = []
        for key in self.element_order:
            if key[1] == ROOT_ELEMENT or key[1] in ARTEFACT_ELEMENTS:
                continue
            if self.is_feature_element(key):
                keys.append(key)
        self.class_index = {k: i for i, k in enumerate(keys)}
        self.type_to_class = {}
        for key in keys:
            s, node = self.elements[key]
            type_key = s.qname(node.get("type"))
            if type_key in self.type_to_class:
                fail("type %s used by two classes" % type_key[1])
            self.type_to_class[type_key] = self.class_index[key]
        self.classes = []
        for key in keys:
            s, node = self.elements[key]
            type_key = s.qname(node.get("type"))
            if type_key not in self.complex_types:
                fail("%s: class %s: type %s not found" % (s.path, key[1], type_key[1]))
            ts, tnode = self.complex_types[type_key]
            base, own = self.extension(ts, tnode, key[1])
            if base == (NS_GML, "AbstractFeatureType"):
                parent = -1
            elif base in self.type_to_class:
                parent = self.type_to_class[base]
            else:
                fail("class %s: base type %s is not a class type" % (key[1], base[1]))
            self.classes.append({
                "key": key, "name": key[1], "ns": PCRS_NAMESPACES[key[0]],
                "abstract": node.get("abstract") == "true", "parent": parent,
                "own": own, "description": first_line(documentation(node)),
                "thematique": THEMATIQUE.get(key[1]),
            })
        unknown = set(THEMATIQUE) - {c["name"] for c in self.classes}
        if unknown:
            fail("THEMATIQUE names unknown classes: %s" % ", ".join(sorted(unknown)))
        for i, cls in enumerate(self.classes):
            cls["properties"] = self.flatten(i, ())
            geoms = [j for j, p in enumerate(cls["properties"]) if p["type"] == "PCRS_VALUE_GEOMETRY"]
            if len(geoms) > 1:
                fail("class %s has several geometry properties" % cls["name"])
            cls["geometry_property"] = geoms[0] if geoms else -1
            names = [p["name"] for p in cls["properties"]]
            if len(set(names)) != len(names):
                fail("class %s: duplicate property names" % cls["name"])
            if cls["description"] is None:
                fail("class %s: no documentation in the XSD" % cls["name"])
        lowered = [c["name"].lower() for c in self.classes]
        if len(set(lowered)) != len(lowered):
            fail("class names are not unique case-insensitively")

    def flatten(self, index, seen):
        if index in seen:
            fail("class %s derives from itself" % self.classes[index]["name"])
        cls = self.classes[index]
        inherited = self.flatten(cls["parent"], seen + (index,)) if cls["parent"] >= 0 else []
        return inherited + [dict(p, declared_in=index) for p in cls["own"]]

    def extension(self, s, tnode, where):
        """(base type key, own properties) of a class's complexType."""
        content = tnode.find(xs("complexContent"))
        ext = content.find(xs("extension")) if content is not None else None
        if ext is None or len(tnode) != 1 or len(content) != 1:
            fail("%s: class %s: type is not a plain complexContent extension" % (s.path, where))
        base = s.qname(ext.get("base"))
        own = []
        for child in ext:
            if child.tag == xs("sequence"):
                for item in child:
                    if item.tag != xs("element") or item.get("name") is None:
                        fail("%s: class %s: unexpected %s in sequence" % (s.path, where, item.tag))
                    own.append(self.property(s, item, where))
            elif child.tag in (xs("attribute"), xs("attributeGroup"), xs("annotation")):
                continue
            else:
                fail("%s: class %s: unexpected %s" % (s.path, where, child.tag))
        return base, own

    def property(self, s, node, where):
        name = node.get("name")
        what = "%s.%s" % (where, name)
        min_occurs = int(node.get("minOccurs", "1"))
        max_raw = node.get("maxOccurs", "1")
        max_occurs = "PCRS_UNBOUNDED" if max_raw == "unbounded" else max_raw
        if min_occurs not in (0, 1) or max_occurs not in ("1", "PCRS_UNBOUNDED"):
            fail("%s: occurs %s..%s not representable" % (what, min_occurs, max_raw))
        prop = {"name": name, "ns": PCRS_NAMESPACES[s.target_ns], "min": min_occurs, "max": max_occurs,
                "type": None, "codelist": -1, "geometry": "PCRS_GEOM_NONE", "target": -1, "flags": 0}
        type_attr = node.get("type")
        if type_attr is not None:
            tkey = s.qname(type_attr)
            if tkey[0] == NS_XS and tkey[1] in XS_VALUE_TYPES:
                prop["type"] = XS_VALUE_TYPES[tkey[1]]
            elif tkey[0] == NS_GML and tkey[1] in GML_GEOMETRY_TYPES:
                prop["type"] = "PCRS_VALUE_GEOMETRY"
                prop["geometry"] = GML_GEOMETRY_TYPES[tkey[1]]
            elif tkey in self.codelist_index:
                prop["type"] = "PCRS_VALUE_CODE"
                prop["codelist"] = self.codelist_index[tkey]
            elif tkey in self.complex_types:
                ts, tnode = self.complex_types[tkey]
                self.association(ts, tnode, prop, what)
            else:
                fail("%s: type %s not understood" % (what, type_attr))
        else:
            anon = node.find(xs("complexType"))
            if anon is None:
                fail("%s: no type" % what)
            self.association(s, anon, prop, what)
        return prop

    def association(self, s, tnode, prop, what):
        """A property whose content is an optional inline element (or an xlink:href)."""
        body = tnode
        content = tnode.find(xs("complexContent"))
        if content is not None:
            ext = content.find(xs("extension"))
            if ext is None or s.qname(ext.get("base")) != (NS_GML, "AbstractFeatureMemberType"):
                fail("%s: complex content other than gml:AbstractFeatureMemberType" % what)
            # The member type brings gml:OwnershipAttributeGroup with it.
            prop["flags"] |= LINK_MEMBER | LINK_OWNS
            body = ext
        seq = body.find(xs("sequence"))
        refs = seq.findall(xs("element")) if seq is not None else []
        if len(refs) != 1 or refs[0].get("ref") is None or len(seq) != 1:
            fail("%s: expected a sequence of one element ref" % what)
        for group in body.findall(xs("attributeGroup")):
            if s.qname(group.get("ref")) == (NS_GML, "OwnershipAttributeGroup"):
                prop["flags"] |= LINK_OWNS
        ref = s.qname(refs[0].get("ref"))
        if ref[0] == NS_GML and ref[1] in GML_GEOMETRY_ELEMENTS and not prop["flags"]:
            prop["type"] = "PCRS_VALUE_GEOMETRY"
            prop["geometry"] = GML_GEOMETRY_ELEMENTS[ref[1]]
        elif ref in self.class_index:
            prop["type"] = "PCRS_VALUE_LINK"
            prop["target"] = self.class_index[ref]
        else:
            fail("%s: element ref %s is neither a PCRS class nor gml:Polygon" % (what, ref[1]))


# ---- Unicode: code points that XSD \w excludes ----

def nonword_ranges():
    """Ranges of \\p{P}, \\p{Z}, \\p{C} except unassigned (Cn) and surrogates (Cs, never valid UTF-8)."""
    ranges = []
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        excluded = cat[0] in "PZ" or cat in ("Cc", "Cf", "Co")
        if not excluded:
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


# ---- C output ----

def c_string(value):
    if value is None:
        return "NULL"
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    out = out.replace("??", "?\\?")  # no trigraphs under -std=c11
    if any(ord(ch) < 0x20 for ch in out):
        fail("control character in %r" % value)
    return '"%s"' % out


def c_link_flags(flags):
    names = [n for bit, n in ((LINK_OWNS, "PCRS_LINK_OWNS"), (LINK_MEMBER, "PCRS_LINK_MEMBER")) if flags & bit]
    return " | ".join(names) if names else "0"


def c_ident(name):
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def generate(model):
    out = []
    w = out.append
    w("/* Generated by driver/core/gen_model.py from the XSDs in data/schemas/pcrs/: do not edit.")
    w(" * Regenerate with: /usr/bin/python3 driver/core/gen_model.py */")
    w("#include \"pcrs/pcrs_model.h\"")
    w("")
    w("#include <stddef.h>")
    w("")
    w("#include \"model_data.h\"")
    w("")
    w("/* ---- Code lists ---- */")
    w("")
    for cl in model.codelists:
        w("static const pcrs_code codes_%s[] = {" % c_ident(cl["name"]))
        for code, label, definition in cl["codes"]:
            w("    {%s, %s," % (c_string(code), c_string(label)))
            w("     %s}," % c_string(definition))
        w("};")
        w("")
    w("const pcrs_codelist pcrs_model_codelists_[] = {")
    for cl in model.codelists:
        w("    {%s, %s," % (c_string(cl["name"]), c_string(cl["xsd_type"])))
        w("     %s," % c_string(cl["description"]))
        w("     %d, %d, codes_%s}," % (1 if cl["extensible"] else 0, len(cl["codes"]), c_ident(cl["name"])))
    w("};")
    w("const int pcrs_model_codelist_count_ = %d;" % len(model.codelists))
    w("")
    w("/* ---- Properties: name, ns, type, min, max, codelist, geometry, target_class,")
    w(" *      link_flags, declared_in ---- */")
    w("")
    for i, cls in enumerate(model.classes):
        if not cls["properties"]:
            continue
        w("static const pcrs_property props_%s[] = {" % c_ident(cls["name"]))
        for p in cls["properties"]:
            target = "%d /* %s */" % (p["target"], model.classes[p["target"]]["name"]) if p["target"] >= 0 else "-1"
            w("    {%s, %s, %s, %d, %s, %d, %s, %s, %s, %d}," % (
                c_string(p["name"]), p["ns"], p["type"], p["min"], p["max"], p["codelist"],
                p["geometry"], target, c_link_flags(p["flags"]), p["declared_in"]))
        w("};")
        w("")
    w("/* ---- Classes, XSD document order: pcrs, then pcrs-i ---- */")
    w("")
    w("const pcrs_class pcrs_model_classes_[] = {")
    for i, cls in enumerate(model.classes):
        props = "props_%s" % c_ident(cls["name"]) if cls["properties"] else "NULL"
        w("    /* %d */ {%s, %s, %d, %d, %d, %s, %d, %s," % (
            i, c_string(cls["name"]), cls["ns"], 1 if cls["abstract"] else 0, cls["parent"],
            len(cls["properties"]), props, cls["geometry_property"], c_string(cls["thematique"])))
        w("     %s}," % c_string(cls["description"]))
    w("};")
    w("const int pcrs_model_class_count_ = %d;" % len(model.classes))
    w("")
    w("/* Class indices sorted by name (strcmp), for binary search. */")
    by_name = sorted(range(len(model.classes)), key=lambda i: model.classes[i]["name"].encode("utf-8"))
    w("const int pcrs_model_classes_by_name_[] = {%s};" % ", ".join(str(i) for i in by_name))
    w("/* Class indices sorted by ASCII-lowercased name, for case-insensitive binary search. */")
    by_lower = sorted(range(len(model.classes)),
                      key=lambda i: ascii_lower(model.classes[i]["name"]).encode("utf-8"))
    w("const int pcrs_model_classes_by_lower_name_[] = {%s};" % ", ".join(str(i) for i in by_lower))
    w("")
    ranges = nonword_ranges()
    w("/* Code points outside XSD \\w: categories P, Z, Cc, Cf, Co (Unicode %s). */" % unicodedata.unidata_version)
    w("const pcrs_codepoint_range pcrs_xsd_nonword_ranges_[] = {")
    line = "   "
    for lo, hi in ranges:
        item = " {0x%X, 0x%X}," % (lo, hi)
        if len(line) + len(item) > 100:
            w(line)
            line = "   "
        line += item
    w(line)
    w("};")
    w("const int pcrs_xsd_nonword_range_count_ = %d;" % len(ranges))
    return "\n".join(out) + "\n"


def ascii_lower(s):
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in s)


def main(argv):
    check = "--check" in argv[1:]
    try:
        schemas = [Schema(os.path.join(SCHEMA_DIR, f)) for f in XSD_FILES]
        if [s.target_ns for s in schemas] != [NS_PCRS, NS_PCRS_INFO]:
            fail("unexpected target namespaces %s" % [s.target_ns for s in schemas])
        text = generate(Model(schemas))
    except (SchemaError, ET.ParseError, OSError) as err:
        sys.stderr.write("gen_model.py: error: %s\n" % err)
        return 2
    if check:
        try:
            with open(OUTPUT, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.stderr.write("gen_model.py: %s is stale\n" % OUTPUT)
            return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
