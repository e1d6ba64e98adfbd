// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCommandLineParser>

#include "clioutput.h"
#include "period.h"
#include "workspace.h"
#include "workspacetypes.h"

namespace teiten {

/// The options shared by every command that queries a workspace (--db, --verify, --period, --format and the
/// filters --sensor/--service/--region/--source/--proto/--port), and their validation into a
/// Workspace, Period and QueryFilter with messages that name the bad value. Main thread.
class CliQueryOptions {
    Q_DECLARE_TR_FUNCTIONS(CliQueryOptions)
public:
    enum Feature { Period_ = 1, Format = 2, Filters = 4, Top = 8 };
    explicit CliQueryOptions(int features, CliOutput::Format defaultFormat = CliOutput::Format::Table);
    void addTo(QCommandLineParser &parser) const;
    /// Validates; on failure prints the reason and returns the exit code (1 usage, 2 input), else -1.
    int resolve(const QCommandLineParser &parser);

    Workspace &workspace() { return *m_workspace; }
    const Period &period() const { return m_period; }
    const QueryFilter &filter() const { return m_filter; }
    CliOutput::Format format() const { return m_format; }
    int top() const { return m_top; } ///< 0 = all

private:
    int m_features;
    QCommandLineOption m_dbOpt, m_periodOpt, m_formatOpt, m_topOpt, m_sensorOpt, m_serviceOpt, m_regionOpt, m_sourceOpt,
        m_protoOpt, m_portOpt, m_verifyOpt;
    std::unique_ptr<Workspace> m_workspace;
    Period m_period;
    QueryFilter m_filter;
    CliOutput::Format m_format;
    int m_top = 0;
};

} // namespace teiten
