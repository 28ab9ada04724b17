#pragma once

#include <QString>

class QWidget;

// The seam between the batch and history windows and file dialogs. The
// real one (QtFileChooser) shows QFileDialog; a test answers with a path at
// once, without a nested event loop. An empty path means "cancelled".
struct FileRequest final
{
    QString title;
    QString filter;        // "CSV files (*.csv);;All files (*)"
    QString suggestedName; // save dialogs: a file name (no directory)
};

class FileChooser
{
public:
    virtual ~FileChooser() = default;

    virtual QString openFile(QWidget *parent, const FileRequest &request) = 0;
    virtual QString saveFile(QWidget *parent, const FileRequest &request) = 0;

protected:
    FileChooser() = default;
    FileChooser(const FileChooser &) = default;
    FileChooser &operator=(const FileChooser &) = default;
};
