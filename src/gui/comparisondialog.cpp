#include "workprogram/gui/comparisondialog.h"

#include "screenfit.h"

#include "workprogram/core/program.h"
#include "workprogram/models/comparisonmodel.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

using models::ComparisonItemModel;
using models::ComparisonUnitModel;

ComparisonDialog::ComparisonDialog(storage::Database& db, qint64 programId, int year, QWidget* parent)
    : QDialog(parent), m_db(db), m_programId(programId), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_summary(new QLabel(this)), m_units(new ComparisonUnitModel(this)), m_items(new ComparisonItemModel(this)),
      m_unitView(new QTableView(this)), m_itemView(new QTableView(this))
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("So sánh các ảnh chụp của chương trình năm %1").arg(year));
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&Từ ảnh chụp:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("Đế&n:"), this);
    toLabel->setBuddy(m_to);
    for (const storage::Snapshot& s : storage::SnapshotRepository(db).forProgram(programId)) {
        const QString text = tr("#%1 — %2, %3 (%4)")
                                 .arg(s.id)
                                 .arg(ProgramStateInfo::label(s.to), formatDate(s.at.toLocalTime().date()), s.label);
        m_from->addItem(text, s.id);
        m_to->addItem(text, s.id);
    }
    m_to->addItem(tr("Hiện tại"), QVariant());
    // Default: the newest snapshot against the items as they are now.
    m_from->setCurrentIndex(m_from->count() - 1);
    m_to->setCurrentIndex(m_to->count() - 1);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from, 1);
    choose->addWidget(toLabel);
    choose->addWidget(m_to, 1);
    layout->addLayout(choose);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_unitView->setObjectName(QStringLiteral("comparisonUnits"));
    m_unitView->setModel(m_units);
    m_unitView->verticalHeader()->hide();
    m_unitView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The unit names take the spare width; the figures stay narrow beside them.
    m_unitView->horizontalHeader()->setStretchLastSection(false);
    m_unitView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    splitter->addWidget(m_unitView);
    m_itemView->setObjectName(QStringLiteral("comparisonItems"));
    m_itemView->setModel(m_items);
    m_itemView->verticalHeader()->hide();
    m_itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->setWordWrap(true);
    m_itemView->horizontalHeader()->resizeSection(ComparisonItemModel::Number, 48);
    m_itemView->horizontalHeader()->resizeSection(ComparisonItemModel::Unit, 160);
    m_itemView->horizontalHeader()->resizeSection(ComparisonItemModel::Change, 80);
    m_itemView->horizontalHeader()->resizeSection(ComparisonItemModel::Content, 420);
    m_itemView->horizontalHeader()->setStretchLastSection(true);
    m_itemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_itemView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1100, 720)); // never larger than the screen (issue 14)

    connect(m_from, &QComboBox::currentIndexChanged, this, &ComparisonDialog::recompare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ComparisonDialog::recompare);
    recompare();
}

bool ComparisonDialog::hasSnapshots() const
{
    return m_from->count() > 0;
}

bool ComparisonDialog::compare(qint64 fromId, std::optional<qint64> toId)
{
    const int from = m_from->findData(fromId);
    const int to = toId ? m_to->findData(*toId) : m_to->count() - 1;
    if (from < 0 || to < 0)
        return false;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(from);
    m_to->setCurrentIndex(to);
    recompare();
    return true;
}

void ComparisonDialog::recompare()
{
    if (m_from->currentIndex() < 0) {
        m_summary->setText(
            tr("Chương trình chưa có ảnh chụp nào để so sánh (ảnh chụp được ghi ở mỗi bước của chương trình)."));
        m_units->setComparison({}, {});
        m_items->setComparison({}, {});
        return;
    }
    const qint64 fromId = m_from->currentData().toLongLong();
    const QVariant toData = m_to->currentData();
    const std::optional<qint64> toId = toData.isValid() ? std::optional<qint64>(toData.toLongLong()) : std::nullopt;
    const Comparison d = models::compareRounds(m_db, m_programId, fromId, toId);
    const QVector<wp::Unit> units = storage::UnitRepository(m_db).all();
    m_units->setComparison(d, units);
    m_items->setComparison(d, units);
    m_summary->setText(tr("%1 → %2: thêm %3, bớt %4, sửa %5, gộp %6 (đổi trạng thái: %7). Trường đã sửa được tô màu "
                          "và đánh dấu ✎.")
                           .arg(d.before)
                           .arg(d.after)
                           .arg(d.added.size())
                           .arg(d.removed.size())
                           .arg(d.changed.size())
                           .arg(d.merged.size())
                           .arg(d.statusChanged));
}

} // namespace wp::gui
