// SPDX-License-Identifier: GPL-3.0-or-later
// The Japanese catalogue must be complete: every message translated, with the same %-arguments as
// its English source, and every %n plural of the English catalogue filled. Reads the .ts files of
// the source tree, so a string added without its translation fails here before it ships.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "testsupport.h"

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;            ///< translation's type attribute ("unfinished", "vanished", …)
    QStringList forms;       ///< the translation, or its numerus forms
};

QVector<Message> readTs(const QString &path, QString *error)
{
    QVector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QSet<QString> arguments(const QString &s)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

bool live(const Message &m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void japaneseIsComplete();
    void englishPluralsAreFilled();
};

void TestTranslations::japaneseIsComplete()
{
    const QString dir = teiten::test::sourceDir();
    if (dir.isEmpty())
        QSKIP("TEITEN_SOURCE_DIR is not set");
    QString error;
    const auto messages = readTs(dir + QStringLiteral("/translations/teiten_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (!live(m))
            continue;
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished %1").arg(where);
            continue;
        }
        if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("empty %1").arg(where);
            continue;
        }
        for (const QString &t : m.forms) {
            if (arguments(t) != arguments(m.source))
                problems << QStringLiteral("arguments differ in %1 → \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 Japanese entries need work (run the update_translations "
                                                           "target, then translate):\n%2")
                                                .arg(problems.size())
                                                .arg(problems.join(QLatin1Char('\n')))));
}

void TestTranslations::englishPluralsAreFilled()
{
    const QString dir = teiten::test::sourceDir();
    if (dir.isEmpty())
        QSKIP("TEITEN_SOURCE_DIR is not set");
    QString error;
    const auto messages = readTs(dir + QStringLiteral("/translations/teiten_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        if (!live(m) || !m.numerus)
            continue;
        if (m.type == QLatin1String("unfinished") || m.forms.size() != 2
            || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &t) { return !t.contains(QLatin1String("%n")); }))
            problems << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plurals without singular and plural form:\n%1")
                                                .arg(problems.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
