// pcrs_io on VSI*L.
#include "pcrs_vsi_io.h"

#include <cstring>

#include "gdal_version.h"

namespace
{

void *VSIOpen(void *, const char *path, const char *mode)
{
    return VSIFOpenL(path, mode);
}

size_t VSIRead(void *, void *handle, void *buf, size_t size)
{
    VSILFILE *fp = static_cast<VSILFILE *>(handle);
    const size_t n = VSIFReadL(buf, 1, size, fp);
    if (n > 0 || size == 0)
        return n;
    // A short read is either the end of the file or an error: the core must
    // not take a broken /vsicurl/ or /vsigzip/ stream for a complete document.
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 10, 0)
    return VSIFErrorL(fp) ? static_cast<size_t>(-1) : 0;
#else
    return VSIFEofL(fp) ? 0 : static_cast<size_t>(-1);
#endif
}

size_t VSIWrite(void *, void *handle, const void *buf, size_t size)
{
    return VSIFWriteL(buf, 1, size, static_cast<VSILFILE *>(handle));
}

int VSIClose(void *, void *handle)
{
    return VSIFCloseL(static_cast<VSILFILE *>(handle)) == 0 ? 0 : -1;
}

int VSIRemove(void *, const char *path)
{
    return VSIUnlink(path) == 0 ? 0 : -1;
}

int VSIRenameFile(void *, const char *from, const char *to)
{
    return VSIRename(from, to) == 0 ? 0 : -1;
}

constexpr pcrs_io kVSIIO = {PCRS_IO_VERSION, VSIOpen,   VSIRead,       VSIWrite,
                            VSIClose,        VSIRemove, VSIRenameFile, nullptr};

}  // namespace

const pcrs_io *PCRSGetVSIIO()
{
    return &kVSIIO;
}

PCRSVSIIOWithOpenHandle::PCRSVSIIOWithOpenHandle() : m_sIO(kVSIIO)
{
    m_sIO.open = Open;
    m_sIO.user = this;
}

PCRSVSIIOWithOpenHandle::~PCRSVSIIOWithOpenHandle()
{
    if (m_fp != nullptr)
        VSIFCloseL(m_fp);
}

void PCRSVSIIOWithOpenHandle::Adopt(VSILFILE *fp, const std::string &osPath)
{
    if (m_fp != nullptr)
        VSIFCloseL(m_fp);
    m_fp = fp;
    m_osPath = osPath;
}

void *PCRSVSIIOWithOpenHandle::Open(void *user, const char *path, const char *mode)
{
    auto *self = static_cast<PCRSVSIIOWithOpenHandle *>(user);
    if (self->m_fp != nullptr && strcmp(mode, "rb") == 0 && self->m_osPath == path &&
        VSIFSeekL(self->m_fp, 0, SEEK_SET) == 0)
    {
        VSILFILE *fp = self->m_fp;
        self->m_fp = nullptr;
        return fp;
    }
    return VSIFOpenL(path, mode);
}
