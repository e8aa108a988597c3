#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

namespace wp::reports {

/// The end of a document (Nghị định 30/2020): "Nơi nhận:" and its list on the left, the
/// signer's authority, position, room for the signature and seal, and name on the right.
class SignatureBlock final : public LaidOutBlock
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::SignatureBlock)

public:
    explicit SignatureBlock(SignaturePart part) : m_part(std::move(part)) {}

private:
    double layout(const PageCanvas& canvas, double top, bool paint) const override;

    SignaturePart m_part;
};

} // namespace wp::reports
