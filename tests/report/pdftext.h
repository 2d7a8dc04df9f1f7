// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the text of a PDF as poppler's pdftotext reads it, and its page size (pdfinfo).

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryFile>

#include <optional>

namespace dwh::test {

inline bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

/** Runs `tool args… file` on `pdf` saved to a temporary file; nothing when it fails. */
inline std::optional<QString> runOnPdf(const QString &tool, const QStringList &args, const QByteArray &pdf)
{
    QTemporaryFile file(QStringLiteral("dwhealth-XXXXXX.pdf"));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return std::nullopt;
    QProcess p;
    p.start(tool, QStringList(args) << file.fileName() << (tool == QLatin1String("pdftotext")
                                                                ? QStringList{QStringLiteral("-")}
                                                                : QStringList{}));
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline std::optional<QString> pdfText(const QByteArray &pdf)
{
    return runOnPdf(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, pdf);
}

/** The text with all white space removed: wrapped table cells and lines compare whole. */
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace dwh::test
