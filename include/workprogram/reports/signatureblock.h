#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/storage/reportsettingsrepository.h"

namespace wp::reports {

/// The end of a document (Nghị định 30/2020): "Nơi nhận:" and its list on the left, the
/// signer's authority, position, room for the signature and seal, and name on the right.
class SignatureBlock final : public Block
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::SignatureBlock)

public:
    explicit SignatureBlock(const storage::ReportSettings& settings);
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

private:
    double layout(const PageCanvas& canvas, double top, bool paint) const;

    QStringList m_recipients;
    QString m_authority;
    QString m_title;
    QString m_name;
};

} // namespace wp::reports
