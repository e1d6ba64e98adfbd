// SPDX-License-Identifier: GPL-3.0-or-later
// teiten demo --out DIR [--scale X] [--seed N]
#include <QCommandLineParser>
#include <QLocale>

#include "clicommand.h"
#include "clioutput.h"
#include "demonetworkgenerator.h"

namespace teiten {

/// Writes the bundled synthetic sensor network (captures, sensors.csv, its own country database).
class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Write the sample sensor network (two quarters, 12 sensors)"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption out(QStringLiteral("out"), tr("Folder to write into."), tr("DIR"));
        const QCommandLineOption scale(QStringLiteral("scale"), tr("Size factor (1 ≈ 300,000 packets)."), tr("X"),
                                       QStringLiteral("1"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), tr("N"), QStringLiteral("20130930"));
        p.addOptions({out, scale, seed});
        if (const int rc = parse(p, args, QStringLiteral("--out DIR")); rc >= 0)
            return rc;
        QTextStream &err = CliOutput::err();
        if (!p.isSet(out)) {
            err << tr("teiten demo: --out is required") << Qt::endl;
            return exitcode::Usage;
        }
        bool ok1 = false, ok2 = false;
        DemoNetworkGenerator::Params params;
        params.outDir = p.value(out);
        params.scale = p.value(scale).toDouble(&ok1);
        params.seed = p.value(seed).toULongLong(&ok2);
        if (!ok1 || params.scale <= 0 || params.scale > 10000) {
            err << tr("teiten demo: --scale takes a number between 0 and 10000, not '%1'").arg(p.value(scale)) << Qt::endl;
            return exitcode::Usage;
        }
        if (!ok2) {
            err << tr("teiten demo: --seed takes a whole number, not '%1'").arg(p.value(seed)) << Qt::endl;
            return exitcode::Usage;
        }
        const bool tty = CliOutput::stderrIsTerminal();
        auto r = DemoNetworkGenerator::generate(params, [&](qint64 done, qint64 total) {
            if (tty && total > 0) {
                err << '\r' << tr("writing sample network… %1%").arg(100 * done / total) << "\x1b[K";
                err.flush();
            }
        });
        if (tty)
            err << "\r\x1b[K";
        if (!r) {
            err << tr("teiten demo: %1").arg(r.error().message) << Qt::endl;
            return exitcode::Input;
        }
        CliOutput::out() << tr("Wrote %1 packets in %2 capture files to %3 (%4 s)")
                                .arg(r->packets)
                                .arg(r->files)
                                .arg(params.outDir)
                                .arg(QLocale::c().toString(r->seconds, 'f', 1))
                         << Qt::endl;
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(DemoCommand, "demo");

} // namespace teiten
