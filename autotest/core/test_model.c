/* Tests of the PCRS model tables (pcrs_model.h): content checked against
 * the XSDs, accessors, code lists and the "other: \w{2,}" extension rule. */
#define _POSIX_C_SOURCE 200809L /* mkstemp */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "pcrs/pcrs.h"

#define U PCRS_UNBOUNDED
#define OWNS PCRS_LINK_OWNS
#define MEMBER PCRS_LINK_MEMBER

typedef struct expected_property {
    const char *name;
    pcrs_value_type type;
    int min_occurs, max_occurs;
    const char *detail; /* code list name, link target class, or NULL */
    pcrs_geometry_kind geometry;
    int link_flags;
    const char *declared_in;
} expected_property;

static int class_index(const char *name)
{
    int index = pcrs_model_find_class(PCRS_NS_PCRS, name);
    if (index < 0)
        index = pcrs_model_find_class(PCRS_NS_PCRS_INFO, name);
    if (index < 0) {
        fprintf(stderr, "class %s not found\n", name);
        exit(1);
    }
    return index;
}

static const pcrs_class *class_named(const char *name)
{
    return pcrs_model_class(class_index(name));
}

static void check_properties(const char *class_name, const expected_property *expected, int count)
{
    const pcrs_class *cls = class_named(class_name);
    CHECK_INT(cls->property_count, count);
    for (int i = 0; i < count && i < cls->property_count; i++) {
        const pcrs_property *p = &cls->properties[i];
        const expected_property *e = &expected[i];
        CHECK_STR(p->name, e->name);
        CHECK_INT(p->type, e->type);
        CHECK_INT(p->min_occurs, e->min_occurs);
        CHECK_INT(p->max_occurs, e->max_occurs);
        CHECK_INT(p->ns, cls->ns);
        CHECK_INT(p->geometry, e->geometry);
        CHECK_INT(p->link_flags, e->link_flags);
        CHECK_INT(p->declared_in, class_index(e->declared_in));
        if (e->type == PCRS_VALUE_CODE)
            CHECK_STR(pcrs_model_codelist(p->codelist)->name, e->detail);
        else
            CHECK_INT(p->codelist, -1);
        if (e->type == PCRS_VALUE_LINK)
            CHECK_STR(pcrs_model_class(p->target_class)->name, e->detail);
        else
            CHECK_INT(p->target_class, -1);
        if (p->type == PCRS_VALUE_GEOMETRY)
            CHECK_INT(cls->geometry_property, i);
    }
}

#define OBJET_VECTEUR_PROPERTIES                                                                       \
    {"dateLeve", PCRS_VALUE_DATE, 0, 1, NULL, PCRS_GEOM_NONE, 0, "ObjetVecteurPCRS"},                  \
    {"idObjet", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "ObjetVecteurPCRS"},                 \
    {"thematique", PCRS_VALUE_CODE, 1, 1, "CategorieThematiquePCRSType", PCRS_GEOM_NONE, 0,            \
     "ObjetVecteurPCRS"},                                                                              \
    {"qualiteCategorisation", PCRS_VALUE_CODE, 1, 1, "QualiteCategorisationPCRSType", PCRS_GEOM_NONE,  \
     0, "ObjetVecteurPCRS"},                                                                           \
    {"precisionPlanimetrique", PCRS_VALUE_CODE, 1, 1, "CategoriePrecisionPCRSType", PCRS_GEOM_NONE, 0, \
     "ObjetVecteurPCRS"},                                                                              \
    {"precisionAltimetrique", PCRS_VALUE_CODE, 0, 1, "CategoriePrecisionPCRSType", PCRS_GEOM_NONE, 0,  \
     "ObjetVecteurPCRS"},                                                                              \
    {"producteur", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "ObjetVecteurPCRS"},              \
    {"pointLeve", PCRS_VALUE_LINK, 0, U, "PointLevePCRS", PCRS_GEOM_NONE, OWNS | MEMBER, "ObjetVecteurPCRS"}

static void test_property_lists(void)
{
    static const expected_property affleurant[] = {
        OBJET_VECTEUR_PROPERTIES,
        {"gestionnaire", PCRS_VALUE_STRING, 0, 1, NULL, PCRS_GEOM_NONE, 0, "AffleurantPCRS"},
        {"nature", PCRS_VALUE_CODE, 0, 1, "NatureAffleurantPCRSType", PCRS_GEOM_NONE, 0, "AffleurantPCRS"},
        {"reseau", PCRS_VALUE_CODE, 0, 1, "NatureReseauPCRSType", PCRS_GEOM_NONE, 0, "AffleurantPCRS"},
        {"source", PCRS_VALUE_STRING, 0, 1, NULL, PCRS_GEOM_NONE, 0, "AffleurantPCRS"},
        {"idSource", PCRS_VALUE_STRING, 0, 1, NULL, PCRS_GEOM_NONE, 0, "AffleurantPCRS"},
        {"symbolisation", PCRS_VALUE_LINK, 0, 1, "AffleurantSymbolePCRS", PCRS_GEOM_NONE, OWNS, "AffleurantPCRS"},
        {"representation", PCRS_VALUE_LINK, 1, 1, "AffleurantGeometriquePCRS", PCRS_GEOM_NONE, OWNS,
         "AffleurantPCRS"},
    };
    check_properties("AffleurantPCRS", affleurant, 15);
    CHECK_INT(class_named("AffleurantPCRS")->geometry_property, -1);
    CHECK_INT(class_named("AffleurantGeometriquePCRS")->geometry_property, -1);

    static const expected_property emprise[] = {
        {"fournisseur", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseEchangePCRS"},
        {"datePublication", PCRS_VALUE_DATE, 1, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseEchangePCRS"},
        {"complement", PCRS_VALUE_STRING, 0, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseEchangePCRS"},
        {"type", PCRS_VALUE_STRING, 0, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseEchangePCRS"},
        {"geometrie", PCRS_VALUE_GEOMETRY, 1, 1, NULL, PCRS_GEOM_MULTISURFACE, 0, "EmpriseEchangePCRS"},
        {"idEmprise", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseEchangePCRS"},
        {"raster", PCRS_VALUE_LINK, 0, U, "RasterPCRS", PCRS_GEOM_NONE, OWNS | MEMBER, "EmpriseEchangePCRS"},
        {"objet", PCRS_VALUE_LINK, 0, U, "ObjetVecteurPCRS", PCRS_GEOM_NONE, OWNS | MEMBER, "EmpriseEchangePCRS"},
        {"commune", PCRS_VALUE_LINK, 0, U, "Commune", PCRS_GEOM_NONE, OWNS, "EmpriseEchangePCRS"},
        {"troncon", PCRS_VALUE_LINK, 0, U, "TronconVoirie", PCRS_GEOM_NONE, OWNS, "EmpriseEchangePCRS"},
        {"habillage", PCRS_VALUE_LINK, 0, U, "HabillagePCRS", PCRS_GEOM_NONE, OWNS | MEMBER, "EmpriseEchangePCRS"},
    };
    check_properties("EmpriseEchangePCRS", emprise, 11);

    static const expected_property masque[] = {
        {"idHabillage", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "HabillagePCRS"},
        {"thematique", PCRS_VALUE_CODE, 1, 1, "CategorieThematiquePCRSType", PCRS_GEOM_NONE, 0, "HabillagePCRS"},
        {"habillage", PCRS_VALUE_LINK, 0, U, "HabillagePCRS", PCRS_GEOM_NONE, OWNS, "HabillagePCRS"},
        {"transparence", PCRS_VALUE_INTEGER, 1, 1, NULL, PCRS_GEOM_NONE, 0, "MasqueOpacitePCRS"},
        {"geometrie", PCRS_VALUE_GEOMETRY, 1, 1, NULL, PCRS_GEOM_SURFACE, 0, "MasqueOpacitePCRS"},
        {"raster", PCRS_VALUE_LINK, 1, U, "RasterPCRS", PCRS_GEOM_NONE, OWNS, "MasqueOpacitePCRS"},
    };
    check_properties("MasqueOpacitePCRS", masque, 6);
    CHECK_INT(class_named("MasqueOpacitePCRS")->geometry_property, 4);

    static const expected_property raster[] = {
        {"producteur", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"nomImage", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"typeImage", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"geometrie", PCRS_VALUE_GEOMETRY, 1, 1, NULL, PCRS_GEOM_POLYGON, 0, "RasterPCRS"},
        {"idPCRS", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"resolution", PCRS_VALUE_INTEGER, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"dateAcquisition", PCRS_VALUE_DATE, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"dateRecette", PCRS_VALUE_DATE, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"precisionPlanimetriqueCorpsDeRue", PCRS_VALUE_CODE, 1, 1, "CategoriePrecisionPCRSType",
         PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"precisionPlanimetriqueZoneNaturelle", PCRS_VALUE_CODE, 1, 1, "CategoriePrecisionPCRSType",
         PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"descriptionElementsQualite", PCRS_VALUE_STRING, 1, 1, NULL, PCRS_GEOM_NONE, 0, "RasterPCRS"},
        {"masque", PCRS_VALUE_LINK, 0, U, "MasqueOpacitePCRS", PCRS_GEOM_NONE, OWNS, "RasterPCRS"},
    };
    check_properties("RasterPCRS", raster, 12);

    static const expected_property disponibilite[] = {
        {"dateActualite", PCRS_VALUE_DATE, 0, 1, NULL, PCRS_GEOM_NONE, 0, "EmpriseDisponibilitePCRS"},
        {"calendrier", PCRS_VALUE_CODE, 0, 1, "CalendrierPCRSType", PCRS_GEOM_NONE, 0, "EmpriseDisponibilitePCRS"},
        {"geometrie", PCRS_VALUE_GEOMETRY, 1, 1, NULL, PCRS_GEOM_MULTISURFACE, 0, "EmpriseDisponibilitePCRS"},
        {"troncon", PCRS_VALUE_LINK, 0, U, "TronconVoirie", PCRS_GEOM_NONE, OWNS, "EmpriseDisponibilitePCRS"},
        {"commune", PCRS_VALUE_LINK, 0, U, "Commune", PCRS_GEOM_NONE, OWNS, "EmpriseDisponibilitePCRS"},
        {"initiative", PCRS_VALUE_LINK, 1, 1, "InitiativePCRS", PCRS_GEOM_NONE, OWNS, "EmpriseDisponibilitePCRS"},
    };
    check_properties("EmpriseDisponibilitePCRS", disponibilite, 6);
    CHECK_INT(class_named("EmpriseDisponibilitePCRS")->ns, PCRS_NAMESPACE_PCRS_INFO);

    static const expected_property pilier[] = {
        OBJET_VECTEUR_PROPERTIES,
        {"geometrie", PCRS_VALUE_GEOMETRY, 1, 1, NULL, PCRS_GEOM_POINT, 0, "PilierRegulierPCRS"},
        {"section", PCRS_VALUE_CODE, 1, 1, "SectionPilierPCRSType", PCRS_GEOM_NONE, 0, "PilierRegulierPCRS"},
        {"angleRotation", PCRS_VALUE_REAL, 1, 1, NULL, PCRS_GEOM_NONE, 0, "PilierRegulierPCRS"},
        {"longueur", PCRS_VALUE_REAL, 1, 1, NULL, PCRS_GEOM_NONE, 0, "PilierRegulierPCRS"},
        {"largeur", PCRS_VALUE_REAL, 1, 1, NULL, PCRS_GEOM_NONE, 0, "PilierRegulierPCRS"},
    };
    check_properties("PilierRegulierPCRS", pilier, 13);
}

static void test_geometry_kinds(void)
{
    static const struct {
        const char *cls;
        pcrs_geometry_kind kind;
    } cases[] = {
        {"ArbrePCRS", PCRS_GEOM_POINT},
        {"FacadePCRS", PCRS_GEOM_CURVE},
        {"PilePontPCRS", PCRS_GEOM_POLYGON},
        {"AffleurantEnveloppePCRS", PCRS_GEOM_POLYGON},
        {"HabillageEnveloppePCRS", PCRS_GEOM_POLYGON},
        {"HabillagePointsPCRS", PCRS_GEOM_MULTIPOINT},
        {"HabillageLignesPCRS", PCRS_GEOM_MULTICURVE},
        {"Commune", PCRS_GEOM_MULTISURFACE},
        {"ObjetGeneriquePCRS", PCRS_GEOM_ANY},
        {"TronconVoirie", PCRS_GEOM_CURVE},
        {"InitiativePCRS", PCRS_GEOM_MULTISURFACE},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const pcrs_class *cls = class_named(cases[i].cls);
        CHECK(cls->geometry_property >= 0);
        if (cls->geometry_property >= 0)
            CHECK_INT(cls->properties[cls->geometry_property].geometry, cases[i].kind);
    }
}

static void test_classes(void)
{
    CHECK_INT(pcrs_model_class_count(), 39);
    CHECK(pcrs_model_class(-1) == NULL);
    CHECK(pcrs_model_class(pcrs_model_class_count()) == NULL);

    /* Order: pcrs classes in XSD document order, then pcrs-i. */
    CHECK_STR(pcrs_model_class(0)->name, "AffleurantEnveloppePCRS");
    CHECK_STR(pcrs_model_class(37)->name, "EmpriseDisponibilitePCRS");
    CHECK_STR(pcrs_model_class(38)->name, "InitiativePCRS");

    int abstract_count = 0;
    for (int i = 0; i < pcrs_model_class_count(); i++)
        abstract_count += pcrs_model_class(i)->abstract;
    CHECK_INT(abstract_count, 3);
    CHECK(class_named("ObjetVecteurPCRS")->abstract);
    CHECK(class_named("HabillagePCRS")->abstract);
    CHECK(class_named("PilierPCRS")->abstract);
    CHECK(!class_named("AffleurantPCRS")->abstract);
    CHECK(!class_named("RasterPCRS")->abstract);

    int objet = class_index("ObjetVecteurPCRS"), habillage = class_index("HabillagePCRS");
    int pilier = class_index("PilierPCRS"), texte = class_index("HabillageTextePCRS");
    CHECK_INT(class_named("ObjetVecteurPCRS")->parent, -1);
    CHECK_INT(class_named("PilierPCRS")->parent, objet);
    CHECK_INT(class_named("PilierRegulierPCRS")->parent, pilier);
    CHECK_INT(class_named("NomVoiriePCRS")->parent, texte);
    CHECK_INT(class_named("AffleurantPointPCRS")->parent, -1);
    CHECK_INT(class_named("RasterPCRS")->parent, -1);

    CHECK(pcrs_model_class_is_a(class_index("PilierRegulierPCRS"), objet));
    CHECK(pcrs_model_class_is_a(class_index("PilierRegulierPCRS"), pilier));
    CHECK(pcrs_model_class_is_a(objet, objet));
    CHECK(pcrs_model_class_is_a(class_index("NumeroVoiriePCRS"), habillage));
    CHECK(!pcrs_model_class_is_a(class_index("NumeroVoiriePCRS"), objet));
    CHECK(!pcrs_model_class_is_a(class_index("AffleurantSymbolePCRS"), class_index("AffleurantPCRS")));
    CHECK(!pcrs_model_class_is_a(objet, pilier));
    CHECK(!pcrs_model_class_is_a(-1, objet));
    CHECK(!pcrs_model_class_is_a(objet, -1));
    CHECK(!pcrs_model_class_is_a(1000, objet));

    CHECK_STR(class_named("AffleurantPCRS")->thematique, "10");
    CHECK_STR(class_named("MarcheEscalierPCRS")->thematique, "03");
    CHECK_STR(class_named("MasqueOpacitePCRS")->thematique, "11");
    CHECK(class_named("EmpriseEchangePCRS")->thematique == NULL);
    CHECK(class_named("HabillageLignesPCRS")->thematique == NULL);
    CHECK_STR(class_named("AffleurantPCRS")->description,
              "Affleurant du PCRS: Classe permettant de décrire une partie d’un réseau existant visible "
              "depuis la surface");
    CHECK_STR(class_named("QuaiRailPCRS")->description,
              "Plate-forme le long des voies pour le chargement ou le déchargement à niveau des wagons.");
}

static void test_find(void)
{
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, "AffleurantPCRS"), 3);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS_INFO, "AffleurantPCRS"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, "EmpriseDisponibilitePCRS"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS_INFO, "EmpriseDisponibilitePCRS"), 37);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_V1, "MurPCRS"), -1);
    CHECK_INT(pcrs_model_find_class("http://cnig.gouv.fr/pcrs/", "MurPCRS"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, "murPCRS"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, PCRS_ROOT_ELEMENT), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, "PCRSFeatureMemberType"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, ""), -1);
    CHECK_INT(pcrs_model_find_class(NULL, "MurPCRS"), -1);
    CHECK_INT(pcrs_model_find_class(PCRS_NS_PCRS, NULL), -1);

    CHECK_INT(pcrs_model_find_class_nocase("murpcrs"), class_index("MurPCRS"));
    CHECK_INT(pcrs_model_find_class_nocase("EMPRISEDISPONIBILITEPCRS"), 37);
    CHECK_INT(pcrs_model_find_class_nocase("PilierPcrs"), class_index("PilierPCRS"));
    CHECK_INT(pcrs_model_find_class_nocase("MurPCRS "), -1);
    CHECK_INT(pcrs_model_find_class_nocase("planCorpsRueSimplifie"), -1);
    CHECK_INT(pcrs_model_find_class_nocase(NULL), -1);

    /* Every class is found by its own name, both ways. */
    for (int i = 0; i < pcrs_model_class_count(); i++) {
        const pcrs_class *cls = pcrs_model_class(i);
        char upper[128];
        size_t n = strlen(cls->name);
        CHECK(n < sizeof(upper));
        for (size_t k = 0; k <= n && k < sizeof(upper); k++)
            upper[k] = (char)(cls->name[k] >= 'a' && cls->name[k] <= 'z' ? cls->name[k] - 32 : cls->name[k]);
        CHECK_INT(pcrs_model_find_class(pcrs_model_namespace_uri(cls->ns), cls->name), i);
        CHECK_INT(pcrs_model_find_class_nocase(upper), i);
    }

    const pcrs_class *pilier = class_named("PilierRegulierPCRS");
    CHECK_INT(pcrs_model_find_property(pilier, "dateLeve"), 0);
    CHECK_INT(pcrs_model_find_property(pilier, "section"), 9);
    CHECK_INT(pcrs_model_find_property(pilier, "largeur"), 12);
    CHECK_INT(pcrs_model_find_property(pilier, "largeur_mm"), -1);
    CHECK_INT(pcrs_model_find_property(pilier, "Section"), -1);
    CHECK_INT(pcrs_model_find_property(pilier, NULL), -1);
    CHECK_INT(pcrs_model_find_property(NULL, "section"), -1);

    CHECK_STR(pcrs_model_namespace_uri(PCRS_NAMESPACE_PCRS), "http://cnig.gouv.fr/pcrs");
    CHECK_STR(pcrs_model_namespace_uri(PCRS_NAMESPACE_PCRS_INFO), "http://cnig.gouv.fr/pcrs-information");
}

/* Structural invariants over the whole table. */
static void test_invariants(void)
{
    int thematique_list = -1;
    for (int i = 0; i < pcrs_model_codelist_count(); i++)
        if (strcmp(pcrs_model_codelist(i)->name, "CategorieThematiquePCRSType") == 0)
            thematique_list = i;
    CHECK(thematique_list >= 0);

    for (int i = 0; i < pcrs_model_class_count(); i++) {
        const pcrs_class *cls = pcrs_model_class(i);
        int geometries = 0;
        CHECK(cls->description != NULL && cls->description[0] != '\0');
        CHECK(cls->parent >= -1 && cls->parent < pcrs_model_class_count());
        if (cls->parent >= 0) {
            /* A subclass starts with its parent's properties. */
            const pcrs_class *parent = pcrs_model_class(cls->parent);
            CHECK(cls->property_count >= parent->property_count);
            for (int k = 0; k < parent->property_count && k < cls->property_count; k++)
                CHECK(&cls->properties[k] != &parent->properties[k] &&
                      strcmp(cls->properties[k].name, parent->properties[k].name) == 0);
        }
        if (cls->thematique != NULL)
            CHECK(pcrs_model_find_code(pcrs_model_codelist(thematique_list), cls->thematique) != NULL);
        for (int k = 0; k < cls->property_count; k++) {
            const pcrs_property *p = &cls->properties[k];
            CHECK_INT(pcrs_model_find_property(cls, p->name), k);
            CHECK(pcrs_model_class_is_a(i, p->declared_in));
            CHECK(p->min_occurs == 0 || p->min_occurs == 1);
            CHECK(p->max_occurs == 1 || p->max_occurs == PCRS_UNBOUNDED);
            CHECK((p->type == PCRS_VALUE_CODE) == (p->codelist >= 0 && p->codelist < pcrs_model_codelist_count()));
            CHECK((p->type == PCRS_VALUE_LINK) == (p->target_class >= 0 && p->target_class < pcrs_model_class_count()));
            CHECK((p->type == PCRS_VALUE_GEOMETRY) == (p->geometry != PCRS_GEOM_NONE));
            CHECK(p->type == PCRS_VALUE_LINK || p->link_flags == 0);
            if (p->type == PCRS_VALUE_GEOMETRY) {
                geometries++;
                CHECK_INT(cls->geometry_property, k);
            }
        }
        CHECK(geometries <= 1);
        if (geometries == 0)
            CHECK_INT(cls->geometry_property, -1);
    }
}

static void test_codelists(void)
{
    CHECK_INT(pcrs_model_codelist_count(), 12);
    CHECK(pcrs_model_codelist(-1) == NULL);
    CHECK(pcrs_model_codelist(12) == NULL);

    int extensible = 0;
    for (int i = 0; i < pcrs_model_codelist_count(); i++) {
        const pcrs_codelist *list = pcrs_model_codelist(i);
        char xsd_type[128];
        snprintf(xsd_type, sizeof(xsd_type), "%sType", list->name);
        CHECK_STR(list->xsd_type, xsd_type);
        CHECK(list->description != NULL && list->code_count > 0);
        extensible += list->extensible;
        for (int k = 0; k < list->code_count; k++) {
            CHECK(list->codes[k].label != NULL && list->codes[k].label[0] != '\0');
            CHECK(pcrs_model_find_code(list, list->codes[k].code) == &list->codes[k]);
            CHECK(pcrs_model_code_is_valid(list, list->codes[k].code));
        }
    }
    CHECK_INT(extensible, 4);

    const pcrs_class *arbre = class_named("ArbrePCRS");
    const pcrs_codelist *precision = pcrs_model_codelist(arbre->properties[4].codelist);
    CHECK_STR(precision->name, "CategoriePrecisionPCRSType");
    CHECK(!precision->extensible);
    CHECK_INT(precision->code_count, 6);
    CHECK_STR(pcrs_model_find_code(precision, "005")->label, "de 2 à 5 cm");
    CHECK(pcrs_model_find_code(precision, "5") == NULL);
    CHECK(pcrs_model_find_code(precision, "05") == NULL);
    CHECK(pcrs_model_find_code(precision, NULL) == NULL);
    CHECK(pcrs_model_find_code(NULL, "005") == NULL);
    CHECK(!pcrs_model_code_is_valid(precision, "other: FIBRE"));
    CHECK(!pcrs_model_code_is_valid(precision, ""));
    CHECK(!pcrs_model_code_is_valid(precision, NULL));
    CHECK(!pcrs_model_code_is_valid(NULL, "005"));

    const pcrs_codelist *thematique = pcrs_model_codelist(arbre->properties[2].codelist);
    CHECK_STR(thematique->name, "CategorieThematiquePCRSType");
    CHECK_STR(thematique->codes[0].code, "10"); /* XSD order */
    CHECK_STR(pcrs_model_find_code(thematique, "03")->label, "Voirie");
    CHECK_STR(pcrs_model_find_code(thematique, "07")->label, "Ouvrage d'art");
    CHECK(pcrs_model_find_code(thematique, "03")->definition != NULL);

    const pcrs_codelist *section = pcrs_model_codelist(class_named("PilierRegulierPCRS")->properties[9].codelist);
    CHECK_STR(pcrs_model_find_code(section, "02")->label, "Pilier circulaire");
    CHECK_STR(pcrs_model_find_code(section, "03")->label, "Pilier rectangulaire");

    const pcrs_codelist *mur = pcrs_model_codelist(class_named("MurPCRS")->properties[9].codelist);
    CHECK_STR(mur->name, "CategorieMurPCRSType");
    CHECK(!pcrs_model_code_is_valid(mur, "07")); /* the GéoVendée error */
    CHECK(pcrs_model_find_code(mur, "06")->definition == NULL);

    const pcrs_codelist *reseau = pcrs_model_codelist(class_named("AffleurantPCRS")->properties[10].codelist);
    CHECK_STR(reseau->name, "NatureReseauPCRSType");
    CHECK(reseau->extensible);
    CHECK_INT(reseau->code_count, 18);
    CHECK_STR(pcrs_model_find_code(reseau, "ELECECL")->label, "Éclairage public");
    CHECK(pcrs_model_code_is_valid(reseau, "00"));
    CHECK(!pcrs_model_code_is_valid(reseau, "elececl"));

    /* "other: " + two or more XSD \w characters, nothing else. */
    static const char *valid[] = {"other: FIBRE", "other: Télécom", "other: A+B", "other: AB", "other: 12",
                                  "other: $~|^`<=>", "other: é1", "other: ∑∞", "other: 日本"};
    static const char *invalid[] = {
        "other: FIBRE_OPTIQUE", "other: Fibre-optique", "other: fibre optique", "other:FIBRE", "other: A",
        "other: ", "other:  AB", "other: AB ", "Other: FIBRE", "other: A.B", "other: A:B", "other: «AB»",
        "other: l’eau", "other: A\xC2\xA0" "B", "other: AB…", "other: A\tB", "other: A\xE2\x80\x8B" "B",
        "other: \xC3", "other: A\xC3", "other: \xC0\x81\xC0\x81", "other: \xED\xA0\x80\xED\xA0\x80",
        "other: \xF4\x90\x80\x80X", "other: \xFF\xFE", "FIBRE", ""};
    for (size_t i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
        if (!pcrs_model_code_is_valid(reseau, valid[i]))
            fprintf(stderr, "should be valid: '%s'\n", valid[i]);
        CHECK(pcrs_model_code_is_valid(reseau, valid[i]));
    }
    for (size_t i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++) {
        if (pcrs_model_code_is_valid(reseau, invalid[i]))
            fprintf(stderr, "should be invalid: '%s'\n", invalid[i]);
        CHECK(!pcrs_model_code_is_valid(reseau, invalid[i]));
    }

    const pcrs_codelist *nature_emprise = NULL;
    for (int i = 0; i < pcrs_model_codelist_count(); i++)
        if (strcmp(pcrs_model_codelist(i)->xsd_type, "NatureEmprisePCRSTypeType") == 0)
            nature_emprise = pcrs_model_codelist(i);
    CHECK(nature_emprise != NULL && !nature_emprise->extensible);
    const pcrs_codelist *calendrier = pcrs_model_codelist(class_named("EmpriseDisponibilitePCRS")->properties[1].codelist);
    CHECK(calendrier->extensible);
    CHECK(pcrs_model_code_is_valid(calendrier, "other: Abandonné"));
}

static void test_status_and_io(void)
{
    CHECK_STR(pcrs_status_string(PCRS_OK), "success");
    for (int s = PCRS_OK; s <= PCRS_ERR_UNSUPPORTED; s++)
        CHECK(pcrs_status_string((pcrs_status)s) != NULL && strcmp(pcrs_status_string((pcrs_status)s), "unknown status") != 0);
    CHECK_STR(pcrs_status_string((pcrs_status)999), "unknown status");

    const pcrs_io *io = pcrs_io_stdio();
    CHECK(io != NULL && io->version == PCRS_IO_VERSION);
    CHECK(io->open(io->user, "data/does-not-exist/nothing.gml", "rb") == NULL);
    CHECK(io->open(io->user, "data/real/PROVENANCE.md", "r+") == NULL);

    char path[] = "/tmp/pcrs_test_model_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    close(fd);
    char renamed[sizeof(path) + 8];
    snprintf(renamed, sizeof(renamed), "%s.moved", path);
    void *out = io->open(io->user, path, "wb");
    CHECK(out != NULL);
    if (out == NULL)
        return;
    CHECK_INT(io->write(io->user, out, "abcdef", 6), 6);
    CHECK_INT(io->close(io->user, out), 0);
    CHECK_INT(io->rename(io->user, path, renamed), 0);
    void *in = io->open(io->user, renamed, "rb");
    CHECK(in != NULL);
    if (in != NULL) {
        char buf[16];
        CHECK_INT(io->read(io->user, in, buf, 4), 4);
        CHECK_INT(io->read(io->user, in, buf + 4, sizeof(buf) - 4), 2);
        CHECK_INT(io->read(io->user, in, buf, sizeof(buf)), 0);
        CHECK(memcmp(buf, "abcdef", 6) == 0);
        /* Reading a stream opened for writing is an error, not end of file. */
        CHECK_INT(io->close(io->user, in), 0);
    }
    void *wrong = io->open(io->user, renamed, "wb");
    if (wrong != NULL) {
        char buf[4];
        CHECK(io->read(io->user, wrong, buf, sizeof(buf)) == (size_t)-1);
        io->close(io->user, wrong);
    }
    CHECK_INT(io->remove(io->user, renamed), 0);
    CHECK(io->remove(io->user, renamed) != 0);
}

int main(void)
{
    test_classes();
    test_property_lists();
    test_geometry_kinds();
    test_find();
    test_invariants();
    test_codelists();
    test_status_and_io();
    CHECK_DONE();
}
