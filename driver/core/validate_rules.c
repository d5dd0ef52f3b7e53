/* The rules of the PCRS v2.0 standard checked by pcrs_validate, as data:
 * stable code, severity, the standard's section, French and English titles
 * and message templates. Codes never change meaning; new rules get new codes.
 * References: "XSD" = the CNIG schemas, "A.1"… = sections of
 * CNIG_RTGE_PCRS_v2.0_r1 (2019). */
#include <string.h>

#include "pcrs/pcrs_validate.h"
#include "validate_rules.h"

#define ERR PCRS_SEVERITY_ERROR
#define WARN PCRS_SEVERITY_WARNING
#define INFO PCRS_SEVERITY_INFO

/* Order: the summary's order. Indices are named in validate_rules.h. */
static const pcrs_rule rules[] = {
    /* ---- the input ---- */
    [VR_DOC_UNREADABLE] = {"PCRS-DOC-001", ERR, "XML 1.0",
        "Fichier illisible", "Unreadable file",
        "le fichier ne peut pas être lu : {detail}",
        "the file cannot be read: {detail}"},
    [VR_DOC_NOT_PCRS] = {"PCRS-DOC-002", ERR, "C.1",
        "Pas un document PCRS v2.0", "Not a PCRS v2.0 document",
        "pas un document PCRS v2.0 : {detail}",
        "not a PCRS v2.0 document: {detail}"},
    [VR_DOC_NO_EMPRISE] = {"PCRS-DOC-003", WARN, "B.3.3, C.1",
        "Aucune EmpriseEchangePCRS", "No EmpriseEchangePCRS",
        "le fichier ne contient aucune EmpriseEchangePCRS (une par fichier GML est recommandée)",
        "the file has no EmpriseEchangePCRS (one per GML file is recommended)"},
    [VR_DOC_SEVERAL_EMPRISES] = {"PCRS-DOC-004", WARN, "C.1",
        "Plusieurs EmpriseEchangePCRS", "Several EmpriseEchangePCRS",
        "{value} EmpriseEchangePCRS dans le fichier (une par fichier GML est recommandée)",
        "{value} EmpriseEchangePCRS in the file (one per GML file is recommended)"},
    [VR_DOC_NO_PCRS_INPUT] = {"PCRS-DOC-005", ERR, "C.1",
        "Aucun document PCRS", "No PCRS document",
        "aucun document PCRS dans l'entrée{detail}",
        "no PCRS document in the input{detail}"},
    [VR_DOC_SKIPPED] = {"PCRS-DOC-006", INFO, "C.1",
        "Fichier ignoré", "File skipped",
        "fichier ignoré : {detail}",
        "file skipped: {detail}"},

    /* ---- XML schema (the reason is libxml2's, in English) ---- */
    [VR_XSD_STRUCTURE] = {"PCRS-XSD-001", ERR, "XSD",
        "Élément inattendu ou manquant", "Unexpected or missing element",
        "{element} : {detail}", "{element}: {detail}"},
    [VR_XSD_VALUE] = {"PCRS-XSD-002", ERR, "XSD",
        "Valeur non conforme au schéma", "Value not valid for the schema",
        "{element} : {detail}", "{element}: {detail}"},
    [VR_XSD_ATTRIBUTE] = {"PCRS-XSD-003", ERR, "XSD",
        "Attribut manquant ou interdit", "Missing or forbidden attribute",
        "{element} : {detail}", "{element}: {detail}"},
    [VR_XSD_IDENTIFIER] = {"PCRS-XSD-004", ERR, "XSD",
        "gml:id non conforme (xs:ID)", "gml:id not valid (xs:ID)",
        "{element} : {detail}", "{element}: {detail}"},
    [VR_XSD_OTHER] = {"PCRS-XSD-009", ERR, "XSD",
        "Autre erreur de schéma", "Other schema error",
        "{element} : {detail}", "{element}: {detail}"},

    /* ---- content the reader could not use ---- */
    [VR_READ_IGNORED] = {"PCRS-READ-001", WARN, "XSD",
        "Contenu non conforme ignoré", "Non-conformant content ignored",
        "{detail}", "{detail}"},

    /* ---- identifiers ---- */
    [VR_ID_DUPLICATE] = {"PCRS-ID-001", ERR, "B.1.2",
        "gml:id en double", "Duplicate gml:id",
        "gml:id '{value}' déjà utilisé ligne {expected}",
        "gml:id '{value}' already used at line {expected}"},
    [VR_ID_BUSINESS_EMPTY] = {"PCRS-ID-003", ERR, "B.1.2, B.3",
        "Identifiant métier vide", "Empty business identifier",
        "{element} vide : l'identifiant est obligatoire et unique",
        "empty {element}: the identifier is mandatory and unique"},
    [VR_ID_BUSINESS_DUPLICATE] = {"PCRS-ID-004", ERR, "B.1.2, B.3",
        "Identifiant métier en double", "Duplicate business identifier",
        "{element} '{value}' déjà utilisé ligne {expected}",
        "{element} '{value}' already used at line {expected}"},

    /* ---- links ---- */
    [VR_LINK_DANGLING] = {"PCRS-LINK-001", ERR, "B.2",
        "Lien vers un objet absent", "Link to a missing feature",
        "{element} : lien vers '{value}', qui n'est pas un gml:id du document",
        "{element}: link to '{value}', which is not a gml:id of the document"},
    [VR_LINK_WRONG_CLASS] = {"PCRS-LINK-002", ERR, "B.2",
        "Lien vers un objet d'une autre classe", "Link to a feature of another class",
        "{element} : '{value}' est un {detail}, un {expected} est attendu",
        "{element}: '{value}' is a {detail}, a {expected} is expected"},
    [VR_LINK_NO_REPRESENTATION] = {"PCRS-LINK-003", ERR, "B.3.32",
        "AffleurantPCRS sans représentation géométrique", "AffleurantPCRS without a geometric representation",
        "{element} '{value}' : absente, ou AffleurantGeometriquePCRS sans enveloppe, ligne ni point",
        "{element} '{value}': missing, or an AffleurantGeometriquePCRS without enveloppe, ligne or point"},
    [VR_LINK_NOT_IN_EMPRISE] = {"PCRS-LINK-004", WARN, "B.2.3, B.3.3",
        "Objet non référencé par une EmpriseEchangePCRS", "Feature not referenced by an EmpriseEchangePCRS",
        "{class} référencé par aucune EmpriseEchangePCRS (propriété {expected})",
        "{class} referenced by no EmpriseEchangePCRS (property {expected})"},

    /* ---- reference systems ---- */
    [VR_CRS_NOT_ALLOWED] = {"PCRS-CRS-001", ERR, "B.1.4",
        "Système de référence non autorisé", "Reference system not allowed",
        "EPSG:{value} n'est pas un système de référence du PCRS ({detail} géométrie(s) ; autorisés : {expected})",
        "EPSG:{value} is not a PCRS reference system ({detail} geometry(ies); allowed: {expected})"},
    [VR_CRS_MIXED] = {"PCRS-CRS-002", ERR, "B.1.4",
        "Systèmes de référence différents dans le document", "Different reference systems in the document",
        "EPSG:{value} alors que le document est en EPSG:{expected} ({detail} géométrie(s))",
        "EPSG:{value} while the document is in EPSG:{expected} ({detail} geometry(ies))"},
    [VR_CRS_MISSING] = {"PCRS-CRS-003", WARN, "B.1.4",
        "Géométrie sans système de référence", "Geometry without a reference system",
        "{class} : géométrie sans srsName ({detail} géométrie(s))",
        "{class}: geometry without srsName ({detail} geometry(ies))"},

    /* ---- altitude ---- */
    [VR_Z_MISSING] = {"PCRS-Z-001", WARN, "B.1.1",
        "Géométrie sans altitude", "Geometry without altitude",
        "{class} : géométrie 2D, l'altitude (Z) est préconisée ({detail} géométrie(s))",
        "{class}: 2D geometry, the altitude (Z) is recommended ({detail} geometry(ies))"},
    [VR_Z_CANEVAS] = {"PCRS-Z-002", WARN, "B.3.16",
        "Point de canevas sans altitude", "Survey control point without altitude",
        "PointCanevasPCRS sans Z : l'altitude est obligatoire lorsqu'elle est connue",
        "PointCanevasPCRS without Z: the altitude is mandatory when it is known"},

    /* ---- classification ---- */
    [VR_THEMATIQUE] = {"PCRS-THEM-001", WARN, "B.1.1, B.3.15",
        "Thématique incohérente avec la classe", "Thematique inconsistent with the class",
        "{class} : thematique '{value}', attendue {expected}",
        "{class}: thematique '{value}', expected {expected}"},

    /* ---- geometry ---- */
    [VR_GEOM_UNREADABLE] = {"PCRS-GEOM-001", ERR, "B.1.1",
        "Géométrie illisible", "Unreadable geometry",
        "{detail}", "{detail}"},
    [VR_GEOM_INVALID] = {"PCRS-GEOM-002", ERR, "B.1.1",
        "Géométrie invalide", "Invalid geometry",
        "{class} : géométrie invalide : {detail}",
        "{class}: invalid geometry: {detail}"},
    [VR_GEOM_ZERO_SEGMENT] = {"PCRS-GEOM-003", ERR, "B.1.3",
        "Segment de longueur nulle", "Zero-length segment",
        "{class} : deux points consécutifs confondus (segment de longueur nulle)",
        "{class}: two consecutive identical points (zero-length segment)"},
    [VR_GEOM_RING_OPEN] = {"PCRS-GEOM-004", ERR, "B.1.1",
        "Anneau non fermé", "Ring not closed",
        "{class} : le contour n'est pas fermé ({detail})",
        "{class}: the ring is not closed ({detail})"},
    [VR_GEOM_HOLE] = {"PCRS-GEOM-005", ERR, "B.3.34",
        "Enveloppe d'affleurant avec trou", "Affleurant envelope with a hole",
        "AffleurantEnveloppePCRS avec {value} trou(s) : l'enveloppe est un polygone sans trou",
        "AffleurantEnveloppePCRS with {value} hole(s): the envelope is a polygon without holes"},
    [VR_GEOM_PILIER_OPEN] = {"PCRS-GEOM-006", ERR, "B.3.28",
        "Pilier particulier non fermé", "PilierParticulierPCRS not closed",
        "PilierParticulierPCRS : la polyligne doit être fermée",
        "PilierParticulierPCRS: the polyline must be closed"},
    [VR_GEOM_DEGENERATE_ARC] = {"PCRS-GEOM-007", WARN, "B.1.1",
        "Arc dégénéré", "Degenerate arc",
        "{class} : arc dont les trois points sont alignés ou confondus",
        "{class}: arc whose three points are collinear or identical"},
    [VR_GEOM_EMPTY] = {"PCRS-GEOM-008", WARN, "B.3",
        "Géométrie vide", "Empty geometry",
        "{class} : géométrie vide", "{class}: empty geometry"},
    [VR_GEOM_SEUIL_SEGMENT] = {"PCRS-GEOM-009", WARN, "B.3.24",
        "Seuil qui n'est pas un segment", "SeuilPCRS that is not a segment",
        "SeuilPCRS de {value} points : un seuil est un segment entre les deux côtés de l'ouverture",
        "SeuilPCRS of {value} points: a threshold is a segment between both sides of the opening"},

    /* ---- precision classes ---- */
    [VR_PREC_PLANI] = {"PCRS-PREC-001", WARN, "A.1, B.3.15",
        "Précision planimétrique hors de la classe [10 cm]", "Planimetric precision outside class [10 cm]",
        "{class} : precisionPlanimetrique '{value}', la cible du PCRS est {expected} ({detail} objet(s))",
        "{class}: precisionPlanimetrique '{value}', the PCRS target is {expected} ({detail} feature(s))"},
    [VR_PREC_ALTI] = {"PCRS-PREC-002", WARN, "A.1, B.3.15",
        "Précision altimétrique hors de la classe [10 cm]", "Altimetric precision outside class [10 cm]",
        "{class} : precisionAltimetrique '{value}', la cible du PCRS est {expected} ({detail} objet(s))",
        "{class}: precisionAltimetrique '{value}', the PCRS target is {expected} ({detail} feature(s))"},
    [VR_PREC_RASTER] = {"PCRS-PREC-003", WARN, "A.1, B.4",
        "Précision de l'orthophotoplan hors de la classe [10 cm]", "Orthophoto precision outside class [10 cm]",
        "RasterPCRS : precisionPlanimetriqueCorpsDeRue '{value}', la cible du PCRS est {expected}",
        "RasterPCRS: precisionPlanimetriqueCorpsDeRue '{value}', the PCRS target is {expected}"},

    /* ---- values ---- */
    [VR_VAL_MISSING] = {"PCRS-VAL-001", ERR, "XSD",
        "Propriété obligatoire absente", "Mandatory property missing",
        "{class} : propriété obligatoire {element} absente",
        "{class}: mandatory property {element} missing"},
    [VR_VAL_EMPTY] = {"PCRS-VAL-002", WARN, "XSD, B.3",
        "Valeur obligatoire vide", "Empty mandatory value",
        "{class} : {element} obligatoire mais vide ({detail} objet(s))",
        "{class}: {element} is mandatory but empty ({detail} feature(s))"},
    [VR_VAL_FUTURE_DATE] = {"PCRS-VAL-003", WARN, "B.3",
        "Date dans le futur", "Date in the future",
        "{element} '{value}' est postérieure à aujourd'hui ({expected})",
        "{element} '{value}' is after today ({expected})"},
    [VR_VAL_EXTENSION] = {"PCRS-VAL-004", WARN, "B.3.40",
        "Valeur d'extension de liste de codes", "Code list extension value",
        "{element} '{value}' : valeur ajoutée à la liste de codes, à documenter ({detail} objet(s))",
        "{element} '{value}': value added to the code list, to be documented ({detail} feature(s))"},
    [VR_VAL_RANGE] = {"PCRS-VAL-005", ERR, "B.3",
        "Valeur hors du domaine", "Value out of range",
        "{element} '{value}' hors du domaine {expected}",
        "{element} '{value}' out of range {expected}"},
    [VR_VAL_MIME] = {"PCRS-VAL-006", WARN, "B.3.38",
        "typeImage n'est pas un type MIME", "typeImage is not a MIME type",
        "typeImage '{value}' : un type MIME est attendu (ex. image/jp2)",
        "typeImage '{value}': a MIME type is expected (e.g. image/jp2)"},
    [VR_VAL_CODE] = {"PCRS-VAL-007", ERR, "XSD, B.3.40",
        "Valeur hors de la liste de codes", "Value not in the code list",
        "{element} '{value}' n'est pas une valeur de {expected}",
        "{element} '{value}' is not a value of {expected}"},

    /* ---- raster tiles ---- */
    [VR_RAS_MISSING] = {"PCRS-RAS-001", ERR, "C.1",
        "Dalle absente", "Missing tile",
        "RasterPCRS : la dalle '{value}' est absente du dossier",
        "RasterPCRS: tile '{value}' is not in the folder"},
    [VR_RAS_EXTRA] = {"PCRS-RAS-002", ERR, "C.1",
        "Dalle sans RasterPCRS", "Tile without a RasterPCRS",
        "la dalle '{value}' n'est décrite par aucun RasterPCRS",
        "tile '{value}' is described by no RasterPCRS"},
    [VR_RAS_UNREADABLE] = {"PCRS-RAS-003", ERR, "B.4",
        "Dalle illisible", "Unreadable tile",
        "dalle illisible : {detail}", "unreadable tile: {detail}"},
    [VR_RAS_NOT_GEOREFERENCED] = {"PCRS-RAS-004", ERR, "A.1, B.4",
        "Dalle non géoréférencée", "Tile not georeferenced",
        "la dalle n'est pas géoréférencée", "the tile is not georeferenced"},
    [VR_RAS_CRS] = {"PCRS-RAS-005", ERR, "B.1.4",
        "Système de référence de la dalle", "Tile reference system",
        "dalle en {value}, attendu {expected}", "tile in {value}, expected {expected}"},
    [VR_RAS_FOOTPRINT] = {"PCRS-RAS-006", ERR, "B.3.38",
        "Emprise de la dalle incohérente", "Tile footprint inconsistent",
        "emprise de la dalle {value}, attendue {expected}",
        "tile footprint {value}, expected {expected}"},
    [VR_RAS_RESOLUTION] = {"PCRS-RAS-007", ERR, "B.3.38",
        "Résolution de la dalle incohérente", "Tile resolution inconsistent",
        "résolution de la dalle {value} cm, attendue {expected} cm",
        "tile resolution {value} cm, expected {expected} cm"},
    [VR_RAS_BLANK] = {"PCRS-RAS-008", WARN, "B.4",
        "Dalle uniforme", "Uniform tile",
        "dalle entièrement uniforme ({value}) : noire, blanche ou vide",
        "tile entirely uniform ({value}): black, white or empty"},
    [VR_RAS_LOSSY] = {"PCRS-RAS-009", INFO, "B.4",
        "Compression avec pertes", "Lossy compression",
        "dalle compressée avec pertes ({value})", "tile compressed with losses ({value})"},
    [VR_RAS_DUPLICATE_NAME] = {"PCRS-RAS-010", ERR, "C.1",
        "nomImage en double", "Duplicate nomImage",
        "nomImage '{value}' déjà utilisé ligne {expected}",
        "nomImage '{value}' already used at line {expected}"},
    [VR_RAS_LOSSLESS] = {"PCRS-RAS-011", INFO, "B.4",
        "Compression sans perte", "Lossless compression",
        "dalle sans perte ({value})", "lossless tile ({value})"},
};

int pcrs_rule_count(void) { return (int)(sizeof rules / sizeof *rules); }

const pcrs_rule *pcrs_rule_at(int index)
{
    if (index < 0 || index >= pcrs_rule_count())
        return NULL;
    return &rules[index];
}

int pcrs_rule_find(const char *code)
{
    if (!code)
        return -1;
    for (int i = 0; i < pcrs_rule_count(); i++)
        if (strcmp(rules[i].code, code) == 0)
            return i;
    return -1;
}

const char *pcrs_severity_name(pcrs_severity severity)
{
    switch (severity) {
    case PCRS_SEVERITY_ERROR:
        return "error";
    case PCRS_SEVERITY_WARNING:
        return "warning";
    case PCRS_SEVERITY_INFO:
        break;
    }
    return "info";
}
