// Workspaces: the list of graphs beside each other (/g/{graph}) and, for editors, a new one.
import { editorHeaders } from './editor-key.js';
import { problemText } from './problems.js';

/** The graph this page shows: /g/{graph}; at the root, the sample if it still exists, else the first graph. */
export function chooseGraph(graphs) {
  const match = location.pathname.match(/^\/g\/([^/]+)\/?$/);
  if (match) return decodeURIComponent(match[1]);
  return graphs.some((g) => g.id === 'sample') ? 'sample' : graphs[0]?.id ?? null;
}

export async function listGraphs() {
  const response = await fetch('/api/graphs');
  return response.ok ? response.json() : [];
}

export function pageOf(graphId) {
  return `/g/${encodeURIComponent(graphId)}`;
}

export function initWorkspaces(graphId, graphs) {
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

  document.getElementById('delete-graph').addEventListener('click', async () => {
    const title = graphs.find((g) => g.id === graphId)?.title ?? graphId;
    if (!window.confirm(`Delete the graph "${title}" and all its articles? This cannot be undone.`)) return;
    const response = await fetch(`/api/graphs/${encodeURIComponent(graphId)}`, { method: 'DELETE', headers: editorHeaders() });
    if (response.ok) location.href = '/';
    else window.alert(problemText(await response.json().catch(() => ({})), response.status));
  });

  picker.replaceChildren(...graphs.map((g) => {
    const option = document.createElement('option');
    option.value = g.id;
    option.textContent = `${g.title ?? g.id} (${g.articles})`;
    option.selected = g.id === graphId;
    return option;
  }));
  return graphs.find((g) => g.id === graphId) ?? null;
}
