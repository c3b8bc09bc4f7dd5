// The side panel: the relations behind an edge, or all the relations of a node, each with its
// Arabic evidence shown right-to-left and the actor mentions marked. Text only, never HTML.

const panel = () => document.getElementById('panel');

function element(tag, { text, className, attrs } = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  for (const [k, v] of Object.entries(attrs ?? {})) e.setAttribute(k, v);
  return e;
}

/** The evidence sentence with each actor mention wrapped in <mark>. */
function evidenceParagraph(evidence) {
  const p = element('p', { className: 'evidence', attrs: { dir: 'rtl', lang: 'ar' } });
  const mentions = [...(evidence.mentions ?? [])].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    p.append(document.createTextNode(evidence.text.slice(at, m.start)));
    p.append(element('mark', { text: evidence.text.slice(m.start, m.end), attrs: { 'data-actor': m.actorId } }));
    at = m.end;
  }
  p.append(document.createTextNode(evidence.text.slice(at)));
  return p;
}

function dateText(relation) {
  if (relation.start || relation.end) return `${relation.start ?? '…'} – ${relation.end ?? '…'}`;
  return relation.date ?? 'undated';
}

function relationItem(relation, nameOf, articles) {
  const li = element('li', { className: `relation ${relation.polarity}` });
  const head = element('div', { className: 'relation-head' });
  head.append(element('span', { text: `${nameOf(relation.source)} → ${nameOf(relation.target)}: ${relation.typeLabel}` }));
  head.append(element('span', { text: dateText(relation), className: `relation-date${relation.dateInferred ? ' inferred' : ''}` }));
  li.append(head, evidenceParagraph(relation.evidence));
  if (relation.reportedBy) {
    li.append(element('p', { className: 'provenance', text: `as reported by ${nameOf(relation.reportedBy)}` }));
  }
  const article = articles.get(relation.articleId);
  if (article && (article.title || article.source || article.published)) {
    const parts = [article.title, article.source, article.published].filter(Boolean);
    li.append(element('p', { className: 'provenance', text: parts.join(' · ') }));
  }
  return li;
}

export function showRelations(title, summary, relations, { nameOf, articles }) {
  document.getElementById('panel-title').textContent = title;
  document.getElementById('panel-summary').textContent = summary;
  const list = document.getElementById('panel-relations');
  list.replaceChildren(...relations.map((r) => relationItem(r, nameOf, articles)));
  panel().hidden = false;
}

export function hidePanel() {
  panel().hidden = true;
}

export function initPanel(onClose) {
  document.getElementById('panel-close').addEventListener('click', () => {
    hidePanel();
    onClose();
  });
}
