// SPDX-License-Identifier: MIT
// libFuzzer target: the evidence bundle's ZIP reader (src/bundle/zipreader.h). Any bytes give a
// reader or an error saying why, never a crash and never more memory than the limits allow; every
// file of a reader inflates to its declared size or fails with a reason; what reads whole is
// written by ZipWriter into an archive that reads back the same.
#include "zipreader.h"
#include "zipwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray archive(reinterpret_cast<const char *>(data), qsizetype(size));
    dwh::ZipLimits limits;
    limits.maxFileBytes = 1 << 20;   // small limits keep each run fast; the logic is the same
    limits.maxTotalBytes = 4 << 20;
    QString error;
    const std::optional<dwh::ZipReader> reader = dwh::ZipReader::fromData(archive, &error, limits);
    if (!reader) {
        if (error.isEmpty())
            abort();  // a refusal always says why
        return 0;
    }
    dwh::ZipWriter writer;
    bool whole = true;
    qint64 total = 0;
    for (const QString &name : reader->fileNames()) {
        QString why;
        const std::optional<QByteArray> content = reader->read(name, &why);
        if (!content) {
            if (why.isEmpty())
                abort();
            whole = false;
            continue;
        }
        total += content->size();
        if (content->size() > limits.maxFileBytes || total > limits.maxTotalBytes)
            abort();  // the limits held before inflating; what came out must keep to them
        whole = writer.addFile(name, *content, nullptr) && whole;
    }
    if (!whole)
        return 0;
    const std::optional<dwh::ZipReader> again = dwh::ZipReader::fromData(writer.finish(), &error);
    if (!again || again->fileNames() != reader->fileNames())
        abort();
    for (const QString &name : reader->fileNames()) {
        if (again->read(name, nullptr) != reader->read(name, nullptr))
            abort();  // ZipWriter wrote something ZipReader reads differently
    }
    return 0;
}
