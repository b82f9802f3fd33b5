#include "dialogs/recoverydialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace ballast::ui {

RecoveryChoice askRecovery(QWidget* parent, const QString& autosave)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ballast::ui::RecoveryDialog", "Recover unsaved work?"),
                    QCoreApplication::translate("ballast::ui::RecoveryDialog", "Ballast did not close cleanly. An autosave from %1 exists.\nOpen it now? "
                       "(Your saved files are untouched either way.)")
                        .arg(QFileInfo(autosave).lastModified().toString()),
                    QMessageBox::NoButton, parent);
    QPushButton* open = box.addButton(QCoreApplication::translate("ballast::ui::RecoveryDialog", "Open it"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(QCoreApplication::translate("ballast::ui::RecoveryDialog", "Discard it"), QMessageBox::DestructiveRole);
    box.addButton(QCoreApplication::translate("ballast::ui::RecoveryDialog", "Ask next time"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open) return RecoveryChoice::Open;
    if (box.clickedButton() == discard) return RecoveryChoice::Discard;
    return RecoveryChoice::Later; // offered again at the next start
}

} // namespace ballast::ui
