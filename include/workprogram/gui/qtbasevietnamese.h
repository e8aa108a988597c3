#pragma once

#include <QTranslator>

namespace wp::gui {

/// Vietnamese for the texts Qt's own widgets show (standard buttons, line-edit menus, the
/// wizard's buttons, calendar popups, Qt's own file dialog, the print dialog and print preview):
/// Debian ships no qtbase_vi.qm.
class QtBaseVietnamese : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace wp::gui
