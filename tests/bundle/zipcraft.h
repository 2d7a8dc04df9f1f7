// SPDX-License-Identifier: MIT
#pragma once
// Test helper: hand-made ZIP archives that ZipWriter would never write (zip bombs, overlapping
// entries, lying sizes), byte by byte as APPNOTE.TXT lays them out.

#include "zipformat.h"

#include <QByteArray>
#include <QList>

#include <zlib.h>

namespace dwh::test {

struct CraftedEntry
{
    QByteArray name;
    quint32 localOffset = 0;
    quint16 method = zip::MethodDeflated;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
};

inline QByteArray localHeader(const CraftedEntry &e)
{
    QByteArray out;
    zip::put32(&out, zip::LocalHeaderSignature);
    zip::put16(&out, 20);
    zip::put16(&out, 0);
    zip::put16(&out, e.method);
    zip::put32(&out, 0);  // time, date
    zip::put32(&out, e.crc);
    zip::put32(&out, e.compressedSize);
    zip::put32(&out, e.size);
    zip::put16(&out, quint16(e.name.size()));
    zip::put16(&out, 0);
    return out + e.name;
}

/** `body` (local headers and data) followed by a central directory listing `entries`. */
inline QByteArray withDirectory(QByteArray body, const QList<CraftedEntry> &entries)
{
    const quint32 directoryOffset = quint32(body.size());
    for (const CraftedEntry &e : entries) {
        zip::put32(&body, zip::CentralHeaderSignature);
        zip::put16(&body, 20);
        zip::put16(&body, 20);
        zip::put16(&body, 0);
        zip::put16(&body, e.method);
        zip::put32(&body, 0);
        zip::put32(&body, e.crc);
        zip::put32(&body, e.compressedSize);
        zip::put32(&body, e.size);
        zip::put16(&body, quint16(e.name.size()));
        zip::put16(&body, 0);
        zip::put16(&body, 0);
        zip::put16(&body, 0);
        zip::put16(&body, 0);
        zip::put32(&body, 0);
        zip::put32(&body, e.localOffset);
        body += e.name;
    }
    const quint32 directorySize = quint32(body.size()) - directoryOffset;
    zip::put32(&body, zip::EndOfCentralDirectorySignature);
    zip::put16(&body, 0);
    zip::put16(&body, 0);
    zip::put16(&body, quint16(entries.size()));
    zip::put16(&body, quint16(entries.size()));
    zip::put32(&body, directorySize);
    zip::put32(&body, directoryOffset);
    zip::put16(&body, 0);
    return body;
}

/** Raw deflate of `size` zero bytes, made from a small buffer (never `size` bytes in memory). */
inline QByteArray deflatedZeros(quint32 size, quint32 *crc)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    uLong sum = ::crc32(0L, Z_NULL, 0);
    quint32 left = size;
    int flush = Z_NO_FLUSH;
    while (flush != Z_FINISH) {
        const quint32 take = std::min<quint32>(left, quint32(zeros.size()));
        left -= take;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        sum = ::crc32(sum, reinterpret_cast<const Bytef *>(zeros.constData()), take);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = take;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            deflate(&stream, flush);
            out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    *crc = quint32(sum);
    return out;
}

/**
 * An "overlapping" zip bomb as the issue describes it: one deflated stream of `inflatedSize`
 * zeros and a central directory pointing `names` entries (report.json, facts.json, trace.har and
 * `fillers` more) at it. `inflatedSize` 200 MiB and 3000 fillers: about 400 KiB on disk, 600 GiB
 * inflated.
 */
inline QByteArray overlappingZipBomb(quint32 inflatedSize, int fillers)
{
    CraftedEntry e;
    e.name = "report.json";
    const QByteArray packed = deflatedZeros(inflatedSize, &e.crc);
    e.compressedSize = quint32(packed.size());
    e.size = inflatedSize;
    const QByteArray body = localHeader(e) + packed;
    QList<CraftedEntry> entries;
    for (const char *name : {"report.json", "facts.json", "trace.har"}) {
        e.name = name;
        entries << e;
    }
    for (int i = 0; i < fillers; ++i) {
        e.name = "f" + QByteArray::number(i) + ".json";
        entries << e;
    }
    return withDirectory(body, entries);
}

} // namespace dwh::test
