#pragma once

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace kensa {

// Severity is data; colour and icon belong to the view.
enum class Severity { Info, Notice, Warning, Error };

QString severityName(Severity severity); // "info", "notice", "warning", "error"

// One observation about the message. It carries an explanation key and named arguments,
// never a sentence: Explanations turns it into text in the user's language.
struct Finding
{
    QString key;                            // e.g. "message.line.too_long"
    Severity severity = Severity::Info;
    QList<QPair<QString, QString>> args;    // named arguments, in a stable order
    int line = 0;                           // 1-based line in the normalised source, 0 = none
    QString header;                         // the header field it is about, if any

    QString arg(const QString &name) const;
    bool operator==(const Finding &) const = default;
};

// Builds a finding; `args` are name/value pairs: make(u"message.nul_byte", Severity::Warning,
// {{"line", "3"}}).
Finding makeFinding(const QString &key,
                    Severity severity,
                    QList<QPair<QString, QString>> args = {},
                    int line = 0,
                    const QString &header = {});

QDebug operator<<(QDebug dbg, const Finding &finding);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::Finding)
