#pragma once

#include "widgets/FileChooser.h"

// Real QFileDialogs, starting in the documents folder.
class QtFileChooser final : public FileChooser
{
public:
    QtFileChooser() = default;

    QString openFile(QWidget *parent, const FileRequest &request) override;
    QString saveFile(QWidget *parent, const FileRequest &request) override;
};
