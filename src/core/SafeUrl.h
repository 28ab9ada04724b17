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

// The one other URL handed to the desktop: a message draft for the mail
// client ("Email to customer…", authorize-url --mail). Only mailto: with at
// most one plain address (no host, user info or fragment) and only the
// subject and body fields; a subject with a line break is refused (header
// injection). isSafeToOpen() refuses every mailto: URL.
bool isSafeMailto(const QUrl &url, QString *reason = nullptr);

// Same rule for API base URLs (https, or http on loopback).
bool isAcceptableBaseUrl(const QUrl &url, QString *reason = nullptr);
} // namespace SafeUrl
