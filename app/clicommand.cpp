// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <map>

#include <QCommandLineParser>
#include <QRegularExpression>

#include "clioutput.h"

namespace teiten {

namespace {
std::map<QString, CliCommand::Factory> &registry()
{
    static std::map<QString, CliCommand::Factory> r;
    return r;
}
} // namespace

void CliCommand::registerCommand(const QString &name, Factory factory)
{
    registry()[name] = std::move(factory);
}

std::unique_ptr<CliCommand> CliCommand::create(const QString &name)
{
    const auto it = registry().find(name);
    return it == registry().end() ? nullptr : it->second();
}

QStringList CliCommand::names()
{
    QStringList out;
    for (const auto &[n, f] : registry())
        out << n;
    return out;
}

int CliCommand::parse(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        CliOutput::err() << tr("teiten %1: %2").arg(name(), parser.errorText()) << Qt::endl;
        CliOutput::err() << tr("Try 'teiten %1 --help'.").arg(name()) << Qt::endl;
        return exitcode::Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the binary only; show the command too.
        text.replace(QRegularExpression(QStringLiteral("^Usage: (\\S+)")),
                     QStringLiteral("Usage: \\1 ") + name() + (usage.isEmpty() ? QString() : QStringLiteral(" ") + usage));
        CliOutput::out() << text;
        CliOutput::out().flush();
        return exitcode::Success;
    }
    return -1;
}

} // namespace teiten
