// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypes.h"

#include <QCoreApplication>

namespace teiten {

const char *eventKindName(EventKind k)
{
    switch (k) {
    case EventKind::Surge: return "surge";
    case EventKind::IcsScan: return "ics-scan";
    case EventKind::Backscatter: return "backscatter";
    }
    return "surge";
}

const char *classificationName(Classification c)
{
    switch (c) {
    case Classification::AmplificationAttack: return "amplification-attack";
    case Classification::ReflectorScan: return "reflector-scan";
    case Classification::Scan: return "scan";
    case Classification::IcsScan: return "ics-scan";
    case Classification::DosVictim: return "dos-victim";
    case Classification::ReflectionAtSensor: return "reflection-at-sensor";
    case Classification::Unknown: break;
    }
    return "unknown";
}

QString classificationLabel(Classification c, const QString &protocol)
{
    const char *ctx = "Classification";
    switch (c) {
    case Classification::AmplificationAttack:
        return protocol.isEmpty() ? QCoreApplication::translate(ctx, "amplification attack")
                                  : QCoreApplication::translate(ctx, "%1 amplification attack").arg(protocol);
    case Classification::ReflectorScan:
        return protocol == QLatin1String("DNS") ? QCoreApplication::translate(ctx, "open-resolver scanning")
               : protocol.isEmpty()             ? QCoreApplication::translate(ctx, "reflector scanning")
                                                : QCoreApplication::translate(ctx, "%1 reflector scanning").arg(protocol);
    case Classification::Scan: return QCoreApplication::translate(ctx, "scanning");
    case Classification::IcsScan: return QCoreApplication::translate(ctx, "control-system scanning");
    case Classification::DosVictim: return QCoreApplication::translate(ctx, "DoS victim (backscatter)");
    case Classification::ReflectionAtSensor:
        return QCoreApplication::translate(ctx, "reflection attack aimed at a sensor address");
    case Classification::Unknown: break;
    }
    return QCoreApplication::translate(ctx, "unclassified");
}

} // namespace teiten
