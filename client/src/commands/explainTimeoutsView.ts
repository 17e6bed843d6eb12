// The HTML of the "Explain timeouts" webview: one card per scenario, one SVG
// timeline per scope in it. No editor API here (the unit tests render it),
// no script, no remote content; colours come only from VS Code's theme
// variables, so light, dark and high-contrast themes all work.

import type { Lane, Scenario, TimeoutExplanation } from '../../../server/src/service/semantics/explainTimeouts';
import { humanDuration } from '../../../server/src/service/semantics/time';

export interface RenderOptions {
  /** the file name shown in the title */
  fileName: string;
  /** webview.cspSource */
  cspSource: string;
  /** a random nonce for the one <style> element */
  nonce: string;
  /** a link that reveals a 0-based line of the document, or of an Included file (a command URI); undefined: plain text */
  lineLink?: (line: number, uri?: string) => string;
}

const W = 540; // viewBox width of a timeline
const PAD_L = 14;
const PAD_R = 30;
const AXIS_Y = 58;
const BAR_Y = 44;
const H = 78;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes, then turns `code` into <code>code</code>. */
function prose(s: string): string {
  return esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800];

function tickStep(horizon: number): number {
  return STEPS.find((s) => horizon / s <= 7) ?? Math.ceil(horizon / 7);
}

/** Short axis labels: "30 s", "5 min", "1 h", "1 h 30 min". */
function short(seconds: number): string {
  return seconds === 0 ? '0' : humanDuration(seconds);
}

const f = (n: number) => Number(n.toFixed(1));

function timeline(lane: Lane, horizon: number, scope: string): string {
  const x = (t: number) => f(PAD_L + (Math.min(t, horizon) / horizon) * (W - PAD_L - PAD_R));
  const end = W - PAD_R;
  const parts: string[] = [];
  // axis and ticks
  parts.push(`<line class="axis" x1="${PAD_L}" y1="${AXIS_Y}" x2="${end + 20}" y2="${AXIS_Y}"/>`);
  const step = tickStep(horizon);
  for (let t = 0; t <= horizon; t += step) {
    parts.push(`<line class="tick" x1="${x(t)}" y1="${AXIS_Y}" x2="${x(t)}" y2="${AXIS_Y + 4}"/>`);
    parts.push(`<text class="tick-label" x="${x(t)}" y="${AXIS_Y + 15}" text-anchor="${t === 0 ? 'start' : 'middle'}">${esc(short(t))}</text>`);
  }
  // the life of the connection or channel
  const stop = lane.at !== undefined && lane.ends !== 'nothing' ? lane.at : undefined;
  const alive = stop ?? horizon;
  parts.push(`<rect class="bar alive" x="${PAD_L}" y="${BAR_Y}" width="${f(Math.max(2, x(alive) - PAD_L))}" height="8" rx="4"/>`);
  if (lane.ends === 'nothing') {
    parts.push(`<path class="never" d="M${end} ${BAR_Y - 2} l14 6 l-14 6 z"/>`);
    parts.push(`<text class="end-label good" x="${end + 18}" y="${BAR_Y + 8}" text-anchor="start">∞</text>`);
  }
  if (lane.ends === 'broken' && stop !== undefined) {
    const detect = lane.markers.find((m) => m.kind === 'detect');
    const until = detect ? detect.at : horizon;
    parts.push(`<line class="dead" x1="${x(stop)}" y1="${BAR_Y + 4}" x2="${x(until)}" y2="${BAR_Y + 4}"/>`);
  }
  // keepalive probes
  if (lane.probes && lane.probes.every > 0) {
    const last = Math.min(lane.probes.until ?? horizon, horizon);
    const n = Math.floor(last / lane.probes.every);
    const every = n > 120 ? Math.ceil(n / 120) : 1; // keep the picture readable
    for (let i = every; i <= n; i += every) {
      const t = i * lane.probes.every;
      const cls = lane.probes.answered ? 'probe answered' : 'probe lost';
      parts.push(`<circle class="${cls}" cx="${x(t)}" cy="${BAR_Y - 9}" r="2.6"><title>probe at ${esc(humanDuration(t))}</title></circle>`);
    }
  }
  // markers (NAT expiry, kernel, detection)
  for (const m of lane.markers) {
    if (m.kind === 'deadline') continue;
    const mx = x(m.at);
    parts.push(`<line class="marker ${m.kind}" x1="${mx}" y1="${BAR_Y - 32}" x2="${mx}" y2="${AXIS_Y}"/>`);
    const anchor = mx > W * 0.7 ? 'end' : 'start';
    parts.push(`<text class="marker-label ${m.kind}" x="${anchor === 'end' ? mx - 4 : mx + 4}" y="${BAR_Y - 24}" text-anchor="${anchor}">${esc(m.label)} · ${esc(humanDuration(m.at))}</text>`);
  }
  // the end
  if (stop !== undefined) {
    const ex = x(stop);
    const cls = lane.ends === 'channel' ? 'channel' : lane.ends === 'broken' ? 'nat' : 'conn';
    if (lane.ends !== 'broken') {
      parts.push(`<line class="cut ${cls}" x1="${ex}" y1="${BAR_Y - 30}" x2="${ex}" y2="${AXIS_Y}"/>`);
      parts.push(`<path class="cut-mark ${cls}" d="M${ex - 5} ${BAR_Y - 2} l10 12 M${ex + 5} ${BAR_Y - 2} l-10 12"/>`);
      const what = lane.ends === 'channel' ? 'channel closed' : 'connection ends';
      const anchor = ex > W * 0.6 ? 'end' : 'start';
      parts.push(
        `<text class="end-label ${cls}" x="${anchor === 'end' ? ex - 7 : ex + 7}" y="${BAR_Y - 24}" text-anchor="${anchor}">${what} · ${esc(humanDuration(stop))}</text>`,
      );
    }
  }
  const summary =
    lane.ends === 'nothing'
      ? `${scope}: nothing ends it`
      : `${scope}: ${lane.ends === 'channel' ? 'the channel closes' : lane.ends === 'broken' ? 'the path breaks' : 'the connection ends'} after ${humanDuration(lane.at ?? 0)}`;
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(summary)}">${parts.join('')}</svg>`;
}

function verdict(lane: Lane): string {
  switch (lane.ends) {
    case 'nothing':
      return '<span class="verdict good">stays open</span>';
    case 'channel':
      return `<span class="verdict channel">channel closes after ${esc(humanDuration(lane.at ?? 0))}</span>`;
    case 'broken':
      return `<span class="verdict nat">silently broken after ${esc(humanDuration(lane.at ?? 0))}</span>`;
    default:
      return `<span class="verdict conn">connection ends after ${esc(humanDuration(lane.at ?? 0))}</span>`;
  }
}

function where(b: { line?: number; file?: string }): string {
  return `${b.file ? `${esc(b.file)} ` : ''}line ${(b.line ?? 0) + 1}`;
}

function laneHtml(lane: Lane, horizon: number, o: RenderOptions): string {
  const by = lane.by
    .filter((b) => b.text)
    .map((b) =>
      b.line === undefined
        ? `<span class="setting default">${esc(b.text)}</span>`
        : o.lineLink
          ? `<a class="setting" href="${esc(o.lineLink(b.line, b.uri))}" title="Show ${b.file ? `${esc(b.file)} ` : ''}line ${b.line + 1}"><code>${esc(b.text)}</code> <span class="line">${where(b)}</span></a>`
          : `<span class="setting"><code>${esc(b.text)}</code> <span class="line">${where(b)}</span></span>`,
    )
    .join(' ');
  const scope =
    lane.scopeLine !== undefined && o.lineLink
      ? `<a class="scope" href="${esc(o.lineLink(lane.scopeLine))}">${esc(lane.scope)}</a>`
      : `<span class="scope">${esc(lane.scope)}</span>`;
  const notes = lane.notes.map((n) => `<li>${prose(n)}</li>`).join('');
  return `<div class="lane">
<div class="lane-head">${scope} ${verdict(lane)}</div>
${timeline(lane, horizon, lane.scope)}
<p class="caption">${prose(lane.caption)}</p>
${by ? `<div class="by">Decided by ${by}</div>` : ''}
${notes ? `<ul class="notes">${notes}</ul>` : ''}
</div>`;
}

/** One axis for all lanes of a scenario, so they compare, unless their times differ more than fourfold. */
function axisOf(s: Scenario, lane: Lane): number {
  const spans = s.lanes.map((l) => l.horizon ?? s.horizon);
  return Math.max(...spans) > 4 * Math.min(...spans) ? (lane.horizon ?? s.horizon) : s.horizon;
}

function scenarioHtml(s: Scenario, o: RenderOptions): string {
  const same = s.same.length ? `<p class="same">${s.same.map(esc).join(', ')}: same as the global part.</p>` : '';
  return `<section class="scenario" id="${esc(s.id)}">
<h2>${esc(s.title)}</h2>
<p class="from">Time 0 is ${esc(s.from)}.</p>
${s.lanes.map((l) => laneHtml(l, axisOf(s, l), o)).join('\n')}
${same}
</section>`;
}

const CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 18px 24px; line-height: 1.45; }
h1 { font-size: 1.35em; font-weight: 600; margin: 18px 0 2px; }
.sub { color: var(--vscode-descriptionForeground); margin: 0 0 10px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; color: var(--vscode-descriptionForeground); font-size: 0.92em; margin-bottom: 12px; }
.legend svg { vertical-align: middle; margin-right: 4px; }
.scenario { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 6px; padding: 8px 14px 6px; margin: 0 0 12px; background: var(--vscode-sideBar-background, transparent); }
h2 { font-size: 1.08em; font-weight: 600; margin: 2px 0 0; }
.from { color: var(--vscode-descriptionForeground); margin: 0 0 4px; font-size: 0.92em; }
.lane { margin: 4px 0 8px; }
.lane + .lane { border-top: 1px dashed var(--vscode-widget-border, var(--vscode-descriptionForeground)); padding-top: 6px; }
.lane-head { display: flex; gap: 10px; align-items: baseline; }
.scope { font-weight: 600; color: var(--vscode-textLink-foreground); text-decoration: none; }
.verdict { font-size: 0.9em; padding: 0 8px; border-radius: 9px; border: 1px solid currentColor; }
.verdict.good { color: var(--vscode-charts-green); }
.verdict.conn { color: var(--vscode-charts-red); }
.verdict.channel { color: var(--vscode-charts-orange); }
.verdict.nat { color: var(--vscode-charts-yellow); }
.timeline { width: 100%; max-width: 980px; height: auto; display: block; overflow: visible; }
.caption { margin: 2px 0 4px; }
.by { font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.setting { margin-right: 8px; text-decoration: none; }
a.setting code { color: var(--vscode-textLink-foreground); }
.setting .line { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.setting.default { font-style: italic; }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; background: var(--vscode-textCodeBlock-background); padding: 0 3px; border-radius: 3px; }
.notes { margin: 4px 0 0; padding-left: 18px; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.same { color: var(--vscode-descriptionForeground); font-size: 0.9em; margin: 0 0 6px; }
.axis, .tick { stroke: var(--vscode-descriptionForeground); stroke-width: 1; }
.tick-label { fill: var(--vscode-descriptionForeground); font-size: 10px; font-family: var(--vscode-font-family); }
.bar.alive { fill: var(--vscode-charts-green); opacity: 0.55; }
.never { fill: var(--vscode-charts-green); }
.dead { stroke: var(--vscode-charts-yellow); stroke-width: 3; stroke-dasharray: 4 4; }
.probe.answered { fill: var(--vscode-charts-blue); }
.probe.lost { fill: none; stroke: var(--vscode-charts-red); stroke-width: 1.2; }
.marker { stroke-width: 1.2; stroke-dasharray: 3 3; }
.marker.nat { stroke: var(--vscode-charts-yellow); }
.marker.tcp { stroke: var(--vscode-charts-purple); }
.marker.detect { stroke: var(--vscode-charts-red); }
.marker-label { font-size: 10px; font-family: var(--vscode-font-family); }
.marker-label.nat { fill: var(--vscode-charts-yellow); }
.marker-label.tcp { fill: var(--vscode-charts-purple); }
.marker-label.detect { fill: var(--vscode-charts-red); }
.cut { stroke-width: 2; }
.cut-mark { stroke-width: 2.4; fill: none; }
.cut.conn, .cut-mark.conn { stroke: var(--vscode-charts-red); }
.cut.channel, .cut-mark.channel { stroke: var(--vscode-charts-orange); }
.end-label { font-size: 11px; font-weight: 600; font-family: var(--vscode-font-family); }
.end-label.conn { fill: var(--vscode-charts-red); }
.end-label.channel { fill: var(--vscode-charts-orange); }
.end-label.good { fill: var(--vscode-charts-green); font-size: 16px; }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
`;

function legend(): string {
  const item = (svg: string, text: string) => `<span><svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">${svg}</svg>${esc(text)}</span>`;
  return `<div class="legend">
${item('<circle class="probe answered" cx="9" cy="6" r="3"/>', 'probe answered')}
${item('<circle class="probe lost" cx="9" cy="6" r="3"/>', 'probe unanswered')}
${item('<path class="cut-mark conn" d="M4 1 l10 10 M14 1 l-10 10"/>', 'connection ends')}
${item('<path class="cut-mark channel" d="M4 1 l10 10 M14 1 l-10 10"/>', 'channel closes')}
${item('<rect class="bar alive" x="1" y="3" width="12" height="6" rx="3"/><path class="never" d="M13 1 l5 5 l-5 5 z"/>', 'stays open')}
${item('<line class="marker nat" x1="9" y1="0" x2="9" y2="12"/>', 'NAT forgets the flow')}
</div>`;
}

export function renderExplainHtml(model: TimeoutExplanation, o: RenderOptions): string {
  const file = model.kind === 'sshd' ? 'sshd_config' : 'ssh_config';
  const csp = `default-src 'none'; style-src ${o.cspSource} 'nonce-${o.nonce}'; img-src ${o.cspSource} data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Timeouts in ${esc(o.fileName)}</title>
<style nonce="${esc(o.nonce)}">${CSS}</style>
</head>
<body>
<h1>When does a connection end? <span class="sub">${esc(o.fileName)}</span></h1>
<p class="sub">${esc(file)} as OpenSSH ${esc(model.target)} reads it (setting <code>openssh-config.targetVersion</code>). The NAT scenario assumes a NAT box or firewall that forgets a flow after ${esc(humanDuration(model.natIdle))} without packets, a common value for home routers and cloud NAT gateways.</p>
${legend()}
${model.scenarios.map((s) => scenarioHtml(s, o)).join('\n')}
</body>
</html>`;
}
