// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogresswidget.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include "importcontroller.h"

namespace teiten {

namespace {

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return ImportProgressWidget::tr("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return ImportProgressWidget::tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ImportProgressWidget::ImportProgressWidget(ImportController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_cancel, &QToolButton::clicked, controller, &ImportController::cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_cancel->setEnabled(false); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(controller, &ImportController::started, this, [this] {
        m_last = ImportProgress{};
        m_bar->setValue(0);
        m_cancel->setEnabled(true);
        m_label->setText(tr("Preparing import…"));
        show();
    });
    connect(controller, &ImportController::progressChanged, this, &ImportProgressWidget::onProgress);
    connect(controller, &ImportController::finished, this, &ImportProgressWidget::hide);
    m_cancel->setText(tr("Cancel"));
    hide();
}

void ImportProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setText(tr("Cancel"));
        if (m_controller->isRunning())
            m_label->setText(describe(m_last));
    }
    QWidget::changeEvent(event);
}

QString ImportProgressWidget::describe(const ImportProgress &p)
{
    const QLocale locale;
    const double seconds = p.elapsedMs / 1000.0;
    const qint64 rate = seconds > 0.2 ? qint64(double(p.packets) / seconds) : 0;
    QString left = tr("estimating time left");
    if (p.summarizing)
        left = tr("building the quarters' rankings and series");
    else if (p.bytesDone > 0 && p.bytesTotal > p.bytesDone && seconds > 1.0) {
        const double remaining = seconds * double(p.bytesTotal - p.bytesDone) / double(p.bytesDone);
        left = tr("%1 left").arg(duration(qint64(remaining + 0.5)));
    } else if (p.bytesTotal > 0 && p.bytesDone >= p.bytesTotal) {
        left = tr("finishing");
    }
    //: import progress in the status bar: %1 files done, %2 files total, %3 packets, %4 packets per second, %5 time left
    return tr("Importing file %1 of %2 · %3 packets · %4 packets/s · %5")
        .arg(locale.toString(std::min(p.filesDone + 1, std::max(p.filesTotal, 1))))
        .arg(locale.toString(p.filesTotal), locale.toString(p.packets), locale.toString(rate), left);
}

QString ImportProgressWidget::text() const
{
    return m_label->text();
}

void ImportProgressWidget::onProgress(const ImportProgress &p)
{
    m_last = p;
    m_label->setText(describe(p));
    m_label->setToolTip(p.currentFile);
    if (p.bytesTotal > 0)
        m_bar->setValue(int(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
    else if (p.filesTotal > 0)
        m_bar->setValue(1000 * p.filesDone / p.filesTotal);
}

} // namespace teiten
