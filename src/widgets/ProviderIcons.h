#pragma once

#include <QIcon>
#include <QString>

// An icon per provider: a bundled SVG for providers we know, otherwise a
// coloured circle with the provider's initials (the colour derived from the slug).
namespace ProviderIcons {
QIcon icon(const QString &slug, const QString &name);
}
