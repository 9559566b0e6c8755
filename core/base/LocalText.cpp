#include "core/base/LocalText.h"

#include <QJsonObject>

namespace kensa {

QString LocalText::text(const QString &language) const
{
    return language == QLatin1String("ja") && !ja.isEmpty() ? ja : en;
}

LocalText LocalText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return LocalText{value.toString(), {}};
    const QJsonObject o = value.toObject();
    return LocalText{o.value(u"en").toString(), o.value(u"ja").toString()};
}

} // namespace kensa
