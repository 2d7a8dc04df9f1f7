// SPDX-License-Identifier: MIT
#include "pdfoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace dwh {

bool pageSizeFromString(const QString &text, PageSize *size)
{
    if (text.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
        *size = PageSize::A4;
        return true;
    }
    if (text.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0) {
        *size = PageSize::Letter;
        return true;
    }
    return false;
}

QString pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

bool loadLogo(const QString &path, QImage *image, QString *error)
{
    QImageReader reader(path);
    *image = reader.read();
    if (image->isNull()) {
        *error = QCoreApplication::translate("dwh::PdfOptions", "%1: not a readable image: %2")
                     .arg(path, reader.errorString());
        return false;
    }
    return true;
}

} // namespace dwh
