// The core's pluggable I/O (pcrs_io) on GDAL's VSI*L API, so that documents
// are read and written through /vsizip/, /vsigzip/, /vsicurl/, /vsimem/…
#ifndef PCRS_VSI_IO_H
#define PCRS_VSI_IO_H

#include <string>

#include "cpl_vsi.h"
#include "pcrs/pcrs_io.h"

// Stateless table: open/read/write/close/remove/rename on VSI*L.
const pcrs_io *PCRSGetVSIIO();

// The same I/O, except that the first "rb" open of `osPath` hands out an
// already open handle (GDALOpenInfo's) instead of opening the file again:
// one request less on /vsicurl/. An unused handle is closed on destruction.
class PCRSVSIIOWithOpenHandle final
{
  public:
    PCRSVSIIOWithOpenHandle();
    ~PCRSVSIIOWithOpenHandle();

    // Takes ownership of fp.
    void Adopt(VSILFILE *fp, const std::string &osPath);

    const pcrs_io *Table() const
    {
        return &m_sIO;
    }

  private:
    static void *Open(void *user, const char *path, const char *mode);

    pcrs_io m_sIO{};
    VSILFILE *m_fp = nullptr;
    std::string m_osPath{};

    PCRSVSIIOWithOpenHandle(const PCRSVSIIOWithOpenHandle &) = delete;
    PCRSVSIIOWithOpenHandle &operator=(const PCRSVSIIOWithOpenHandle &) = delete;
};

#endif
