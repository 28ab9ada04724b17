#pragma once

#include "widgets/FileChooser.h"

#include <QList>
#include <QString>

// Answers file dialogs at once with the path set beforehand (empty: as if
// cancelled) and records what it was asked.
class FakeFileChooser final : public FileChooser
{
public:
    void setNextPath(const QString &path) { m_next = path; }

    QString openFile(QWidget *, const FileRequest &request) override
    {
        requests.append(request);
        return m_next;
    }
    QString saveFile(QWidget *, const FileRequest &request) override
    {
        requests.append(request);
        return m_next;
    }

    QList<FileRequest> requests;

private:
    QString m_next;
};
