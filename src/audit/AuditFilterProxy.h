#pragma once

#include "core/SourceOrderFilterProxy.h"

class AuditTableModel;

// A quick filter over the loaded audit rows, with a typed setter (setText): a
// case-insensitive substring of the user id, email, provider, request id or
// reason. AuditTableModel sorts itself.
class AuditFilterProxy final : public SourceOrderFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterProxy)

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // an AuditTableModel

protected:
    bool rowMatches(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const AuditTableModel *m_audit = nullptr;
};
