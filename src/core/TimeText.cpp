#include "core/TimeText.h"

QString TimeText::isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// The digits text[from, from + count) as a number; -1 unless all are ASCII digits.
int digits(const QChar *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ", in UTC; invalid for
// anything else (which Qt's parser then reads, or refuses).
QDateTime fromExactIsoUtc(const QString &text)
{
    const qsizetype size = text.size();
    if (size != 20 && size != 24)
        return QDateTime();
    const QChar *t = text.constData();
    if (t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' || t[size - 1] != u'Z')
        return QDateTime();
    int ms = 0;
    if (size == 24) {
        if (t[19] != u'.')
            return QDateTime();
        ms = digits(t, 20, 3);
    }
    const int year = digits(t, 0, 4);
    const int month = digits(t, 5, 2);
    const int day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2);
    const int minute = digits(t, 14, 2);
    const int second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return QDateTime();
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return QDateTime(); // 24:00:00, 2026-02-30...: Qt's parser decides
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime TimeText::fromIso(const QString &text)
{
    QDateTime time = fromExactIsoUtc(text);
    if (time.isValid())
        return time;
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}
