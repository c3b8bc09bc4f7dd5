// The "Add an article" form: posts to the graph's articles endpoint and shows the server's own
// message when the input is refused. The graph itself updates through the live connection.
import { editorHeaders } from './editor-key.js';
import { problemText } from './problems.js';

export function initArticleForm(graphId) {
  const section = document.getElementById('add-article');
  const toggle = document.getElementById('add-article-toggle');
  const form = document.getElementById('article-form');
  const message = document.getElementById('article-message');
  const submit = document.getElementById('article-submit');

  const setOpen = (open) => {
    section.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(section.hidden));
  document.getElementById('add-article-close').addEventListener('click', () => setOpen(false));

  const say = (text, kind) => {
    message.textContent = text;
    message.className = `message ${kind}`;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => document.getElementById(id).value;
    const body = {
      text: value('article-text'),
      published: value('article-published') || null,
      language: 'ar',
      title: value('article-title') || null,
      source: value('article-source') || null,
    };
    submit.disabled = true;
    say('Reading the article…', '');
    try {
      const response = await fetch(`/api/graphs/${encodeURIComponent(graphId)}/articles`, {
        method: 'POST',
        headers: editorHeaders({ 'Content-Type': 'application/json' }),
        body: JSON.stringify(body),
      });
      const reply = await response.json().catch(() => ({}));
      if (!response.ok) {
        say(problemText(reply, response.status), 'error');
        return;
      }
      if (reply.duplicate) {
        say('This article is already in the graph: nothing changed.', 'ok');
        return;
      }
      say(`Added: ${reply.actors} actors, ${reply.relations} relations (${reply.addedNodes} new nodes, ${reply.addedEdges} new edges).`, 'ok');
      form.reset();
    } catch (error) {
      say(`Could not reach the server: ${error.message}`, 'error');
    } finally {
      submit.disabled = false;
    }
  });
}
