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
    case EventKind::Flood: return "flood";
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
    case Classification::SpoofedFlood: return "spoofed-flood";
    case Classification::Unknown: break;
    }
    return "unknown";
}

QString classificationLabel(Classification c, const QString &protocol)
{
    switch (c) {
    case Classification::AmplificationAttack:
        return protocol.isEmpty() ? QCoreApplication::translate("Classification", "amplification attack")
                                  : QCoreApplication::translate("Classification", "%1 amplification attack").arg(protocol);
    case Classification::ReflectorScan:
        return protocol == QLatin1String("DNS") ? QCoreApplication::translate("Classification", "open-resolver scanning")
               : protocol.isEmpty()             ? QCoreApplication::translate("Classification", "reflector scanning")
                                                : QCoreApplication::translate("Classification", "%1 reflector scanning").arg(protocol);
    case Classification::Scan: return QCoreApplication::translate("Classification", "scanning");
    case Classification::IcsScan: return QCoreApplication::translate("Classification", "control-system scanning");
    case Classification::DosVictim: return QCoreApplication::translate("Classification", "DoS victim (backscatter)");
    case Classification::ReflectionAtSensor:
        return QCoreApplication::translate("Classification", "reflection attack aimed at a sensor address");
    case Classification::SpoofedFlood:
        return protocol.isEmpty()
            ? QCoreApplication::translate("Classification", "spoofed-source flood aimed at a sensor address")
            : QCoreApplication::translate("Classification", "spoofed-source %1 flood aimed at a sensor address").arg(protocol);
    case Classification::Unknown: break;
    }
    return QCoreApplication::translate("Classification", "unclassified");
}

} // namespace teiten
