/* What pcrs_validate is given: files, zip archives, delivery folders,
 * sorted into PCRS documents, raster tiles and other files. */
#ifndef PCRS_VALIDATE_INPUTS_H
#define PCRS_VALIDATE_INPUTS_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum pcrs_input_kind {
    PCRS_INPUT_DOCUMENT = 1, /* .gml/.xml */
    PCRS_INPUT_TILE,         /* a raster file by its extension */
    PCRS_INPUT_OTHER
} pcrs_input_kind;

pcrs_input_kind pcrs_input_kind_of(const char *path);

/* The VSI path to read an argument from: "x.zip" → "/vsizip/x.zip". */
char *pcrs_input_vsi_path(const char *argument); /* CPLFree() it */

/* 1 if the first bytes of the file are a PCRS root (any model version);
 * 0 if not; -1 if it cannot be read. */
int pcrs_input_is_pcrs(const char *path);

/* Files of a folder tree grouped by folder: folder i holds
 * files[first[i] .. first[i+1]). Paths are complete (folder + "/" + name). */
typedef struct pcrs_input_tree {
    char **folders;
    int folder_count;
    char **files;
    int *first;
    int file_count;
} pcrs_input_tree;

/* 0, or -1 if the folder cannot be listed. */
int pcrs_input_tree_list(const char *root, pcrs_input_tree *tree);
void pcrs_input_tree_free(pcrs_input_tree *tree);

#ifdef __cplusplus
}
#endif

#endif
