// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycolors.h"

namespace teiten {

namespace {

// FNV-1a over the UTF-16 code units: qHash() is seeded per process, and the colour must stay the
// same across runs, machines and Qt versions.
quint32 stableHash(const QString &key)
{
    quint32 h = 2166136261u;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

const QList<QColor> &KeyColors::palette()
{
    // Okabe–Ito colour-blind-safe hues first, then darker companions; all strong enough for thin
    // lines on white paper.
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x44, 0x44, 0x44), QColor(0x8C, 0x1C, 0x13),
        QColor(0x6A, 0x3D, 0x9A), QColor(0x1B, 0x7F, 0x3B), QColor(0xB1, 0x59, 0x28), QColor(0x2C, 0x4C, 0x9C),
    };
    return colors;
}

QColor KeyColors::color(const QString &key)
{
    return palette().at(int(stableHash(key) % quint32(palette().size())));
}

QList<QColor> KeyColors::distinct(const QStringList &keys)
{
    const int n = int(palette().size());
    QList<bool> used(n, false);
    QList<QColor> out;
    out.reserve(keys.size());
    int taken = 0;
    for (const QString &key : keys) {
        int i = int(stableHash(key) % quint32(n));
        if (taken < n) {
            while (used[i])
                i = (i + 1) % n;
            used[i] = true;
            ++taken;
        }
        out << palette().at(i);
    }
    return out;
}

} // namespace teiten
