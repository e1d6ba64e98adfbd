// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace teiten {

/// Exit codes of every command (docs/CLI.md).
namespace exitcode {
constexpr int Success = 0;
constexpr int Usage = 1;  ///< bad arguments
constexpr int Input = 2;  ///< an input (file, workspace, database) failed; stderr names it
} // namespace exitcode

/// One headless subcommand of the `teiten` binary (`teiten rank …`). Commands register themselves
/// with TEITEN_REGISTER_COMMAND in their own .cpp, so adding one touches no shared file. Runs on
/// the main thread of a QCoreApplication.
class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;   ///< one line for `teiten --help`, translated
    /// `args` starts with the program name followed by the command's own arguments.
    virtual int run(const QStringList &args) = 0;

    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static void registerCommand(const QString &name, Factory factory);
    static std::unique_ptr<CliCommand> create(const QString &name);
    static QStringList names();

protected:
    /// Parses `args` into `parser`; on error prints the reason and usage to stderr. --help prints
    /// usage to stdout. Returns -1 to continue, else the exit code to return.
    int parse(QCommandLineParser &parser, const QStringList &args, const QString &usage = {});
};

/// Registers a CliCommand subclass under its name at static-initialisation time.
struct CliCommandRegistration {
    CliCommandRegistration(const char *name, CliCommand::Factory factory)
    {
        CliCommand::registerCommand(QString::fromLatin1(name), std::move(factory));
    }
};

} // namespace teiten

#define TEITEN_REGISTER_COMMAND(Class, cmdName)                                                    \
    static const teiten::CliCommandRegistration registration##Class(                                \
        cmdName, [] { return std::unique_ptr<teiten::CliCommand>(new Class); })
