#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the window shows instead of the desk: the first-run welcome on an
// unconfigured workstation ("Add an environment…", "Start demo mode"), or why
// the chosen environment cannot be used yet (no key, no keychain, refused
// URL), with the way out.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    enum class Buttons { None, Settings, SettingsAndDemo, AddAndDemo };

    explicit StartPage(QWidget *parent = nullptr);

    // The welcome page. `lockedReason` non-empty: adding is not allowed here.
    void showFirstRun(const QString &lockedReason, bool canStartDemo);
    void showMessage(const QString &title, const QString &text, Buttons buttons);

    QString text() const;

Q_SIGNALS:
    void addEnvironmentRequested();
    void settingsRequested();
    void demoRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_add;
    QPushButton *m_settings;
    QPushButton *m_demo;
};
