#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Fills "{name}" placeholders in a message template, in one pass: a value is
// inserted as it is and never read again for placeholders, so a customer
// named "{link}" stays "{link}". A placeholder the caller has no value for is
// left in the text as it was (visible) and reported in `unknown`. Names are
// lower-case letters, digits and '_'; any other brace is ordinary text.
//
// A line that holds an optional placeholder whose value is empty is left out
// whole ("Connection: {connection}" disappears when there is no connection).
namespace MessageTemplate {
struct Values final
{
    QHash<QString, QString> values;
    QSet<QString> optional; // names whose empty value drops the line they are on
};

struct Filled final
{
    QString text;
    QStringList unknown; // placeholders without a value, in order of first appearance, without braces
};

Filled fill(const QString &text, const Values &values);
// Every placeholder name used in `text`, in order of first appearance.
QStringList placeholdersIn(const QString &text);
} // namespace MessageTemplate
