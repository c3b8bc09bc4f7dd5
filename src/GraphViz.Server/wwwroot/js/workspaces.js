// Workspaces: the list of graphs beside each other (/g/{graph}) and, for editors, a new one.
import { editorHeaders } from './editor-key.js';
import { problemText } from './problems.js';

export function graphIdFromAddress() {
  const match = location.pathname.match(/^\/g\/([^/]+)\/?$/);
  return match ? decodeURIComponent(match[1]) : 'sample';
}

export function pageOf(graphId) {
  return `/g/${encodeURIComponent(graphId)}`;
}

export async function initWorkspaces(graphId) {
  const picker = document.getElementById('graph-picker');
  const toggle = document.getElementById('new-graph-toggle');
  const form = document.getElementById('new-graph');
  const message = document.getElementById('new-graph-message');

  picker.addEventListener('change', () => { location.href = pageOf(picker.value); });
  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) document.getElementById('new-graph-title').focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const title = document.getElementById('new-graph-title').value.trim();
    const response = await fetch('/api/graphs', {
      method: 'POST',
      headers: editorHeaders({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ title: title || null }),
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      message.textContent = problemText(reply, response.status);
      return;
    }
    location.href = pageOf(reply.id);
  });

  const response = await fetch('/api/graphs');
  const graphs = response.ok ? await response.json() : [];
  picker.replaceChildren(...graphs.map((g) => {
    const option = document.createElement('option');
    option.value = g.id;
    option.textContent = `${g.title ?? g.id} (${g.articles})`;
    option.selected = g.id === graphId;
    return option;
  }));
  return graphs.find((g) => g.id === graphId) ?? null;
}
