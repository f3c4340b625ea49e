/// The HTML report's stylesheet, compiled in so a copied binary needs no
/// files. The editable, canonical copy is `reports/report.css`; a test keeps
/// the two identical (paste the file's text between the delimiters).
enum HTMLStyle {
    static let css: StaticString = #"""
/* claimaudit HTML report. Canonical copy: reports/report.css; the binary
   embeds the same text (Sources/ClaimAudit/Reporting/Reporters/HTMLStyle.swift,
   kept identical by a test). Colours: Okabe-Ito palette (colour-blind safe);
   every kind also has a text label and a border pattern for greyscale/print. */
:root {
  --ink: #1b1b1b;
  --muted: #555555;
  --line: #cfcfcf;
  --paper: #ffffff;
  --panel: #f6f6f4;
  --named: #0072b2;
  --anonymous: #d55e00;
  --own-reporting: #cc79a7;
  --document: #009e73;
  --outlet: #56b4e9;
  --analysis: #e69f00;
  --none: #000000;
  --error: #d55e00;
  --warning: #e69f00;
  --info: #0072b2;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto;
  max-width: 78rem;
  padding: 1.5rem;
  color: var(--ink);
  background: var(--paper);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
a { color: var(--named); }
.report-header { border-bottom: 2px solid var(--ink); margin-bottom: 1rem; padding-bottom: .5rem; }
.meta { color: var(--muted); margin: 0; }
.contents ol { padding-left: 1.5rem; }
.document { margin-bottom: 3rem; }
.document > header { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
.verdict { margin: 0 0 .75rem; padding: .4rem .75rem; border-left: 6px solid var(--document); background: var(--panel); }
.verdict.v-warning { border-left-color: var(--warning); border-left-style: dashed; }
.verdict.v-error { border-left-color: var(--error); border-left-style: double; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem; align-items: start; }
.findings { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; font-size: .92rem; }

/* Legend */
.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .35rem .9rem; font-size: .85rem; }
.legend li { white-space: nowrap; }
.swatch { padding: 0 .35rem; }

/* Article text */
.article-text { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.9; }
.article-text p, .article-text ul { margin: 0 0 1rem; }
.article-heading { font-family: inherit; font-size: 1.2rem; }
.section-label { font-family: system-ui, sans-serif; font-size: .8rem; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; margin-right: .35rem; }
.claim { padding: .05rem .15rem; border-bottom: 3px solid transparent; }
.claim::before, .swatch::before {
  font: bold .62rem/1 system-ui, sans-serif;
  letter-spacing: .03em;
  vertical-align: .3em;
  margin-right: .25rem;
  padding: .05rem .2rem;
  border: 1px solid currentColor;
  border-radius: 2px;
  color: var(--ink);
  background: var(--paper);
}
.claim:target { outline: 3px solid var(--ink); outline-offset: 2px; }
.k-named { background: #cce3f0; border-bottom: 3px solid var(--named); }
.k-named::before { content: "NAMED"; }
.k-anonymous { background: #f7dfcc; border-bottom: 3px dashed var(--anonymous); }
.k-anonymous::before { content: "ANON"; }
.k-own-reporting { background: #f5e4ed; border-bottom: 3px dotted var(--own-reporting); }
.k-own-reporting::before { content: "OWN"; }
.k-document { background: #ccece3; border-bottom: 4px double var(--document); }
.k-document::before { content: "DOC"; }
.k-outlet { background: #ddf0fb; border-bottom: 3px solid var(--outlet); border-top: 1px dotted var(--outlet); }
.k-outlet::before { content: "OUTLET"; }
.k-analysis { background: #faeccc; border-bottom: 3px dashed var(--analysis); font-style: italic; }
.k-analysis::before { content: "ANALYSIS"; font-style: normal; }
.k-none { background: repeating-linear-gradient(135deg, #ffffff 0 4px, #e4e4e4 4px 6px); border-bottom: 1px solid var(--none); }
.k-none::before { content: "NONE"; }
.cue { text-decoration: underline 2px solid; text-underline-offset: .2em; font-weight: 600; }
.source { text-decoration: underline 2px double; text-underline-offset: .2em; font-weight: 600; }
mark.hedge { background: transparent; color: inherit; text-decoration: underline 2px wavy var(--error); text-underline-offset: .25em; }
.aside-note { font-family: system-ui, sans-serif; font-size: .75rem; color: var(--muted); margin-left: .3rem; }
.flags { font-family: system-ui, sans-serif; font-size: .7rem; margin-left: .1rem; }
.flag { text-decoration: none; font-weight: bold; padding: 0 .2rem; border: 1px solid currentColor; border-radius: 2px; margin-right: .1rem; color: var(--ink); }
.flag.s-error { background: var(--error); color: #ffffff; }
.flag.s-warning { background: #fbe3b2; }
.flag.s-info { background: var(--paper); }

/* Findings */
.severity-group { margin-bottom: 1rem; }
.severity-group h4 { padding: .15rem .5rem; background: var(--panel); }
.s-error > h4 { border-left: 6px double var(--error); }
.s-warning > h4 { border-left: 6px dashed var(--warning); }
.s-info > h4 { border-left: 6px solid var(--info); }
.severity-group ol { margin: 0; padding-left: 1.5rem; }
.finding { margin-bottom: .4rem; }
.finding:target { background: #fbe3b2; }
.where { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; margin-right: .35rem; }
.rule { color: var(--muted); margin-left: .35rem; }
.nothing { color: var(--muted); font-style: italic; }

/* Summary */
.summary { border-top: 1px solid var(--line); margin-top: 1rem; }
.summary-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem 2rem; }
table.kinds { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.kinds th, table.kinds td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid var(--line); }
table.kinds td.n { text-align: right; font-variant-numeric: tabular-nums; width: 3.5rem; }
td.bar-cell { width: 40%; }
.bar { display: block; height: .8rem; min-width: 1px; border: 1px solid var(--ink); }
.b-named { background: var(--named); }
.b-anonymous { background: var(--anonymous); }
.b-own-reporting { background: var(--own-reporting); }
.b-document { background: var(--document); }
.b-outlet { background: var(--outlet); }
.b-analysis { background: var(--analysis); }
.b-none { background: repeating-linear-gradient(135deg, var(--none) 0 2px, #ffffff 2px 5px); }
.meter { display: flex; height: .9rem; border: 1px solid var(--ink); margin: .25rem 0 .5rem; }
.meter span { display: block; height: 100%; }
.meter .part-unsourced { background: repeating-linear-gradient(135deg, var(--analysis) 0 4px, #ffffff 4px 6px); }
.meter .part-anonymous { background: repeating-linear-gradient(45deg, var(--anonymous) 0 4px, #ffffff 4px 6px); }
.meter .part-named { background: var(--named); }
.figures { margin: 0; }
.figures dt { font-weight: bold; margin-top: .5rem; }
.figures dd { margin: 0; }
.sources { padding-left: 1.5rem; margin: 0; }
.sources .n { color: var(--muted); }
.report-footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .5rem; }

@media (max-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .findings { position: static; max-height: none; }
}

@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .contents { display: none; }
  .layout { display: block; }
  .findings { position: static; max-height: none; overflow: visible; }
  .document + .document { break-before: page; }
  .severity-group li, .summary-grid > *, table.kinds tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .claim:target { outline: none; }
}

"""#
}
