#include "workprogram/gui/qtbasevietnamese.h"

#include <QHash>

namespace wp::gui {

QString QtBaseVietnamese::translate(const char* context, const char* sourceText, const char*, int) const
{
    // Keyed by Qt's own source texts; contexts differ between widgets, the texts do not.
    static const QHash<QString, QString> table = {
        {QStringLiteral("OK"), QStringLiteral("Đồng ý")},
        {QStringLiteral("&OK"), QStringLiteral("Đồng ý")},
        {QStringLiteral("Cancel"), QStringLiteral("Hủy")},
        {QStringLiteral("&Cancel"), QStringLiteral("&Hủy")},
        {QStringLiteral("Close"), QStringLiteral("Đóng")},
        {QStringLiteral("&Close"), QStringLiteral("Đó&ng")},
        {QStringLiteral("Apply"), QStringLiteral("Áp dụng")},
        {QStringLiteral("Reset"), QStringLiteral("Đặt lại")},
        {QStringLiteral("Help"), QStringLiteral("Trợ giúp")},
        {QStringLiteral("Save"), QStringLiteral("Lưu")},
        {QStringLiteral("&Save"), QStringLiteral("&Lưu")},
        {QStringLiteral("Open"), QStringLiteral("Mở")},
        {QStringLiteral("&Open"), QStringLiteral("&Mở")},
        {QStringLiteral("&Yes"), QStringLiteral("&Có")},
        {QStringLiteral("&No"), QStringLiteral("&Không")},
        {QStringLiteral("Yes to &All"), QStringLiteral("Có với &tất cả")},
        {QStringLiteral("N&o to All"), QStringLiteral("K&hông với tất cả")},
        {QStringLiteral("Abort"), QStringLiteral("Hủy bỏ")},
        {QStringLiteral("Retry"), QStringLiteral("Thử lại")},
        {QStringLiteral("Ignore"), QStringLiteral("Bỏ qua")},
        {QStringLiteral("Discard"), QStringLiteral("Bỏ")},
        {QStringLiteral("Don't Save"), QStringLiteral("Không lưu")},
        {QStringLiteral("Restore Defaults"), QStringLiteral("Khôi phục mặc định")},
        {QStringLiteral("Show Details..."), QStringLiteral("Xem chi tiết...")},
        {QStringLiteral("Hide Details..."), QStringLiteral("Ẩn chi tiết...")},
        {QStringLiteral("< &Back"), QStringLiteral("< &Quay lại")},
        {QStringLiteral("&Next >"), QStringLiteral("&Tiếp >")},
        {QStringLiteral("&Next"), QStringLiteral("&Tiếp")},
        {QStringLiteral("&Finish"), QStringLiteral("&Xong")},
        {QStringLiteral("&Back"), QStringLiteral("&Quay lại")},
        {QStringLiteral("&Undo"), QStringLiteral("&Hoàn tác")},
        {QStringLiteral("&Redo"), QStringLiteral("&Làm lại")},
        {QStringLiteral("Cu&t"), QStringLiteral("&Cắt")},
        {QStringLiteral("&Copy"), QStringLiteral("&Sao chép")},
        {QStringLiteral("&Paste"), QStringLiteral("&Dán")},
        {QStringLiteral("Delete"), QStringLiteral("Xóa")},
        {QStringLiteral("Select All"), QStringLiteral("Chọn tất cả")},
        {QStringLiteral("Look in:"), QStringLiteral("Tìm trong:")},
        {QStringLiteral("File &name:"), QStringLiteral("&Tên tệp:")},
        {QStringLiteral("Files of type:"), QStringLiteral("Kiểu tệp:")},
        {QStringLiteral("Print"), QStringLiteral("In")},
        {QStringLiteral("&Print"), QStringLiteral("&In")},
    };
    Q_UNUSED(context);
    auto it = table.constFind(QString::fromUtf8(sourceText));
    return it == table.constEnd() ? QString() : *it;
}

} // namespace wp::gui
