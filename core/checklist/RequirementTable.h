#pragma once

#include "core/base/LocalText.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kensa {

// A date of the data ("2026-07-02", "2024-02", "2023") as `language` writes it: Japanese
// "2026 年 7 月 2 日", "2024 年 2 月", "2023 年". When the text is no such date, japaneseDate
// gives nullopt and dateText the text as it is.
std::optional<QString> japaneseDate(const QString &date);
QString dateText(const QString &date, const QString &language);

// Who a provider's rule is for (the reference's cell status words).
enum class Applicability {
    All,          // every sender
    Bulk,         // bulk senders (about 5,000 a day or more)
    Recommended,  // a guideline: never red, at most amber
    NotStated,    // "—": the provider does not state it
    Removed,      // was stated, has been withdrawn
};

QString applicabilityName(Applicability applies); // "all" "bulk" "recommended" "none" "removed"

// One provider's cell of a requirement row.
struct RequirementCell
{
    QString provider;       // "gmail", "yahoo", "apple", "outlook", "docomo", "au", "softbank"
    Applicability applies = Applicability::NotStated;
    QString since;          // effective date as the reference gives it ("2024-02-01", "2024-02", "")
    QStringList sources;    // source keys ("G1", "Y2")
    QString check;          // the check deciding this cell (the row's when the data gives none)
    bool capWarning = false; // a failure shows amber at most (no published limit, say)
    LocalText note;         // what this provider says in particular

    bool operator==(const RequirementCell &) const = default;
};

// One row of the reference (../shared/reference/provider-requirements.md), id exactly as there.
struct RequirementRow
{
    QString id;             // "AUTH-SPF-PASS"
    QString group;          // "authentication", "alignment", "infrastructure", "format",
                            // "unsubscribe", "forwarding", "practices"
    QString scope;          // "all", "marketing" (subscribed/marketing mail only), "forwarded"
                            // (only mail that passed an intermediary)
    QString verifiable;     // "yes", "partly", "no" (the reference's check verdict)
    QString check;          // default check id for the cells
    LocalText title;        // short, for the matrix
    LocalText explanation;  // what it means and why it matters, plain words
    LocalText fix;          // how to fix it
    QList<RequirementCell> cells; // one per provider, in providers() order

    const RequirementCell *cell(const QString &provider) const;
    bool operator==(const RequirementRow &) const = default;
};

struct RequirementSource
{
    QString key;            // "G1"
    LocalText title;        // the page's title; in Japanese its official Japanese one if any
    QString url;
    LocalText asOf;         // the version read: a date ("2026-07-02") or a note ("undated copy")
    bool asOfIsDate = false; // asOf is a date, to be shown as "(as of …)"

    bool operator==(const RequirementSource &) const = default;
};

struct RequirementGroup
{
    QString id;
    LocalText title;

    bool operator==(const RequirementGroup &) const = default;
};

// The provider requirement tables: data (resources/requirements/requirements.json), so that
// updating a provider's rule is an edit of that file, not of code.
class RequirementTable
{
public:
    // The table built into Kensa (the resource :/requirements/requirements.json).
    static const RequirementTable &builtin();
    // Reads a table; errors name the row and what is wrong (key requirements.table.*).
    static Result<RequirementTable> fromJson(const QByteArray &json);

    QStringList providers() const { return m_providers; }  // "gmail", "yahoo", "apple", "outlook", "docomo", "au", "softbank"
    LocalText providerName(const QString &provider) const;
    // "mailbox" (Gmail, Yahoo, Apple, Outlook.com: the default) or "carrier" (the Japanese
    // mobile carriers, whose spoofed-sender filters each subscriber switches on).
    QString providerGroup(const QString &provider) const;
    const QList<RequirementGroup> &groups() const { return m_groups; }
    const QList<RequirementRow> &rows() const { return m_rows; }
    const RequirementRow *row(const QString &id) const;
    RequirementSource source(const QString &key) const;
    QString reviewed() const { return m_reviewed; }   // date the data was reviewed

private:
    QStringList m_providers;
    QMap<QString, LocalText> m_providerNames;
    QMap<QString, QString> m_providerGroups;
    QList<RequirementGroup> m_groups;
    QList<RequirementRow> m_rows;
    QMap<QString, RequirementSource> m_sources;
    QString m_reviewed;
};

} // namespace kensa
