#pragma once

#include <QString>
#include <QUrl>

// The single gate for every URL we hand to a browser or use as a base URL.
namespace SafeUrl {
bool isLoopbackHost(const QString &host);

// True for https URLs with a host, and for http URLs whose host is loopback
// (the sandbox). Refuses file:, javascript:, data:, ftp:, relative and empty
// URLs, URLs with user info, and http to any other host. `reason` receives a
// translated sentence when refused.
bool isSafeToOpen(const QUrl &url, QString *reason = nullptr);

// Same rule for API base URLs (https, or http on loopback).
bool isAcceptableBaseUrl(const QUrl &url, QString *reason = nullptr);
} // namespace SafeUrl
