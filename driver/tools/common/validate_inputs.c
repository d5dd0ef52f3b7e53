/* Inputs of pcrs_validate through VSI: archives are folders, folders are
 * listed recursively and grouped by sub-folder (a PCRS delivery keeps its
 * tiles beside its GML, §C.1). */
#ifndef _LARGEFILE64_SOURCE
#define _LARGEFILE64_SOURCE 1 /* VSIStatBufL is a struct stat64 */
#endif
#include "validate_inputs.h"

#include <stdlib.h>
#include <string.h>

#include "cpl_conv.h"
#include "cpl_string.h"
#include "cpl_vsi.h"
#include "pcrs/pcrs.h"

#define HEADER_MAX 65536

static const char *const document_extensions[] = {"gml", "xml"};
static const char *const tile_extensions[] = {"tif", "tiff", "gtif", "jp2", "j2k", "j2c", "j2",
                                              "jpg", "jpeg", "png", "webp", "ecw", "sid"};
static const char *const archive_extensions[] = {"zip"};

static int has_extension(const char *path, const char *const *list, size_t n)
{
    const char *ext = CPLGetExtension(path);
    for (size_t i = 0; i < n; i++)
        if (EQUAL(ext, list[i]))
            return 1;
    return 0;
}

pcrs_input_kind pcrs_input_kind_of(const char *path)
{
    if (has_extension(path, document_extensions, sizeof document_extensions / sizeof *document_extensions))
        return PCRS_INPUT_DOCUMENT;
    if (has_extension(path, tile_extensions, sizeof tile_extensions / sizeof *tile_extensions))
        return PCRS_INPUT_TILE;
    return PCRS_INPUT_OTHER;
}

char *pcrs_input_vsi_path(const char *argument)
{
    if (!STARTS_WITH(argument, "/vsi") &&
        has_extension(argument, archive_extensions, sizeof archive_extensions / sizeof *archive_extensions))
        return CPLStrdup(CPLSPrintf("/vsizip/%s", argument));
    return CPLStrdup(argument);
}

int pcrs_input_is_pcrs(const char *path)
{
    VSILFILE *f = VSIFOpenL(path, "rb");
    if (!f)
        return -1;
    unsigned char *header = CPLMalloc(HEADER_MAX);
    size_t n = VSIFReadL(header, 1, HEADER_MAX, f);
    VSIFCloseL(f);
    pcrs_identity id = pcrs_identify(header, n);
    CPLFree(header);
    return id != PCRS_ID_NONE;
}

static size_t folder_length(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) : 0;
}

/* By folder, then by name: each folder's files are contiguous. */
static int compare_paths(const void *pa, const void *pb)
{
    const char *a = *(char *const *)pa, *b = *(char *const *)pb;
    size_t la = folder_length(a), lb = folder_length(b);
    int c = memcmp(a, b, la < lb ? la : lb);
    if (c)
        return c;
    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

int pcrs_input_tree_list(const char *root, pcrs_input_tree *tree)
{
    memset(tree, 0, sizeof *tree);
    VSIStatBufL st;
    if (VSIStatL(root, &st) != 0 || !VSI_ISDIR(st.st_mode))
        return -1;
    char **entries = VSIReadDirRecursive(root);
    int n = CSLCount(entries);
    char **files = CPLCalloc((size_t)n + 1, sizeof *files);
    int count = 0;
    for (int i = 0; i < n; i++) {
        char *full = CPLStrdup(CPLFormFilename(root, entries[i], NULL));
        if (VSIStatL(full, &st) == 0 && !VSI_ISDIR(st.st_mode))
            files[count++] = full;
        else
            CPLFree(full);
    }
    CSLDestroy(entries);
    qsort(files, (size_t)count, sizeof *files, compare_paths);
    tree->files = files;
    tree->file_count = count;
    tree->folders = CPLCalloc((size_t)count + 1, sizeof *tree->folders);
    tree->first = CPLCalloc((size_t)count + 2, sizeof *tree->first);
    for (int i = 0; i < count; i++) {
        size_t len = folder_length(files[i]);
        if (tree->folder_count > 0) {
            const char *last = tree->folders[tree->folder_count - 1];
            if (strlen(last) == len && strncmp(last, files[i], len) == 0)
                continue;
        }
        tree->folders[tree->folder_count] = CPLStrdup(CPLSPrintf("%.*s", (int)len, files[i]));
        tree->first[tree->folder_count++] = i;
    }
    tree->first[tree->folder_count] = count;
    return 0;
}

void pcrs_input_tree_free(pcrs_input_tree *tree)
{
    for (int i = 0; i < tree->folder_count; i++)
        CPLFree(tree->folders[i]);
    for (int i = 0; i < tree->file_count; i++)
        CPLFree(tree->files[i]);
    CPLFree(tree->folders);
    CPLFree(tree->files);
    CPLFree(tree->first);
    memset(tree, 0, sizeof *tree);
}
