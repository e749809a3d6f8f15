<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>pt::app::CallLogPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>Traced?</source>
        <translation>已追踪？</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Result of the last run:</source>
        <translation>上次运行的结果：</translation>
    </message>
    <message>
        <source>Run the function to see what it returns.</source>
        <translation>运行函数以查看其返回值。</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>eager: traced when created</source>
        <translation>eager：创建时即追踪</translation>
    </message>
    <message>
        <source>lazy: first call</source>
        <translation>lazy：首次调用</translation>
    </message>
    <message>
        <source>new input signature</source>
        <translation>新的输入签名</translation>
    </message>
    <message>
        <source>trace not reusable (random numbers)</source>
        <translation>追踪不可复用（随机数）</translation>
    </message>
    <message>
        <source>a value the trace depended on changed</source>
        <translation>追踪所依赖的值已改变</translation>
    </message>
    <message>
        <source>● traced</source>
        <translation>● 已追踪</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>ran the cached graph</source>
        <translation>运行了缓存的图</translation>
    </message>
    <message>
        <source>This call traced the function (slow): %1</source>
        <translation>此次调用追踪了函数（慢）：%1</translation>
    </message>
    <message>
        <source>This call ran the cached graph (fast)</source>
        <translation>此次调用运行了缓存的图（快）</translation>
    </message>
</context>
<context>
    <name>pt::app::Document</name>
    <message>
        <source>Cannot open %1: no such file or folder</source>
        <translation>无法打开 %1：文件或文件夹不存在</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n function(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个函数</numerusform>
        </translation>
    </message>
    <message>
        <source>No functions found in %1</source>
        <translation>在 %1 中未找到函数</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>已保存 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>%1 is ready: the first Run traces it (lazy)</source>
        <translation>%1 已就绪：首次运行时追踪（lazy）</translation>
    </message>
    <message numerus="yes">
        <source>Traced %1 eagerly: %n op(s), %2 ms</source>
        <translation>
            <numerusform>已即时追踪 %1：%n 个算子，%2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracing %1 failed: see Problems</source>
        <translation>追踪 %1 失败：请查看“问题”</translation>
    </message>
    <message>
        <source>Call %1: %2 ms — traced (%3)</source>
        <translation>调用 %1：%2 毫秒 — 已追踪（%3）</translation>
    </message>
    <message>
        <source>Call %1: %2 ms — cached graph</source>
        <translation>调用 %1：%2 毫秒 — 缓存的图</translation>
    </message>
    <message>
        <source>Run failed: see Problems</source>
        <translation>运行失败：请查看“问题”</translation>
    </message>
    <message>
        <source>Select a function to transpile</source>
        <translation>请选择要转译的函数</translation>
    </message>
    <message>
        <source>Translated %1 from %2 to %3 (source-to-source)</source>
        <translation>已将 %1 从 %2 转译为 %3（源到源）</translation>
    </message>
    <message>
        <source>Translating %1 failed: see Problems</source>
        <translation>转译 %1 失败：请查看“问题”</translation>
    </message>
    <message>
        <source>Lazy: %1 is translated to %2 on its first Run</source>
        <translation>Lazy：%1 将在首次运行时转译为 %2</translation>
    </message>
    <message>
        <source>Translated %1 from %2 to %3 (trace-based)</source>
        <translation>已将 %1 从 %2 转译为 %3（基于追踪）</translation>
    </message>
    <message>
        <source>Nothing to export: transpile first</source>
        <translation>没有可导出的内容：请先转译</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Change source framework</source>
        <translation>更改源框架</translation>
    </message>
    <message>
        <source>Change target framework</source>
        <translation>更改目标框架</translation>
    </message>
    <message>
        <source>Edit setup code</source>
        <translation>编辑准备代码</translation>
    </message>
    <message>
        <source>Edit arguments</source>
        <translation>编辑参数</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>更改模式</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>更改方法</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>编辑源代码</translation>
    </message>
</context>
<context>
    <name>pt::app::FunctionListPanel</name>
    <message>
        <source>Filter functions</source>
        <translation>筛选函数</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2，第 %3 行</translation>
    </message>
</context>
<context>
    <name>pt::app::InputsPanel</name>
    <message>
        <source>&amp;Setup — Python run before the call:</source>
        <translation>准备代码(&amp;S) — 调用前运行的 Python：</translation>
    </message>
    <message>
        <source>&amp;Arguments — comma-separated expressions:</source>
        <translation>参数(&amp;A) — 以逗号分隔的表达式：</translation>
    </message>
    <message>
        <source>e.g. x, 2</source>
        <translation>例如 x, 2</translation>
    </message>
    <message>
        <source>import numpy as np
x = np.ones(3)</source>
        <translation>import numpy as np
x = np.ones(3)</translation>
    </message>
    <message>
        <source>Inputs of %1(%2)</source>
        <translation>%1(%2) 的输入</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>未选择函数</translation>
    </message>
    <message>
        <source>Setup line %1: %2</source>
        <translation>准备代码第 %1 行：%2</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>参数：%1</translation>
    </message>
</context>
<context>
    <name>pt::app::MainWindow</name>
    <message>
        <source>About Polytrace</source>
        <translation>关于 Polytrace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Polytrace %1&lt;/h3&gt;&lt;p&gt;Trace array-programming Python code into graphs, and transpile it between torch, numpy, jax, tensorflow and ivy — source-to-source or from the trace, lazily or eagerly.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Polytrace %1&lt;/h3&gt;&lt;p&gt;将数组编程的 Python 代码追踪为计算图，并在 torch、numpy、jax、tensorflow 和 ivy 之间转译 — 源到源或基于追踪，惰性或即时。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a Python file</source>
        <translation>打开 Python 文件</translation>
    </message>
    <message>
        <source>Open F&amp;older…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a folder of Python modules (a source root)</source>
        <translation>打开 Python 模块文件夹（源根目录）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the edited source files</source>
        <translation>保存已编辑的源文件</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the generated code as a Python module</source>
        <translation>将生成的代码保存为 Python 模块</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>追踪(&amp;T)</translation>
    </message>
    <message>
        <source>Trace the function: eager traces now with the inputs; lazy traces on the first Run</source>
        <translation>追踪函数：eager 立即用输入追踪；lazy 在首次运行时追踪</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Call the traced function with the inputs and log the call</source>
        <translation>用输入调用已追踪的函数并记录此次调用</translation>
    </message>
    <message>
        <source>Trans&amp;pile</source>
        <translation>转译(&amp;P)</translation>
    </message>
    <message>
        <source>Translate the function to the target framework</source>
        <translation>将函数转译到目标框架</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>图适应视图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Polytrace</source>
        <translation>关于 Polytrace(&amp;A)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>→ Target:</source>
        <translation>→ 目标：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>The framework the function is written in</source>
        <translation>函数所使用的框架</translation>
    </message>
    <message>
        <source>The framework to translate to</source>
        <translation>要转译到的框架</translation>
    </message>
    <message>
        <source>Lazy</source>
        <translation>惰性 (Lazy)</translation>
    </message>
    <message>
        <source>Eager</source>
        <translation>即时 (Eager)</translation>
    </message>
    <message>
        <source>Lazy: the first call traces (slow), later calls run the cached graph.
Eager: traces at once with the example inputs; every call is fast.</source>
        <translation>惰性：首次调用时追踪（慢），之后的调用运行缓存的图。
即时：立即用示例输入追踪；每次调用都很快。</translation>
    </message>
    <message>
        <source>Source-to-source</source>
        <translation>源到源</translation>
    </message>
    <message>
        <source>Trace-based</source>
        <translation>基于追踪</translation>
    </message>
    <message>
        <source>Source-to-source keeps control flow and helpers and needs no inputs.
Trace-based translates the traced graph into straight-line code.</source>
        <translation>源到源保留控制流和辅助函数，无需输入。
基于追踪将追踪到的图转译为无分支的直线代码。</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Call Log</source>
        <translation>调用日志</translation>
    </message>
    <message>
        <source>Polytrace</source>
        <translation>Polytrace</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Polytrace</source>
        <translation>%1 — %2[*] — Polytrace</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Source — %1%2 · %3</source>
        <translation>源代码 — %1%2 · %3</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Generated — %1</source>
        <translation>生成的代码 — %1</translation>
    </message>
    <message>
        <source>trace-based</source>
        <translation>基于追踪</translation>
    </message>
    <message>
        <source>source-to-source</source>
        <translation>源到源</translation>
    </message>
    <message>
        <source>Generated — %1 · %2%3</source>
        <translation>生成的代码 — %1 · %2%3</translation>
    </message>
    <message>
        <source> (outdated: transpile again)</source>
        <translation>（已过时：请重新转译）</translation>
    </message>
    <message numerus="yes">
        <source>Graph — %1(%2) · %n op(s)</source>
        <translation>
            <numerusform>计算图 — %1(%2) · %n 个算子</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%1, %n error(s))</source>
        <translation>
            <numerusform>问题 (%1，%n 个错误)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a function on the left</source>
        <translation>请在左侧选择一个函数</translation>
    </message>
    <message>
        <source>Open a Python file or folder</source>
        <translation>请打开 Python 文件或文件夹</translation>
    </message>
    <message>
        <source>Not traced yet — press Trace (%1) to trace with the example inputs</source>
        <translation>尚未追踪 — 按“追踪”(%1) 以示例输入进行追踪</translation>
    </message>
    <message>
        <source>Lazy mode — press Run (%1): the first call traces</source>
        <translation>惰性模式 — 按“运行”(%1)：首次调用时追踪</translation>
    </message>
    <message>
        <source>Not traced yet — press Run (%1): the first call traces</source>
        <translation>尚未追踪 — 按“运行”(%1)：首次调用时追踪</translation>
    </message>
    <message>
        <source>Tracing failed — see Problems</source>
        <translation>追踪失败 — 请查看“问题”</translation>
    </message>
    <message>
        <source>The graph is empty</source>
        <translation>计算图为空</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source># Lazy trace-based translation: %1 is translated to %2
# on its first Run (%3).
</source>
        <translation># 惰性、基于追踪的转译：%1 将在首次运行 (%3)
# 时转译为 %2。
</translation>
    </message>
    <message>
        <source># Press Transpile (%1) to translate %2
# from %3 to %4.
</source>
        <translation># 按“转译”(%1) 将 %2
# 从 %3 转译为 %4。
</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation>正在追踪 %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>Translating %1…</source>
        <translation>正在转译 %1…</translation>
    </message>
    <message>
        <source>Nothing to export: transpile first</source>
        <translation>没有可导出的内容：请先转译</translation>
    </message>
    <message>
        <source>Export Generated Code</source>
        <translation>导出生成的代码</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>No function %1 in %2</source>
        <translation>%2 中没有函数 %1</translation>
    </message>
    <message>
        <source>Open Python File</source>
        <translation>打开 Python 文件</translation>
    </message>
    <message>
        <source>Open Folder (Source Root)</source>
        <translation>打开文件夹（源根目录）</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) have unsaved changes. Save them?</source>
        <translation>
            <numerusform>%n 个源文件有未保存的更改。是否保存？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>pt::views::CodeEditor</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphScene</name>
    <message>
        <source>(%1) → %2</source>
        <translation>(%1) → %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>位于：%1</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>无法布局计算图：%1</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphView</name>
    <message>
        <source>Not traced yet — press Run</source>
        <translation>尚未追踪 — 请按“运行”</translation>
    </message>
</context>
</TS>
