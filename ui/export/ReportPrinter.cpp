#include "ui/export/ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextDocument>

namespace kensa {

namespace {

// Qt's PDF writer maps each glyph back to the lowest code point the font gives it. Japanese
// fonts such as Noto Sans CJK draw a CJK radical (U+2E80..U+2FDF) and its ideograph with one
// glyph, and some punctuation of U+2000..U+206F and its Japanese twin too: 日 would be
// extracted, searched and copied as ⽇ (U+2F47), 長 as ⻑ (U+2ED1), ・ as ‧ (U+2027). Each
// ToUnicode destination in those ranges is rewritten to the Japanese character (kana and CJK
// punctuation, ideographs, full-width forms) that the Japanese font draws with the same glyph,
// four hex digits for four, so no offset in the file moves.
QHash<uint, uint> japaneseTwins()
{
    QHash<uint, uint> map;
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Hiragino Sans"),
                      QStringLiteral("Hiragino Kaku Gothic ProN"), QStringLiteral("Yu Gothic"), QStringLiteral("Meiryo")});
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Japanese);
    if (!raw.isValid())
        return map;
    const auto codes = [](std::initializer_list<std::pair<uint, uint>> ranges) {
        QList<uint> list;
        QString text;
        for (const auto &[first, last] : ranges) {
            for (uint c = first; c <= last; ++c) {
                list << c;
                text += QChar(char16_t(c));
            }
        }
        return std::pair{list, text};
    };
    const auto [targets, targetText] = codes({{0x3000, 0x30FF}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF}});
    const auto [twins, twinText] = codes({{0x2000, 0x206F}, {0x2E80, 0x2FDF}});
    const QList<quint32> targetGlyphs = raw.glyphIndexesForString(targetText);
    const QList<quint32> twinGlyphs = raw.glyphIndexesForString(twinText);
    QHash<quint32, uint> byGlyph;
    for (qsizetype i = 0; i < targetGlyphs.size() && i < targets.size(); ++i) {
        if (targetGlyphs.at(i) != 0 && !byGlyph.contains(targetGlyphs.at(i)))
            byGlyph.insert(targetGlyphs.at(i), targets.at(i));
    }
    for (qsizetype i = 0; i < twinGlyphs.size() && i < twins.size(); ++i) {
        const auto it = byGlyph.constFind(twinGlyphs.at(i));
        if (twinGlyphs.at(i) != 0 && it != byGlyph.constEnd())
            map.insert(twins.at(i), *it);
    }
    return map;
}

QByteArray ideograph(const QByteArray &hex, const QHash<uint, uint> &map)
{
    bool ok = false;
    const auto it = map.constFind(hex.toUInt(&ok, 16));
    if (!ok || it == map.constEnd())
        return hex;
    return QByteArray::number(*it, 16).toUpper().rightJustified(4, '0');
}

void fixToUnicode(QByteArray &pdf)
{
    const QHash<uint, uint> map = japaneseTwins();
    if (map.isEmpty())
        return;
    qsizetype at = 0;
    while ((at = pdf.indexOf("beginbfrange", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", at);
        if (end < 0)
            return;
        // Lines "<first> <last> [<d1> <d2> ...]" (one destination per glyph) or "<g> <g> <d>".
        qsizetype line = at;
        while (line < end) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf.mid(line, next - line);
            const qsizetype bracket = text.indexOf('[');
            qsizetype from = bracket;
            if (bracket < 0) {
                const QList<QByteArray> parts = text.trimmed().split(' ');
                from = parts.size() == 3 && parts.at(0) == parts.at(1) ? text.lastIndexOf('<') - 1 : -1;
            }
            if (from >= 0) {
                for (qsizetype i = text.indexOf('<', from); i >= 0 && i + 5 < text.size(); i = text.indexOf('<', i + 1)) {
                    if (text.at(i + 5) != '>')
                        continue;
                    const QByteArray hex = text.mid(i + 1, 4);
                    const QByteArray fixed = ideograph(hex, map);
                    if (fixed != hex)
                        pdf.replace(line + i + 1, 4, fixed);
                }
            }
            line = next + 1;
        }
        at = end;
    }
}

} // namespace

bool ReportPrinter::paint(const QString &html, const QString &title, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int dpi = device->logicalDpiY();
    // The printable area of the page: the painter's origin is its top left corner.
    const QRectF area(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    QFont footerFont = QFont(QStringLiteral("DejaVu Sans"));
    footerFont.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = 22.0 * dpi / 72.0;

    QTextDocument document;
    // Points become the device's pixels: set before the HTML is read and laid out.
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    document.setHtml(html);
    const QSizeF page(area.width(), area.height() - footerHeight);
    document.setPageSize(page);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        painter.save();
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: a thin rule, the report's title on the left, the page on the right.
        const qreal top = area.height() - footerHeight * 0.6;
        painter.setPen(QPen(QColor(0xc5, 0xcf, 0xd9), qMax(1.0, dpi / 150.0)));
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        painter.setPen(QColor(0x61, 0x61, 0x61));
        painter.setFont(footerFont);
        const QRectF text(0, top + 2.0 * dpi / 72.0, area.width(), footerHeight * 0.6);
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(pages);
        const QFontMetricsF metrics(footerFont, device);
        const QString left = metrics.elidedText(title, Qt::ElideRight, area.width() - metrics.horizontalAdvance(pageText) - 20.0 * dpi / 72.0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
        painter.drawText(text, Qt::AlignRight | Qt::AlignTop, pageText);
    }
    return painter.end();
}

bool ReportPrinter::writePdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kensa"));
        if (!paint(html, title, &writer)) {
            if (error)
                *error = tr("The PDF could not be laid out.");
            return false;
        }
    }
    fixToUnicode(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kensa
