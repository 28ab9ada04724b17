#pragma once

#include <QString>

// Whether a person may ask WorkOS for a connection's token to check it
// (POST /data-integrations/{slug}/token hands out a live secret and may make
// WorkOS refresh it). An administrator forbids it in the provisioning file:
//   [General]        allowTokenCheck=false   for every environment
//   [<environment>]  allowTokenCheck=false   for that one (true re-allows it there)
// Allowed when the file, the key or the environment is absent. A file that
// cannot be read forbids it, as a broken file locks environments.
namespace TokenCheckPolicy {
bool allowed(const QString &provisioningPath, const QString &environmentName);
} // namespace TokenCheckPolicy
