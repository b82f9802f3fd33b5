#include "palette.h"

#include "health.h"
#include "widgets/wraplayout.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QPalette>
#include <QVBoxLayout>
#include <QWidget>

namespace ballast::ui {

namespace {
int g_printDepth = 0; // PrintTheme scopes alive (GUI thread only)
} // namespace

PrintTheme::PrintTheme() { ++g_printDepth; }
PrintTheme::~PrintTheme() { --g_printDepth; }

bool darkTheme() { return g_printDepth == 0 && QApplication::palette().color(QPalette::Window).lightness() < 128; }

Colors colors()
{
    const bool dark = darkTheme();
    const QPalette p = QApplication::palette();
    Colors c;
    if (g_printDepth > 0) { // paper: white, black text, grey rules
        c.background = c.panel = Qt::white;
        c.text = QColor(0x11, 0x18, 0x27);
        c.muted = QColor(0x4b, 0x55, 0x63);
        c.grid = QColor(0xd1, 0xd5, 0xdb);
    } else {
        c.background = p.color(QPalette::Base);
        c.panel = p.color(QPalette::Window);
        c.text = p.color(QPalette::Text);
        c.muted = p.color(QPalette::PlaceholderText);
        c.grid = p.color(QPalette::Mid);
    }
    c.accent = QColor(0x3b, 0x82, 0xf6);
    c.good = QColor(0x30, 0xa4, 0x6c);
    c.warn = QColor(0xf5, 0x9e, 0x0b);
    c.watch = QColor(0xea, 0xc5, 0x4f);
    c.bad = QColor(0xe5, 0x48, 0x4d);
    c.neutral = dark ? QColor(0x6b, 0x75, 0x82) : QColor(0x9a, 0xa3, 0xae);
    const QColor s[8] = {QColor(0x3b, 0x82, 0xf6), QColor(0x14, 0xb8, 0xa6), QColor(0xf5, 0x9e, 0x0b), QColor(0xa8, 0x55, 0xf7),
                         QColor(0xe5, 0x48, 0x4d), QColor(0x84, 0xcc, 0x16), QColor(0xec, 0x48, 0x99), QColor(0x64, 0x74, 0x8b)};
    for (int i = 0; i < 8; ++i) c.series[i] = s[i];
    return c;
}

QTableWidget* makeResultTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(21);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

namespace {
class NumberItem final : public QTableWidgetItem
{
  public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& o) const override
    {
        return data(Qt::UserRole).toDouble() < o.data(Qt::UserRole).toDouble();
    }
};
} // namespace

QTableWidgetItem* numberItem(const QString& text, double value) { return new NumberItem(text, value); }

QWidget* addChartBesideTable(QVBoxLayout* outer, QWidget* chart, QWidget* table)
{
    auto* body = new QWidget(outer->parentWidget());
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, body);
    layout->addWidget(split);
    split->addWidget(chart);
    split->addWidget(table);
    chart->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});
    outer->addWidget(body, 1);
    return body;
}

QLabel* addViewCaption(QHBoxLayout* bar)
{
    auto* caption = new QLabel(bar->parentWidget());
    caption->setObjectName(QStringLiteral("muted"));
    caption->setWordWrap(true);
    bar->addWidget(caption, 1);
    return caption;
}

namespace {
template <class Bar>
Bar* viewBar(QWidget* view, QVBoxLayout** outer)
{
    auto* v = new QVBoxLayout(view);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* bar = new QWidget(view);
    bar->setObjectName(QStringLiteral("viewBar"));
    auto* h = new Bar(bar);
    h->setContentsMargins(6, 4, 6, 4);
    h->setSpacing(6);
    v->addWidget(bar);
    *outer = v;
    return h;
}
} // namespace

QHBoxLayout* addViewBar(QWidget* view, QVBoxLayout** outer) { return viewBar<QHBoxLayout>(view, outer); }
WrapLayout* addWrappingViewBar(QWidget* view, QVBoxLayout** outer) { return viewBar<WrapLayout>(view, outer); }

QColor healthColor(double hf)
{
    const Colors c = colors();
    switch (healthBand(hf)) {
    case HealthBand::Liquidatable: return c.bad;
    case HealthBand::Warning: return c.warn;
    case HealthBand::Watch: return c.watch;
    case HealthBand::Safe: break;
    }
    return c.good;
}

QColor healthTextColor(double hf) { return healthBand(hf) == HealthBand::Safe ? QColor() : healthColor(hf); }

namespace {
double g_fontScale = 1.0;
}

void setChartFontScale(double scale) { g_fontScale = scale; }
double chartFontScale() { return g_fontScale; }

} // namespace ballast::ui
