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
    <name>pt::app::CompilePanel</name>
    <message>
        <source>dead code elimination</source>
        <translation>Entfernung toten Codes</translation>
    </message>
    <message>
        <source>dead code elimination (run again after the other passes)</source>
        <translation>Entfernung toten Codes (nach den anderen Durchläufen erneut)</translation>
    </message>
    <message>
        <source>common subexpression elimination</source>
        <translation>Eliminierung gemeinsamer Teilausdrücke</translation>
    </message>
    <message>
        <source>constant folding</source>
        <translation>Konstantenfaltung</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (Knoten %2)</translation>
    </message>
    <message>
        <source>DCE</source>
        <translation>DCE</translation>
    </message>
    <message>
        <source>Removed by %1: nothing uses its result</source>
        <translation>Entfernt durch %1: nichts verwendet das Ergebnis</translation>
    </message>
    <message>
        <source>CSE</source>
        <translation>CSE</translation>
    </message>
    <message>
        <source>Merged into %1 by %2: the same op on the same inputs</source>
        <translation>Mit %1 vereinigt durch %2: dieselbe Operation auf denselben Eingaben</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>gefaltet</translation>
    </message>
    <message>
        <source>Folded to a constant by %1: its inputs are constants</source>
        <translation>Durch %1 zu einer Konstanten gefaltet: die Eingaben sind Konstanten</translation>
    </message>
    <message>
        <source>CSE ×%1</source>
        <translation>CSE ×%1</translation>
    </message>
    <message>
        <source>Replaces %1 identical op(s) merged into it</source>
        <translation>Ersetzt %1 gleiche, mit ihr vereinigte Operation(en)</translation>
    </message>
    <message>
        <source>Left, before the passes: removed ops struck through, merged ops linked (dashed) to the op that replaces them, folded constants tagged. Here, after.</source>
        <translation>Links, vor den Durchläufen: entfernte Operationen durchgestrichen, vereinigte (gestrichelt) mit der Operation verbunden, die sie ersetzt, gefaltete Konstanten markiert. Hier: danach.</translation>
    </message>
    <message>
        <source>After the passes</source>
        <translation>Nach den Durchläufen</translation>
    </message>
    <message>
        <source>Trace the function to see its graph after the passes</source>
        <translation>Zeichnen Sie die Funktion auf, um ihren Graphen nach den Durchläufen zu sehen</translation>
    </message>
    <message>
        <source>After the passes — ops: %1 → %2</source>
        <translation>Nach den Durchläufen — Operationen: %1 → %2</translation>
    </message>
    <message>
        <source>DCE removed %1, CSE merged %2, folded %3</source>
        <translation>DCE entfernte %1, CSE vereinigte %2, gefaltet %3</translation>
    </message>
    <message>
        <source>The passes left no ops</source>
        <translation>Nach den Durchläufen bleibt keine Operation übrig</translation>
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
        <translation>kein Gegenstück</translation>
    </message>
    <message>
        <source>The translation computes this differently: no op of its graph pairs with it</source>
        <translation>Die Übersetzung berechnet das anders: keine Operation ihres Graphen entspricht dieser</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>gepaart</translation>
    </message>
    <message>
        <source>Same values as its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>Gleiche Werte wie das Gegenstück: max. relativer Fehler %1 (Toleranz %2)</translation>
    </message>
    <message>
        <source>first ✗ %1</source>
        <translation>erste ✗ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Only the translation has this op: no op of the function&apos;s graph pairs with it</source>
        <translation>Nur die Übersetzung hat diese Operation: keine Operation im Graphen der Funktion entspricht ihr</translation>
    </message>
    <message>
        <source>%1 op(s) inside differ from the translation</source>
        <translation>%1 Operation(en) darin weichen von der Übersetzung ab</translation>
    </message>
    <message>
        <source>%1 differ</source>
        <translation>%1 abweichend</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>The translation could not be run: see Problems</source>
        <translation>Die Übersetzung konnte nicht ausgeführt werden: siehe Probleme</translation>
    </message>
    <message>
        <source>Verify (Run menu) to compare the translation&apos;s graph with the function&apos;s</source>
        <translation>Prüfen (Menü Ausführen), um den Graphen der Übersetzung mit dem der Funktion zu vergleichen</translation>
    </message>
    <message>
        <source>Translation, re-traced — ops: %1 → %2</source>
        <translation>Übersetzung, erneut aufgezeichnet — Operationen: %1 → %2</translation>
    </message>
    <message>
        <source>Outputs equal (max relative error %1)</source>
        <translation>Ausgaben gleich (max. relativer Fehler %1)</translation>
    </message>
    <message>
        <source>Outputs DIFFER (max relative error %1)</source>
        <translation>Ausgaben VERSCHIEDEN (max. relativer Fehler %1)</translation>
    </message>
    <message>
        <source>%1 of %2 ops paired</source>
        <translation>%1 von %2 Operationen gepaart</translation>
    </message>
    <message>
        <source>first divergence: %1</source>
        <translation>erste Abweichung: %1</translation>
    </message>
    <message>
        <source>the graph on the left changed since: verify again</source>
        <translation>der Graph links hat sich seitdem geändert: erneut prüfen</translation>
    </message>
    <message>
        <source>First divergence: values differ from its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>Erste Abweichung: Werte weichen vom Gegenstück ab: max. relativer Fehler %1 (Toleranz %2)</translation>
    </message>
    <message>
        <source>Values differ from its counterpart: max relative error %1 (tolerance %2)</source>
        <translation>Werte weichen vom Gegenstück ab: max. relativer Fehler %1 (Toleranz %2)</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>Teil von %1</translation>
    </message>
    <message>
        <source>The translation computes this differently: no op of its graph pairs with it; it is part of what %1 (op %2) computes, which is compared</source>
        <translation>Die Übersetzung berechnet dies anders: keine Operation ihres Graphen entspricht ihr; sie ist Teil dessen, was %1 (Operation %2) berechnet, und das wird verglichen</translation>
    </message>
    <message>
        <source>Paired with an op of the translation (not compared)</source>
        <translation>Mit einer Operation der Übersetzung gepaart (nicht verglichen)</translation>
    </message>
    <message>
        <source>the translation computes it differently; its %1 holds the same value</source>
        <translation>die Übersetzung berechnet es anders; ihr %1 enthält denselben Wert</translation>
    </message>
    <message>
        <source>Only the translation has this op: it is part of how the translation computes %1 (op %2 of the function)</source>
        <translation>Nur die Übersetzung hat diese Operation: sie ist Teil davon, wie die Übersetzung %1 berechnet (Operation %2 der Funktion)</translation>
    </message>
    <message>
        <source>Each op against its counterpart on the same inputs, coloured by its max relative error. Click an op to select its counterpart.</source>
        <translation>Jede Operation gegen ihr Gegenstück bei gleichen Eingaben, gefärbt nach ihrem max. relativen Fehler. Ein Klick auf eine Operation wählt ihr Gegenstück.</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s) only in the translation</source>
        <translation>
            <numerusform>%n Operation nur in der Übersetzung</numerusform>
            <numerusform>%n Operationen nur in der Übersetzung</numerusform>
        </translation>
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
    <message>
        <source>Run the function to see the values of its nodes.</source>
        <translation>Führen Sie die Funktion aus, um die Werte ihrer Knoten zu sehen.</translation>
    </message>
    <message>
        <source>This graph draws random numbers: running it again would show other values than the call produced, and move the generator on.</source>
        <translation>Dieser Graph zieht Zufallszahlen: ein erneuter Lauf zeigte andere Werte als der Aufruf und brächte den Generator weiter.</translation>
    </message>
    <message>
        <source>Running the graph again failed: %1</source>
        <translation>Erneutes Ausführen des Graphen fehlgeschlagen: %1</translation>
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
        <source>Select a function first</source>
        <translation>Wählen Sie zuerst eine Funktion</translation>
    </message>
    <message>
        <source>%1 stopped: the function or its inputs changed</source>
        <translation>%1 abgebrochen: Die Funktion oder ihre Eingaben haben sich geändert</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Pick inputs</source>
        <translation>Eingaben wählen</translation>
    </message>
    <message>
        <source>No functions to transpile</source>
        <translation>Keine Funktionen zu transpilieren</translation>
    </message>
    <message>
        <source>Translating all %1 functions…</source>
        <translation>Alle %1 Funktionen werden übersetzt…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 functions: %3 translated</source>
        <translation>Abgebrochen nach %1 von %2 Funktionen: %3 übersetzt</translation>
    </message>
    <message>
        <source>Translated %1 of %2 functions (source-to-source)</source>
        <translation>%1 von %2 Funktionen übersetzt (Quelltext zu Quelltext)</translation>
    </message>
    <message>
        <source>Select a function to verify</source>
        <translation>Eine Funktion zum Prüfen auswählen</translation>
    </message>
    <message>
        <source>Verifying %1 against its %2 translation…</source>
        <translation>%1 wird gegen seine %2-Übersetzung geprüft…</translation>
    </message>
    <message>
        <source>Verifying %1 failed: see Problems</source>
        <translation>Prüfen von %1 fehlgeschlagen: siehe Probleme</translation>
    </message>
    <message>
        <source>Verified %1: the %2 translation computes the same values (%3 of %4 ops paired)</source>
        <translation>%1 geprüft: die %2-Übersetzung berechnet dieselben Werte (%3 von %4 Operationen gepaart)</translation>
    </message>
    <message>
        <source>Verified %1: the %2 translation DIFFERS — see the diff view and Problems</source>
        <translation>%1 geprüft: die %2-Übersetzung WEICHT AB — siehe Vergleichsansicht und Probleme</translation>
    </message>
    <message>
        <source>Export Package needs a folder (a source root) open</source>
        <translation>Paket exportieren braucht einen geöffneten Ordner (ein Quellverzeichnis)</translation>
    </message>
    <message>
        <source>Exporting the package to %1 (%2)…</source>
        <translation>Paket wird nach %1 exportiert (%2)…</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) written, %1 function(s) translated, %2 failed</source>
        <translation>
            <numerusform>%n Modul geschrieben, %1 Funktion(en) übersetzt, %2 fehlgeschlagen</numerusform>
            <numerusform>%n Module geschrieben, %1 Funktion(en) übersetzt, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>Export abgebrochen: %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Nach %1 exportiert: %2</translation>
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
    <message>
        <source>not traced</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>traced</source>
        <translation>aufgezeichnet</translation>
    </message>
    <message>
        <source>transpiled</source>
        <translation>übersetzt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
    <message>
        <source>Or pick an input per parameter (it takes the place of the typed argument):</source>
        <translation>Oder eine Eingabe je Parameter wählen (sie ersetzt das getippte Argument an ihrer Stelle):</translation>
    </message>
</context>
<context>
    <name>pt::app::InspectorPanel</name>
    <message>
        <source>Values appear after the function has been traced and run.</source>
        <translation>Werte erscheinen, sobald die Funktion aufgezeichnet und ausgeführt wurde.</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (Knoten %2)</translation>
    </message>
    <message>
        <source>Op · node %1</source>
        <translation>Operation · Knoten %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Repeated calls</source>
        <translation>Wiederholte Aufrufe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
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
        <source>Graph — %n op(s) · %1(%2)</source>
        <translation>
            <numerusform>Graph — %n Operation · %1(%2)</numerusform>
            <numerusform>Graph — %n Operationen · %1(%2)</numerusform>
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
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Anordnen abgebrochen</translation>
    </message>
    <message>
        <source>Graph laid out in %1 ms</source>
        <translation>Graph in %1 ms angeordnet</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen zeigen</translation>
    </message>
    <message>
        <source>E&amp;xpand All Groups</source>
        <translation>Alle Gruppen au&amp;fklappen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Open every group of the graph (big graphs lay out in the background)</source>
        <translation>Jede Gruppe des Graphen öffnen (große Graphen werden im Hintergrund angeordnet)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Groups</source>
        <translation>Alle Gruppen &amp;zuklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Close every group: one box per call</source>
        <translation>Jede Gruppe schließen: ein Kasten pro Aufruf</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Übersichtskarte</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>Export &amp;Graph View…</source>
        <translation>&amp;Graphansicht exportieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as shown (SVG, PNG, DOT, JSON) or as IR text</source>
        <translation>Den Graphen wie angezeigt (SVG, PNG, DOT, JSON) oder als IR-Text speichern</translation>
    </message>
    <message>
        <source>Export &amp;Selected Subgraph…</source>
        <translation>&amp;Ausgewählten Teilgraphen exportieren…</translation>
    </message>
    <message>
        <source>F&amp;ind in Graph</source>
        <translation>Im Graphen &amp;suchen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>There is no graph to export</source>
        <translation>Es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use .svg, .png, .dot, .json or .ir</source>
        <translation>Unbekanntes Format „%1“: .svg, .png, .dot, .json oder .ir verwenden</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>Nothing to export: trace first</source>
        <translation>Nichts zu exportieren: zuerst aufzeichnen</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
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
        <translation>IR-Text, ganzer Graph (*.ir)</translation>
    </message>
    <message>
        <source>Export Selected Subgraph</source>
        <translation>Ausgewählten Teilgraphen exportieren</translation>
    </message>
    <message>
        <source>Export Graph View</source>
        <translation>Graphansicht exportieren</translation>
    </message>
    <message>
        <source>Restored unsaved edits of %1 from the last session (not saved yet; Undo reverts)</source>
        <translation>Ungespeicherte Änderungen an %1 aus der letzten Sitzung wiederhergestellt (noch nicht gespeichert; Rückgängig verwirft sie)</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation>Laufende Aufgabe &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the trace, run or translation in progress (%1)</source>
        <translation>Die laufende Aufzeichnung, Ausführung oder Übersetzung anhalten (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Restored the last session: %1</source>
        <translation>Letzte Sitzung wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation>Python-Dateien und Notebooks (*.py *.ipynb)</translation>
    </message>
    <message>
        <source>Co&amp;mpile View</source>
        <translation>Ko&amp;mpilierungsansicht</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>Kompilieren</translation>
    </message>
    <message>
        <source>The graph before and after the passes — dead code, common subexpressions, constant folding (%1)</source>
        <translation>Der Graph vor und nach den Durchläufen — toter Code, gemeinsame Teilausdrücke, Konstantenfaltung (%1)</translation>
    </message>
    <message>
        <source>Cancelled — nothing traced; press Trace (%1) or Run (%2) to start again</source>
        <translation>Abgebrochen — nichts aufgezeichnet; drücken Sie Aufzeichnen (%1) oder Ausführen (%2), um neu zu beginnen</translation>
    </message>
    <message>
        <source>Transpile &amp;All Functions</source>
        <translation>&amp;Alle Funktionen transpilieren</translation>
    </message>
    <message>
        <source>Translate every function of the project to its target, source-to-source (progress in the status bar)</source>
        <translation>Jede Funktion des Projekts in ihr Ziel-Framework übersetzen, Quelltext zu Quelltext (Fortschritt in der Statusleiste)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Run the function and its translation on the same inputs and compare every op (%1)</source>
        <translation>Funktion und Übersetzung mit denselben Eingaben ausführen und jede Operation vergleichen (%1)</translation>
    </message>
    <message>
        <source>&amp;Diff View</source>
        <translation>&amp;Vergleichsansicht</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The function&apos;s graph beside its translation&apos;s, each op coloured by how it compares (%1)</source>
        <translation>Der Graph der Funktion neben dem der Übersetzung, jede Operation nach dem Vergleich eingefärbt (%1)</translation>
    </message>
    <message>
        <source>Export the Translated Package To</source>
        <translation>Übersetztes Paket exportieren nach</translation>
    </message>
    <message>
        <source>Export &amp;Package…</source>
        <translation>&amp;Paket exportieren…</translation>
    </message>
    <message>
        <source>Translate every module of the folder to the target and write them into a folder, mirroring the package (progress in the status bar)</source>
        <translation>Jedes Modul des Ordners in das Ziel übersetzen und in einen Ordner schreiben, der das Paket spiegelt (Fortschritt in der Statusleiste)</translation>
    </message>
</context>
<context>
    <name>pt::app::ParamInputRow</name>
    <message>
        <source>Input for %1</source>
        <translation>Eingabe für %1</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <source>as typed under Arguments</source>
        <translation>wie unter Argumente getippt</translation>
    </message>
    <message>
        <source>tensor: shape, dtype, values</source>
        <translation>Tensor: Form, Datentyp, Werte</translation>
    </message>
    <message>
        <source>.npy file</source>
        <translation>.npy-Datei</translation>
    </message>
    <message>
        <source>Shape, e.g. 3, 224, 224 (empty: a 0-d tensor)</source>
        <translation>Form, z. B. 3, 224, 224 (leer: ein 0-dimensionaler Tensor)</translation>
    </message>
    <message>
        <source>Low bound (normal: the mean)</source>
        <translation>Untere Grenze (normal: der Mittelwert)</translation>
    </message>
    <message>
        <source>High bound, exclusive (normal: the standard deviation)</source>
        <translation>Obere Grenze, ausschließlich (normal: die Standardabweichung)</translation>
    </message>
    <message>
        <source>path of a .npy file (relative to the project)</source>
        <translation>Pfad einer .npy-Datei (relativ zum Projekt)</translation>
    </message>
    <message>
        <source>Choose a .npy file</source>
        <translation>.npy-Datei wählen</translation>
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
    <name>pt::app::TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running task (the interpreter stops at its next step)</source>
        <translation>Die laufende Aufgabe anhalten (der Interpreter hält beim nächsten Schritt an)</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>%1 %2/%3 (%4 %) %5 s</source>
        <translation>%1 %2/%3 (%4 %) %5 s</translation>
    </message>
</context>
<context>
    <name>pt::views::AgreementLegend</name>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>1000× tolerance</source>
        <translation>1000× Toleranz</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>kein Gegenstück</translation>
    </message>
    <message>
        <source>first divergence</source>
        <translation>erste Abweichung</translation>
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
        <translation>%1 Operation(en) darin durch die Durchläufe geändert</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
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
    <message>
        <source>There is no graph to export</source>
        <translation>Es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>Nothing is selected: click a node, Ctrl+click for more, or Shift+drag a rectangle</source>
        <translation>Nichts ausgewählt: einen Knoten anklicken, Strg+Klick für weitere, oder Umschalt+Ziehen für ein Rechteck</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%n op(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical call(s) in a row</source>
        <translation>
            <numerusform>%n gleicher Aufruf hintereinander</numerusform>
            <numerusform>%n gleiche Aufrufe hintereinander</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open or close</source>
        <translation>Doppelklick zum Öffnen oder Schließen</translation>
    </message>
    <message>
        <source>Layout cancelled — close groups (Collapse All) to lay out less</source>
        <translation>Anordnen abgebrochen — Gruppen schließen (Alle zuklappen), um weniger anzuordnen</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 zuklappen</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 aufklappen</translation>
    </message>
    <message>
        <source>Expand All Groups</source>
        <translation>Alle Gruppen aufklappen</translation>
    </message>
    <message>
        <source>Collapse All Groups</source>
        <translation>Alle Gruppen zuklappen</translation>
    </message>
    <message>
        <source>Default Grouping</source>
        <translation>Standardgruppierung</translation>
    </message>
</context>
<context>
    <name>pt::views::GraphSearchBar</name>
    <message>
        <source>Find in graph: name, op, dtype, shape (Ctrl+F)</source>
        <translation>Im Graphen suchen: Name, Operation, dtype, Form (Strg+F)</translation>
    </message>
    <message>
        <source>Plain text or a regular expression; narrow with op:, name:, dtype:, shape: or scope:</source>
        <translation>Text oder regulärer Ausdruck; eingrenzen mit op:, name:, dtype:, shape: oder scope:</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>bad regex</source>
        <translation>ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::views::GraphView</name>
    <message>
        <source>Not traced yet — press Run</source>
        <translation>Noch nicht aufgezeichnet — Ausführen drücken</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Laying out the graph… %1/%2 levels (%3 %)</source>
        <translation>Graph wird angeordnet… %1/%2 Ebenen (%3 %)</translation>
    </message>
</context>
<context>
    <name>pt::views::InspectorView</name>
    <message>
        <source>&lt;i&gt;Select a node in the graph&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Knoten im Graphen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Its op, attributes, inputs and outputs, source line, and the values it computed on the last run show here.</source>
        <translation>Seine Operation, Attribute, Ein- und Ausgaben, Quelltextzeile und die im letzten Lauf berechneten Werte erscheinen hier.</translation>
    </message>
    <message>
        <source>First node that produced NaN/Inf</source>
        <translation>Erster Knoten, der NaN/Inf erzeugt hat</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Aufrufkette</translation>
    </message>
    <message>
        <source>Values on the last run</source>
        <translation>Werte im letzten Lauf</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4</source>
        <translation>Min %1 · Max %2 · Mittel %3 · Std %4</translation>
    </message>
    <message>
        <source>NaN: %1 · +Inf: %2 · −Inf: %3</source>
        <translation>NaN: %1 · +Inf: %2 · −Inf: %3</translation>
    </message>
    <message>
        <source>no NaN or Inf</source>
        <translation>kein NaN oder Inf</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchläufe</translation>
    </message>
</context>
</TS>
