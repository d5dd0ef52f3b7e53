// Links of the model as GDAL relationships. A link property points to a
// target class that may be abstract (ObjetVecteurPCRS): the relationship is
// declared once per concrete class present that is such a target.
#include "pcrs_dataset.h"

#include "pcrs/pcrs_model.h"

std::vector<std::unique_ptr<GDALRelationship>> PCRSBuildRelationships(const std::vector<int> &anClasses)
{
    std::vector<std::unique_ptr<GDALRelationship>> apoRelationships;
    for (const int iOwner : anClasses)
    {
        const pcrs_class *psOwner = pcrs_model_class(iOwner);
        for (int iProp = 0; iProp < psOwner->property_count; ++iProp)
        {
            const pcrs_property &sProp = psOwner->properties[iProp];
            if (sProp.type != PCRS_VALUE_LINK || sProp.target_class < 0)
                continue;
            for (const int iTarget : anClasses)
            {
                if (!pcrs_model_class_is_a(iTarget, sProp.target_class))
                    continue;
                const char *pszTarget = pcrs_model_class(iTarget)->name;
                const std::string osName = std::string(psOwner->name) + "_" + sProp.name + "_" + pszTarget;
                auto poRelationship = std::make_unique<GDALRelationship>(
                    osName, pszTarget, psOwner->name,
                    sProp.max_occurs == 1 ? GRC_ONE_TO_MANY : GRC_MANY_TO_MANY);
                poRelationship->SetLeftTableFields({"gml_id"});
                poRelationship->SetRightTableFields({sProp.name});
                poRelationship->SetType(GRT_ASSOCIATION);
                poRelationship->SetForwardPathLabel(sProp.name);
                poRelationship->SetBackwardPathLabel(std::string("inverse of ") + sProp.name);
                poRelationship->SetRelatedTableType("features");
                apoRelationships.push_back(std::move(poRelationship));
            }
        }
    }
    return apoRelationships;
}
