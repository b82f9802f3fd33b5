#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace ballast::ui {

void applyTheme(QApplication& app, Theme theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const bool dark = theme == Theme::Dark;
    const QColor window = dark ? QColor(0x16, 0x1b, 0x22) : QColor(0xf5, 0xf6, 0xf8);
    const QColor base = dark ? QColor(0x0f, 0x13, 0x19) : QColor(0xff, 0xff, 0xff);
    const QColor alt = dark ? QColor(0x14, 0x19, 0x20) : QColor(0xf3, 0xf5, 0xf8);
    const QColor text = dark ? QColor(0xd8, 0xde, 0xe6) : QColor(0x1d, 0x23, 0x2b);
    const QColor mid = dark ? QColor(0x2a, 0x31, 0x3b) : QColor(0xd5, 0xd9, 0xe0);
    const QColor accent(0x3b, 0x82, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alt);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent.darker(dark ? 140 : 100));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0x6b, 0x75, 0x82) : QColor(0x8a, 0x93, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x75, 0x82));
    app.setPalette(p);
    const QString card = dark ? QStringLiteral("#1d242d") : QStringLiteral("#ffffff");
    const QString border = dark ? QStringLiteral("#2a313b") : QStringLiteral("#d5d9e0");
    const QString muted = dark ? QStringLiteral("#8b96a3") : QStringLiteral("#5f6b78");
    app.setStyleSheet(QStringLiteral(R"(
#kpiStrip { background: %1; border-bottom: 1px solid %3; }
#kpiCard { background: %2; border: 1px solid %3; border-radius: 6px; }
#kpiCard[state="bad"] { border-left: 3px solid #e5484d; }
#kpiCard[state="warn"] { border-left: 3px solid #f59e0b; }
#kpiCard[state="good"] { border-left: 3px solid #30a46c; }
#kpiTitle { color: %4; font-size: 9pt; letter-spacing: 1px; }
#kpiValue { font-size: 17pt; font-weight: 600; }
#kpiValue[state="bad"] { color: #e5484d; }
#kpiValue[state="warn"] { color: #f59e0b; }
#kpiNote { color: %4; font-size: 8.5pt; }
QTableView { gridline-color: %3; border: none; }
QHeaderView::section { background: %1; color: %4; border: none; border-bottom: 1px solid %3;
  border-right: 1px solid %3; padding: 3px 6px; font-weight: 600; }
QTabWidget::pane { border-top: 1px solid %3; }
QTabBar::tab { padding: 5px 14px; color: %4; }
QTabBar::tab:selected { color: palette(text); border-bottom: 2px solid #3b82f6; }
QStatusBar { color: %4; }
QLineEdit { border: 1px solid %3; border-radius: 4px; padding: 3px 6px; background: %2; }
#emptyState { color: %4; background: %1; font-size: 10.5pt; padding: 24px; }
)")
                          .arg(window.name(), card, border, muted));
}

} // namespace ballast::ui
