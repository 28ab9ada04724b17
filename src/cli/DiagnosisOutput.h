#pragma once

#include "session/Diagnosis.h"

#include <QCoreApplication>
#include <QJsonObject>

// The text and --json views of diagnose and events. Pure: values in, text out.
class DiagnosisOutput final
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisOutput)

public:
    static QString diagnosisText(const DiagnosisSubject &subject, const Diagnosis &diagnosis, const QDateTime &now);
    // {"object":"diagnosis", ... "findings", "next_step", "timeline", "owner_timeline", "token_check", "support_text"}
    static QJsonObject diagnosisJson(const DiagnosisSubject &subject, const Diagnosis &diagnosis);
    // TIME, AGO, EVENT, PROVIDER, CONNECTION, PROVIDER SAYS: newest first; unknown names as they came.
    static QString eventsText(const QList<TimelineEntry> &entries, const EventsResult &result, const QDateTime &now);
    // {"object":"list","data":[raw events of the owner, newest first],"pages":N,"capped":bool}
    static QJsonObject eventsJson(const QList<PipesEvent> &events, const EventsResult &result);
    static QString nextStepName(NextStep step); // "send_reconnect_link", ...; "none"
    static QString tokenStatusName(TokenStatus status);
};
