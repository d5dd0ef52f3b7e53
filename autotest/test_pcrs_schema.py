"""Layers, fields, geometry fields, field domains and relationships against the official XSDs.

Expectations are computed from the XSDs in the test (pcrs_testlib.xsd_model), never copied from
the driver's model tables."""
import pytest
from osgeo import gdal, ogr

import count_features
from pcrs_testlib import (domain_name, expected_field_type, expected_geometry_type, field_value,
                          layers, open_pcrs, xsd_model)

MODEL = xsd_model()
CONCRETE = MODEL.concrete
ALL_CLASSES = "synthetic/all_classes.gml"


@pytest.fixture(scope="module")
def all_empty(data_dir):
    """A small file opened with EXPOSE_EMPTY_CLASSES=YES: every concrete class as a layer."""
    return open_pcrs(data_dir / "synthetic/prefixes_pcrs.gml", ["EXPOSE_EMPTY_CLASSES=YES"])


@pytest.fixture(scope="module")
def all_classes(data_dir):
    return open_pcrs(data_dir / ALL_CLASSES)


def test_concrete_class_count_from_xsd():
    # Global elements reaching gml:AbstractFeature, not abstract, minus the root and the
    # ShapeChange artefact PCRSFeatureMemberType: 34 pcrs + 2 pcrs-i.
    classes = count_features.concrete_classes()
    assert len(classes[count_features.NS_PCRS]) == 34
    assert len(classes[count_features.NS_PCRS_INFO]) == 2
    assert len(CONCRETE) == 36
    assert {"ObjetVecteurPCRS", "HabillagePCRS", "PilierPCRS"} == \
        {c.name for c in MODEL.classes.values() if c.abstract}


def test_expose_empty_classes(all_empty):
    names = [layer.GetName() for layer in layers(all_empty)]
    assert names == [c.name for c in CONCRETE], "one layer per concrete class, model (XSD) order"
    present = {"ArbrePCRS", "LimiteVoiriePCRS", "AffleurantPCRS", "AffleurantGeometriquePCRS",
               "AffleurantPointPCRS", "InitiativePCRS"}
    for layer in layers(all_empty):
        expected = 1 if layer.GetName() in present else 0
        assert layer.GetFeatureCount() == expected, layer.GetName()
        assert len([f for f in layer]) == expected, layer.GetName()


def test_expose_empty_classes_default_is_no(data_dir):
    ds = open_pcrs(data_dir / "synthetic/prefixes_pcrs.gml", ["EXPOSE_EMPTY_CLASSES=NO"])
    assert ds.GetLayerCount() == 6
    ds = open_pcrs(data_dir / "synthetic/prefixes_pcrs.gml")
    assert ds.GetLayerCount() == 6


def test_layers_are_the_classes_present_in_model_order(all_classes, data_dir):
    counts = count_features.count(data_dir / ALL_CLASSES)
    assert [layer.GetName() for layer in layers(all_classes)] == \
        [c.name for c in CONCRETE if c.name in counts]
    assert len(counts) == 36, "all_classes.gml must hold every concrete class"


@pytest.mark.parametrize("cls", CONCRETE, ids=lambda c: c.name)
def test_fields_follow_xsd(all_empty, cls):
    layer = all_empty.GetLayerByName(cls.name)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert names == ["gml_id"] + [p.name for p in cls.fields], "gml_id then XSD order"

    gml_id = defn.GetFieldDefn(0)
    assert gml_id.GetType() == ogr.OFTString
    assert not gml_id.IsNullable()

    for prop in cls.fields:
        fd = defn.GetFieldDefn(defn.GetFieldIndex(prop.name))
        assert fd.GetType() == expected_field_type(prop), \
            f"{prop.name}: {fd.GetTypeName()} ({prop.kind}, max {prop.max_occurs})"
        assert fd.IsNullable() == (prop.min_occurs == 0), f"{prop.name} nullability"
        if prop.kind == "code":
            assert fd.GetDomainName() == domain_name(prop.detail), prop.name
        else:
            assert fd.GetDomainName() == "", prop.name


@pytest.mark.parametrize("cls", CONCRETE, ids=lambda c: c.name)
def test_geometry_field_follows_xsd(all_empty, cls):
    layer = all_empty.GetLayerByName(cls.name)
    defn = layer.GetLayerDefn()
    if cls.geometry is None:
        assert defn.GetGeomFieldCount() == 0
        assert layer.GetGeomType() == ogr.wkbNone
        return
    assert defn.GetGeomFieldCount() == 1
    gfd = defn.GetGeomFieldDefn(0)
    assert gfd.GetName() == "geometrie"
    assert gfd.GetType() == expected_geometry_type(cls), \
        f"{ogr.GeometryTypeToName(gfd.GetType())} for XSD {cls.geometry.detail}"
    assert layer.GetGeomType() == expected_geometry_type(cls)


def test_geometry_types_per_class_as_documented():
    """The contract's table, spelled out for a few classes (guards the XSD reading itself)."""
    expected = {
        "ArbrePCRS": ogr.wkbPoint25D, "LimiteVoiriePCRS": ogr.wkbCompoundCurveZ,
        "PilePontPCRS": ogr.wkbCurvePolygonZ, "MasqueOpacitePCRS": ogr.wkbCurvePolygonZ,
        "HabillagePointsPCRS": ogr.wkbMultiPoint25D, "HabillageLignesPCRS": ogr.wkbMultiCurveZ,
        "EmpriseEchangePCRS": ogr.wkbMultiSurfaceZ, "ObjetGeneriquePCRS": ogr.wkbUnknown,
        "AffleurantPCRS": ogr.wkbNone, "AffleurantGeometriquePCRS": ogr.wkbNone,
        "InitiativePCRS": ogr.wkbMultiSurfaceZ, "TronconVoirie": ogr.wkbCompoundCurveZ,
    }
    for name, geom_type in expected.items():
        assert expected_geometry_type(MODEL.classes[name]) == geom_type, name


def test_field_order_of_some_classes_spelled_out(all_empty):
    """XSD order including inherited properties, written out for classes with odd orders."""
    expected = {
        "MasqueOpacitePCRS": ["gml_id", "idHabillage", "thematique", "habillage", "transparence",
                              "raster"],
        "NomVoiriePCRS": ["gml_id", "idHabillage", "thematique", "habillage", "libelle",
                          "angleRotation", "justification", "taille", "idNomVoirie",
                          "positionnement"],
        "EmpriseEchangePCRS": ["gml_id", "fournisseur", "datePublication", "complement", "type",
                               "idEmprise", "raster", "objet", "commune", "troncon", "habillage"],
        "AffleurantPCRS": ["gml_id", "dateLeve", "idObjet", "thematique", "qualiteCategorisation",
                           "precisionPlanimetrique", "precisionAltimetrique", "producteur",
                           "pointLeve", "gestionnaire", "nature", "reseau", "source", "idSource",
                           "symbolisation", "representation"],
        "EmpriseDisponibilitePCRS": ["gml_id", "dateActualite", "calendrier", "troncon",
                                     "commune", "initiative"],
    }
    for name, fields in expected.items():
        defn = all_empty.GetLayerByName(name).GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields


def test_some_field_types_spelled_out(all_empty):
    def fdefn(layer, field):
        defn = all_empty.GetLayerByName(layer).GetLayerDefn()
        return defn.GetFieldDefn(defn.GetFieldIndex(field))

    assert fdefn("ArbrePCRS", "dateLeve").GetType() == ogr.OFTDate
    assert fdefn("ArbrePCRS", "thematique").GetType() == ogr.OFTString
    assert fdefn("HabillageSymbolePCRS", "angleRotation").GetType() == ogr.OFTReal
    assert fdefn("PointLevePCRS", "precisionXY").GetType() == ogr.OFTInteger
    assert fdefn("RasterPCRS", "resolution").GetType() == ogr.OFTInteger
    assert fdefn("EmpriseEchangePCRS", "objet").GetType() == ogr.OFTStringList
    assert fdefn("AffleurantPCRS", "representation").GetType() == ogr.OFTString
    assert fdefn("InitiativePCRS", "partenaires").GetType() == ogr.OFTStringList
    assert not fdefn("ArbrePCRS", "reference").IsNullable()
    assert fdefn("ArbrePCRS", "dateLeve").IsNullable()


# ---- Field domains ----

def used_codelists():
    return sorted({p.detail for c in CONCRETE for p in c.fields if p.kind == "code"})


def test_field_domain_names(all_empty):
    names = set(all_empty.GetFieldDomainNames() or [])
    assert {domain_name(t) for t in used_codelists()} <= names


@pytest.mark.parametrize("codelist", used_codelists())
def test_field_domain_codes(all_empty, codelist):
    domain = all_empty.GetFieldDomain(domain_name(codelist))
    assert domain is not None
    assert domain.GetName() == domain_name(codelist)
    assert domain.GetDomainType() == ogr.OFDT_CODED
    assert domain.GetFieldType() == ogr.OFTString
    enumeration = domain.GetEnumeration()
    codes, _ = MODEL.codelists[codelist]
    assert set(enumeration) == set(codes), "codes with their leading zeros, as in the XSD"
    assert all(label for label in enumeration.values()), "every code has a French label"


def test_field_domain_labels(all_empty):
    assert all_empty.GetFieldDomain("CategoriePrecisionPCRSType").GetEnumeration()["005"] == \
        "de 2 à 5 cm"
    assert all_empty.GetFieldDomain("CategorieMurPCRSType").GetEnumeration()["06"] == "Enrochement"
    assert all_empty.GetFieldDomain("TexteJustificationPCRSType").GetEnumeration()["C"] == "Centré"
    assert all_empty.GetFieldDomain("CategorieThematiquePCRSType").GetEnumeration()["10"] in \
        ("Affleurant", "Réseau")


def test_no_such_field_domain(all_empty):
    assert all_empty.GetFieldDomain("NoSuchDomain") is None


# ---- Relationships ----

def _resolved_links(ds):
    """{(owner class, property, target class)} actually used by the features of a dataset."""
    where = {}
    for layer in layers(ds):
        for f in layer:
            where[f.GetField("gml_id")] = layer.GetName()
    triples = set()
    for layer in layers(ds):
        cls = MODEL.classes[layer.GetName()]
        for prop in cls.fields:
            if prop.kind != "link":
                continue
            for f in layer:
                value = field_value(f, prop.name)
                for target in (value if isinstance(value, list) else [value] if value else []):
                    if target in where:
                        triples.add((layer.GetName(), prop.name, where[target]))
    return triples


@pytest.mark.parametrize("name", [
    ALL_CLASSES, "synthetic/nested.gml", "synthetic/hrefs.gml",
    "real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml",
])
def test_relationships(data_dir, name):
    ds = open_pcrs(data_dir / name)
    rel_names = set(ds.GetRelationshipNames() or [])
    used = _resolved_links(ds)
    assert used, "the file has links"
    for owner, prop, target in used:
        rel_name = f"{owner}_{prop}_{target}"
        assert rel_name in rel_names, rel_name
    layer_names = {layer.GetName() for layer in layers(ds)}
    for rel_name in rel_names:
        rel = ds.GetRelationship(rel_name)
        assert rel.GetName() == rel_name
        target, owner = rel.GetLeftTableName(), rel.GetRightTableName()
        assert owner in layer_names and target in layer_names, rel_name
        assert rel_name.startswith(owner + "_") and rel_name.endswith("_" + target), rel_name
        prop_name = rel_name[len(owner) + 1:-len(target) - 1]
        props = {p.name: p for p in MODEL.classes[owner].fields if p.kind == "link"}
        assert prop_name in props, rel_name
        prop = props[prop_name]
        assert MODEL.is_a(target, prop.detail), f"{target} is not a {prop.detail}"
        assert rel.GetLeftTableFields() == ["gml_id"]
        assert rel.GetRightTableFields() == [prop.name]
        assert rel.GetType() == gdal.GRT_ASSOCIATION
        assert rel.GetCardinality() == (gdal.GRC_MANY_TO_MANY if prop.is_list else gdal.GRC_ONE_TO_MANY)
        assert not rel.GetMappingTableName()


def test_relationships_spelled_out(data_dir):
    ds = open_pcrs(data_dir / "real/cnigfr-PCRS/20200716.RIL_L260_C340_P0.gml")
    names = set(ds.GetRelationshipNames())
    for expected in ("AffleurantPCRS_representation_AffleurantGeometriquePCRS",
                     "AffleurantPCRS_symbolisation_AffleurantSymbolePCRS",
                     "AffleurantGeometriquePCRS_enveloppe_AffleurantEnveloppePCRS",
                     "AffleurantGeometriquePCRS_point_AffleurantPointPCRS",
                     "EmpriseEchangePCRS_objet_ArbrePCRS",
                     "EmpriseEchangePCRS_habillage_HabillageLignesPCRS"):
        assert expected in names
    rel = ds.GetRelationship("AffleurantPCRS_representation_AffleurantGeometriquePCRS")
    assert rel.GetLeftTableName() == "AffleurantGeometriquePCRS"
    assert rel.GetRightTableName() == "AffleurantPCRS"
    assert rel.GetCardinality() == gdal.GRC_ONE_TO_MANY
    rel = ds.GetRelationship("EmpriseEchangePCRS_objet_ArbrePCRS")
    assert rel.GetCardinality() == gdal.GRC_MANY_TO_MANY
    assert ds.GetRelationship("NoSuchRelationship") is None
