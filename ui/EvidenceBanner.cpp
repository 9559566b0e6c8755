#include "ui/EvidenceBanner.h"

#include "core/i18n/Explanations.h"
#include "ui/style/DateText.h"
#include "ui/style/StatusStyle.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace kensa {

EvidenceBanner::EvidenceBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("evidenceBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, StatusStyle::background(StatusStyle::Tone::Neutral, palette()));
    tinted.setColor(QPalette::WindowText, StatusStyle::foreground(StatusStyle::Tone::Neutral, palette()));
    setPalette(tinted);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_FileDialogInfoView).pixmap(16, 16));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("evidenceBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveEvidenceAction"));
    m_saveAction->setEnabled(false);
    retranslateUi();
}

std::optional<DnsConfig> EvidenceBanner::takeLoaded(const LoadedInput &input)
{
    m_bundle = input.evidence;
    if (input.isEvidence && !input.evidence) {
        const QString reason = input.findings.isEmpty() ? QString() : Explanations::text(input.findings.first());
        QMessageBox::warning(window(), tr("Cannot open the evidence bundle"),
                             QDir::toNativeSeparators(input.name) + u"\n\n"_qs + reason);
        return std::nullopt;
    }
    if (!m_bundle || input.messages.isEmpty())
        return std::nullopt;
    return EvidenceAnalysis::dnsConfig(*m_bundle, QFileInfo(input.name).fileName());
}

std::optional<RequirementOptions> EvidenceBanner::checklistOptions() const
{
    if (!m_bundle)
        return std::nullopt;
    return EvidenceAnalysis::checklist(*m_bundle);
}

void EvidenceBanner::applyTo(AnalysisOptions &options) const
{
    if (!m_bundle)
        return;
    options.now = m_bundle->analysisTime;
    options.offline = true;
    options.trustedAuthservId = m_bundle->trustedAuthservId;
}

void EvidenceBanner::showReport(const Report &report, bool shown)
{
    m_shown = report;
    m_saveAction->setEnabled(shown);
    setVisible(shown && report.source.evidenceSavedAt.isValid());
    retranslateUi();
}

bool EvidenceBanner::write(const QString &path, const LoadedInput &loaded, const Report &report,
                           const RequirementOptions &checklist, bool offline, QString *error)
{
    // The message the report was made from: in a mailbox or a list of files, the one with the
    // report's file and position.
    const auto it = std::find_if(loaded.messages.cbegin(), loaded.messages.cend(), [&report](const AnalysisInput &m) {
        return m.source.file == report.source.file && m.source.index == report.source.index;
    });
    if (it == loaded.messages.cend()) {
        *error = tr("The message is no longer loaded.");
        return false;
    }
    const AnalysisInput input = loaded.evidence ? EvidenceAnalysis::originalInput(loaded) : *it;
    AnalysisOptions options;
    options.offline = offline || loaded.evidence.has_value();
    if (loaded.evidence)
        options.trustedAuthservId = loaded.evidence->trustedAuthservId;
    const QStringList providers = loaded.evidence ? loaded.evidence->providers : QStringList();
    const EvidenceBundle bundle = EvidenceAnalysis::bundle(input, report, checklist, providers, options,
                                                           QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle.write()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString EvidenceBanner::save(QWidget *window, const LoadedInput &loaded, const Report &report,
                             const RequirementOptions &checklist, bool offline)
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    QString base = QFileInfo(report.source.file).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("message");
    //: File dialog filter: the pattern in parentheses must stay as it is.
    const QString filter = tr("Kensa evidence bundles (*.kensa)");
    const QString path = QFileDialog::getSaveFileName(window, tr("Save Evidence"),
                                                      QDir(dir).filePath(base + u".kensa"_qs), filter);
    if (path.isEmpty())
        return {};
    QString error;
    if (!write(path, loaded, report, checklist, offline, &error)) {
        QMessageBox::warning(window, tr("Save Evidence"),
                             tr("The evidence bundle could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return tr("Saved the evidence bundle %1: the message, %n DNS answer(s) and the time of the analysis.",
              nullptr, int(report.dns.size()))
        .arg(QDir::toNativeSeparators(path));
}

void EvidenceBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void EvidenceBanner::retranslateUi()
{
    m_saveAction->setText(tr("Save &Evidence…"));
    const QString tip = tr("Save the message, the DNS answers its analysis used and the time of the analysis as one .kensa file, which shows the same result later, offline");
    m_saveAction->setToolTip(tip);
    m_saveAction->setStatusTip(tip);
    const SourceInfo &src = m_shown.source;
    if (!src.evidenceSavedAt.isValid()) {
        m_text->clear();
        return;
    }
    const QDateTime judged = QDateTime::fromSecsSinceEpoch(m_shown.analysisTime, Qt::UTC);
    //: The banner above a result opened from a .kensa file. %1 when it was saved, %2 the Kensa version, %3 the time the analysis is judged at
    m_text->setText(tr("From an evidence bundle saved at %1 by Kensa %2. Analysed offline with the DNS answers it holds, as at %3: no DNS query was sent.")
                        .arg(DateText::local(src.evidenceSavedAt), src.evidenceVersion, DateText::local(judged)));
    setAccessibleName(m_text->text());
}

} // namespace kensa
