#pragma once

#include <QJsonValue>
#include <QString>

namespace kensa {

// A text in both UI languages, as the data files under resources/ hold it ({"en": .., "ja": ..}).
struct LocalText
{
    QString en;
    QString ja;

    // The text in `language` ("en", "ja"), English when that one is empty.
    QString text(const QString &language) const;
    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }
    bool operator==(const LocalText &) const = default;

    // {"en": .., "ja": ..}; a plain string is taken as English only.
    static LocalText fromJson(const QJsonValue &value);
};

} // namespace kensa
