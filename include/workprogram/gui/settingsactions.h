#pragma once

#include <QObject>

namespace wp::gui {

class WindowContext;

/// The program's own settings (menu "Tệp" → "Cài đặt…": language, automatic backups) and
/// "Giới thiệu" (menu "Trợ giúp").
class SettingsActions : public QObject
{
    Q_OBJECT

public:
    explicit SettingsActions(WindowContext& context);

    void showSettings();
    void showAbout();

private:
    WindowContext& m_context;
};

} // namespace wp::gui
