"""Reading the synthetic files: every class and property, nested features, namespace variants."""
import pytest
from osgeo import ogr

import count_features
from pcrs_testlib import (collect_errors, dump_dataset, feature_by_gml_id, field_value, layers,
                          open_pcrs, read_all, xml_features, xsd_model)

MODEL = xsd_model()
ALL_CLASSES = "synthetic/all_classes.gml"
SYNTHETIC_VALID = [
    "all_classes.gml", "geometry_forms.gml", "nested.gml", "hrefs.gml",
    "geometry_srs_short.gml", "geometry_srs_urn.gml", "geometry_srs_url.gml",
    "geometry_srs_urn_one_colon.gml", "geometry_4326_urn.gml", "geometry_4326_short.gml",
    "prefixes_pcrs.gml", "prefixes_default.gml", "prefixes_weird.gml",
    "prefixes_per_feature.gml", "prefixes_bom.gml",
]


@pytest.fixture(scope="module")
def all_classes(data_dir):
    return open_pcrs(data_dir / ALL_CLASSES)


@pytest.mark.parametrize("name", SYNTHETIC_VALID)
def test_counts_equal_independent_count(synthetic_dir, name):
    ds = open_pcrs(synthetic_dir / name)
    got = {layer.GetName(): layer.GetFeatureCount() for layer in layers(ds)}
    assert got == count_features.count(synthetic_dir / name)


def test_all_classes_file_fills_every_property(data_dir):
    """Precondition on the data: every property of every feature present, lists twice."""
    for feat in xml_features(data_dir / ALL_CLASSES):
        present = {}
        for child in feat.element:
            local = child.tag.rpartition("}")[2]
            present[local] = present.get(local, 0) + 1
        for prop in MODEL.classes[feat.cls].properties:
            n = present.get(prop.name, 0)
            assert n >= 2 if prop.is_list else n == 1, f"{feat.gml_id}.{prop.name}"


def test_all_classes_every_field_set(all_classes):
    for layer in layers(all_classes):
        cls = MODEL.classes[layer.GetName()]
        features = read_all(layer)
        assert features
        for f in features:
            for prop in cls.fields:
                value = field_value(f, prop.name)
                assert value is not None, f"{layer.GetName()} {f.GetField('gml_id')}.{prop.name}"
                if prop.is_list:
                    assert len(value) >= 2, f"{f.GetField('gml_id')}.{prop.name}"
            if cls.geometry is not None:
                g = f.GetGeometryRef()
                assert g is not None and g.Is3D(), f.GetField("gml_id")


def test_all_classes_without_warning(data_dir):
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / ALL_CLASSES)
        for layer in layers(ds):
            read_all(layer)
    assert errs.records == [], errs.text()


def test_all_classes_metadata(all_classes):
    assert all_classes.GetMetadataItem("PCRS_VERSION") == "2.0"
    assert all_classes.GetMetadataItem("PCRS_GML_ID") == "ALL_CLASSES"


def test_all_classes_srs(all_classes):
    for layer in layers(all_classes):
        if layer.GetGeomType() != ogr.wkbNone:
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154", layer.GetName()


@pytest.mark.parametrize("layer_name,gml_id,expected", [
    ("AffleurantPCRS", "AFF1", {
        "dateLeve": "2021/03/04", "idObjet": "ido-aff-1", "thematique": "10",
        "qualiteCategorisation": "01", "precisionPlanimetrique": "005",
        "precisionAltimetrique": "010", "producteur": "Immergis", "pointLeve": ["PL1", "PL2"],
        "gestionnaire": "ENEDIS", "nature": "03", "reseau": "other: FIBRE", "source": "SIG-RESEAU",
        "idSource": "SRC-0042", "symbolisation": "ASYM1", "representation": "AGEO1"}),
    ("PointLevePCRS", "PL1", {
        "numeroPoint": "P1001", "precisionXY": 2, "precisionZ": 3, "horodatage": "2021/03/04",
        "producteur": "Géomètre Expert Durand"}),
    ("ArbrePCRS", "ARB1", {"reference": "", "precisionPlanimetrique": "002", "thematique": "06"}),
    ("Commune", "COM1", {"codeINSEE": "01004", "nom": "Ambérieu-en-Bugey", "reference": "BDTOPO"}),
    ("HabillageSymbolePCRS", "HSYM2", {"angleRotation": -12.75, "longueur_mm": 4.0,
                                       "largeur_mm": 2.0, "habillage": ["HTXT1", "HENV1"]}),
    ("HabillageTextePCRS", "HTXT1", {"libelle": "123 m", "justification": "C", "taille": 1.5}),
    ("MasqueOpacitePCRS", "MAS2", {"transparence": 75, "raster": ["RAS1", "RAS2"],
                                   "thematique": "11"}),
    ("MurPCRS", "MUR1", {"typeMur": "06", "qualiteCategorisation": "03",
                         "precisionAltimetrique": "040"}),
    ("NomVoiriePCRS", "NOM1", {"libelle": "Rue de l'Église", "idNomVoirie": "idv-nom-1",
                               "positionnement": "02", "angleRotation": 0.0}),
    ("ObjetGeneriquePCRS", "OBJ1", {"qualiteCategorisation": "other: Inconnue",
                                    "thematique": "00", "identification": "LimiteVoiriePCRS"}),
    ("PilierRegulierPCRS", "PREG1", {"section": "02", "angleRotation": 30.25, "longueur": 0.5,
                                     "largeur": 0.4}),
    ("PointCanevasPCRS", "CAN1", {"immatriculation": "0123456", "dateCreation": "1998/07/12",
                                  "precisionXY": 1, "fiche": "https://example.org/fiches/0123456.pdf"}),
    ("RasterPCRS", "RAS1", {"nomImage": "0652_6862_L93_5cm.jp2", "resolution": 5,
                            "dateAcquisition": "2020/06/15",
                            "precisionPlanimetriqueZoneNaturelle": "010",
                            "masque": ["MAS1", "MAS2"]}),
    ("TronconVoirie", "TRO2", {"source": "BDTOPO", "reference": "TRONROUT0000000087654321",
                               "propriete": "02"}),
    ("EmpriseEchangePCRS", "EMP1", {"fournisseur": "Métropole Exemple",
                                    "datePublication": "2021/04/01", "type": "Carreau",
                                    "idEmprise": "EMP-0652-6862", "raster": ["RAS1", "RAS2"],
                                    "commune": ["COM1", "COM2"], "troncon": ["TRO1", "TRO2"]}),
    ("InitiativePCRS", "INIT1", {"partenaires": ["Région", "Département"],
                                 "gestionnaire": "Syndicat mixte PCRS",
                                 "commune": ["COM1", "COM2"]}),
    ("EmpriseDisponibilitePCRS", "DISPO1", {"dateActualite": "2021/05/01", "calendrier": "02",
                                            "initiative": "INIT1", "troncon": ["TRO1", "TRO2"]}),
])
def test_all_classes_values(all_classes, layer_name, gml_id, expected):
    f = feature_by_gml_id(all_classes, layer_name, gml_id)
    for name, value in expected.items():
        assert field_value(f, name) == value, name


def test_all_classes_emprise_lists_every_object(all_classes):
    f = feature_by_gml_id(all_classes, "EmpriseEchangePCRS", "EMP1")
    objets = f.GetFieldAsStringList(f.GetFieldIndex("objet"))
    assert len(objets) == 16
    for gml_id in objets:
        layer = next(layer for layer in layers(all_classes)
                     if any(g.GetField("gml_id") == gml_id for g in read_all(layer)))
        assert MODEL.is_a(layer.GetName(), "ObjetVecteurPCRS"), gml_id
    habillages = f.GetFieldAsStringList(f.GetFieldIndex("habillage"))
    assert len(habillages) == 11


def test_get_field_apis(all_classes):
    """The Python API a user calls: by name and index, typed getters, string lists."""
    layer = all_classes.GetLayerByName("PilierRegulierPCRS")
    f = layer.GetNextFeature()
    assert f["gml_id"] == "PREG1"
    assert f.GetField("angleRotation") == 30.25
    assert f.GetFieldAsDouble("angleRotation") == 30.25
    assert f.GetFieldAsString("section") == "02"
    assert f.GetFieldAsString(f.GetFieldIndex("thematique")) == "05"
    assert f.GetFieldAsStringList(f.GetFieldIndex("pointLeve")) == ["PL1", "PL2"]
    assert f.GetFieldAsDateTime("dateLeve")[:3] == [2021, 3, 4]
    pl = all_classes.GetLayerByName("PointLevePCRS").GetNextFeature()
    assert pl.GetFieldAsInteger("precisionXY") == 2
    assert pl.GetFieldAsInteger64("precisionZ") == 3
    assert all_classes.GetLayerByName("NoSuchClass") is None


# ---- Nested features ----

NESTED_COUNTS = {
    "SeuilPCRS": 1, "PointLevePCRS": 4, "HabillageSymbolePCRS": 1, "AffleurantPCRS": 1,
    "AffleurantSymbolePCRS": 1, "AffleurantGeometriquePCRS": 1, "AffleurantEnveloppePCRS": 1,
    "HabillageLignesPCRS": 1, "AffleurantPointPCRS": 1, "EmpriseEchangePCRS": 1, "ArbrePCRS": 1,
    "HabillageTextePCRS": 1,
}


@pytest.fixture(scope="module")
def nested(data_dir):
    return open_pcrs(data_dir / "synthetic/nested.gml")


def test_nested_counts(nested):
    assert {layer.GetName(): layer.GetFeatureCount() for layer in layers(nested)} == NESTED_COUNTS


def test_nested_document_order(nested):
    ids = [f.GetField("gml_id") for f in read_all(nested.GetLayerByName("PointLevePCRS"))]
    assert ids == ["PL_NESTED_1", "PL_NESTED_2", "PL_TOP", "PL_NESTED_3"]
    fids = [f.GetFID() for f in read_all(nested.GetLayerByName("PointLevePCRS"))]
    assert fids == [1, 2, 3, 4]


@pytest.mark.parametrize("layer_name,gml_id,field,value", [
    ("SeuilPCRS", "SEUIL", "pointLeve", ["PL_NESTED_1", "PL_NESTED_2"]),
    ("SeuilPCRS", "SEUIL", "symbole", "SYMBOLE_SEUIL"),
    ("AffleurantPCRS", "AFFLEURANT", "pointLeve", ["PL_TOP"]),
    ("AffleurantPCRS", "AFFLEURANT", "symbolisation", "AFF_SYMBOLE"),
    ("AffleurantPCRS", "AFFLEURANT", "representation", "AFF_GEOMETRIQUE"),
    ("AffleurantGeometriquePCRS", "AFF_GEOMETRIQUE", "enveloppe", ["AFF_ENVELOPPE"]),
    ("AffleurantGeometriquePCRS", "AFF_GEOMETRIQUE", "point", ["AFF_POINT"]),
    ("AffleurantGeometriquePCRS", "AFF_GEOMETRIQUE", "ligne", None),
    ("AffleurantEnveloppePCRS", "AFF_ENVELOPPE", "habillage", ["AFF_HABILLAGE"]),
    ("EmpriseEchangePCRS", "EMPRISE", "objet", ["ARBRE_IN_EMPRISE", "SEUIL", "AFFLEURANT"]),
    ("EmpriseEchangePCRS", "EMPRISE", "habillage", ["TEXTE_IN_EMPRISE", "AFF_HABILLAGE"]),
    ("ArbrePCRS", "ARBRE_IN_EMPRISE", "pointLeve", ["PL_NESTED_3"]),
])
def test_nested_link_values(nested, layer_name, gml_id, field, value):
    f = feature_by_gml_id(nested, layer_name, gml_id)
    assert field_value(f, field) == value


def test_nested_feature_values_are_their_own(nested):
    """A nested feature's properties do not leak into its parent and vice versa."""
    seuil = feature_by_gml_id(nested, "SeuilPCRS", "SEUIL")
    assert seuil.GetField("producteur") == "test"
    assert seuil.GetGeometryRef().GetGeometryName() == "COMPOUNDCURVE"
    pl = feature_by_gml_id(nested, "PointLevePCRS", "PL_NESTED_2")
    assert pl.GetField("numeroPoint") == "P2"
    assert pl.GetField("precisionXY") == 3
    assert pl.GetGeometryRef().ExportToIsoWkt() == "POINT Z (652002 6862001 35)"
    hab = feature_by_gml_id(nested, "HabillageLignesPCRS", "AFF_HABILLAGE")
    assert hab.GetField("idHabillage") == "hab"
    arbre = feature_by_gml_id(nested, "ArbrePCRS", "ARBRE_IN_EMPRISE")
    assert arbre.GetField("reference") == "chene"
    assert arbre.GetGeometryRef().ExportToIsoWkt() == "POINT Z (652050 6862050 36)"


def test_nested_without_warning(data_dir):
    with collect_errors() as errs:
        ds = open_pcrs(data_dir / "synthetic/nested.gml")
        for layer in layers(ds):
            read_all(layer)
    assert errs.records == [], errs.text()


# ---- One document, several namespace encodings ----

@pytest.mark.parametrize("variant", ["default", "weird", "per_feature", "bom"])
def test_prefix_variants_read_identically(synthetic_dir, variant):
    reference = dump_dataset(open_pcrs(synthetic_dir / "prefixes_pcrs.gml"))
    assert sum(len(rows) for rows in reference.values()) == 6
    assert dump_dataset(open_pcrs(synthetic_dir / f"prefixes_{variant}.gml")) == reference


def test_prefix_reference_content(synthetic_dir):
    ds = open_pcrs(synthetic_dir / "prefixes_pcrs.gml")
    assert [layer.GetName() for layer in layers(ds)] == [
        "AffleurantGeometriquePCRS", "AffleurantPCRS", "AffleurantPointPCRS", "ArbrePCRS",
        "LimiteVoiriePCRS", "InitiativePCRS"]
    assert feature_by_gml_id(ds, "AffleurantPCRS", "T_AFF").GetField("representation") == "T_GEOM"
    assert feature_by_gml_id(ds, "AffleurantGeometriquePCRS", "T_GEOM").GetField("point") == ["T_POINT"]
    init = feature_by_gml_id(ds, "InitiativePCRS", "T_INIT")
    assert init.GetFieldAsStringList(init.GetFieldIndex("partenaires")) == ["Métropole", "Région"]
    assert init.GetField("gestionnaire") == "Équipe PCRS"
    assert ds.GetMetadataItem("PCRS_GML_ID") == "PREFIXES"
