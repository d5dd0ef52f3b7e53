/* Tests of pcrs_identify: prolog skipping, namespace resolution, versions,
 * truncation (NEED_MORE), real samples, and a short fuzz. Every input is
 * copied into a buffer of exactly its length so that a sanitizer build
 * catches any read past `len`. Run from autotest/ (ctest does). */
#include <stdlib.h>

#include "check.h"
#include "pcrs/pcrs.h"

static pcrs_identity identify_bytes(const void *data, size_t len)
{
    void *copy = malloc(len ? len : 1);
    if (copy == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    if (len)
        memcpy(copy, data, len);
    pcrs_identity id = pcrs_identify(copy, len);
    free(copy);
    return id;
}

static pcrs_identity identify(const char *text)
{
    return identify_bytes(text, strlen(text));
}

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "cannot open %s (run from autotest/)\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    unsigned char *data = malloc(cap);
    while (data != NULL) {
        n += fread(data + n, 1, cap - n, f);
        if (n < cap)
            break;
        unsigned char *bigger = realloc(data, cap * 2);
        if (bigger == NULL) {
            free(data);
            data = NULL;
            break;
        }
        data = bigger;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return data;
}

#define NS_DECLS "xmlns=\"http://cnig.gouv.fr/pcrs\" xmlns:gml=\"http://www.opengis.net/gml/3.2\""

static void test_prolog(void)
{
    CHECK_INT(identify("<PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"), PCRS_ID_V2);
    CHECK_INT(identify("<PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\"/>"), PCRS_ID_V2);
    CHECK_INT(identify("\xEF\xBB\xBF<PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"), PCRS_ID_V2);
    CHECK_INT(identify("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<PlanCorpsRueSimplifie " NS_DECLS
                       " version=\"2.0\">"),
              PCRS_ID_V2);
    CHECK_INT(identify("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- PCRS <b>comment</b> -- ? > -->\n"
                       "<?pi data > ?>\n<!---->\n  <PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"),
              PCRS_ID_V2);
    CHECK_INT(identify("<!DOCTYPE PlanCorpsRueSimplifie SYSTEM \"x>y.dtd\" [ <!ENTITY a \"]>\"> <!-- ]> --> "
                       "<?p ]> ?> ]>\n<PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"),
              PCRS_ID_V2);
    /* Attribute whitespace and quotes. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie\n\txmlns = 'http://cnig.gouv.fr/pcrs'\n\tversion\t=\t'2.0'\n>"),
              PCRS_ID_V2);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" title='a \"quoted\" >' "
                       "version=\"2.0\">"),
              PCRS_ID_V2);
    /* Things that are not allowed before the root. */
    CHECK_INT(identify("x<PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<![CDATA[x]]><PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<!ELEMENT x ANY><PlanCorpsRueSimplifie " NS_DECLS " version=\"2.0\">"), PCRS_ID_NONE);
    /* UTF-16 is not handled: NONE is the documented answer. */
    CHECK_INT(identify_bytes("\xFF\xFE<\0P\0", 6), PCRS_ID_NONE);
    CHECK_INT(identify_bytes("\xFE\xFF\0<\0P", 6), PCRS_ID_NONE);
}

static void test_namespaces(void)
{
    CHECK_INT(identify("<pcrs:PlanCorpsRueSimplifie xmlns:pcrs=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_V2);
    CHECK_INT(identify("<p:PlanCorpsRueSimplifie version=\"2.0\" xmlns=\"urn:other\" "
                       "xmlns:p=\"http://cnig.gouv.fr/pcrs\">"),
              PCRS_ID_V2);
    /* Prefix declared for another prefix, or not at all. */
    CHECK_INT(identify("<pcrs:PlanCorpsRueSimplifie xmlns:pcrsx=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<pcrs:PlanCorpsRueSimplifie xmlns:pcr=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<pcrs:PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    /* A prefixed root ignores the default namespace, an unprefixed one ignores prefixes. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns:pcrs=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie version=\"2.0\">"), PCRS_ID_NONE);
    /* Wrong namespaces and roots. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs/\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/PCRS\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs-information\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<planCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<MurPCRS xmlns=\"http://cnig.gouv.fr/pcrs\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<:PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<a:b:PlanCorpsRueSimplifie xmlns:a=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\">"),
              PCRS_ID_NONE);
    CHECK_INT(identify("<pcrs: xmlns:pcrs=\"http://cnig.gouv.fr/pcrs\">"), PCRS_ID_NONE);
    /* v1: any root in the 2015 namespace. */
    CHECK_INT(identify("<pcrs:FeatureCollection xmlns:pcrs=\"http://localhost/pcrs\">"), PCRS_ID_V1);
    CHECK_INT(identify("<FeatureCollection xmlns=\"http://localhost/pcrs\"/>"), PCRS_ID_V1);
    CHECK_INT(identify("<FeatureCollection xmlns:pcrs=\"http://localhost/pcrs\">"), PCRS_ID_NONE);
}

static void test_versions(void)
{
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\">"), PCRS_ID_V2_BETA);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0beta2\">"),
              PCRS_ID_V2_BETA);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0beta\">"),
              PCRS_ID_V2_BETA);
    /* Seen in real files: empty (FME writer) and "1.0" — both are v2.0 documents. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"\">"), PCRS_ID_V2);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"1.0\">"), PCRS_ID_V2);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0.1\">"), PCRS_ID_V2);
    /* A prefixed version attribute is another attribute. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" xmlns:x=\"urn:x\" "
                       "x:version=\"2.0\">"),
              PCRS_ID_V2_BETA);
}

static void test_truncation_and_garbage(void)
{
    CHECK_INT(identify_bytes("", 0), PCRS_ID_NONE);
    CHECK_INT(pcrs_identify(NULL, 10), PCRS_ID_NONE);
    CHECK_INT(identify("   \n"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("\xEF\xBB"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<?xml version=\"1.0\""), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<!-"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<!-- never closed --"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<!DOC"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<!DOCTYPE x [ <!ENTITY a \"b\"> "), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie"), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\""),
              PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version=\"2.0\"/"),
              PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" version="), PCRS_ID_NEED_MORE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" title=\"a > b"),
              PCRS_ID_NEED_MORE);
    /* Malformed start tags. */
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\"version=\"2.0\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=http://cnig.gouv.fr/pcrs>"), PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns>"), PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" a=\"<\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" /x>"), PCRS_ID_NONE);
    CHECK_INT(identify("< PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\">"), PCRS_ID_NONE);
    CHECK_INT(identify("<1PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\">"), PCRS_ID_NONE);
    /* Other formats. */
    CHECK_INT(identify("<!DOCTYPE html><html><head><title>PlanCorpsRueSimplifie</title></head></html>"),
              PCRS_ID_NONE);
    CHECK_INT(identify("{\"type\": \"FeatureCollection\"}"), PCRS_ID_NONE);
    CHECK_INT(identify_bytes("PK\x03\x04\0\0\0\0", 8), PCRS_ID_NONE);
    CHECK_INT(identify_bytes("\x1F\x8B\x08\0", 4), PCRS_ID_NONE);
    CHECK_INT(identify_bytes("<\0PlanCorpsRueSimplifie", 23), PCRS_ID_NONE);
}

/* A real file: V2 (or `expected`) once the root start tag is complete,
 * NEED_MORE for every shorter prefix. */
static void check_file(const char *path, pcrs_identity expected)
{
    size_t len = 0;
    unsigned char *data = read_file(path, &len);
    CHECK(data != NULL);
    if (data == NULL)
        return;
    CHECK_INT(identify_bytes(data, len), expected);

    size_t complete = 0; /* shortest prefix that identifies */
    for (size_t k = 1; k <= len && k <= 4096; k++) {
        pcrs_identity id = identify_bytes(data, k);
        if (id != PCRS_ID_NEED_MORE) {
            CHECK_INT(id, expected);
            complete = k;
            break;
        }
    }
    CHECK(complete > 0);
    CHECK(complete > 0 && data[complete - 1] == '>');
    /* Longer prefixes give the same answer. */
    for (size_t k = complete; k <= len && k < complete + 64; k++)
        CHECK_INT(identify_bytes(data, k), expected);
    free(data);
}

static void test_files(void)
{
    static const char *v2[] = {
        "data/real/cnigfr-PCRS/20200716.RIL_L260_C340_P0.gml",
        "data/real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml",
        "data/real/cnigfr-PCRS/20200716.RIL_L263_C297_P0.gml",
        "data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml",
        "data/real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml",
        "data/real/cnigfr-PCRS/PCRS-info.gml",
        "data/real/geovendee-montaigu/GeoVendee_PCRS_Montaigu_posList.gml",
        "data/identify/v2-prefixed-doctype.gml",
    };
    for (size_t i = 0; i < sizeof(v2) / sizeof(v2[0]); i++)
        check_file(v2[i], PCRS_ID_V2);
    check_file("data/real/pcrs-v1-strasbourg/MurPCRS.gml", PCRS_ID_V1);
    check_file("data/real/pcrs-v1-strasbourg/FacadePCRS.gml", PCRS_ID_V1);
    check_file("data/identify/v2beta2-no-version.gml", PCRS_ID_V2_BETA);
    check_file("data/identify/wrong-namespace.gml", PCRS_ID_NONE);
    check_file("data/identify/wfs-collection.gml", PCRS_ID_NONE);

    size_t len = 0;
    unsigned char *tab = read_file("data/real/cnigfr-PCRS/67-2015-1050-6850-LA93-5M00-E100.tab", &len);
    CHECK(tab != NULL);
    if (tab != NULL)
        CHECK_INT(identify_bytes(tab, len), PCRS_ID_NONE);
    free(tab);
}

static int valid_identity(pcrs_identity id)
{
    return id == PCRS_ID_NONE || id == PCRS_ID_NEED_MORE || id == PCRS_ID_V2 || id == PCRS_ID_V2_BETA ||
           id == PCRS_ID_V1;
}

/* Deterministic pseudo-random bytes (no dependence on rand()'s quality). */
static unsigned int next_random(unsigned int *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7FFF;
}

static void test_fuzz(void)
{
    unsigned int state = 20240917u;
    unsigned char buf[1024];
    int bad = 0;
    /* Random bytes, biased towards XML punctuation. */
    static const char alphabet[] = "<>?!-=\"' :/xmlnsPlanCorpsRueSimplifie[]\xEF\xBB\xBF\n";
    for (int round = 0; round < 20000; round++) {
        size_t len = next_random(&state) % sizeof(buf);
        for (size_t i = 0; i < len; i++) {
            unsigned int r = next_random(&state);
            buf[i] = (r & 1) ? (unsigned char)alphabet[(r >> 1) % (sizeof(alphabet) - 1)] : (unsigned char)(r >> 3);
        }
        bad += !valid_identity(identify_bytes(buf, len));
    }
    /* Mutations of a real header. */
    size_t len = 0;
    unsigned char *data = read_file("data/real/cnigfr-PCRS/PCRS-info.gml", &len);
    if (data != NULL && len > 800) {
        for (int round = 0; round < 20000; round++) {
            size_t n = 1 + next_random(&state) % 800;
            memcpy(buf, data, n);
            for (int flips = 1 + (int)(next_random(&state) % 4); flips > 0; flips--)
                buf[next_random(&state) % n] = (unsigned char)next_random(&state);
            bad += !valid_identity(identify_bytes(buf, n));
        }
    }
    free(data);
    CHECK_INT(bad, 0);
}

static void test_names(void)
{
    CHECK_STR(pcrs_identity_name(PCRS_ID_V2), "PCRS v2.0");
    CHECK_STR(pcrs_identity_name(PCRS_ID_V2_BETA), "PCRS 2.0beta2 (pre-release)");
    CHECK_STR(pcrs_identity_name(PCRS_ID_V1), "PCRS v1.0 (2015, namespace http://localhost/pcrs)");
    CHECK(pcrs_identity_name(PCRS_ID_NONE) != NULL);
    CHECK(pcrs_identity_name(PCRS_ID_NEED_MORE) != NULL);
    CHECK(pcrs_identity_name((pcrs_identity)42) != NULL);
}

int main(void)
{
    test_prolog();
    test_namespaces();
    test_versions();
    test_truncation_and_garbage();
    test_files();
    test_fuzz();
    test_names();
    CHECK_DONE();
}
