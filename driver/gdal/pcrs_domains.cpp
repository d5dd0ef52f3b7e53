// Code lists of the model as OGR coded field domains: codes with leading
// zeros kept (String), the standard's French labels as values.
#include "pcrs_dataset.h"

#include "cpl_conv.h"

std::unique_ptr<OGRFieldDomain> PCRSBuildFieldDomain(const pcrs_codelist *psList)
{
    std::vector<OGRCodedValue> asValues;
    asValues.reserve(psList->code_count);
    for (int i = 0; i < psList->code_count; ++i)
    {
        const pcrs_code &sCode = psList->codes[i];
        OGRCodedValue sValue;
        sValue.pszCode = CPLStrdup(sCode.code);
        sValue.pszValue = sCode.label != nullptr ? CPLStrdup(sCode.label) : nullptr;
        asValues.push_back(sValue);
    }
    return std::make_unique<OGRCodedFieldDomain>(psList->name,
                                                 psList->description != nullptr ? psList->description : "",
                                                 OFTString, OFSTNone, std::move(asValues));
}
