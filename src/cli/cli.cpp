#include "workprogram/cli/cli.h"

#include "context.h"

#include "workprogram/core/deadline.h"
#include "workprogram/core/text.h"
#include "workprogram/core/unitmatcher.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QFileInfo>
#include <QUrl>
#include <algorithm>

#include <functional>
#include <map>
#include <utility>

namespace wp::cli {

namespace {

/// How an error that reached the command line is said and which exit code it gets: a refusal by
/// the workflow or by someone else's change made first (a conflict, issue 13) is 5, a login 4,
/// bad input 2, everything else the database's 3.
std::pair<QString, int> verdictOf(const wp::Error& e)
{
    if (dynamic_cast<const storage::AuthenticationError*>(&e))
        return {Cli::tr("lỗi: "), AuthFailed};
    if (dynamic_cast<const storage::PermissionError*>(&e) || dynamic_cast<const storage::ConflictError*>(&e))
        return {Cli::tr("bị từ chối: "), Refused};
    if (dynamic_cast<const storage::InvalidRequestError*>(&e))
        return {Cli::tr("lỗi: "), BadInput};
    return {Cli::tr("lỗi: "), DbError};
}

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(Context&)> run;
};

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"init", QT_TRANSLATE_NOOP("wp::cli::Cli", "tạo hoặc nâng cấp cơ sở dữ liệu"), cmdInit},
        {"server-init",
         QT_TRANSLATE_NOOP("wp::cli::Cli",
                           "chuẩn bị cơ sở dữ liệu trên máy chủ PostgreSQL: lược đồ, nhóm quyền, quy tắc"),
         cmdServerInit},
        {"demo",
         QT_TRANSLATE_NOOP("wp::cli::Cli", "tạo dữ liệu mẫu: 17 đơn vị của quận Nam Từ Liêm và chương trình 2023"),
         cmdDemo},
        {"units", QT_TRANSLATE_NOOP("wp::cli::Cli", "danh mục đơn vị: list | add | alias | set"), cmdUnits},
        {"programs", QT_TRANSLATE_NOOP("wp::cli::Cli", "liệt kê các chương trình theo năm"), cmdPrograms},
        {"import", QT_TRANSLATE_NOOP("wp::cli::Cli", "nhập bảng chương trình công tác từ tệp .xlsx, .csv hoặc .json"),
         cmdImport},
        {"counts", QT_TRANSLATE_NOOP("wp::cli::Cli", "số nội dung theo đơn vị chủ trì và trạng thái"), cmdCounts},
        {"items", QT_TRANSLATE_NOOP("wp::cli::Cli", "liệt kê, lọc và tìm các nội dung công việc"), cmdItems},
        {"export", QT_TRANSLATE_NOOP("wp::cli::Cli", "xuất chương trình ra tệp .xlsx, .csv hoặc .json"), cmdExport},
        {"report", QT_TRANSLATE_NOOP("wp::cli::Cli", "in báo cáo ra PDF: tổng hợp theo đơn vị, phụ lục, tiến độ"),
         cmdReport},
        {"backup", QT_TRANSLATE_NOOP("wp::cli::Cli", "sao lưu cơ sở dữ liệu (an toàn cả khi chương trình đang mở)"),
         cmdBackup},
        {"copy",
         QT_TRANSLATE_NOOP("wp::cli::Cli",
                           "chép toàn bộ cơ sở dữ liệu giữa tệp và máy chủ (--from, --to; đích phải trống)"),
         cmdCopy},
        {"restore", QT_TRANSLATE_NOOP("wp::cli::Cli", "khôi phục cơ sở dữ liệu từ tệp sao lưu"), cmdRestore},
        {"check", QT_TRANSLATE_NOOP("wp::cli::Cli", "kiểm tra tính toàn vẹn của cơ sở dữ liệu và chuỗi lịch sử"),
         cmdCheck},
        {"users", QT_TRANSLATE_NOOP("wp::cli::Cli", "người dùng: add | list | passwd | lock | unlock"), cmdUsers},
        {"transition", QT_TRANSLATE_NOOP("wp::cli::Cli", "chuyển trạng thái một nội dung (--to, --as, --comment)"),
         cmdTransition},
        {"comment", QT_TRANSLATE_NOOP("wp::cli::Cli", "ghi ý kiến vào một nội dung (--as, --text)"), cmdComment},
        {"step", QT_TRANSLATE_NOOP("wp::cli::Cli", "chuyển bước của chương trình: drafting, review, amended (--as)"),
         cmdStep},
        {"signoff", QT_TRANSLATE_NOOP("wp::cli::Cli", "lãnh đạo ký ban hành chương trình (--decision, --as)"),
         cmdSignoff},
        {"edit",
         QT_TRANSLATE_NOOP("wp::cli::Cli", "sửa một hoặc nhiều nội dung theo quy trình (--set TRƯỜNG=GIÁ_TRỊ, --as)"),
         cmdEdit},
        {"history", QT_TRANSLATE_NOOP("wp::cli::Cli", "lịch sử của một nội dung: ai, khi nào, thay đổi gì"),
         cmdHistory},
        {"merge", QT_TRANSLATE_NOOP("wp::cli::Cli", "Văn phòng gộp các nội dung trùng của nhiều đơn vị (--lead, --as)"),
         cmdMerge},
        {"rollover",
         QT_TRANSLATE_NOOP("wp::cli::Cli",
                           "mở chương trình năm mới với các nội dung chưa hoàn thành (--from, --to, --as)"),
         cmdRollover},
        {"snapshots", QT_TRANSLATE_NOOP("wp::cli::Cli", "các ảnh chụp của chương trình ghi ở mỗi bước (--year)"),
         cmdSnapshots},
        {"diff",
         QT_TRANSLATE_NOOP("wp::cli::Cli", "so sánh hai ảnh chụp, hoặc một ảnh chụp với hiện tại (--from, --to)"),
         cmdDiff},
        {"verify", QT_TRANSLATE_NOOP("wp::cli::Cli", "kiểm tra chuỗi lịch sử và mã băm của mọi ảnh chụp"), cmdVerify},
    };
    return all;
}

void printUsage(QTextStream& out)
{
    out << Cli::tr("Quản lý Chương trình công tác — công cụ dòng lệnh") << "\n\n"
        << Cli::tr("Cách dùng: workprogram-cli LỆNH [TÙY CHỌN]") << "\n\n"
        << Cli::tr("Các lệnh:") << "\n";
    // The column as wide as the longest name and two spaces ("server-init" ran into its text).
    qsizetype width = 0;
    for (const Command& c : commands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const Command& c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(width + 2) << Cli::tr(c.summary) << "\n";
    out << "\n"
        << Cli::tr("Xem tùy chọn của một lệnh: workprogram-cli LỆNH --help") << "\n"
        << Cli::tr("Mã thoát: 0 thành công; 1 sai cú pháp; 2 dữ liệu đầu vào không hợp lệ; 3 lỗi cơ sở dữ liệu; "
                   "4 sai tên đăng nhập hoặc mật khẩu; 5 không có quyền theo quy trình")
        << "\n";
}

} // namespace

bool Context::parse(const QString& positionalSyntax, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(Cli::tr("workprogram-cli %1").arg(command));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("d"), QStringLiteral("db")},
        Cli::tr("tệp cơ sở dữ liệu (mặc định: %1)").arg(storage::Database::defaultPath()), Cli::tr("ĐƯỜNG_DẪN")));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("hiện hướng dẫn này"));
    parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        throw Failure(Usage, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the binary by the path it was started with and says
        // "[options]": write the line a reader can copy instead.
        QStringList lines = parser.helpText().split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("Usage:")))
            lines.first() =
                Cli::tr("Cách dùng: workprogram-cli %1 [tùy chọn] %2").arg(command, positionalSyntax).trimmed();
        out << lines.join(QLatin1Char('\n'))
                   .replace(QStringLiteral("Options:"), Cli::tr("Tùy chọn:"))
                   .replace(QStringLiteral("Arguments:"), Cli::tr("Tham số:"));
        helpShown = true;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional)
        throw Failure(Usage, Cli::tr("thiếu tham số: workprogram-cli %1 %2").arg(command, positionalSyntax));
    if (n > maxPositional)
        throw Failure(
            Usage,
            Cli::tr("tham số thừa: %1").arg(parser.positionalArguments().mid(maxPositional).join(QLatin1Char(' '))));
    return true;
}

QString Context::dbPath() const
{
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? storage::Database::defaultPath() : db;
}

QString Context::dbShown() const
{
    const QString db = dbPath();
    if (!storage::Database::isServer(db))
        return db;
    QUrl url(db);
    url.setPassword(QString());
    return url.toString();
}

bool Context::dbMissing() const
{
    return !storage::Database::isServer(dbPath()) && !QFileInfo::exists(dbPath());
}

std::unique_ptr<storage::Database> Context::openDb() const
{
    try {
        return storage::Database::open(dbPath());
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
}

int Context::year(storage::Database& db) const
{
    const QString y = parser.value(QStringLiteral("year"));
    if (!y.isEmpty()) {
        bool ok = false;
        const int value = y.toInt(&ok);
        if (!ok || value < 1900 || value > 2200)
            throw Failure(Usage, Cli::tr("năm không hợp lệ: %1").arg(y));
        return value;
    }
    const QVector<Program> programs = storage::ProgramRepository(db).all();
    if (programs.size() == 1)
        return programs.first().year;
    throw Failure(Usage, Cli::tr("hãy chọn năm của chương trình bằng --year"));
}

Program Context::program(storage::Database& db) const
{
    const int y = year(db);
    if (std::optional<Program> p = storage::ProgramRepository(db).byYear(y))
        return *p;
    QStringList years;
    for (const Program& p : storage::ProgramRepository(db).all())
        years.append(QString::number(p.year));
    throw Failure(
        BadInput,
        years.isEmpty()
            ? Cli::tr("chưa có chương trình năm %1 (cơ sở dữ liệu chưa có chương trình nào)").arg(y)
            : Cli::tr("chưa có chương trình năm %1 (có các năm: %2)").arg(y).arg(years.join(QStringLiteral(", "))));
}

Unit Context::unit(storage::Database& db, const QString& written) const
{
    const QVector<Unit> units = storage::UnitRepository(db).all();
    const UnitMatcher::Match m = UnitMatcher(units).match(written);
    if (m.kind == UnitMatcher::Match::Kind::Found)
        for (const Unit& u : units)
            if (u.id == m.unitId)
                return u;
    if (m.kind == UnitMatcher::Match::Kind::Ambiguous)
        throw Failure(BadInput, Cli::tr("\"%1\" có thể là nhiều đơn vị; hãy ghi mã đơn vị").arg(written));
    throw Failure(BadInput, Cli::tr("không có đơn vị \"%1\" (xem: workprogram-cli units list)").arg(written));
}

QString Context::format(const QStringList& allowed) const
{
    const QString f = parser.value(QStringLiteral("format"));
    if (f.isEmpty())
        return allowed.first();
    if (!allowed.contains(f))
        throw Failure(Usage, Cli::tr("định dạng không hợp lệ: %1 (chọn: %2)").arg(f, allowed.join(QLatin1Char('|'))));
    return f;
}

QDate Context::dateOption(const QString& name) const
{
    const QString v = parser.value(name);
    if (v.isEmpty())
        return {};
    const QDate d = parseUserDate(v);
    if (!d.isValid())
        throw Failure(Usage, Cli::tr("ngày không hợp lệ cho --%1: %2 (viết dd/MM/yyyy)").arg(name, v));
    return d;
}

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h") ||
        args.at(1) == QLatin1String("help")) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? Usage : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "workprogram-cli " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    const QString name = args.at(1);
    for (const Command& cmd : commands()) {
        if (name != QLatin1String(cmd.name))
            continue;
        Context c{out, err, {}, name, args.mid(1), false};
        c.args[0] = QStringLiteral("workprogram-cli ") + name;
        try {
            return cmd.run(c);
        } catch (const Failure& f) {
            err << Cli::tr("lỗi: ") << f.message() << "\n";
            if (f.code() == Usage)
                err << Cli::tr("Xem: workprogram-cli %1 --help").arg(name) << "\n";
            return f.code();
        } catch (const wp::Error& e) {
            const auto [prefix, code] = verdictOf(e);
            err << prefix << e.message() << "\n";
            return code;
        }
    }
    err << Cli::tr("lỗi: không có lệnh \"%1\"").arg(name) << "\n\n";
    printUsage(err);
    return Usage;
}

} // namespace wp::cli
