// Options of the raster side shared between its files.
#ifndef PCRS_RASTER_OPTIONS_H
#define PCRS_RASTER_OPTIONS_H

// Whether CreateCopy computes a property of RasterPCRS / EmpriseEchangePCRS
// itself (file name, format, footprint, links...) rather than taking it
// from a creation option.
bool PCRSRasterAttributeIsComputed(const char *pszClass, const char *pszProperty);

#endif
