/* The PCRS v2.0 model as data: classes, properties in XSD order, code lists
 * with the standard's French labels. Generated from the official XSDs
 * (driver/core/gen_model.py) and shared by the reader, the writer and the
 * validator. All tables are static and read-only. */
#ifndef PCRS_MODEL_H
#define PCRS_MODEL_H

#ifdef __cplusplus
extern "C" {
#endif

#define PCRS_NS_PCRS "http://cnig.gouv.fr/pcrs"
#define PCRS_NS_PCRS_INFO "http://cnig.gouv.fr/pcrs-information"
#define PCRS_NS_GML "http://www.opengis.net/gml/3.2"
#define PCRS_NS_XLINK "http://www.w3.org/1999/xlink"
#define PCRS_NS_XSI "http://www.w3.org/2001/XMLSchema-instance"
#define PCRS_NS_V1 "http://localhost/pcrs"
#define PCRS_ROOT_ELEMENT "PlanCorpsRueSimplifie"

typedef enum pcrs_namespace {
    PCRS_NAMESPACE_PCRS = 0,     /* http://cnig.gouv.fr/pcrs */
    PCRS_NAMESPACE_PCRS_INFO = 1 /* http://cnig.gouv.fr/pcrs-information */
} pcrs_namespace;

/* Value type of a property (the XSD type, collapsed to what a client needs). */
typedef enum pcrs_value_type {
    PCRS_VALUE_STRING = 0, /* xs:string */
    PCRS_VALUE_INTEGER,    /* xs:integer */
    PCRS_VALUE_REAL,       /* xs:double */
    PCRS_VALUE_DATE,       /* xs:date, YYYY-MM-DD */
    PCRS_VALUE_CODE,       /* a code list or enumeration: string, leading zeros kept */
    PCRS_VALUE_LINK,       /* association to another feature: xlink:href or inline feature */
    PCRS_VALUE_GEOMETRY    /* the geometry property */
} pcrs_value_type;

/* What GML geometry a geometry property accepts (from its XSD type). */
typedef enum pcrs_geometry_kind {
    PCRS_GEOM_NONE = 0,
    PCRS_GEOM_POINT,        /* gml:PointPropertyType */
    PCRS_GEOM_CURVE,        /* gml:CurvePropertyType: any gml:AbstractCurve */
    PCRS_GEOM_POLYGON,      /* anonymous property allowing only gml:Polygon */
    PCRS_GEOM_SURFACE,      /* gml:SurfacePropertyType: any gml:AbstractSurface */
    PCRS_GEOM_MULTIPOINT,   /* gml:MultiPointPropertyType */
    PCRS_GEOM_MULTICURVE,   /* gml:MultiCurvePropertyType */
    PCRS_GEOM_MULTISURFACE, /* gml:MultiSurfacePropertyType */
    PCRS_GEOM_ANY           /* gml:GeometryPropertyType */
} pcrs_geometry_kind;

#define PCRS_UNBOUNDED (-1)

/* Link property flags. */
#define PCRS_LINK_OWNS 1   /* gml:OwnershipAttributeGroup */
#define PCRS_LINK_MEMBER 2 /* type extends gml:AbstractFeatureMemberType */

typedef struct pcrs_code {
    const char *code;       /* "005" */
    const char *label;      /* "de 2 à 5 cm" (UTF-8) */
    const char *definition; /* longer meaning from the standard, or NULL */
} pcrs_code;

typedef struct pcrs_codelist {
    const char *name;        /* standard's name: "CategoriePrecisionPCRSType" */
    const char *xsd_type;    /* XSD simple type: "CategoriePrecisionPCRSTypeType" */
    const char *description; /* one line, French */
    int extensible;          /* 1: "Liste de codes", accepts "other: X"; 0: closed enumeration */
    int code_count;
    const pcrs_code *codes;
} pcrs_codelist;

typedef struct pcrs_property {
    const char *name;             /* element local name, e.g. "precisionPlanimetrique" */
    pcrs_namespace ns;            /* namespace of the element */
    pcrs_value_type type;
    int min_occurs;               /* 0 or 1 */
    int max_occurs;               /* 1 or PCRS_UNBOUNDED */
    int codelist;                 /* index in the code list table, or -1 */
    pcrs_geometry_kind geometry;  /* for PCRS_VALUE_GEOMETRY, else PCRS_GEOM_NONE */
    int target_class;             /* for PCRS_VALUE_LINK: class index (may be abstract), else -1 */
    int link_flags;               /* PCRS_LINK_* for links */
    int declared_in;              /* class index where the XSD declares it (inherited properties) */
} pcrs_property;

typedef struct pcrs_class {
    const char *name;          /* "AffleurantPCRS" */
    pcrs_namespace ns;
    int abstract;              /* ObjetVecteurPCRS, HabillagePCRS, PilierPCRS */
    int parent;                /* class index of the XSD base type, -1 for gml:AbstractFeature */
    int property_count;        /* all properties, inherited first, in XSD order */
    const pcrs_property *properties;
    int geometry_property;     /* index in properties, or -1 */
    const char *thematique;    /* the standard's usual thematique for the class, or NULL */
    const char *description;   /* one line, French */
} pcrs_class;

int pcrs_model_class_count(void);
const pcrs_class *pcrs_model_class(int index);
/* Class index from a namespace URI and local name, -1 if none. The root
 * PlanCorpsRueSimplifie is not a class of this table. */
int pcrs_model_find_class(const char *ns_uri, const char *local_name);
/* Class index from a name, case-insensitive, -1 if none. */
int pcrs_model_find_class_nocase(const char *name);
/* 1 if class `index` is `ancestor` or derives from it. */
int pcrs_model_class_is_a(int index, int ancestor);

/* Property index in a class from its local name, -1 if none. */
int pcrs_model_find_property(const pcrs_class *cls, const char *local_name);

int pcrs_model_codelist_count(void);
const pcrs_codelist *pcrs_model_codelist(int index);
/* The entry for `code` in a code list, or NULL. */
const pcrs_code *pcrs_model_find_code(const pcrs_codelist *list, const char *code);
/* 1 if `value` is allowed: a listed code, or for an extensible list an
 * extension "other: X" as the XSD pattern requires (X: two or more \w). */
int pcrs_model_code_is_valid(const pcrs_codelist *list, const char *value);

/* The namespace URI of a pcrs_namespace. */
const char *pcrs_model_namespace_uri(pcrs_namespace ns);

#ifdef __cplusplus
}
#endif

#endif
