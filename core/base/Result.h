#pragma once

#include <QDebug>
#include <QString>

#include <utility>
#include <variant>

namespace kensa {

// Where and why a parser gave up. `key` is an explanation key (see Explanations), never a sentence.
struct ParseError
{
    QString key;
    int line = 0;         // 1-based line in the normalised source, 0 when unknown
    int column = 0;       // 1-based column, 0 when unknown
    qsizetype offset = -1; // byte offset into the parsed input, -1 when unknown

    bool operator==(const ParseError &) const = default;
};

inline QDebug operator<<(QDebug dbg, const ParseError &e)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "ParseError(" << e.key << " line " << e.line << " col " << e.column
                  << " offset " << e.offset << ')';
    return dbg;
}

// A value or the reason there is none; shaped like std::expected (C++23).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ParseError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const ParseError &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, ParseError> m_data;
};

} // namespace kensa
