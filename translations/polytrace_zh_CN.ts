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
    <name>pt::app::CompilePanel</name>
    <message>
        <source>dead code elimination</source>
        <translation>死代码消除</translation>
    </message>
    <message>
        <source>dead code elimination (run again after the other passes)</source>
        <translation>死代码消除（在其他优化之后再次运行）</translation>
    </message>
    <message>
        <source>common subexpression elimination</source>
        <translation>公共子表达式消除</translation>
    </message>
    <message>
        <source>constant folding</source>
        <translation>常量折叠</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message>
        <source>DCE</source>
        <translation>DCE</translation>
    </message>
    <message>
        <source>Removed by %1: nothing uses its result</source>
        <translation>由%1移除：其结果未被使用</translation>
    </message>
    <message>
        <source>CSE</source>
        <translation>CSE</translation>
    </message>
    <message>
        <source>Merged into %1 by %2: the same op on the same inputs</source>
        <translation>由%2合并到 %1：相同输入上的相同算子</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>Folded to a constant by %1: its inputs are constants</source>
        <translation>由%1折叠为常量：其输入均为常量</translation>
    </message>
    <message>
        <source>CSE ×%1</source>
        <translation>CSE ×%1</translation>
    </message>
    <message>
        <source>Replaces %1 identical op(s) merged into it</source>
        <translation>代替合并到它的 %1 个相同算子</translation>
    </message>
    <message>
        <source>Left, before the passes: removed ops struck through, merged ops linked (dashed) to the op that replaces them, folded constants tagged. Here, after.</source>
        <translation>左侧为优化前：被移除的算子带删除线，被合并的算子以虚线连到替代它的算子，折叠的常量带标记。此处为优化后。</translation>
    </message>
    <message>
        <source>After the passes</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>Trace the function to see its graph after the passes</source>
        <translation>追踪该函数以查看优化后的计算图</translation>
    </message>
    <message>
        <source>After the passes — ops: %1 → %2</source>
        <translation>优化后 — 算子：%1 → %2</translation>
    </message>
    <message>
        <source>DCE removed %1, CSE merged %2, folded %3</source>
        <translation>DCE 移除 %1，CSE 合并 %2，折叠 %3</translation>
    </message>
    <message>
        <source>The passes left no ops</source>
        <translation>优化后没有剩余算子</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pt::app::DiffPanel</name>
    <message>
        <source>no match</source>
        <translation>无对应</translation>
    </message>
    <message>
        <source>The translation computes this differently: no op of its graph pairs with it</source>
        <translation>译文以不同方式计算此处：其计算图中没有与之配对的算子</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <source>Same values as its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>与对应算子数值相同：最大相对误差 %1（容差 %2）</translation>
    </message>
    <message>
        <source>first ✗ %1</source>
        <translation>首个 ✗ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Only the translation has this op: no op of the function&apos;s graph pairs with it</source>
        <translation>只有译文有此算子：函数的计算图中没有与之配对的算子</translation>
    </message>
    <message>
        <source>%1 op(s) inside differ from the translation</source>
        <translation>其中 %1 个算子与译文不同</translation>
    </message>
    <message>
        <source>%1 differ</source>
        <translation>%1 个不同</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>The translation could not be run: see Problems</source>
        <translation>译文无法运行：请查看“问题”</translation>
    </message>
    <message>
        <source>Verify (Run menu) to compare the translation&apos;s graph with the function&apos;s</source>
        <translation>使用“验证”（运行菜单）比较译文与函数的计算图</translation>
    </message>
    <message>
        <source>Translation, re-traced — ops: %1 → %2</source>
        <translation>译文（重新追踪）— 算子：%1 → %2</translation>
    </message>
    <message>
        <source>Outputs equal (max relative error %1)</source>
        <translation>输出相同（最大相对误差 %1）</translation>
    </message>
    <message>
        <source>Outputs DIFFER (max relative error %1)</source>
        <translation>输出不同（最大相对误差 %1）</translation>
    </message>
    <message>
        <source>%1 of %2 ops paired</source>
        <translation>%2 个算子中 %1 个已配对</translation>
    </message>
    <message>
        <source>first divergence: %1</source>
        <translation>首个偏差：%1</translation>
    </message>
    <message>
        <source>the graph on the left changed since: verify again</source>
        <translation>左侧计算图已更改：请重新验证</translation>
    </message>
    <message>
        <source>First divergence: values differ from its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>首个偏差：数值与对应算子不同：最大相对误差 %1（容差 %2）</translation>
    </message>
    <message>
        <source>Values differ from its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>数值与对应算子不同：最大相对误差 %1（容差 %2）</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>属于 %1</translation>
    </message>
    <message>
        <source>The translation computes this differently: no op of its graph pairs with it; it is part of what %1 (op %2) computes, which is compared</source>
        <translation>译文以不同方式计算此处：其图中没有算子与之配对；它是 %1（算子 %2）计算的一部分，后者参与比较</translation>
    </message>
    <message>
        <source>Paired with an op of the translation (not compared)</source>
        <translation>已与译文中的一个算子配对（未比较）</translation>
    </message>
    <message>
        <source>the translation computes it differently; its %1 holds the same value</source>
        <translation>译文以不同方式计算它；其 %1 持有相同的值</translation>
    </message>
    <message>
        <source>Only the translation has this op: it is part of how the translation computes %1 (op %2 of the function)</source>
        <translation>只有译文有此算子：它是译文计算 %1（函数的算子 %2）的一部分</translation>
    </message>
    <message>
        <source>Each op against its counterpart on the same inputs, coloured by its max relative error. Click an op to select its counterpart.</source>
        <translation>在相同输入上将每个算子与其对应算子比较，按最大相对误差着色。点击算子可选中其对应算子。</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s) only in the translation</source>
        <translation>
            <numerusform>%n 个算子仅存在于译文中</numerusform>
        </translation>
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
    <message>
        <source>Run the function to see the values of its nodes.</source>
        <translation>运行函数以查看其节点的值。</translation>
    </message>
    <message>
        <source>This graph draws random numbers: running it again would show other values than the call produced, and move the generator on.</source>
        <translation>此图会抽取随机数：再次运行会显示与该调用不同的值，并推进随机数生成器。</translation>
    </message>
    <message>
        <source>Running the graph again failed: %1</source>
        <translation>再次运行图失败：%1</translation>
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
        <source>Select a function first</source>
        <translation>请先选择一个函数</translation>
    </message>
    <message>
        <source>%1 stopped: the function or its inputs changed</source>
        <translation>%1 已停止：函数或其输入已更改</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Pick inputs</source>
        <translation>选择输入</translation>
    </message>
    <message>
        <source>No functions to transpile</source>
        <translation>没有可转译的函数</translation>
    </message>
    <message>
        <source>Translating all %1 functions…</source>
        <translation>正在转译全部 %1 个函数…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 functions: %3 translated</source>
        <translation>已在 %2 个函数中的第 %1 个之后取消：已转译 %3 个</translation>
    </message>
    <message>
        <source>Translated %1 of %2 functions (source-to-source)</source>
        <translation>已转译 %2 个函数中的 %1 个（源到源）</translation>
    </message>
    <message>
        <source>Select a function to verify</source>
        <translation>请选择要验证的函数</translation>
    </message>
    <message>
        <source>Verifying %1 against its %2 translation…</source>
        <translation>正在对照 %2 译文验证 %1…</translation>
    </message>
    <message>
        <source>Verifying %1 failed: see Problems</source>
        <translation>验证 %1 失败：请查看“问题”</translation>
    </message>
    <message>
        <source>Verified %1: the %2 translation computes the same values (%3 of %4 ops paired)</source>
        <translation>已验证 %1：%2 译文计算出相同的数值（%4 个算子中 %3 个已配对）</translation>
    </message>
    <message>
        <source>Verified %1: the %2 translation DIFFERS — see the diff view and Problems</source>
        <translation>已验证 %1：%2 译文不同——请查看对比视图和“问题”</translation>
    </message>
    <message>
        <source>Export Package needs a folder (a source root) open</source>
        <translation>导出包需要打开一个文件夹（源根目录）</translation>
    </message>
    <message>
        <source>Exporting the package to %1 (%2)…</source>
        <translation>正在将包导出到 %1（%2）…</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) written, %1 function(s) translated, %2 failed</source>
        <translation>
            <numerusform>已写入 %n 个模块，已翻译 %1 个函数，%2 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>导出已取消：%1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
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
    <message>
        <source>not traced</source>
        <translation>未追踪</translation>
    </message>
    <message>
        <source>traced</source>
        <translation>已追踪</translation>
    </message>
    <message>
        <source>transpiled</source>
        <translation>已转译</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
    <message>
        <source>Or pick an input per parameter (it takes the place of the typed argument):</source>
        <translation>或为每个参数选择输入（它将取代该位置上键入的参数）：</translation>
    </message>
</context>
<context>
    <name>pt::app::InspectorPanel</name>
    <message>
        <source>Values appear after the function has been traced and run.</source>
        <translation>函数追踪并运行后显示数值。</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message>
        <source>Op · node %1</source>
        <translation>算子 · 节点 %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Repeated calls</source>
        <translation>重复调用</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <translation>
            <numerusform>%n 个算子</numerusform>
        </translation>
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
        <source>Graph — %n op(s) · %1(%2)</source>
        <translation>
            <numerusform>计算图 — %n 个算子 · %1(%2)</numerusform>
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
    <message>
        <source>Laying out the graph…</source>
        <translation>正在布局图…</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>布局已取消</translation>
    </message>
    <message>
        <source>Graph laid out in %1 ms</source>
        <translation>图布局用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>显示整个图</translation>
    </message>
    <message>
        <source>E&amp;xpand All Groups</source>
        <translation>展开所有分组(&amp;X)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Open every group of the graph (big graphs lay out in the background)</source>
        <translation>打开图中的每个分组（大图在后台布局）</translation>
    </message>
    <message>
        <source>&amp;Collapse All Groups</source>
        <translation>折叠所有分组(&amp;C)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Close every group: one box per call</source>
        <translation>关闭每个分组：每次调用一个框</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;Graph View…</source>
        <translation>导出图视图(&amp;G)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the graph as shown (SVG, PNG, DOT, JSON) or as IR text</source>
        <translation>按显示保存图（SVG、PNG、DOT、JSON）或保存为 IR 文本</translation>
    </message>
    <message>
        <source>Export &amp;Selected Subgraph…</source>
        <translation>导出所选子图(&amp;S)…</translation>
    </message>
    <message>
        <source>F&amp;ind in Graph</source>
        <translation>在图中查找(&amp;I)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>There is no graph to export</source>
        <translation>没有可导出的图</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use .svg, .png, .dot, .json or .ir</source>
        <translation>未知格式“%1”：请使用 .svg、.png、.dot、.json 或 .ir</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>已将图导出到 %1</translation>
    </message>
    <message>
        <source>Nothing to export: trace first</source>
        <translation>没有可导出的内容：请先追踪</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>IR text, whole graph (*.ir)</source>
        <translation>IR 文本，整个图 (*.ir)</translation>
    </message>
    <message>
        <source>Export Selected Subgraph</source>
        <translation>导出所选子图</translation>
    </message>
    <message>
        <source>Export Graph View</source>
        <translation>导出图视图</translation>
    </message>
    <message>
        <source>Restored unsaved edits of %1 from the last session (not saved yet; Undo reverts)</source>
        <translation>已从上次会话恢复 %1 的未保存修改（尚未保存；撤销可还原）</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation>取消正在运行的任务(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the trace, run or translation in progress (%1)</source>
        <translation>停止正在进行的追踪、运行或转译（%1）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
    <message>
        <source>Restored the last session: %1</source>
        <translation>已恢复上次会话：%1</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation>Python 文件和笔记本 (*.py *.ipynb)</translation>
    </message>
    <message>
        <source>Co&amp;mpile View</source>
        <translation>编译视图(&amp;M)</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>编译</translation>
    </message>
    <message>
        <source>The graph before and after the passes — dead code, common subexpressions, constant folding (%1)</source>
        <translation>优化前后的计算图 — 死代码、公共子表达式、常量折叠（%1）</translation>
    </message>
    <message>
        <source>Cancelled — nothing traced; press Trace (%1) or Run (%2) to start again</source>
        <translation>已取消 — 未追踪任何内容；按“追踪”(%1) 或“运行”(%2) 重新开始</translation>
    </message>
    <message>
        <source>Transpile &amp;All Functions</source>
        <translation>转译所有函数(&amp;A)</translation>
    </message>
    <message>
        <source>Translate every function of the project to its target, source-to-source (progress in the status bar)</source>
        <translation>将项目中的每个函数转译到其目标框架（源到源，进度显示在状态栏）</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Run the function and its translation on the same inputs and compare every op (%1)</source>
        <translation>在相同输入上运行函数及其译文并比较每个算子（%1）</translation>
    </message>
    <message>
        <source>&amp;Diff View</source>
        <translation>对比视图(&amp;D)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>The function&apos;s graph beside its translation&apos;s, each op coloured by how it compares (%1)</source>
        <translation>函数计算图与译文计算图并排显示，每个算子按比较结果着色（%1）</translation>
    </message>
    <message>
        <source>Export the Translated Package To</source>
        <translation>将翻译后的包导出到</translation>
    </message>
    <message>
        <source>Export &amp;Package…</source>
        <translation>导出包(&amp;P)…</translation>
    </message>
    <message>
        <source>Translate every module of the folder to the target and write them into a folder, mirroring the package (progress in the status bar)</source>
        <translation>将文件夹中的每个模块翻译为目标框架，并按包结构写入一个文件夹（进度见状态栏）</translation>
    </message>
</context>
<context>
    <name>pt::app::ParamInputRow</name>
    <message>
        <source>Input for %1</source>
        <translation>%1 的输入</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>as typed under Arguments</source>
        <translation>按“参数”中键入的</translation>
    </message>
    <message>
        <source>tensor: shape, dtype, values</source>
        <translation>张量：形状、数据类型、数值</translation>
    </message>
    <message>
        <source>.npy file</source>
        <translation>.npy 文件</translation>
    </message>
    <message>
        <source>Shape, e.g. 3, 224, 224 (empty: a 0-d tensor)</source>
        <translation>形状，例如 3, 224, 224（留空：0 维张量）</translation>
    </message>
    <message>
        <source>Low bound (normal: the mean)</source>
        <translation>下界（正态分布：均值）</translation>
    </message>
    <message>
        <source>High bound, exclusive (normal: the standard deviation)</source>
        <translation>上界，不含（正态分布：标准差）</translation>
    </message>
    <message>
        <source>path of a .npy file (relative to the project)</source>
        <translation>.npy 文件路径（相对于项目）</translation>
    </message>
    <message>
        <source>Choose a .npy file</source>
        <translation>选择 .npy 文件</translation>
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
    <name>pt::app::TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running task (the interpreter stops at its next step)</source>
        <translation>停止正在运行的任务（解释器会在下一步停止）</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <source>%1 %2/%3 (%4 %) %5 s</source>
        <translation>%1 %2/%3（%4 %）%5 秒</translation>
    </message>
</context>
<context>
    <name>pt::views::AgreementLegend</name>
    <message>
        <source>equal</source>
        <translation>相等</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>1000× tolerance</source>
        <translation>1000× 容差</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>无对应</translation>
    </message>
    <message>
        <source>first divergence</source>
        <translation>首个分歧</translation>
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
    <name>pt::views::CompileMarks</name>
    <message>
        <source>%1 op(s) inside changed by the passes</source>
        <translation>其中 %1 个算子被优化更改</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 个已更改</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
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
    <message>
        <source>There is no graph to export</source>
        <translation>没有可导出的图</translation>
    </message>
    <message>
        <source>Nothing is selected: click a node, Ctrl+click for more, or Shift+drag a rectangle</source>
        <translation>未选择任何内容：单击节点，Ctrl+单击多选，或 Shift+拖动框选</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <translation>
            <numerusform>%n 个算子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical call(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次相同调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open or close</source>
        <translation>双击以打开或关闭</translation>
    </message>
    <message>
        <source>Layout cancelled — close groups (Collapse All) to lay out less</source>
        <translation>布局已取消——关闭分组（全部折叠）以减少布局</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>折叠 %1</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>展开 %1</translation>
    </message>
    <message>
        <source>Expand All Groups</source>
        <translation>展开所有分组</translation>
    </message>
    <message>
        <source>Collapse All Groups</source>
        <translation>折叠所有分组</translation>
    </message>
    <message>
        <source>Default Grouping</source>
        <translation>默认分组</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphSearchBar</name>
    <message>
        <source>Find in graph: name, op, dtype, shape (Ctrl+F)</source>
        <translation>在图中查找：名称、算子、dtype、形状 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Plain text or a regular expression; narrow with op:, name:, dtype:, shape: or scope:</source>
        <translation>纯文本或正则表达式；可用 op:、name:、dtype:、shape: 或 scope: 缩小范围</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation>正则表达式无效</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::views::GraphView</name>
    <message>
        <source>Not traced yet — press Run</source>
        <translation>尚未追踪 — 请按“运行”</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在布局图…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Laying out the graph… %1/%2 levels (%3 %)</source>
        <translation>正在布局图… %1/%2 层（%3 %）</translation>
    </message>
</context>
<context>
    <name>pt::views::InspectorView</name>
    <message>
        <source>&lt;i&gt;Select a node in the graph&lt;/i&gt;</source>
        <translation>&lt;i&gt;在图中选择一个节点&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Its op, attributes, inputs and outputs, source line, and the values it computed on the last run show here.</source>
        <translation>此处显示其算子、属性、输入和输出、源代码行以及上次运行计算出的值。</translation>
    </message>
    <message>
        <source>First node that produced NaN/Inf</source>
        <translation>第一个产生 NaN/Inf 的节点</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>调用链</translation>
    </message>
    <message>
        <source>Values on the last run</source>
        <translation>上次运行的值</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>（不可用）</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4</source>
        <translation>最小 %1 · 最大 %2 · 均值 %3 · 标准差 %4</translation>
    </message>
    <message>
        <source>NaN: %1 · +Inf: %2 · −Inf: %3</source>
        <translation>NaN：%1 · +Inf：%2 · −Inf：%3</translation>
    </message>
    <message>
        <source>no NaN or Inf</source>
        <translation>无 NaN 或 Inf</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>优化</translation>
    </message>
</context>
</TS>
