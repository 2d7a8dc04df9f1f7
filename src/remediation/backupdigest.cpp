// SPDX-License-Identifier: MIT
#include "backupdigest.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace dwh::BackupDigest {

namespace {

const QString field = QStringLiteral("digest");
const QString prefix = QStringLiteral("sha256:");

} // namespace

QString compute(const QJsonObject &fileObject)
{
    QJsonObject content = fileObject;
    content.remove(field);
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return prefix
         + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

State verify(const QJsonObject &fileObject)
{
    const QJsonValue recorded = fileObject.value(field);
    if (recorded.isUndefined())
        return State::Missing;
    return recorded.isString() && recorded.toString() == compute(fileObject) ? State::Intact
                                                                              : State::Edited;
}

QString stateName(State state)
{
    switch (state) {
    case State::Intact: return QStringLiteral("intact");
    case State::Edited: return QStringLiteral("edited");
    case State::Missing: return QStringLiteral("missing");
    }
    return QString();
}

} // namespace dwh::BackupDigest
