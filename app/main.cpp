// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: `teiten COMMAND …` runs headless (QCoreApplication, no display needed);
// `teiten [WORKSPACE.db]` opens the workstation.
#include <cstring>

#include <memory>

#include <QApplication>
#include <QGuiApplication>
#include <QCoreApplication>

#include "clicommand.h"
#include "clioutput.h"
#include "translationloader.h"
#include "workstation.h"

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Teiten"));
    QCoreApplication::setApplicationName(QStringLiteral("teiten"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEITEN_VERSION));
}

int printUsage(bool toErr)
{
    QTextStream &o = toErr ? teiten::CliOutput::err() : teiten::CliOutput::out();
    o << QCoreApplication::translate("main", "Usage: teiten [WORKSPACE.db]            open the workstation") << '\n'
      << QCoreApplication::translate("main", "       teiten COMMAND [OPTIONS]          run headless") << "\n\n"
      << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const QString &n : teiten::CliCommand::names()) {
        const auto c = teiten::CliCommand::create(n);
        o << QStringLiteral("  %1  %2").arg(n, -8).arg(c->summary()) << '\n';
    }
    o << '\n' << QCoreApplication::translate("main", "'teiten COMMAND --help' describes a command's options.") << '\n';
    o.flush();
    return toErr ? teiten::exitcode::Usage : teiten::exitcode::Success;
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool headless = argc > 1
        && (teiten::CliCommand::names().contains(first) || first == QLatin1String("--version")
            || first == QLatin1String("-v") || first == QLatin1String("--help") || first == QLatin1String("-h")
            || first == QLatin1String("help"));
    if (headless) {
        // Figures and reports paint text, which needs a QGuiApplication; offscreen needs no display.
        const bool paints = first == QLatin1String("figure") || first == QLatin1String("report");
        if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> appHolder(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
        QCoreApplication &app = *appHolder;
        setIdentity();
        teiten::TranslationLoader translations;
        translations.setLanguage(QString());
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            teiten::CliOutput::out() << "teiten " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
            return printUsage(false);
        auto command = teiten::CliCommand::create(first);
        QStringList args = app.arguments();
        args.removeAt(1); // the command name; the parser sees "teiten --opts…"
        return command->run(args);
    }
    if (argc > 1 && first.startsWith(QLatin1Char('-')) && first != QLatin1String("-platform")
        && !first.startsWith(QLatin1String("--style"))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        teiten::CliOutput::err() << QCoreApplication::translate("main", "teiten: unknown command or option '%1'").arg(first)
                                 << Qt::endl;
        return printUsage(true);
    }
    QApplication app(argc, argv);
    setIdentity();
    QStringList args = app.arguments();
    args.removeFirst();
    return teiten::runWorkstation(app, args);
}
