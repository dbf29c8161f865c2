import { paletteDeclarations } from '../vocabulary'

/**
 * The report's only stylesheet, inlined so the file is self-contained. Logical properties
 * (inline-start/end) keep the layout right in right-to-left dossiers; the print rules keep
 * badges coloured and claims whole on a page where they fit. Status and signature colours are the
 * vocabulary's (src/shared/vocabulary/palette.ts), the same the app shows.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --rule: #d9dee3; --paper: #fff;
  --alarm-bg: #fde8ea; ${paletteDeclarations()} }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: var(--paper); }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .8rem; padding-block-end: .3rem;
  border-block-end: 2px solid var(--rule); }
h3 { font-size: 1.05rem; line-height: 1.4; margin: 0; flex: 1; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  margin: 1rem 0 .35rem; }
p { margin: .4rem 0; }
.story { font-size: 1.05rem; color: var(--muted); margin: 0 0 .4rem; }
.about { font-size: .85rem; color: var(--muted); margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0; }
.counts li { display: flex; align-items: center; gap: .45rem; padding: .35rem .7rem;
  border: 1px solid var(--rule); border-radius: .5rem; }
.counts .n { font-weight: 700; font-size: 1.1rem; }
.counts .total { border-style: dashed; }
.warning { margin: 1rem 0 0; padding: .6rem .9rem; border-inline-start: 4px solid var(--tampered-bg);
  background: var(--alarm-bg); border-radius: .25rem; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .78rem;
  font-weight: 700; white-space: nowrap; border: 1px solid currentColor; }
.badge.confirmed { color: var(--confirmed); background: var(--confirmed-bg); }
.badge.disputed { color: var(--disputed); background: var(--disputed-bg); }
.badge.retracted { color: var(--retracted); background: var(--retracted-bg); }
.badge.unverified { color: var(--unverified); background: var(--unverified-bg); }
.badge.conflict { color: var(--conflict); background: var(--conflict-bg); }
.claim { border: 1px solid var(--rule); border-inline-start: 5px solid var(--unverified-mark);
  border-radius: .4rem; padding: 1rem 1.2rem; margin: 0 0 1.2rem; }
.claim.confirmed { border-inline-start-color: var(--confirmed-mark); }
.claim.disputed { border-inline-start-color: var(--disputed-mark); }
.claim.retracted { border-inline-start-color: var(--retracted-mark); }
.claim.conflict { border-inline-start-color: var(--conflict-mark); }
.claim > header { display: flex; align-items: flex-start; gap: .75rem; }
.badges { display: flex; flex-direction: column; align-items: flex-end; gap: .3rem; }
.badge.sig { font-size: .72rem; }
.number { font-weight: 700; color: var(--muted); min-width: 1.8rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .7rem 0 0;
  font-size: .92rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
blockquote.lost, blockquote.pending { border-inline-start-style: dashed; color: var(--muted); }
blockquote { margin: .3rem 0; padding: .4rem .9rem; border-inline-start: 3px solid var(--rule);
  background: #f8f9fa; white-space: pre-wrap; font-family: Georgia, "Noto Serif", serif; }
.note { font-size: .88rem; color: var(--disputed); }
ol, ul { margin: .2rem 0; padding-inline-start: 1.4rem; }
li { margin: .25rem 0; }
.decision .who { color: var(--muted); font-size: .88rem; }
.rationale { display: block; white-space: pre-wrap; }
.sig { font-size: .78rem; font-weight: 600; padding: 0 .4rem; border-radius: .25rem; }
.sig.signed { color: var(--signed); background: var(--signed-bg); }
.sig.unsigned { color: var(--unsigned); background: var(--unsigned-bg); }
.sig.tampered { color: var(--tampered); background: var(--tampered-bg); }
.current { font-size: .72rem; color: var(--muted); border: 1px dashed var(--rule);
  border-radius: .25rem; padding: 0 .35rem; }
.stance { font-size: .78rem; font-weight: 600; text-transform: uppercase; }
.stance.supports { color: var(--confirmed); }
.stance.refutes { color: var(--disputed); }
.stance.context { color: var(--muted); }
.url, .hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: .78rem; color: var(--muted); overflow-wrap: anywhere; }
a { color: #1a55a8; }
.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .78rem; color: var(--muted); }
@media print {
  body { background: none; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .claim { break-inside: avoid-page; }
  h2, h3, h4 { break-after: avoid-page; }
}
`
