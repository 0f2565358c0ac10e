// The empty state: what to paste to send glassbox its first data, with this page's origin.

import { h, copyButton } from '../util.js';

/** A card telling a new user exactly what to run next. */
export function onboarding(what = 'No data yet') {
  const origin = location.origin;
  const lines = [
    ['Point your OpenAI SDK at glassbox (every model call is measured, logged and traced):', `export OPENAI_BASE_URL=${origin}/v1`],
    ['Send your agent\u2019s OpenTelemetry spans and logs here:', `export OTEL_EXPORTER_OTLP_ENDPOINT=${origin}`],
  ];
  return h('div', { class: 'callout onboarding' },
    h('h2', null, what),
    h('p', null, 'glassbox has not received anything in this window. Set these in the environment of your app and restart it:'),
    lines.map(([why, cmd]) => h('div', { class: 'paste' }, h('div', { class: 'muted' }, why),
      h('div', { class: 'paste-row' }, h('code', { class: 'cmd' }, cmd), copyButton(cmd)))),
    h('p', { class: 'muted' }, 'Prompts are redacted before anything is stored. Feedback and business events go to ',
      h('code', null, 'POST /api/feedback'), ' and ', h('code', null, 'POST /api/events'), '.'));
}
