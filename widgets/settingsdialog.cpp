// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

#include "translationloader.h"

namespace teiten {

namespace {

const char kGeoip[] = "geoip/path";
const char kLanguage[] = "ui/language";
const char kTopN[] = "ui/defaultTopN";
const char kChartFont[] = "charts/font";

} // namespace

QFont SettingsDialog::defaultChartFont()
{
    // Set explicitly: with several CJK fonts installed Qt would mix them inside one label.
    QFont f(QStringLiteral("Noto Sans CJK JP"));
    f.setPointSize(9);
    return f;
}

SettingsDialog::Values SettingsDialog::load()
{
    QSettings s;
    Values v;
    v.geoipPath = s.value(QLatin1String(kGeoip)).toString();
    v.language = s.value(QLatin1String(kLanguage)).toString();
    v.defaultTopN = s.value(QLatin1String(kTopN), 10).toInt();
    QFont font = defaultChartFont();
    if (s.contains(QLatin1String(kChartFont)))
        font.fromString(s.value(QLatin1String(kChartFont)).toString());
    v.chartFont = font;
    return v;
}

void SettingsDialog::save(const Values &v)
{
    QSettings s;
    s.setValue(QLatin1String(kGeoip), v.geoipPath);
    s.setValue(QLatin1String(kLanguage), v.language);
    s.setValue(QLatin1String(kTopN), v.defaultTopN);
    s.setValue(QLatin1String(kChartFont), v.chartFont.toString());
}

SettingsDialog::SettingsDialog(const Values &values, bool workspaceOpen, QWidget *parent) : QDialog(parent)
{
    m_geoipLabel = new QLabel(this);
    m_geoip = new QLineEdit(values.geoipPath, this);
    m_geoip->setClearButtonEnabled(true);
    m_browse = new QToolButton(this);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Country Database"), m_geoip->text(),
                                                          tr("MaxMind databases (*.mmdb);;All files (*)"));
        if (!path.isEmpty())
            m_geoip->setText(path);
    });
    auto *geoipRow = new QHBoxLayout;
    geoipRow->addWidget(m_geoip, 1);
    geoipRow->addWidget(m_browse);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->addItem(QString(), QString());
    for (const auto &[code, name] : TranslationLoader::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));

    m_offsetLabel = new QLabel(this);
    m_offset = new QSpinBox(this);
    m_offset->setRange(-12, 14);
    m_offset->setValue(values.dayOffsetMinutes / 60);
    m_offset->setEnabled(workspaceOpen);

    m_topLabel = new QLabel(this);
    m_topN = new QComboBox(this);
    for (int n : {5, 10, 20, 0})
        m_topN->addItem(QString(), n);
    m_topN->setCurrentIndex(std::max(0, m_topN->findData(values.defaultTopN)));

    m_fontLabel = new QLabel(this);
    m_font = new QFontComboBox(this);
    m_font->setCurrentFont(values.chartFont);
    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(6, 32);
    m_fontSize->setValue(values.chartFont.pointSize() > 0 ? values.chartFont.pointSize() : 9);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    auto *form = new QFormLayout;
    form->addRow(m_geoipLabel, geoipRow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_offsetLabel, m_offset);
    form->addRow(m_topLabel, m_topN);
    form->addRow(m_fontLabel, fontRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslateUi();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_geoipLabel->setText(tr("&Country database:"));
    m_geoip->setPlaceholderText(tr("GeoLite2/GeoIP2 or another country .mmdb"));
    m_browse->setText(tr("Browse…"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_offsetLabel->setText(tr("&Day boundary:"));
    m_offset->setPrefix(tr("UTC"));
    m_offset->setSuffix(tr(" h"));
    m_offset->setToolTip(tr("Days start at this offset from UTC (stored in the workspace), e.g. +9 for Japan"));
    m_topLabel->setText(tr("Default &top N:"));
    for (int i = 0; i < m_topN->count(); ++i) {
        const int n = m_topN->itemData(i).toInt();
        m_topN->setItemText(i, n == 0 ? tr("All") : tr("Top %1").arg(n));
    }
    m_fontLabel->setText(tr("Chart &font:"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.geoipPath = m_geoip->text().trimmed();
    v.language = m_language->currentData().toString();
    v.dayOffsetMinutes = m_offset->value() * 60;
    v.defaultTopN = m_topN->currentData().toInt();
    QFont f = m_font->currentFont();
    f.setPointSize(m_fontSize->value());
    v.chartFont = f;
    return v;
}

} // namespace teiten
