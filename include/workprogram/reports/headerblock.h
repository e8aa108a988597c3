#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/storage/reportsettingsrepository.h"

namespace wp::reports {

/// The header of a Vietnamese administrative document (Nghị định 30/2020, appendix I): on the
/// left the parent body, the issuing body in bold with a short rule under it, and the number;
/// on the right the national name, the motto with a rule as long as it, and the place and
/// date in italics, on the line of the number.
class HeaderBlock final : public Block
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::HeaderBlock)

public:
    /// @p numberLine ("Số: …") and @p dateLine (place and date) may be empty: an appendix
    /// carries neither.
    HeaderBlock(const storage::ReportSettings& settings, QString numberLine, QString dateLine);
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

private:
    double layout(const PageCanvas& canvas, double top, bool paint) const;

    QString m_parent;
    QString m_issuing;
    QString m_number;
    QString m_date;
};

} // namespace wp::reports
