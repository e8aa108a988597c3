#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

namespace wp::reports {

/// The header of a Vietnamese administrative document (Nghị định 30/2020, appendix I): on the
/// left the parent body, the issuing body in bold with a short rule under it, and the number;
/// on the right the national name, the motto with a rule as long as it, and the place and
/// date in italics, on the line of the number.
class HeaderBlock final : public LaidOutBlock
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::HeaderBlock)

public:
    explicit HeaderBlock(HeaderPart part) : m_part(std::move(part)) {}

private:
    double layout(const PageCanvas& canvas, double top, bool paint) const override;

    HeaderPart m_part;
};

} // namespace wp::reports
