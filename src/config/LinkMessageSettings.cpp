#include "config/LinkMessageSettings.h"

#include "config/ProvisioningFile.h"

#include <QSettings>

namespace {
const QString SubjectKey = QStringLiteral("linkMessage/subject");
const QString BodyKey = QStringLiteral("linkMessage/body");
const QString SupportNameKey = QStringLiteral("linkMessage/supportName");

// Empty parts of `partial` taken from `fallback`.
LinkMessageTemplate completed(LinkMessageTemplate partial, const LinkMessageTemplate &fallback)
{
    if (partial.subject.trimmed().isEmpty())
        partial.subject = fallback.subject;
    if (partial.body.trimmed().isEmpty())
        partial.body = fallback.body;
    return partial;
}
} // namespace

LinkMessageSettings::LinkMessageSettings(QSettings *user, const Provisioning &provisioning)
    : m_user(user)
    , m_provisioned(provisioning.linkMessage)
    , m_locked(provisioning.locked)
{
}

LinkMessageTemplate LinkMessageSettings::defaultTemplate() const
{
    return completed(m_provisioned, LinkMessages::builtInTemplate());
}

bool LinkMessageSettings::hasUserTemplate() const
{
    return m_user && (m_user->contains(SubjectKey) || m_user->contains(BodyKey));
}

LinkMessageTemplate LinkMessageSettings::effectiveTemplate() const
{
    if (isLocked() || !hasUserTemplate())
        return defaultTemplate();
    LinkMessageTemplate own;
    own.subject = m_user->value(SubjectKey).toString();
    own.body = m_user->value(BodyKey).toString();
    return completed(own, defaultTemplate());
}

QString LinkMessageSettings::lockedReason() const
{
    return isLocked() ? tr("Your administrator set this message for every user of this computer; it cannot be "
                           "changed here.")
                      : QString();
}

bool LinkMessageSettings::saveUserTemplate(const LinkMessageTemplate &messageTemplate)
{
    if (!m_user || isLocked())
        return false;
    m_user->setValue(SubjectKey, messageTemplate.subject);
    m_user->setValue(BodyKey, messageTemplate.body);
    m_user->sync();
    return m_user->status() == QSettings::NoError;
}

void LinkMessageSettings::resetUserTemplate()
{
    if (!m_user)
        return;
    m_user->remove(SubjectKey);
    m_user->remove(BodyKey);
    m_user->sync();
}

QString LinkMessageSettings::supportName() const
{
    return m_user ? m_user->value(SupportNameKey).toString() : QString();
}

void LinkMessageSettings::setSupportName(const QString &name)
{
    if (!m_user)
        return;
    if (name.trimmed().isEmpty())
        m_user->remove(SupportNameKey);
    else
        m_user->setValue(SupportNameKey, name.trimmed());
    m_user->sync();
}

LinkMessage LinkMessageSettings::compose(LinkMessageFacts facts) const
{
    if (facts.supportName.isEmpty())
        facts.supportName = supportName();
    return LinkMessages::compose(effectiveTemplate(), facts);
}
