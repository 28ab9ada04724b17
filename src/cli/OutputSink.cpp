#include "cli/OutputSink.h"

#include "cli/CliErrors.h"

#include <QTextStream>

OutputSink::OutputSink(QTextStream &out, QTextStream &err, QString secret)
    : m_out(out)
    , m_err(err)
    , m_secret(std::move(secret))
{
}

void OutputSink::data(const QString &text)
{
    m_out << CliErrors::redact(text, m_secret);
    m_out.flush();
}

void OutputSink::data(const QByteArray &utf8)
{
    data(QString::fromUtf8(utf8));
}

void OutputSink::message(const QString &line)
{
    m_err << CliErrors::redact(line, m_secret) << '\n';
    m_err.flush();
}

void OutputSink::progress(const QString &text)
{
    m_err << CliErrors::redact(text, m_secret);
    m_err.flush();
}
