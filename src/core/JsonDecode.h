#pragma once

#include "core/ApiError.h"
#include "core/ApiTypes.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// Pure decoders: bytes in, a value or a DecodeError out. Tolerant of unknown
// fields and unknown enum values (kept as raw text), strict about required
// fields (reported by their JSON path, e.g. "data[3].connected_account.state").
struct DecodeError final
{
    QString path;    // where: "" for the document, "data[2].slug", ...
    QString message; // what: "missing required field", "expected a string", ...

    QString toString() const;
};

template <typename T>
using Decoded = Expected<T, DecodeError>;

namespace JsonDecode {
// Documents (a whole response body)
Decoded<User> user(const QByteArray &body);
Decoded<Page<User>> userList(const QByteArray &body);
Decoded<Organization> organization(const QByteArray &body);
Decoded<Page<Organization>> organizationList(const QByteArray &body);
Decoded<Page<OrganizationMembership>> membershipList(const QByteArray &body);
Decoded<QList<DataProvider>> dataProviderList(const QByteArray &body);
Decoded<ConnectedAccount> connectedAccount(const QByteArray &body);
Decoded<AuthorizeUrl> authorizeUrl(const QByteArray &body);

// Objects (for nested use and for tests)
Decoded<User> userObject(const QJsonObject &object, const QString &path = {});
Decoded<Organization> organizationObject(const QJsonObject &object, const QString &path = {});
Decoded<OrganizationMembership> membershipObject(const QJsonObject &object, const QString &path = {});
Decoded<DataProvider> dataProviderObject(const QJsonObject &object, const QString &path = {});
Decoded<ConnectedAccount> connectedAccountObject(const QJsonObject &object, const QString &path = {});

// An error body, tolerant of anything (HTML, empty, partial JSON): fills
// message, code and fieldErrors of `error` where present. Never fails.
void errorBody(const QByteArray &body, ApiError &error);
} // namespace JsonDecode

namespace JsonDecode::detail {
// dataProviderList's two paths, for the tests that hold them to the same answers.
// The fast one reads the plain, well-formed shape in one pass; nullopt: it gave
// the body to the general one (QJsonDocument and the field reader).
std::optional<QList<DataProvider>> dataProviderListFast(const QByteArray &body);
Decoded<QList<DataProvider>> dataProviderListGeneral(const QByteArray &body);
} // namespace JsonDecode::detail
