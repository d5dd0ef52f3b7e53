/* Raster side of PCRS: what a delivery of orthophoto tiles means, without
 * any pixel I/O.
 *
 *  - tile naming patterns (a table of token templates, one row per family of
 *    names seen in real deliveries): name -> year, north-west corner, CRS,
 *    resolution, bands; and back, tile -> name;
 *  - grids of tiles aligned on multiples of the tile size;
 *  - tile sets: one entry per tile (file name, footprint, pixel size, the
 *    RasterPCRS attributes by property index of the model), read from a
 *    RasterPCRS catalogue GML through the core reader, or filled by the
 *    caller from names, headers or a tile index; ordering (most recent
 *    dateAcquisition on top);
 *  - the packaging checks of the standard (§C.1) as pure functions;
 *  - MapInfo .tab georeferencing (control points -> geotransform).
 *
 * Coordinates are in the tiles' CRS; envelopes are {minx, miny, maxx, maxy};
 * geotransforms follow GDAL's convention (corner of the top-left pixel). */
#ifndef PCRS_TILES_H
#define PCRS_TILES_H

#include "pcrs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== Naming patterns ==== */

typedef enum pcrs_tile_token_kind {
    PCRS_TOKEN_LITERAL = 0, /* fixed text, e.g. "-" or "PCRS" */
    PCRS_TOKEN_YEAR,        /* 4 digits */
    PCRS_TOKEN_DEPT,        /* département: 2 or 3 digits, 2A, 2B */
    PCRS_TOKEN_PREFIX,      /* producer or bloc code: 2 to 8 capital letters */
    PCRS_TOKEN_X,           /* easting of the north-west corner, in the pattern's unit */
    PCRS_TOKEN_Y,           /* northing of the north-west corner, in the pattern's unit */
    PCRS_TOKEN_CRS,         /* CRS code: LA93, CC42..CC50, U20N... (pcrs_tile_crs_codes) */
    PCRS_TOKEN_RES,         /* pixel size: 0M05 = 5 cm, 5M00 = 5 m */
    PCRS_TOKEN_BANDS,       /* RVB, IRC, RVBI... (pcrs_tile_band_codes) */
    PCRS_TOKEN_ENCODING     /* IGN encoding code: E080, E100 (opaque) */
} pcrs_tile_token_kind;

typedef struct pcrs_tile_token {
    pcrs_tile_token_kind kind;
    char literal[16]; /* PCRS_TOKEN_LITERAL */
    int width;        /* digits of X and Y (0: any count, written without padding) */
    int group;        /* 0: mandatory; n > 0: optional, all tokens of group n together */
} pcrs_tile_token;

#define PCRS_TILE_MAX_TOKENS 32

/* A compiled naming pattern. */
typedef struct pcrs_tile_pattern {
    char name[32];         /* "IGN_HM", or "CUSTOM" */
    double unit;           /* metres per unit of X and Y: 100 (hm), 1000 (km), 1 (m) */
    double tile_size;      /* usual tile side in metres (0: unknown) */
    int token_count;
    pcrs_tile_token tokens[PCRS_TILE_MAX_TOKENS];
} pcrs_tile_pattern;

/* A row of the built-in table: patterns are data, written as templates
 * (see pcrs_tile_pattern_compile()). */
typedef struct pcrs_tile_pattern_def {
    const char *name;
    const char *template_text;
    double unit;
    double tile_size;
    const char *example;
    const char *description;
} pcrs_tile_pattern_def;

int pcrs_tile_pattern_count(void);
const pcrs_tile_pattern_def *pcrs_tile_pattern_def_at(int index);
/* The compiled built-in pattern `index` (compiled once, read-only). */
const pcrs_tile_pattern *pcrs_tile_pattern_at(int index);
/* Built-in pattern by name (case-insensitive), -1 if none. */
int pcrs_tile_pattern_find(const char *name);

/* Compiles a template into `out`. Template syntax: literal characters, and
 *   {YEAR} {DEPT} {PREFIX} {CRS} {RES} {BANDS} {ENC} {X:w} {Y:w}
 * (w = digits, zero-padded; {X} and {Y}: any count), and optional parts in
 * square brackets: "{YEAR}-{X:5}-{Y:5}-{CRS}-{RES}-{BANDS}[-{ENC}]".
 * `unit` is the size in metres of one unit of X and Y. Returns PCRS_OK, or
 * PCRS_ERR_ARG with a message in err. */
pcrs_status pcrs_tile_pattern_compile(const char *template_text, double unit, double tile_size,
                                      pcrs_tile_pattern *out, char *err, size_t err_size);

/* ---- Code tables used by the patterns (data) ---- */
typedef struct pcrs_tile_crs_code {
    const char *code; /* "LA93" */
    int epsg;         /* 2154 */
} pcrs_tile_crs_code;
int pcrs_tile_crs_code_count(void);
const pcrs_tile_crs_code *pcrs_tile_crs_code_at(int index);
/* EPSG code of a name token, 0 if unknown (case-insensitive). */
int pcrs_tile_crs_epsg(const char *code);
/* Name token of an EPSG code, NULL if none. */
const char *pcrs_tile_crs_token(int epsg);

typedef struct pcrs_tile_band_code {
    const char *code;     /* "RVB" */
    int band_count;       /* 3 */
    const char *meaning;  /* "rouge, vert, bleu" */
} pcrs_tile_band_code;
int pcrs_tile_band_code_count(void);
const pcrs_tile_band_code *pcrs_tile_band_code_at(int index);

/* Resolution token <-> metres: "0M05" <-> 0.05. Parsing returns 0 on
 * failure; formatting fails (returns 0) when the size is not a whole number
 * of centimetres or does not fit. */
double pcrs_tile_res_parse(const char *token, size_t len);
int pcrs_tile_res_format(double metres, char *out, size_t size);

/* ---- Names ---- */

/* What a tile name tells. Strings are empty when the pattern has no such token. */
typedef struct pcrs_tile_name {
    int pattern;         /* built-in pattern index, -1 for a caller's pattern */
    int year;            /* 0 if absent */
    char dept[4];
    char prefix[12];
    double x, y;         /* north-west corner, metres */
    char crs[8];         /* name token, e.g. "LA93" */
    int epsg;            /* 0 if absent or unknown */
    double resolution;   /* metres per pixel, 0 if absent */
    char bands[8];
    char encoding[8];
    char extension[12];  /* without the dot, as written; "" if none */
    double tile_size;    /* the pattern's usual tile side (metres), 0 if unknown */
} pcrs_tile_name;

/* Parses a file name (directories are ignored) with one pattern.
 * Returns 1 if the whole stem matches, 0 otherwise. */
int pcrs_tile_name_parse_with(const pcrs_tile_pattern *pattern, const char *file_name,
                              pcrs_tile_name *out);
/* Tries every built-in pattern in table order. Returns 1 on a match. */
int pcrs_tile_name_parse(const char *file_name, pcrs_tile_name *out);

/* Writes the name of a tile after a pattern (without extension unless
 * values->extension is set). Uses x, y (metres, must be whole multiples of
 * the unit and fit the width), year, dept, prefix, crs (or epsg), resolution,
 * bands, encoding; an optional group is written only when all its tokens
 * have a value. Returns PCRS_OK or PCRS_ERR_ARG (err explains). */
pcrs_status pcrs_tile_name_format(const pcrs_tile_pattern *pattern, const pcrs_tile_name *values,
                                  char *out, size_t size, char *err, size_t err_size);

/* ==== Grids ==== */

/* Tiles of w x h metres aligned on (origin_x + i*w, origin_y + j*h); tile
 * (i, j) spans [ox + i*w, ox + (i+1)*w] x [oy + j*h, oy + (j+1)*h]:
 * i grows eastwards, j northwards. */
typedef struct pcrs_grid {
    double origin_x, origin_y;
    double tile_w, tile_h;
} pcrs_grid;

void pcrs_grid_footprint(const pcrs_grid *grid, int64_t i, int64_t j, double env[4]);
/* Tile holding point (x, y) (a point on a boundary belongs to the tile east/north of it). */
void pcrs_grid_index(const pcrs_grid *grid, double x, double y, int64_t *i, int64_t *j);
/* Inclusive range of the tiles whose interior meets `env` (tolerance: a
 * millionth of a tile). Returns 0 if env is empty. */
int pcrs_grid_range(const pcrs_grid *grid, const double env[4], int64_t *i0, int64_t *j0,
                    int64_t *i1, int64_t *j1);

/* Merges grid cells into few non-overlapping rectangles covering exactly
 * the same area (runs along rows, then identical runs of adjacent rows).
 * cells: n pairs (i, j), any order, duplicates allowed. rects must hold n
 * envelopes. Returns the number of rectangles, or 0 for memory failure
 * with n > 0. */
size_t pcrs_grid_merge_cells(const pcrs_grid *grid, const int64_t (*cells)[2], size_t n,
                             double (*rects)[4]);

/* ==== Tile sets ==== */

/* Where a tile's footprint comes from. */
typedef enum pcrs_tile_origin {
    PCRS_TILE_FROM_CATALOGUE = 0, /* RasterPCRS geometrie */
    PCRS_TILE_FROM_NAME,          /* naming pattern */
    PCRS_TILE_FROM_INDEX,         /* a tile index's geometry */
    PCRS_TILE_FROM_HEADER,        /* the tile's own georeferencing */
    PCRS_TILE_FROM_TAB            /* a MapInfo .tab beside the tile */
} pcrs_tile_origin;

typedef struct pcrs_tile {
    char *name;            /* nomImage / file name, as written in the source */
    char *gml_id;          /* catalogue feature id, or NULL */
    int64_t line;          /* line of the catalogue feature, 0 if none */
    pcrs_tile_origin origin;
    int has_footprint;
    double env[4];         /* footprint */
    double res_x, res_y;   /* pixel size in metres, 0 if unknown */
    int epsg;              /* 0 if unknown */
    int pattern;           /* built-in pattern that matched the name, -1 if none */
    int year;              /* year from the name, 0 if none */
    char *sort_key;        /* ordering key (see pcrs_tile_set_sort), NULL: none */
    char **values;         /* one per RasterPCRS property (model order); NULL: absent */
} pcrs_tile;

typedef struct pcrs_tile_set pcrs_tile_set;

pcrs_tile_set *pcrs_tile_set_create(void);
void pcrs_tile_set_destroy(pcrs_tile_set *set);
size_t pcrs_tile_set_count(const pcrs_tile_set *set);
pcrs_tile *pcrs_tile_set_at(pcrs_tile_set *set, size_t index);
const pcrs_tile *pcrs_tile_set_get(const pcrs_tile_set *set, size_t index);

/* Class index of RasterPCRS in the model, and its property count. */
int pcrs_tile_raster_class(void);
int pcrs_tile_property_count(void);
/* Property index of RasterPCRS from a field name: exact XSD names, other
 * spellings seen in tile indexes (pcrs.beta dalles.geojson, the PDF), and
 * "location" (GDAL tile index) for nomImage. -1 if none. */
int pcrs_tile_match_field(const char *field_name);

/* Appends a tile (name copied). Returns NULL when memory runs out. */
pcrs_tile *pcrs_tile_set_add(pcrs_tile_set *set, const char *name);
/* Sets (copies) a RasterPCRS property value; NULL clears it. */
pcrs_status pcrs_tile_set_value(pcrs_tile *tile, int property, const char *value);
const char *pcrs_tile_value(const pcrs_tile *tile, int property);
pcrs_status pcrs_tile_set_sort_key(pcrs_tile *tile, const char *key);
pcrs_status pcrs_tile_set_gml_id(pcrs_tile *tile, const char *gml_id);

/* Appends a tile whose footprint comes from its name, if a pattern
 * matches (the built-in ones when `pattern` is NULL): footprint = the NW
 * corner and the pattern's tile size (or `tile_size` metres when > 0),
 * resolution, CRS, year; nomImage, resolution (cm) and typeImage filled.
 * Returns 1 if added, 0 if no pattern matches, -1 when memory runs out. */
int pcrs_tile_set_add_named(pcrs_tile_set *set, const char *file_name,
                            const pcrs_tile_pattern *pattern, double tile_size);

/* Resizes the footprints of named tiles of resolution `resolution` (metres,
 * 0: all) to w x h metres from their NW corner: once one tile was opened,
 * its real size tells the size of the grid. Returns the number changed. */
size_t pcrs_tile_set_resize_named(pcrs_tile_set *set, double resolution, double w, double h);

/* Union of the footprints; returns 0 if no tile has one. */
int pcrs_tile_set_extent(const pcrs_tile_set *set, double env[4]);
/* Finest pixel size among the tiles (0 if none known). */
void pcrs_tile_set_finest_resolution(const pcrs_tile_set *set, double *res_x, double *res_y);

/* Drawing order: order[k] is the tile drawn k-th, so the last one is on top.
 * Tiles sort by sort_key when set, else by the value of `property`
 * (default dateAcquisition when property < 0, then the name's year), in
 * ascending order (most recent on top), or descending when `descending`;
 * tiles without a key are drawn first; ties keep set order (later on top).
 * order must hold pcrs_tile_set_count() entries. Returns PCRS_ERR_NOMEM on
 * memory failure. */
pcrs_status pcrs_tile_set_sort(const pcrs_tile_set *set, int property, int descending,
                               size_t *order);

/* MIME type for a file extension ("jp2" -> "image/jp2"), NULL if not a tile format. */
const char *pcrs_tile_mime_type(const char *extension);
/* 1 if a file name has the extension of a raster tile format (sidecars
 * such as .tab, .tfw, .aux.xml, .ovr are not tiles). */
int pcrs_tile_is_raster_file(const char *file_name);

/* ==== Catalogue GML ==== */

/* Reads the RasterPCRS features of a PCRS GML (core reader, `io` and
 * messages as in pcrs_reader_options; crs_is_lat_long_order may be NULL)
 * and appends one tile per feature. *epsg receives the catalogue's CRS (0
 * if none). Returns the reader's status; err gets its message on failure. */
pcrs_status pcrs_tile_set_read_catalogue(pcrs_tile_set *set, const char *path,
                                         const pcrs_io *io, pcrs_message_fn on_message,
                                         void *message_user,
                                         int (*crs_is_lat_long_order)(void *user, int epsg),
                                         void *crs_user, int *epsg, char *err, size_t err_size);

/* Envelope of an ISO WKB geometry (any type, Z/M ignored). Returns 1 on
 * success, 0 for an empty or malformed geometry. */
int pcrs_wkb_envelope(const unsigned char *wkb, size_t size, double env[4]);

/* ==== Delivery checks (standard §C.1) ==== */

typedef enum pcrs_tile_problem {
    PCRS_PROBLEM_UNSAFE_NAME = 0, /* nomImage escapes the folder: "../", absolute, "\", URL; refused */
    PCRS_PROBLEM_NOT_BESIDE,      /* nomImage in a subfolder: not beside the catalogue */
    PCRS_PROBLEM_MISSING,         /* no file of that name */
    PCRS_PROBLEM_EXTRA,           /* a tile file no entry names */
    PCRS_PROBLEM_DUPLICATE,       /* two entries name the same file */
    PCRS_PROBLEM_FOOTPRINT,       /* footprint differs from the tile's real extent */
    PCRS_PROBLEM_RESOLUTION,      /* resolution (cm) differs from the pixel size */
    PCRS_PROBLEM_NO_FOOTPRINT,    /* entry without a footprint */
    PCRS_PROBLEM_CRS              /* tile in another CRS than the delivery */
} pcrs_tile_problem;

/* Receives each problem: tile index (or (size_t)-1 for an extra file), the
 * file named, and a complete sentence naming it. */
typedef void (*pcrs_tile_problem_fn)(void *user, pcrs_tile_problem problem, size_t tile,
                                     const char *file, const char *message);

/* 1 if a nomImage stays inside the catalogue's folder: not empty, no "..",
 * not absolute, no backslash, no drive letter or URL scheme. */
int pcrs_tile_name_is_safe(const char *name);

/* Checks entries against the folder listing `files` (names only): unsafe
 * names, subfolders, duplicates, missing files (a file differing only in
 * case is named in the message), files with a raster extension that no
 * entry names (`ignore`: a name to skip, e.g. the catalogue, may be NULL).
 * present (optional, count entries) receives 1 for tiles found in the
 * listing. Returns the number of problems, or (size_t)-1 on memory failure. */
size_t pcrs_tile_set_check_folder(const pcrs_tile_set *set, const char *const *files,
                                  size_t file_count, const char *ignore, unsigned char *present,
                                  pcrs_tile_problem_fn fn, void *user);

/* Checks one tile against what its file says: real extent `real_env`, pixel
 * size, EPSG code (0: unknown), against its footprint, its RasterPCRS
 * resolution (cm) and the delivery's EPSG code (0: unknown). Tolerance:
 * half a pixel for the footprint, half a centimetre for the resolution.
 * Returns the number of problems. */
size_t pcrs_tile_check_header(const pcrs_tile *tile, size_t index, const double real_env[4],
                              double res_x, double res_y, int tile_epsg, int delivery_epsg,
                              pcrs_tile_problem_fn fn, void *user);

/* ==== MapInfo .tab georeferencing ==== */

typedef struct pcrs_tab_info {
    char file[256];      /* File "..." */
    int point_count;     /* control points read */
    double gt[6];        /* geotransform fitted on the control points */
    double max_residual; /* largest misfit of a control point, ground units */
    char coordsys[512];  /* the CoordSys clause, without "CoordSys " */
    int epsg;            /* recognised from the CoordSys parameters (French CRSs), 0 otherwise */
} pcrs_tab_info;

/* Parses the text of a raster .tab file. Needs 3 control points not on a
 * line. Returns PCRS_OK, or PCRS_ERR_DATA with a message naming the line. */
pcrs_status pcrs_tab_parse(const char *text, size_t length, pcrs_tab_info *out, char *err,
                           size_t err_size);

/* EPSG code of a MapInfo CoordSys clause for the French CRSs of the
 * standard (Lambert-93, CC42..CC50), 0 otherwise. */
int pcrs_tab_coordsys_epsg(const char *coordsys);

/* ==== GeoTIFF CRS ==== */

/* Reads `size` bytes at `offset` of the tile: 0 on success. */
typedef int (*pcrs_read_at_fn)(void *user, uint64_t offset, void *buf, size_t size);

/* The EPSG code that a (Big)TIFF's GeoKeyDirectory names directly (first
 * image): a projected or geographic CRS given by code, with only keys that
 * do not change it (citations, raster type, metre or angular units). 0 when
 * the file is no TIFF, has no keys, or describes its CRS otherwise (a
 * vertical CRS, user-defined parameters…): a full CRS parser must then say. */
int pcrs_geotiff_epsg(pcrs_read_at_fn read_at, void *user);

#ifdef __cplusplus
}
#endif

#endif
