#include "ui/message/MimeTreeView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace kensa {

MimeTreeView::MimeTreeView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("mimeTreeView"));
    setColumnCount(5);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        if (line > 0)
            emit lineActivated(line);
    });
    retranslateUi();
}

void MimeTreeView::setTree(const MimePart &root, bool available)
{
    m_root = root;
    m_available = available;
    rebuild();
}

void MimeTreeView::rebuild()
{
    clear();
    if (!m_available)
        return;
    // The tree was built in core; the view walks the finished value without recursion.
    const MimePart &root = m_root;
    struct Pending
    {
        const MimePart *part;
        QTreeWidgetItem *parent;
    };
    QList<Pending> stack{{&root, nullptr}};
    const QLocale locale;
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        auto *item = p.parent ? new QTreeWidgetItem(p.parent) : new QTreeWidgetItem(this);
        item->setText(0, QString::fromLatin1(p.part->contentType()));
        item->setText(1, QString::fromLatin1(p.part->charset()));
        item->setText(2, QString::fromLatin1(p.part->transferEncoding()));
        item->setText(3, p.part->isMultipart()
                             ? tr("%n part(s)", nullptr, int(p.part->children().size()))
                             : locale.formattedDataSize(p.part->rawBody().size(), 1,
                                                        QLocale::DataSizeTraditionalFormat));
        item->setText(4, p.part->fileName());
        item->setData(0, Qt::UserRole, p.part->line());
        const auto &children = p.part->children();
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append({&*it, item});
    }
    expandAll();
}

void MimeTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void MimeTreeView::retranslateUi()
{
    setHeaderLabels({tr("Content type"), tr("Charset"), tr("Transfer encoding"), tr("Size"), tr("File name")});
    rebuild();
}

} // namespace kensa
