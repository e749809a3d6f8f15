// The interpreter: Python semantics the array libraries rely on, the sandbox, and the limits
// that stop runaway code with a message instead of a hang.
#include <QTest>

#include "interp/Interpreter.h"

using namespace pt;
using interp::Value;

class TestInterp : public QObject {
  Q_OBJECT

  std::unique_ptr<interp::Interpreter> in;
  std::shared_ptr<interp::ModuleObject> scope;

  std::string evalRepr(const std::string& setup, const std::string& expr) {
    if (!setup.empty()) in->execSource(setup, scope, "<test>");
    return in->repr(in->evalSource(expr, scope, "<test>"));
  }

  interp::PyException expectRaise(const std::string& code) {
    try {
      in->execSource(code, scope, "<test>");
    } catch (const interp::PyException& e) {
      return e;
    }
    qFatal("expected an exception from: %s", code.c_str());
  }

 private slots:
  void init() {
    in = std::make_unique<interp::Interpreter>();
    scope = std::make_shared<interp::ModuleObject>();
    scope->name = "__main__";
    scope->filename = "<test>";
  }

  void evaluatesPython_data() {
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int arithmetic") << "" << "(7 // -2, 7 % -2, -7 // 2, 2 ** 10, 7 / 2)" << "(-4, -1, -4, 1024, 3.5)";
    QTest::newRow("float repr") << "" << "(0.1 + 0.2, 1e16, 1e-5, 2.0)" << "(0.30000000000000004, 1e+16, 1e-05, 2.0)";
    QTest::newRow("comparison chain") << "" << "(1 < 2 < 3, 1 < 3 < 2, 'a' in 'cat')" << "(True, False, True)";
    QTest::newRow("bool ops return operands") << "" << "(0 or 'x', [] and 1, None or 0)" << "('x', [], 0)";
    QTest::newRow("defaults and kwargs")
        << "def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, sorted(kw))\n"
        << "f(1, c=4, z=5, y=6)" << "(1, 2, (), 4, ['y', 'z'])";
    QTest::newRow("closures") << "def make(n):\n    def add(x):\n        return x + n\n    return add\n"
                              << "make(3)(4)" << "7";
    QTest::newRow("comprehensions") << "" << "([x * x for x in range(5) if x % 2], {k: v for k, v in zip('ab', (1, 2))})"
                                    << "([1, 9], {'a': 1, 'b': 2})";
    QTest::newRow("star unpacking") << "a, *b, c = range(5)\n" << "(a, b, c)" << "(0, [1, 2, 3], 4)";
    QTest::newRow("f-strings") << "x = 3.14159\nname = 'pi'\n" << "f'{name}={x:.2f} {x!r} {3:>4}'"
                               << "'pi=3.14 3.14159    3'";
    QTest::newRow("str methods") << "" << "('a,b'.split(','), '-'.join(['x', 'y']), 'Ab'.lower(), '{} {}'.format(1, 'z'))"
                                 << "(['a', 'b'], 'x-y', 'ab', '1 z')";
    QTest::newRow("slicing") << "xs = list(range(10))\n" << "(xs[::3], xs[-3:], xs[5:1:-2], 'hello'[1:4])"
                             << "([0, 3, 6, 9], [7, 8, 9], [5, 3], 'ell')";
    QTest::newRow("try except finally")
        << "log = []\ndef f():\n    try:\n        raise ValueError('bad')\n    except (TypeError, ValueError) as e:\n"
           "        log.append(str(e))\n        return 1\n    finally:\n        log.append('done')\n"
        << "(f(), log)" << "(1, ['bad', 'done'])";
    QTest::newRow("classes") << "class P:\n    def __init__(self, x):\n        self.x = x\n    def double(self):\n"
                                "        return P(self.x * 2)\n    @property\n    def twice(self):\n        return self.x * 2\n"
                             << "(P(3).double().x, P(5).twice, isinstance(P(1), P))" << "(6, 10, True)";
    QTest::newRow("user exceptions") << "class MyError(ValueError):\n    pass\ndef f():\n    try:\n        raise MyError('m')\n"
                                        "    except ValueError as e:\n        return repr(e)\n"
                                     << "f()" << "\"MyError('m')\"";
    QTest::newRow("while else break") << "def f(n):\n    i = 0\n    while i < n:\n        if i == 3:\n            break\n"
                                         "        i += 1\n    else:\n        return 'no break'\n    return i\n"
                                      << "(f(10), f(2))" << "(3, 'no break')";
    QTest::newRow("math module") << "import math\n" << "(math.floor(-2.5), math.sqrt(16.0), math.isnan(math.nan))"
                                 << "(-3, 4.0, True)";
    QTest::newRow("global") << "count = 0\ndef bump():\n    global count\n    count += 1\nbump()\nbump()\n" << "count" << "2";
    QTest::newRow("dict methods") << "d = {'a': 1}\nd.update(b=2)\nd.setdefault('c', 3)\n"
                                  << "(d.get('z', 0), list(d.items()), d.pop('a'), d)"
                                  << "(0, [('a', 1), ('b', 2), ('c', 3)], 1, {'b': 2, 'c': 3})";
    // numpy's abstract dtype categories, as generated numpy/jax code tests dtypes with them.
    QTest::newRow("issubdtype") << "import numpy as np\nimport jax.numpy as jnp\n"
                                << "(np.issubdtype(np.float32, np.floating), np.issubdtype(np.asarray([1]).dtype, np.floating), "
                                   "jnp.issubdtype(jnp.ones(2, dtype=jnp.uint8).dtype, jnp.unsignedinteger), "
                                   "np.issubdtype(np.floating, np.number), np.issubdtype(np.bool_, np.number))"
                                << "(True, False, True, True, False)";
  }
  void evaluatesPython() {
    QFETCH(QString, setup);
    QFETCH(QString, expr);
    QFETCH(QString, expected);
    try {
      QCOMPARE(QString::fromStdString(evalRepr(setup.toStdString(), expr.toStdString())), expected);
    } catch (const interp::PyException& e) {
      QFAIL(e.formatted().c_str());
    }
  }

  void raisesLikePython_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("name") << "y = undefined_name" << "NameError" << "name 'undefined_name' is not defined";
    QTest::newRow("zero division") << "1 // 0" << "ZeroDivisionError" << "integer division or modulo by zero";
    QTest::newRow("unpack") << "a, b = [1, 2, 3]" << "ValueError" << "too many values to unpack (expected 2)";
    QTest::newRow("missing arg") << "def f(a, b):\n    pass\nf(1)" << "TypeError" << "f() missing required positional argument: 'b'";
    QTest::newRow("assert") << "assert 1 == 2, 'nope'" << "AssertionError" << "nope";
    QTest::newRow("index") << "[1][3]" << "IndexError" << "list index out of range";
    QTest::newRow("key") << "{}['k']" << "KeyError" << "'k'";
    QTest::newRow("attribute") << "(1).foo" << "AttributeError" << "'int' object has no attribute 'foo'";
  }
  void raisesLikePython() {
    QFETCH(QString, code);
    QFETCH(QString, type);
    QFETCH(QString, message);
    auto e = expectRaise(code.toStdString());
    QCOMPARE(QString::fromStdString(e.type), type);
    QCOMPARE(QString::fromStdString(e.message), message);
  }

  void tracebackNamesEveryFrame() {
    auto e = expectRaise("def inner():\n    raise RuntimeError('deep')\ndef outer():\n    return inner()\nouter()\n");
    QCOMPARE(e.traceback.size(), size_t{3});
    QCOMPARE(QString::fromStdString(e.traceback[1].function), QString("outer"));
    QCOMPARE(e.traceback[1].loc.line, 4);
    QCOMPARE(QString::fromStdString(e.traceback[2].function), QString("inner"));
    QCOMPARE(e.traceback[2].loc.line, 2);
    QVERIFY(QString::fromStdString(e.formatted()).endsWith("RuntimeError: deep"));
  }

  void sandboxHasNoHostAccess_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("os") << "import os" << "sandbox";
    QTest::newRow("subprocess") << "import subprocess" << "sandbox";
    QTest::newRow("socket") << "from socket import socket" << "sandbox";
  }
  void sandboxHasNoHostAccess() {
    QFETCH(QString, code);
    QFETCH(QString, reason);
    auto e = expectRaise(code.toStdString());
    QCOMPARE(QString::fromStdString(e.reasonCode), reason);
    // Builtins that reach the host do not exist at all.
    for (const char* name : {"open", "exec", "eval", "compile", "__import__", "input"})
      QVERIFY2(!in->builtins().count(name), name);
  }

  void runawayLoopsStopWithAMessage() {
    in->limits().maxSteps = 100000;
    auto e = expectRaise("while True:\n    pass\n");
    QCOMPARE(QString::fromStdString(e.reasonCode), QString("step-budget"));
    QVERIFY(QString::fromStdString(e.message).contains("runaway loop"));
  }

  void deepRecursionStops() {
    auto e = expectRaise("def f(n):\n    return f(n + 1)\nf(0)\n");
    QCOMPARE(QString::fromStdString(e.type), QString("RecursionError"));
  }

  void hugeAllocationsStop() {
    auto e = expectRaise("x = [0] * 10 ** 12\n");
    QCOMPARE(QString::fromStdString(e.reasonCode), QString("memory-budget"));
    auto t = expectRaise("import torch\nt = torch.zeros(100000, 100000, 100)\n");
    QCOMPARE(QString::fromStdString(t.reasonCode), QString("memory-budget"));
  }

  void cancellationStopsARun() {
    int polls = 0;
    in->setCancelCheck([&] { return ++polls > 3; });
    auto e = expectRaise("i = 0\nwhile True:\n    i += 1\n");
    QCOMPARE(QString::fromStdString(e.reasonCode), QString("cancelled"));
  }

  void frameworkCallsFollowTheirSignatures() {
    in->execSource("import torch\nimport numpy as np\nx = torch.tensor([1.0, 2.0, 4.0])\n", scope, "<test>");
    auto e = expectRaise("torch.mean(x, axis=0)");
    QCOMPARE(QString::fromStdString(e.type), QString("TypeError"));
    QCOMPARE(QString::fromStdString(e.message), QString("mean() got an unexpected keyword argument 'axis'"));
    auto u = expectRaise("torch.frobnicate(x)");
    QCOMPARE(QString::fromStdString(u.reasonCode), QString("unsupported-api"));
    QCOMPARE(QString::fromStdString(evalRepr("", "(np.mean(np.array([1, 2, 4]), axis=0).dtype.name, torch.mean(x).item())")),
             QString("('float64', 2.3333332538604736)"));
  }
};

QTEST_GUILESS_MAIN(TestInterp)
#include "test_interp.moc"
