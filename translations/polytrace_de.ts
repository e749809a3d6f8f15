<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>pt::app::CallLogPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Traced?</source>
        <translation>Aufgezeichnet?</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result of the last run:</source>
        <translation>Ergebnis des letzten Laufs:</translation>
    </message>
    <message>
        <source>Run the function to see what it returns.</source>
        <translation>Führen Sie die Funktion aus, um zu sehen, was sie zurückgibt.</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>eager: traced when created</source>
        <translation>eager: beim Erzeugen aufgezeichnet</translation>
    </message>
    <message>
        <source>lazy: first call</source>
        <translation>lazy: erster Aufruf</translation>
    </message>
    <message>
        <source>new input signature</source>
        <translation>neue Eingabesignatur</translation>
    </message>
    <message>
        <source>trace not reusable (random numbers)</source>
        <translation>Trace nicht wiederverwendbar (Zufallszahlen)</translation>
    </message>
    <message>
        <source>a value the trace depended on changed</source>
        <translation>ein Wert, von dem der Trace abhing, hat sich geändert</translation>
    </message>
    <message>
        <source>● traced</source>
        <translation>● aufgezeichnet</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>ran the cached graph</source>
        <translation>zwischengespeicherten Graphen ausgeführt</translation>
    </message>
    <message>
        <source>This call traced the function (slow): %1</source>
        <translation>Dieser Aufruf hat die Funktion aufgezeichnet (langsam): %1</translation>
    </message>
    <message>
        <source>This call ran the cached graph (fast)</source>
        <translation>Dieser Aufruf hat den zwischengespeicherten Graphen ausgeführt (schnell)</translation>
    </message>
</context>
<context>
    <name>pt::app::Document</name>
    <message>
        <source>Cannot open %1: no such file or folder</source>
        <translation>%1 kann nicht geöffnet werden: Datei oder Ordner existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n function(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Funktion</numerusform>
            <numerusform>%1 geöffnet: %n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No functions found in %1</source>
        <translation>Keine Funktionen in %1 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>%n Datei gespeichert</numerusform>
            <numerusform>%n Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is ready: the first Run traces it (lazy)</source>
        <translation>%1 ist bereit: der erste Lauf zeichnet auf (lazy)</translation>
    </message>
    <message numerus="yes">
        <source>Traced %1 eagerly: %n op(s), %2 ms</source>
        <translation>
            <numerusform>%1 sofort aufgezeichnet: %n Operation, %2 ms</numerusform>
            <numerusform>%1 sofort aufgezeichnet: %n Operationen, %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracing %1 failed: see Problems</source>
        <translation>Aufzeichnen von %1 fehlgeschlagen: siehe Probleme</translation>
    </message>
    <message>
        <source>Call %1: %2 ms — traced (%3)</source>
        <translation>Aufruf %1: %2 ms — aufgezeichnet (%3)</translation>
    </message>
    <message>
        <source>Call %1: %2 ms — cached graph</source>
        <translation>Aufruf %1: %2 ms — zwischengespeicherter Graph</translation>
    </message>
    <message>
        <source>Run failed: see Problems</source>
        <translation>Ausführen fehlgeschlagen: siehe Probleme</translation>
    </message>
    <message>
        <source>Select a function to transpile</source>
        <translation>Wählen Sie eine Funktion zum Transpilieren</translation>
    </message>
    <message>
        <source>Translated %1 from %2 to %3 (source-to-source)</source>
        <translation>%1 von %2 nach %3 übersetzt (Quelltext zu Quelltext)</translation>
    </message>
    <message>
        <source>Translating %1 failed: see Problems</source>
        <translation>Übersetzen von %1 fehlgeschlagen: siehe Probleme</translation>
    </message>
    <message>
        <source>Lazy: %1 is translated to %2 on its first Run</source>
        <translation>Lazy: %1 wird beim ersten Lauf nach %2 übersetzt</translation>
    </message>
    <message>
        <source>Translated %1 from %2 to %3 (trace-based)</source>
        <translation>%1 von %2 nach %3 übersetzt (aus dem Trace)</translation>
    </message>
    <message>
        <source>Nothing to export: transpile first</source>
        <translation>Nichts zu exportieren: zuerst transpilieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Change source framework</source>
        <translation>Quell-Framework ändern</translation>
    </message>
    <message>
        <source>Change target framework</source>
        <translation>Ziel-Framework ändern</translation>
    </message>
    <message>
        <source>Edit setup code</source>
        <translation>Setup-Code bearbeiten</translation>
    </message>
    <message>
        <source>Edit arguments</source>
        <translation>Argumente bearbeiten</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Modus ändern</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelltext bearbeiten</translation>
    </message>
</context>
<context>
    <name>pt::app::FunctionListPanel</name>
    <message>
        <source>Filter functions</source>
        <translation>Funktionen filtern</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, Zeile %3</translation>
    </message>
</context>
<context>
    <name>pt::app::InputsPanel</name>
    <message>
        <source>&amp;Setup — Python run before the call:</source>
        <translation>&amp;Setup — Python, das vor dem Aufruf läuft:</translation>
    </message>
    <message>
        <source>&amp;Arguments — comma-separated expressions:</source>
        <translation>&amp;Argumente — durch Kommas getrennte Ausdrücke:</translation>
    </message>
    <message>
        <source>e.g. x, 2</source>
        <translation>z. B. x, 2</translation>
    </message>
    <message>
        <source>import numpy as np
x = np.ones(3)</source>
        <translation>import numpy as np
x = np.ones(3)</translation>
    </message>
    <message>
        <source>Inputs of %1(%2)</source>
        <translation>Eingaben von %1(%2)</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translation>Keine Funktion ausgewählt</translation>
    </message>
    <message>
        <source>Setup line %1: %2</source>
        <translation>Setup Zeile %1: %2</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
</context>
<context>
    <name>pt::app::MainWindow</name>
    <message>
        <source>About Polytrace</source>
        <translation>Über Polytrace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Polytrace %1&lt;/h3&gt;&lt;p&gt;Trace array-programming Python code into graphs, and transpile it between torch, numpy, jax, tensorflow and ivy — source-to-source or from the trace, lazily or eagerly.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Polytrace %1&lt;/h3&gt;&lt;p&gt;Zeichnet Array-Python-Code als Graphen auf und transpiliert ihn zwischen torch, numpy, jax, tensorflow und ivy — von Quelltext zu Quelltext oder aus dem Trace, lazy oder eager.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a Python file</source>
        <translation>Eine Python-Datei öffnen</translation>
    </message>
    <message>
        <source>Open F&amp;older…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a folder of Python modules (a source root)</source>
        <translation>Einen Ordner mit Python-Modulen öffnen (ein Quellverzeichnis)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the edited source files</source>
        <translation>Die bearbeiteten Quelldateien speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the generated code as a Python module</source>
        <translation>Den erzeugten Code als Python-Modul speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>Auf&amp;zeichnen</translation>
    </message>
    <message>
        <source>Trace the function: eager traces now with the inputs; lazy traces on the first Run</source>
        <translation>Funktion aufzeichnen: eager sofort mit den Eingaben, lazy beim ersten Lauf</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Call the traced function with the inputs and log the call</source>
        <translation>Die aufgezeichnete Funktion mit den Eingaben aufrufen und den Aufruf protokollieren</translation>
    </message>
    <message>
        <source>Trans&amp;pile</source>
        <translation>Trans&amp;pilieren</translation>
    </message>
    <message>
        <source>Translate the function to the target framework</source>
        <translation>Die Funktion in das Ziel-Framework übersetzen</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>Graph an Ansicht an&amp;passen</translation>
    </message>
    <message>
        <source>&amp;About Polytrace</source>
        <translation>Über &amp;Polytrace</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>→ Target:</source>
        <translation>→ Ziel:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>The framework the function is written in</source>
        <translation>Das Framework, in dem die Funktion geschrieben ist</translation>
    </message>
    <message>
        <source>The framework to translate to</source>
        <translation>Das Framework, in das übersetzt wird</translation>
    </message>
    <message>
        <source>Lazy</source>
        <translation>Lazy</translation>
    </message>
    <message>
        <source>Eager</source>
        <translation>Eager</translation>
    </message>
    <message>
        <source>Lazy: the first call traces (slow), later calls run the cached graph.
Eager: traces at once with the example inputs; every call is fast.</source>
        <translation>Lazy: der erste Aufruf zeichnet auf (langsam), spätere Aufrufe führen den zwischengespeicherten Graphen aus.
Eager: zeichnet sofort mit den Beispieleingaben auf; jeder Aufruf ist schnell.</translation>
    </message>
    <message>
        <source>Source-to-source</source>
        <translation>Quelltext zu Quelltext</translation>
    </message>
    <message>
        <source>Trace-based</source>
        <translation>Aus dem Trace</translation>
    </message>
    <message>
        <source>Source-to-source keeps control flow and helpers and needs no inputs.
Trace-based translates the traced graph into straight-line code.</source>
        <translation>Quelltext zu Quelltext behält Kontrollfluss und Hilfsfunktionen und braucht keine Eingaben.
Aus dem Trace übersetzt den aufgezeichneten Graphen in geradlinigen Code.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Call Log</source>
        <translation>Aufrufprotokoll</translation>
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
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Source — %1%2 · %3</source>
        <translation>Quelltext — %1%2 · %3</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>Generated — %1</source>
        <translation>Erzeugt — %1</translation>
    </message>
    <message>
        <source>trace-based</source>
        <translation>aus dem Trace</translation>
    </message>
    <message>
        <source>source-to-source</source>
        <translation>Quelltext zu Quelltext</translation>
    </message>
    <message>
        <source>Generated — %1 · %2%3</source>
        <translation>Erzeugt — %1 · %2%3</translation>
    </message>
    <message>
        <source> (outdated: transpile again)</source>
        <translation> (veraltet: erneut transpilieren)</translation>
    </message>
    <message numerus="yes">
        <source>Graph — %1(%2) · %n op(s)</source>
        <translation>
            <numerusform>Graph — %1(%2) · %n Operation</numerusform>
            <numerusform>Graph — %1(%2) · %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%1, %n error(s))</source>
        <translation>
            <numerusform>Probleme (%1, %n Fehler)</numerusform>
            <numerusform>Probleme (%1, %n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a function on the left</source>
        <translation>Wählen Sie links eine Funktion</translation>
    </message>
    <message>
        <source>Open a Python file or folder</source>
        <translation>Öffnen Sie eine Python-Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>Not traced yet — press Trace (%1) to trace with the example inputs</source>
        <translation>Noch nicht aufgezeichnet — Aufzeichnen (%1) zeichnet mit den Beispieleingaben auf</translation>
    </message>
    <message>
        <source>Lazy mode — press Run (%1): the first call traces</source>
        <translation>Lazy-Modus — Ausführen (%1): der erste Aufruf zeichnet auf</translation>
    </message>
    <message>
        <source>Not traced yet — press Run (%1): the first call traces</source>
        <translation>Noch nicht aufgezeichnet — Ausführen (%1): der erste Aufruf zeichnet auf</translation>
    </message>
    <message>
        <source>Tracing failed — see Problems</source>
        <translation>Aufzeichnen fehlgeschlagen — siehe Probleme</translation>
    </message>
    <message>
        <source>The graph is empty</source>
        <translation>Der Graph ist leer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source># Lazy trace-based translation: %1 is translated to %2
# on its first Run (%3).
</source>
        <translation># Lazy-Übersetzung aus dem Trace: %1 wird beim ersten Lauf (%3)
# nach %2 übersetzt.
</translation>
    </message>
    <message>
        <source># Press Transpile (%1) to translate %2
# from %3 to %4.
</source>
        <translation># Transpilieren (%1) übersetzt %2
# von %3 nach %4.
</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation>%1 wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Translating %1…</source>
        <translation>%1 wird übersetzt…</translation>
    </message>
    <message>
        <source>Nothing to export: transpile first</source>
        <translation>Nichts zu exportieren: zuerst transpilieren</translation>
    </message>
    <message>
        <source>Export Generated Code</source>
        <translation>Erzeugten Code exportieren</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
    <message>
        <source>No function %1 in %2</source>
        <translation>Keine Funktion %1 in %2</translation>
    </message>
    <message>
        <source>Open Python File</source>
        <translation>Python-Datei öffnen</translation>
    </message>
    <message>
        <source>Open Folder (Source Root)</source>
        <translation>Ordner öffnen (Quellverzeichnis)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) have unsaved changes. Save them?</source>
        <translation>
            <numerusform>%n Quelldatei hat ungespeicherte Änderungen. Speichern?</numerusform>
            <numerusform>%n Quelldateien haben ungespeicherte Änderungen. Speichern?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
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
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphView</name>
    <message>
        <source>Not traced yet — press Run</source>
        <translation>Noch nicht aufgezeichnet — Ausführen drücken</translation>
    </message>
</context>
</TS>
