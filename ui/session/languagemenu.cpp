#include "session/languagemenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace ballast::ui {

void fillLanguageMenu(QMenu* menu, std::function<void()> onChosen)
{
    auto* group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction* a = menu->addAction(name, menu, [code = code, onChosen] {
            QSettings().setValue(QStringLiteral("language"), code);
            onChosen();
        });
        a->setCheckable(true);
        a->setActionGroup(group);
        a->setChecked(current == code || (current.isEmpty() && code == QStringLiteral("en")));
    }
}

} // namespace ballast::ui
