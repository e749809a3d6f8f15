// The Python front end against live CPython 3.11 (/usr/bin/python3): ast.dump on a fixed sample of
// real code (tests/data/syntax/oracle/corpus_sample.txt: the standard library and Debian's numpy, torch and
// torchvision sources), and the \N{NAME} escapes against CPython's own unicode-escape codec.
// bench/parse_corpus.py runs the same comparison on the whole corpus.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <string>

#include "TestSupport.h"
#include "syntax/AstDump.h"
#include "syntax/Parser.h"
#include "syntax/UnicodeNames.h"

using namespace pt::syntax;

namespace {

QString dataDir() { return QStringLiteral(POLYTRACE_TEST_DATA "/syntax"); }

// Runs one of the oracle scripts of tests/data/syntax/oracle with Debian's python3 (the pyenv python3 on
// PATH has neither numpy nor torch, and may not be 3.11).
QByteArray runOracle(const QString& script, const QStringList& args) {
  auto r = pt::test::runProcess(QStringLiteral(DEBIAN_PYTHON3), QStringList{dataDir() + "/oracle/" + script} + args);
  if (r.exitCode != 0) {
    qWarning("%s failed: %s", qPrintable(script), r.err.c_str());
    return {};
  }
  return QByteArray::fromStdString(r.out);
}

}  // namespace

class TestSyntaxCorpus : public QObject {
  Q_OBJECT

 private slots:
  void corpusSampleMatchesCPython();
  void unicodeNamesMatchCPython();
};

void TestSyntaxCorpus::corpusSampleMatchesCPython() {
  QVERIFY2(QFile::exists(QStringLiteral(DEBIAN_PYTHON3)), "Debian's python3 is required for the oracle");
  const QString sample = dataDir() + "/oracle/corpus_sample.txt";
  const QByteArray out = runOracle("dumps.py", {sample});
  QVERIFY2(!out.isEmpty(), "the CPython oracle printed nothing");
  int compared = 0, matched = 0, rejectedAlike = 0, missing = 0;
  QStringList mismatches;
  for (const QByteArray& line : out.split('\n')) {
    if (line.isEmpty()) continue;
    const QJsonObject rec = QJsonDocument::fromJson(line).object();
    const QString path = rec.value("path").toString();
    QVERIFY2(!path.isEmpty(), line.left(200).constData());
    if (rec.contains("missing")) {
      ++missing;
      continue;
    }
    ++compared;
    const QByteArray src = QByteArray::fromStdString(pt::test::readText(path.toStdString()));
    ParseResult r = parseModule(std::string_view(src.constData(), static_cast<size_t>(src.size())), path.toStdString());
    const std::string ours = r.ok() ? dumpAst(*r.module, true) : std::string();
    const std::string why = r.ok() ? std::string() : r.firstErrorText();
    if (rec.contains("dump")) {
      if (r.ok() && ours == rec.value("dump").toString().toStdString()) {
        ++matched;
      } else if (!r.ok()) {
        mismatches << path + ": CPython parses it, Polytrace rejects it: " + QString::fromStdString(why);
      } else {
        // Where the dumps part, so the failure says what differs without printing megabytes.
        const std::string theirs = rec.value("dump").toString().toStdString();
        size_t at = 0;
        while (at < ours.size() && at < theirs.size() && ours[at] == theirs[at]) ++at;
        const size_t from = at > 80 ? at - 80 : 0;
        mismatches << path + ": dumps differ at byte " + QString::number(at) + "\n  cpython:   ..." +
                          QString::fromStdString(theirs.substr(from, 200)) + "\n  polytrace: ..." +
                          QString::fromStdString(ours.substr(from, 200));
      }
    } else {
      // CPython rejects the file (SyntaxError, or ValueError/MemoryError/RecursionError): so must we,
      // and for a SyntaxError at the same line.
      const QJsonArray err = rec.value("error").toArray();
      if (r.ok()) {
        mismatches << path + ": CPython rejects it, Polytrace accepts it";
      } else if (!err.isEmpty() && r.errors.front().lineno != err.at(0).toInt()) {
        mismatches << path + QString(": CPython rejects it at line %1, Polytrace at: ").arg(err.at(0).toInt()) +
                          QString::fromStdString(why);
      } else {
        ++matched;
        ++rejectedAlike;
      }
    }
  }
  qInfo("corpus sample: %d of %d files match CPython (%d rejected by both), %d listed files absent", matched,
        compared, rejectedAlike, missing);
  QVERIFY2(compared >= 300, qPrintable(QString("only %1 sample files could be compared").arg(compared)));
  QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join("\n")));
}

void TestSyntaxCorpus::unicodeNamesMatchCPython() {
  QVERIFY2(unicodeNameTableAvailable(), "this build has no Unicode name table (python3 was missing at build time)");
  const QByteArray out = runOracle("names.py", {});
  int checked = 0, accepted = 0;
  QStringList wrong;
  for (const QByteArray& line : out.split('\n')) {
    const int tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const std::string name = line.left(tab).toStdString();
    const long expected = line.mid(tab + 1).toLong();
    const std::optional<char32_t> got = lookupUnicodeName(name);
    const long ours = got ? static_cast<long>(*got) : -1;
    ++checked;
    if (expected >= 0) ++accepted;
    if (ours != expected && wrong.size() < 20)
      wrong << QString("\\N{%1}: CPython %2, Polytrace %3").arg(QString::fromStdString(name)).arg(expected).arg(ours);
  }
  qInfo("\\N{NAME}: %d candidate names checked, %d of them valid", checked, accepted);
  // Unicode 14 names about 145,000 characters; far fewer means the oracle or the table lost its input.
  QVERIFY2(accepted > 140000, qPrintable(QString("only %1 names accepted by CPython").arg(accepted)));
  QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join("\n")));
}

QTEST_GUILESS_MAIN(TestSyntaxCorpus)
#include "test_syntax_corpus.moc"
