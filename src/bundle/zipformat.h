// SPDX-License-Identifier: MIT
#pragma once
// Little-endian fields and zlib raw deflate/inflate shared by ZipWriter and ZipReader.

#include <QByteArray>
#include <QtGlobal>

namespace dwh::zip {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndOfCentralDirectorySize = 22;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagUtf8Names = 0x0800;

void put16(QByteArray *out, quint16 value);
void put32(QByteArray *out, quint32 value);
quint16 get16(const QByteArray &in, qsizetype at);
quint32 get32(const QByteArray &in, qsizetype at);

quint32 crc32(const QByteArray &data);
/** Raw deflate (no zlib header), as ZIP method 8 stores it; empty on failure. */
QByteArray deflateRaw(const QByteArray &data, bool *ok);
/** Inflates raw deflate data that must yield exactly `size` bytes. */
QByteArray inflateRaw(const QByteArray &data, quint32 size, bool *ok);

} // namespace dwh::zip
