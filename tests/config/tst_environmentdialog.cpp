#include "config/ConnectionTester.h"
#include "models/EnvironmentListModel.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "config/EnvironmentStore.h"
#include "sandbox/SandboxServer.h"
#include "config/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

class TestEnvironmentDialog final : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    // No widget of the dialog may ever display `key`.
    static void verifyKeyNotShown(QWidget *dialog, const QString &key)
    {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *l : labels)
            QVERIFY2(!l->text().contains(key), qPrintable(l->objectName()));
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        for (const QLineEdit *e : edits) {
            if (e->objectName() == QLatin1String("keyEdit"))
                QCOMPARE(e->echoMode(), QLineEdit::Password);
            else
                QVERIFY2(!e->text().contains(key), qPrintable(e->objectName()));
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        // In memory, so this test does not depend on a keychain (tst_secretstore covers that).
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("pipes-admin-test-dialog"));
        m_secrets->useMemoryOnly();
    }
    void cleanup()
    {
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void modelFollowsTheStore()
    {
        EnvironmentStore store(m_settings.get(), QString());
        EnvironmentListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Environment e;
        e.name = QStringLiteral("One");
        QVERIFY(store.add(e).ok());
        e.name = QStringLiteral("Two");
        e.kind = Environment::Kind::Production;
        QVERIFY(store.add(e).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EnvironmentListModel::NameColumn).data().toString(), QStringLiteral("One (active)"));
        QCOMPARE(model.index(1, EnvironmentListModel::KindColumn).data().toString(), QStringLiteral("Production"));
        QCOMPARE(model.index(1, 0).data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#c62828")));
        QVERIFY(store.setActive(QStringLiteral("Two")).ok());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Two (active)"));
        QVERIFY(store.remove(QStringLiteral("One")).ok());
        QCOMPARE(model.rowCount(), 1);
    }

    void addEnvironmentStoreKeyAndTestConnection()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen() != 0);
        EnvironmentStore store(m_settings.get(), QString());
        EnvironmentSettingsDialog dialog(&store, m_secrets.get(), ConnectionTest::withWorkOsClient(&m_nam));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Nothing configured: the form is ready for a new environment.
        auto *nameEdit = child<QLineEdit>(&dialog, "nameEdit");
        auto *urlEdit = child<QLineEdit>(&dialog, "baseUrlEdit");
        auto *saveButton = child<QPushButton>(&dialog, "saveButton");
        auto *error = child<QLabel>(&dialog, "formErrorLabel");
        QVERIFY(nameEdit && urlEdit && saveButton && error);
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QVERIFY(nameEdit->isEnabled() && !nameEdit->isReadOnly());

        // http to a remote host is refused, in words.
        QTest::keyClicks(nameEdit, QStringLiteral("Sandbox"));
        urlEdit->clear();
        QTest::keyClicks(urlEdit, QStringLiteral("http://api.example.com"));
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("https")), qPrintable(error->text()));
        QVERIFY(store.isEmpty());

        urlEdit->clear();
        QTest::keyClicks(urlEdit, sandbox.baseUrl().toString());
        auto *kind = child<QComboBox>(&dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("staging")));
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(store.environments().size(), 1);
        QCOMPARE(store.environments().first().baseUrl, sandbox.baseUrl());
        QCOMPARE(store.activeName(), QStringLiteral("Sandbox"));
        QCOMPARE(dialog.currentName(), QStringLiteral("Sandbox"));
        QVERIFY(nameEdit->isReadOnly()); // no renaming: the name keys the keychain

        // Store the key: the field empties, only the masked form is shown.
        auto *keyEdit = child<QLineEdit>(&dialog, "keyEdit");
        auto *stored = child<QLabel>(&dialog, "storedKeyLabel");
        QTRY_COMPARE(stored->text(), QStringLiteral("No key stored"));
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        const QString key = sandbox.apiKey();
        QTest::keyClicks(keyEdit, key);
        QSignalSpy keyChanged(&dialog, &EnvironmentSettingsDialog::apiKeyChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "replaceKeyButton"), Qt::LeftButton);
        QTRY_COMPARE(keyChanged.count(), 1);
        QCOMPARE(keyEdit->text(), QString());
        QTRY_COMPARE(stored->text(), SecretStore::maskKey(key));
        verifyKeyNotShown(&dialog, key);
        QCOMPARE(child<QPushButton>(&dialog, "replaceKeyButton")->text(), QStringLiteral("Replace &key"));

        // Test connection with the stored key: success.
        auto *testButton = child<QPushButton>(&dialog, "testConnectionButton");
        auto *result = child<QLabel>(&dialog, "testResultLabel");
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QLatin1String("accepted")), qPrintable(result->text()));
        QCOMPARE(result->property("ok").toBool(), true);
        QVERIFY(sandbox.requestCount(QByteArrayLiteral("GET"), QStringLiteral("/organizations")) >= 1);

        // A wrong key typed in (not stored): the 401 sentence with the request id.
        QTest::keyClicks(keyEdit, QStringLiteral("sk_test_wrong_key_0000000000"));
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(QLatin1String("HTTP 401")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("Request id: req_")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QLatin1String("wrong_key")));
        QCOMPARE(result->property("ok").toBool(), false);
        // The stored key is unchanged.
        QCOMPARE(stored->text(), SecretStore::maskKey(key));
        verifyKeyNotShown(&dialog, key);

        // Remove (confirmed): the environment and its key go.
        QString asked;
        dialog.setRemoveConfirmation([&asked](const QString &q) {
            asked = q;
            return true;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(asked.contains(QLatin1String("Sandbox")));
        QVERIFY(store.isEmpty());
        QTRY_COMPARE(keyChanged.count(), 2);
        bool gone = false;
        QObject ctx;
        m_secrets->read(QStringLiteral("Sandbox"), &ctx, [&gone](const SecretResult &r) {
            gone = r.status == SecretResult::Status::NotFound;
        });
        QTRY_VERIFY(gone);

        // Nothing of the key reached the settings file.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toUtf8()));
    }

    void oneSaveAddsTheEnvironmentWithItsKey()
    {
        EnvironmentStore store(m_settings.get(), QString());
        EnvironmentSettingsDialog dialog(&store, m_secrets.get(), ConnectionTester());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *keyEdit = child<QLineEdit>(&dialog, "keyEdit");
        auto *forget = child<QPushButton>(&dialog, "forgetKeyButton");
        // A new environment: the key goes in the same form, and there is nothing to forget.
        QVERIFY(keyEdit->isEnabled());
        QVERIFY(!forget->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Staging"));
        auto *urlEdit = child<QLineEdit>(&dialog, "baseUrlEdit");
        urlEdit->clear();
        QTest::keyClicks(urlEdit, QStringLiteral("https://staging.example.com"));
        const QString key = QStringLiteral("sk_test_ONESAVE0000000000000000");
        QTest::keyClicks(keyEdit, key);
        QSignalSpy keyChanged(&dialog, &EnvironmentSettingsDialog::apiKeyChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton); // the only save
        QCOMPARE(store.environments().size(), 1);
        QTRY_COMPARE(keyChanged.count(), 1);
        QTRY_COMPARE(child<QLabel>(&dialog, "storedKeyLabel")->text(), SecretStore::maskKey(key));
        QString stored;
        QObject ctx;
        m_secrets->read(QStringLiteral("Staging"), &ctx, [&stored](const SecretResult &r) { stored = r.key; });
        QTRY_COMPARE(stored, key);
        verifyKeyNotShown(&dialog, key);
        // Now there is a key to forget; once forgotten, there is not.
        QTRY_VERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&dialog, "storedKeyLabel")->text(), QStringLiteral("No key stored"));
        QVERIFY(!forget->isEnabled());
    }

    void lockedProvisioningDisablesEditing()
    {
        const QString path = m_dir->filePath(QStringLiteral("provisioning.conf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[General]\nlocked=true\n[a]\nname=Production\nkind=production\n"
                    "[b]\nname=Staging\nbaseUrl=https://staging.example.com\n");
        }
        EnvironmentStore store(m_settings.get(), path);
        EnvironmentSettingsDialog dialog(&store, m_secrets.get(), ConnectionTester());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *locked = child<QLabel>(&dialog, "lockedLabel");
        QVERIFY(locked->isVisible());
        QVERIFY2(locked->text().contains(QLatin1String("locked")), qPrintable(locked->text()));
        QVERIFY(!child<QPushButton>(&dialog, "addButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "baseUrlEdit")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "kindCombo")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "readOnlyLabel")->isVisible());

        // Choosing the environment and storing its key remain possible.
        QCOMPARE(dialog.currentName(), QStringLiteral("Production"));
        dialog.selectEnvironment(QStringLiteral("Staging"));
        QCOMPARE(dialog.currentName(), QStringLiteral("Staging"));
        QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(), QStringLiteral("https://staging.example.com"));
        QVERIFY(child<QLineEdit>(&dialog, "keyEdit")->isEnabled());
        auto *useButton = child<QPushButton>(&dialog, "setActiveButton");
        QVERIFY(useButton->isEnabled());
        QTest::mouseClick(useButton, Qt::LeftButton);
        QCOMPARE(store.activeName(), QStringLiteral("Staging"));
        QVERIFY(!useButton->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QCOMPARE(store.environments().size(), 2);
    }

    void everyInteractiveWidgetHasAnObjectName()
    {
        EnvironmentStore store(m_settings.get(), QString());
        EnvironmentSettingsDialog dialog(&store, m_secrets.get(), ConnectionTester());
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || w->parent() == nullptr)
                continue;
            if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
                || qobject_cast<const QComboBox *>(w) || qobject_cast<const QTreeView *>(w)) {
                if (w->parentWidget() && qobject_cast<const QComboBox *>(w->parentWidget()))
                    continue; // a combo box's internal line edit
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestEnvironmentDialog)
#include "tst_environmentdialog.moc"
