#include "config/ConnectionTester.h"

#include "core/WorkOsClient.h"

#include <QPointer>

ConnectionTester ConnectionTest::withWorkOsClient(QNetworkAccessManager *nam)
{
    return [nam](const Environment &environment, const QString &apiKey, QObject *context,
                 std::function<void(const ConnectionTestResult &)> done) {
        ClientConfig config;
        config.baseUrl = environment.baseUrl;
        config.apiKey = apiKey;
        config.retry = RetryPolicy::none();
        config.transferTimeoutMs = 15000;
        // Parented to the context: it dies with the dialog that asked.
        auto *client = new WorkOsClient(nam, config, context);
        ListOrganizationsRequest request;
        request.limit = 1;
        const QString host = environment.baseUrl.host();
        client->listOrganizations(request, context,
                                  [client, host, done = std::move(done)](const ApiResult<Page<Organization>> &result) {
                                      ConnectionTestResult r;
                                      if (result.ok()) {
                                          r.outcome = ConnectionTestResult::Outcome::Success;
                                          r.message = tr("Connected to %1: the API key was accepted.").arg(host);
                                      } else {
                                          r.outcome = ConnectionTestResult::Outcome::Failure;
                                          r.message = result.error().fullText();
                                          r.requestId = result.error().requestId;
                                      }
                                      client->deleteLater();
                                      done(r);
                                  });
    };
}
