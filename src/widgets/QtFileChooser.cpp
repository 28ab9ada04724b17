#include "widgets/QtFileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace {
QString startDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}
} // namespace

QString QtFileChooser::openFile(QWidget *parent, const FileRequest &request)
{
    return QFileDialog::getOpenFileName(parent, request.title, startDirectory(), request.filter);
}

QString QtFileChooser::saveFile(QWidget *parent, const FileRequest &request)
{
    const QString start = request.suggestedName.isEmpty() ? startDirectory()
                                                          : QDir(startDirectory()).filePath(request.suggestedName);
    return QFileDialog::getSaveFileName(parent, request.title, start, request.filter);
}
