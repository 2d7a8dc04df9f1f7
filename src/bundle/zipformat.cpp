// SPDX-License-Identifier: MIT
#include "zipformat.h"

#include <zlib.h>

#include <limits>

namespace dwh::zip {

void put16(QByteArray *out, quint16 value)
{
    out->append(char(value & 0xff));
    out->append(char((value >> 8) & 0xff));
}

void put32(QByteArray *out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return quint16(quint8(in.at(at)) | (quint8(in.at(at + 1)) << 8));
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return quint32(get16(in, at)) | (quint32(get16(in, at + 2)) << 16);
}

quint32 crc32(const QByteArray &data)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto *bytes = reinterpret_cast<const Bytef *>(data.constData());
    qsizetype left = data.size();
    while (left > 0) {
        const uInt chunk = uInt(std::min<qsizetype>(left, std::numeric_limits<uInt>::max() / 2));
        crc = ::crc32(crc, bytes, chunk);
        bytes += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

QByteArray deflateRaw(const QByteArray &data, bool *ok)
{
    *ok = false;
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    *ok = true;
    return out;
}

QByteArray inflateRaw(const QByteArray &data, quint32 size, bool *ok)
{
    *ok = false;
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(size));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    // Z_BUF_ERROR with a full buffer: the data holds more than the header said.
    if (result != Z_STREAM_END || produced != size)
        return {};
    *ok = true;
    return out;
}

} // namespace dwh::zip
