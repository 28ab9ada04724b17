#pragma once

#include "core/LinkMessage.h"

#include <QCoreApplication>
#include <QString>

class QSettings;
struct Provisioning;

// Which message hands a connect link to a customer, from three places:
//  1. the administrator's provisioning file ([messages] subject=, body=); with
//     locked=true it is the only one and users cannot change it,
//  2. the user's own template (the Messages page of Settings, in QSettings),
//  3. the translated built-in template.
// An unlocked provisioned template is the default the user's own replaces and
// "Reset to default" returns to. The user's name for {support_name} is always
// theirs. A copyable value over the injected QSettings (which must outlive it).
class LinkMessageSettings final
{
    Q_DECLARE_TR_FUNCTIONS(LinkMessageSettings)

public:
    // No settings and no provisioning: the built-in template.
    LinkMessageSettings() = default;
    // `user` may be null: nothing is saved, the default applies.
    LinkMessageSettings(QSettings *user, const Provisioning &provisioning);

    // The template messages are made from now.
    LinkMessageTemplate effectiveTemplate() const;
    // What "Reset to default" returns to: the provisioned template, else the built-in one.
    LinkMessageTemplate defaultTemplate() const;
    bool hasUserTemplate() const;
    bool isProvisioned() const { return !m_provisioned.isEmpty(); }
    // The administrator provisioned a template and locked the file.
    bool isLocked() const { return m_locked && isProvisioned(); }
    QString lockedReason() const;

    // False (and nothing saved) when locked or without settings.
    bool saveUserTemplate(const LinkMessageTemplate &messageTemplate);
    void resetUserTemplate();

    QString supportName() const;
    void setSupportName(const QString &name);

    // The facts' support name filled from these settings, then the message.
    LinkMessage compose(LinkMessageFacts facts) const;

private:
    QSettings *m_user = nullptr;
    LinkMessageTemplate m_provisioned;
    bool m_locked = false;
};
