#pragma once

#include <QUrl>

// The WorkOS API every environment, the client and the CLI start from unless
// told otherwise: https://api.workos.com
QUrl defaultBaseUrl();
