// The timeline bar: step through the graph as it stood at each dated event. Positions never change:
// the whole graph was laid out once; a step only shows, hides and restyles edges and nodes.
import { edgeWidth } from './graph-style.js';

const stanceColours = { partner: '#2e7d32', strained: '#e69a00', broken: '#c62828', hostile: '#7f0000', neutral: '#9aa3ad' };

/**
 * @param room  { lead(step), currentStep() }: the graph's live room, for lead mode (steps shared over SignalR).
 */
export function initTimeline(graphId, cy, room, onShown = () => {}) {
  const bar = document.getElementById('timeline');
  const slider = document.getElementById('timeline-slider');
  const caption = document.getElementById('timeline-caption');
  const play = document.getElementById('timeline-play');
  const speed = document.getElementById('timeline-speed');
  const undated = document.getElementById('timeline-undated');
  const lead = document.getElementById('timeline-lead');
  let steps = [];
  let current = -1; // -1: the whole graph, as of now
  let moment = null; // what the shown step holds: { date, pairs: Map(edge id → pair state), relationIds: Set }; null: everything
  let timer = null;

  function stepFromUrl() {
    const params = new URLSearchParams(location.search);
    if (params.has('step')) return Math.min(steps.length - 1, Math.max(-1, Number(params.get('step'))));
    if (params.has('at')) return steps.findIndex((s) => s.date === params.get('at'));
    return -1;
  }

  function showAll() {
    cy.batch(() => {
      cy.elements().style('display', 'element');
      cy.edges().removeStyle('line-color width').removeClass('opening');
    });
    caption.replaceChildren(text('span', 'All articles, undated relations included'));
  }

  async function show(index, { push = true } = {}) {
    current = index;
    slider.value = String(index + 1);
    bar.dataset.step = String(index);
    if (push && lead.checked) {
      room.lead(index).catch((error) => caption.replaceChildren(text('span', `Cannot lead: ${error.message}`)));
    }
    if (push) {
      const url = new URL(location.href);
      if (index < 0) url.searchParams.delete('step'); else url.searchParams.set('step', String(index));
      url.searchParams.delete('at');
      history.pushState({ step: index }, '', url);
    }
    if (index < 0) {
      moment = null;
      showAll();
      onShown();
      return;
    }
    const step = steps[index];
    const response = await fetch(`/api/graphs/${encodeURIComponent(graphId)}/state?at=${encodeURIComponent(step.date)}&undated=${undated.checked}`);
    if (!response.ok || current !== index) return;
    const state = await response.json();
    const pairs = new Map(state.pairs.map((p) => [p.id, p]));
    moment = { date: step.date, pairs, relationIds: new Set(state.graphRelationIds) };
    const opening = new Set(step.opensPairs);
    const appearing = [];
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const pair = pairs.get(edge.id());
        if (pair && edge.style('display') === 'none') appearing.push(edge);
        edge.style('display', pair ? 'element' : 'none');
        if (pair) edge.style({ 'line-color': stanceColours[pair.stance] ?? stanceColours.neutral, width: edgeWidth(pair.count) });
        edge.toggleClass('opening', opening.has(edge.id()));
      });
      cy.nodes().forEach((node) => {
        const shown = node.connectedEdges().some((e) => pairs.has(e.id()));
        if (shown && node.style('display') === 'none') appearing.push(node);
        node.style('display', shown ? 'element' : 'none');
      });
    });
    for (const element of appearing) { // what a step brings in fades in where it always was
      element.style('opacity', 0);
      element.animate({ style: { opacity: 1 } }, { duration: 300, complete: () => element.removeStyle('opacity') });
    }
    caption.replaceChildren(text('strong', step.date), text('span', ` ${step.label} `), text('span', step.evidence ?? '', { dir: 'rtl', lang: 'ar' }));
    bar.dataset.shown = String(index);
    onShown();
  }

  function text(tag, value, attrs = {}) {
    const e = document.createElement(tag);
    e.textContent = value;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  const go = (index) => show(Math.min(steps.length - 1, Math.max(-1, index)));

  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = '▶';
    play.setAttribute('aria-pressed', 'false');
  }

  function start() {
    play.textContent = '❚❚';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => (current >= steps.length - 1 ? stop() : go(current + 1)), Number(speed.value));
  }

  document.getElementById('timeline-prev').addEventListener('click', () => go(current - 1));
  document.getElementById('timeline-next').addEventListener('click', () => go(current + 1));
  slider.addEventListener('input', () => go(Number(slider.value) - 1));
  play.addEventListener('click', () => (timer ? stop() : start()));
  undated.addEventListener('change', () => show(current, { push: false }));
  speed.addEventListener('change', () => { if (timer) { stop(); start(); } });
  window.addEventListener('popstate', () => show(stepFromUrl(), { push: false }));
  document.addEventListener('keydown', (event) => {
    // Keys stay with text entry, and the slider moves itself; a ticked checkbox must not swallow them.
    if (event.target.closest('textarea, select, input:not([type=checkbox])')) return;
    const moves = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: steps.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    go(moves[event.key]);
  });

  return {
    /** What the shown step holds, or null when the whole graph is shown. */
    moment: () => moment,
    async load() {
      const response = await fetch(`/api/graphs/${encodeURIComponent(graphId)}/timeline`);
      if (!response.ok) return;
      steps = (await response.json()).steps;
      slider.max = String(steps.length);
      renderTicks(steps);
      const wasHidden = bar.hidden;
      bar.hidden = steps.length === 0;
      if (wasHidden && !bar.hidden) {
        cy.resize(); // the bar took room from the graph: refit the view (the view, never the positions)
        cy.fit(undefined, 50);
      }
      const linked = new URLSearchParams(location.search).has('step') || new URLSearchParams(location.search).has('at');
      const led = linked ? null : await room.currentStep().catch(() => null);
      await show(led ?? stepFromUrl(), { push: false }); // a late joiner lands where the room is led
      bar.dataset.ready = 'true';
    },
    /** The room's leader moved: follow, unless this browser leads. */
    follow(step) {
      if (!lead.checked && step >= -1 && step < steps.length) show(step, { push: false });
    },
  };

  function renderTicks(list) {
    const ticks = document.getElementById('timeline-ticks');
    const times = list.map((s) => Date.parse(`${s.date}${s.date.length === 4 ? '-07-01' : s.date.length === 7 ? '-15' : ''}`));
    const [min, max] = [Math.min(...times), Math.max(...times)];
    let lastLeft = -100;
    ticks.replaceChildren(...list.map((s, i) => {
      const left = max > min ? ((times[i] - min) / (max - min)) * 100 : 50;
      const tick = text('button', left - lastLeft > 8 ? s.date : '', { type: 'button', title: `${s.date}: ${s.label}` });
      if (left - lastLeft > 8) lastLeft = left; // labels that would collide stay as bare ticks
      tick.className = 'tick';
      tick.style.left = `${left}%`;
      tick.addEventListener('click', () => go(i));
      return tick;
    }));
  }
}
