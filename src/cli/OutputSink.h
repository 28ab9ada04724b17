#pragma once

#include <QByteArray>
#include <QString>

class QTextStream;

// Where pipes-admin-cli writes: data on stdout, messages and errors on
// stderr. Everything passes through CliErrors::redact with the API key, so
// the key cannot be printed even if a server echoed it back.
class OutputSink final
{
public:
    OutputSink(QTextStream &out, QTextStream &err, QString secret);

    void setSecret(const QString &secret) { m_secret = secret; }

    // Written as given (callers end lines with '\n').
    void data(const QString &text);
    void data(const QByteArray &utf8);
    // One line on stderr; the newline is added.
    void message(const QString &line);
    // Text on stderr as given, no newline added (a terminal's progress line).
    void progress(const QString &text);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_secret;
};
