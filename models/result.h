// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace teiten {

/// What went wrong, already translated where it was raised; names the file and the library's reason.
struct Error {
    enum class Code {
        Usage,          ///< bad arguments
        NotFound,       ///< missing path
        Unreadable,     ///< permission or I/O error
        BadFormat,      ///< not a capture / not a database / corrupt
        Unsupported,    ///< valid but not handled (link type, schema version)
        Outdated,       ///< a workspace of an older schema, opened read-only: opening it for writing migrates it
        Truncated,      ///< ended early
        Database,       ///< SQLite failure
        Cancelled,
        Internal,
    };
    Code code = Code::Internal;
    QString message;
};

/// Value or Error. Small on purpose: `if (!r) return r.error();`.
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    explicit operator bool() const { return std::holds_alternative<T>(m_v); }
    bool ok() const { return bool(*this); }
    T &value() { return std::get<T>(m_v); }
    const T &value() const { return std::get<T>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result without a value.
struct Ok {};
using Status = Result<Ok>;

} // namespace teiten
