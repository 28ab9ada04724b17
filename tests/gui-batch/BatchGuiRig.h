#pragma once

#include "audit/AuditLog.h"
#include "gui/batch/BatchWindow.h"
#include "FakeFileChooser.h"
#include "FakePrompter.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// A BatchWindow against an in-process sandbox on loopback, with a real audit
// log in a temporary directory, a FakePrompter, a FakeFileChooser and a
// private settings file.
struct BatchGuiRig final
{
    explicit BatchGuiRig(const SandboxOptions &options = {})
        : server(std::make_unique<SandboxServer>(options))
    {
        server->listen();
        ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.apiKey = server->apiKey();
        config.retry.baseDelayMs = 20;
        config.retry.maxDelayMs = 100;
        config.retry.jitter = false;
        client = std::make_unique<WorkOsClient>(&nam, config);
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.sqlite3")));
        audit->open();
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    BatchWindowContext context(SafetyPolicy safety = SafetyPolicy())
    {
        BatchWindowContext c;
        c.client = client.get();
        c.nam = &nam;
        c.auditLog = audit.get();
        c.prompter = &prompter;
        c.files = &files;
        c.settings = settings.get();
        c.environmentName = safety.asksForTypedSlug() ? QStringLiteral("Production") : QStringLiteral("Sandbox");
        c.safety = safety;
        return c;
    }

    std::unique_ptr<BatchWindow> makeWindow(SafetyPolicy safety = SafetyPolicy())
    {
        auto window = std::make_unique<BatchWindow>(context(safety));
        window->resize(1280, 800);
        window->show();
        return window;
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<WorkOsClient> client;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<QSettings> settings;
    FakePrompter prompter;
    FakeFileChooser files;
};
