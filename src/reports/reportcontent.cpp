#include "workprogram/reports/reportcontent.h"

#include "documents.h"

namespace wp::reports {

HeaderPart HeaderPart::make(const storage::ReportSettings& settings, QString number, QString placeAndDate)
{
    HeaderPart h;
    h.parentBody = settings.parentBody.simplified().toUpper();
    h.issuingBody = settings.issuingBody.simplified().toUpper();
    if (h.issuingBody.isEmpty())
        h.issuingBody = QStringLiteral("……………………");
    h.number = std::move(number);
    h.placeAndDate = std::move(placeAndDate);
    return h;
}

QString HeaderPart::issuingBodyInTwoLines() const
{
    // Both spellings of the word are in official use.
    for (const QString& head : {QStringLiteral("ỦY BAN NHÂN DÂN "), QStringLiteral("UỶ BAN NHÂN DÂN ")})
        if (issuingBody.startsWith(head))
            return head.trimmed() + QLatin1Char('\n') + issuingBody.mid(head.size());
    return issuingBody;
}

SignaturePart SignaturePart::make(const storage::ReportSettings& settings)
{
    SignaturePart s;
    s.authority = settings.signerAuthority.simplified().toUpper();
    s.title = settings.signerTitle.simplified().toUpper();
    s.name = settings.signerName.simplified();
    for (const QString& r : settings.recipients) {
        QString line = r.trimmed();
        while (line.startsWith(QLatin1Char('-')))
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            s.recipients.append(line);
    }
    // The last line of every list is the office's archive copy.
    const QString archive = QCoreApplication::translate("wp::reports::SignatureBlock", "Lưu");
    const bool archived = !s.recipients.isEmpty() && s.recipients.last().startsWith(archive, Qt::CaseInsensitive);
    if (!archived)
        s.recipients.append(QCoreApplication::translate("wp::reports::SignatureBlock", "Lưu: VT."));
    return s;
}

void ReportSection::add(PartContent content, bool keepWithNext)
{
    parts.append(Part{std::move(content), keepWithNext});
}

QString ReportSection::fingerprintOf(const ReportData& data)
{
    if (data.sourceHash.isEmpty())
        return QString();
    return QCoreApplication::translate("wp::reports::ReportSection", "SHA-256 của ảnh chụp: %1").arg(data.sourceHash);
}

void ReportSection::addSignature(const storage::ReportSettings& settings)
{
    // Back over the space before the block to the part it must not be parted from.
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        it->keepWithNext = true;
        if (!std::holds_alternative<SpacePart>(it->content))
            break;
    }
    add(SignaturePart::make(settings));
}

QPageLayout::Orientation ReportContent::orientationOf(ReportKind kind)
{
    // The appendix lists seven columns: landscape, as Nghị định 30/2020 allows for wide tables.
    return kind == ReportKind::Appendix ? QPageLayout::Landscape : QPageLayout::Portrait;
}

ReportContent ReportContent::make(const ReportData& data)
{
    ReportContent content;
    switch (data.kind) {
    case ReportKind::UnitSummary:
        content = describeUnitSummary(data);
        break;
    case ReportKind::Appendix:
        content = describeAppendix(data);
        break;
    case ReportKind::Progress:
        content = describeProgress(data);
        break;
    }
    content.orientation = orientationOf(data.kind);
    return content;
}

} // namespace wp::reports
