// Raster side of the binding: deliveries of orthophoto tiles (a RasterPCRS
// catalogue GML, a folder of named tiles, a vector tile index) opened as one
// mosaic, their RasterPCRS layer, and the production of deliveries.
// All naming / catalogue knowledge is in the core (pcrs/pcrs_tiles.h).
#ifndef PCRS_RASTER_H
#define PCRS_RASTER_H

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gdal_priv.h"
#include "ogrsf_frmts.h"
#include "pcrs/pcrs_tiles.h"

// GDALDataset::IRasterIO's band map type changed in GDAL 3.10.
#ifdef BANDMAP_TYPE
#define PCRS_BANDMAP_TYPE BANDMAP_TYPE
#else
#define PCRS_BANDMAP_TYPE int *
#endif

struct PCRSTileSetDeleter
{
    void operator()(pcrs_tile_set *poSet) const
    {
        pcrs_tile_set_destroy(poSet);
    }
};
using PCRSTileSetPtr = std::unique_ptr<pcrs_tile_set, PCRSTileSetDeleter>;

// Presence of a tile file, as far as the delivery's listing tells.
enum class PCRSTilePresence : unsigned char
{
    Unknown = 0,  // no listing (e.g. /vsicurl/ without directory listing)
    Present,
    Missing,
    Refused  // unsafe nomImage, or a tile in another CRS: never opened
};

// What PCRSRasterOpen() found: the tiles of a delivery, whatever described
// them, with what opening one of them taught (bands, type, overviews).
struct PCRSDelivery
{
    enum class Kind
    {
        Catalogue,
        Folder,
        Index
    };
    Kind eKind = Kind::Folder;
    std::string osSource{};   // catalogue, folder or index (without "PCRS:")
    std::string osBaseDir{};  // where relative tile names resolve
    PCRSTileSetPtr poSet{};
    std::vector<std::string> aosPaths{};           // per tile: path to open
    std::vector<PCRSTilePresence> aePresence{};    // per tile
    std::vector<std::string> aosListing{};         // sorted folder listing, if known
    bool bHaveListing = false;
    int nEPSG = 0;                                 // delivery CRS (0: unknown)
    std::string osSRSWkt{};                        // delivery CRS when not an EPSG code

    // Learnt from a probe tile.
    int nProbeTile = -1;
    int nColorBands = 0;
    GDALDataType eDataType = GDT_Byte;
    std::vector<GDALColorInterp> aeColorInterp{};
    std::vector<int> anOverviewFactors{};
    double dfResX = 0;
    double dfResY = 0;
    bool bHasNoData = false;
    double dfNoData = 0;

    // Drawing order (pcrs_tile_set_sort): last on top.
    std::vector<size_t> anOrder{};

    size_t TileCount() const
    {
        return pcrs_tile_set_count(poSet.get());
    }
    const pcrs_tile *Tile(size_t i) const
    {
        return pcrs_tile_set_get(poSet.get(), i);
    }
    // Sibling files of a tile (same stem) from the listing, for GDALOpenEx:
    // without them GDAL would list the whole folder at each tile open.
    CPLStringList SiblingsOf(size_t iTile) const;
};

// ---- pcrs_raster_tile_io.cpp: helpers shared by the files below ----

// Property index of RasterPCRS by name.
int PCRSRasterProperty(const char *pszName);
// A VSIReadDir() listing without "." and "..", sorted.
std::vector<std::string> PCRSSortedListing(char **papszList);
// EPSG code of a CRS (identified if needed), 0 if none.
int PCRSEPSGOf(const OGRSpatialReference *poSRS);

// Warnings of the delivery checks, prefixed with the delivery, at most 20
// per kind of problem, then one summary line (at Flush() or destruction).
class PCRSProblemReporter final
{
  public:
    explicit PCRSProblemReporter(std::string osWhere);
    ~PCRSProblemReporter();
    // A pcrs_tile_problem_fn; user = the reporter.
    static void Callback(void *user, pcrs_tile_problem eProblem, size_t iTile, const char *pszFile,
                         const char *pszMessage);
    void Report(pcrs_tile_problem eProblem, const char *pszMessage);
    void Flush();

  private:
    std::string m_osWhere;
    std::map<int, int> m_anCounts{};

    PCRSProblemReporter(const PCRSProblemReporter &) = delete;
    PCRSProblemReporter &operator=(const PCRSProblemReporter &) = delete;
};

// ---- Building a delivery: pcrs_raster_catalogue.cpp, _folder.cpp, _index.cpp, _probe.cpp ----

// Each returns nullptr after a CPLError(CE_Failure) naming the input.
std::unique_ptr<PCRSDelivery> PCRSReadCatalogueDelivery(const std::string &osPath,
                                                        CSLConstList papszOptions);
std::unique_ptr<PCRSDelivery> PCRSScanFolderDelivery(const std::string &osDir,
                                                     CSLConstList papszOptions);
// bQuietIfNotIndex: a vector file without a file-name field is no tile
// index and no error either (an XML file is the GML reader's to refuse).
std::unique_ptr<PCRSDelivery> PCRSReadIndexDelivery(const std::string &osPath,
                                                    CSLConstList papszOptions, bool bQuietIfNotIndex);
// Opens a tile to learn bands, type, overviews and the real tile size,
// checks CRSs, computes the drawing order. false after a CE_Failure.
bool PCRSProbeDelivery(PCRSDelivery &oDelivery, CSLConstList papszOptions);

// pcrs_raster_tile_io.cpp: opens tile iTile (siblings from the listing);
// nullptr on failure, with GDAL's error left as it is.
GDALDataset *PCRSOpenTile(const PCRSDelivery &oDelivery, size_t iTile);

// A tile's real extent (header georeferencing, else a .tab beside it).
// false if the tile tells nothing.
bool PCRSTileRealExtent(const PCRSDelivery &oDelivery, size_t iTile, GDALDataset *poTileDS,
                        double adfEnv[4], double *pdfResX, double *pdfResY, int *pnEPSG);

// ---- pcrs_raster_layer.cpp: the RasterPCRS layer of a delivery ----

// Features: one per tile (footprint polygon, RasterPCRS attributes known).
// The delivery must outlive the layer.
OGRLayer *PCRSRasterCatalogueLayer(std::shared_ptr<const PCRSDelivery> poDelivery);

// ---- pcrs_raster_mosaic.cpp ----

// The mosaic (bRaster) and/or the RasterPCRS layer (bVector) of a delivery.
GDALDataset *PCRSCreateMosaicDataset(std::shared_ptr<PCRSDelivery> poDelivery, bool bRaster,
                                     bool bVector, CSLConstList papszOptions);

// The layers of a catalogue's document, served by its mosaic dataset (raster
// and vector asked at once, as QGIS's gdal provider does).
void PCRSMosaicSetVectorDocument(GDALDataset *poMosaicDS, std::unique_ptr<GDALDataset> poVectorDS);

// ---- pcrs_raster_catalogue_writer.cpp ----

// Attributes of a delivery written by CreateCopy, from creation options.
struct PCRSCatalogueTile
{
    std::string osName;
    double adfEnv[4] = {0, 0, 0, 0};
    int64_t nI = 0, nJ = 0;  // grid cell
};
bool PCRSWriteRasterCatalogue(const std::string &osPath, const std::vector<PCRSCatalogueTile> &aoTiles,
                              const pcrs_grid &sGrid, int nEPSG, double dfResolution,
                              const char *pszMimeType, CSLConstList papszOptions);

#endif
