#include "sandbox/SandboxIds.h"

namespace SandboxIds {

QString make(const QString &prefix, Kind kind, quint64 index)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = prefix;
    id.reserve(prefix.size() + 26);
    id += QStringLiteral("01H");
    for (int shift = 45; shift >= 0; shift -= 5)
        id += QLatin1Char(alphabet[(index >> shift) & 31U]);
    // splitmix64 over (kind, index): a stable, well-spread tail.
    quint64 x = (quint64(kind) << 56) ^ index;
    for (int block = 0; block < 2; ++block) {
        x += 0x9E3779B97F4A7C15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        const int chars = block == 0 ? 7 : 6;
        for (int i = 0; i < chars; ++i)
            id += QLatin1Char(alphabet[(z >> (5 * i)) & 31U]);
    }
    return id;
}

} // namespace SandboxIds
