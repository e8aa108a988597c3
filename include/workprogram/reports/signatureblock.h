#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

namespace wp::reports {

/// The end of a document (Nghị định 30/2020): "Nơi nhận:" and its list on the left, the
/// signer's authority, position, room for the signature and seal, and name on the right.
class SignatureBlock final : public Block
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::SignatureBlock)

public:
    explicit SignatureBlock(SignaturePart part) : m_part(std::move(part)) {}
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

private:
    double layout(const PageCanvas& canvas, double top, bool paint) const;

    SignaturePart m_part;
};

} // namespace wp::reports
