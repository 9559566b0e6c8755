#pragma once

#include "core/message/MimePart.h"

#include <QTreeWidget>

namespace kensa {

// The MIME structure of the message: type, character set, transfer encoding, size, file name.
class MimeTreeView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit MimeTreeView(QWidget *parent = nullptr);
    void setTree(const MimePart &root, bool available);

signals:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    MimePart m_root;
    bool m_available = false;
};

} // namespace kensa
