// Wires the page: the graph view, the live connection, the panels, the form and the label toggle.
import { createGraphView } from './graph-view.js';
import { connectToGraph } from './connection.js';
import { showRelations, hidePanel, initPanel } from './panels.js';
import { initArticleForm } from './article-form.js';
import { initLanguageToggle } from './labels.js';
import { initTimeline } from './timeline.js';
import { editorKey, takeKeyFromAddress } from './editor-key.js';
import { chooseGraph, initWorkspaces, listGraphs } from './workspaces.js';

takeKeyFromAddress();
const graphs = await listGraphs();
const graphId = chooseGraph(graphs);
const view = createGraphView(document.getElementById('graph'));
const articles = new Map();
const status = document.getElementById('status');

// One debugging handle, used by the browser tests to read positions: the Cytoscape instance.
window.graphViz = { cy: view.cy };

function rememberArticles(list) {
  for (const a of list ?? []) articles.set(a.id, a);
}

const workspace = initWorkspaces(graphId, graphs);
if (workspace?.title) document.title = `${workspace.title} — GraphViz`;

const context = { nameOf: view.nameOf, articles };

// The panel follows the timeline: at a step it lists only the relations in force then.
let openSelection = null; // the edge or node whose relations the panel shows

function showSelection(target) {
  openSelection = target;
  const moment = timeline.moment();
  const held = (relations) => (moment ? relations.filter((r) => moment.relationIds.has(r.id)) : relations);
  if (target.isEdge()) {
    const edge = target.data();
    const relations = held(edge.relations);
    const summary = moment
      ? `As of ${moment.date}: ${relations.length} of ${edge.count} relations in force${moment.pairs.get(edge.id) ? `, ${moment.pairs.get(edge.id).stance}` : ''}`
      : `${edge.count} relation${edge.count === 1 ? '' : 's'}: ${edge.positive} cooperative, ${edge.negative} hostile, ${edge.neutral} neutral`;
    showRelations(`${view.nameOf(edge.source)} — ${view.nameOf(edge.target)}`, summary, relations, context);
  } else {
    const all = target.connectedEdges().toArray().flatMap((e) => e.data('relations'));
    const relations = held(all);
    relations.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const summary = moment ? `As of ${moment.date}: ${relations.length} of ${all.length} relations in force` : `${relations.length} relations`;
    showRelations(view.nameOf(target.id()), summary, relations, context);
  }
}

view.cy.on('tap', 'edge', (event) => showSelection(event.target));
view.cy.on('tap', 'node', (event) => showSelection(event.target));

view.cy.on('tap', (event) => {
  if (event.target === view.cy) {
    hidePanel();
    openSelection = null;
    view.cy.elements().unselect();
  }
});

initPanel(() => {
  openSelection = null;
  view.cy.elements().unselect();
});
initArticleForm(graphId);
initLanguageToggle((language) => view.relabel(language));

const room = {}; // filled once the connection exists: the timeline leads and follows through it
const timeline = initTimeline(graphId, view.cy, room, () => {
  if (openSelection && openSelection.inside()) showSelection(openSelection);
});

const connection = connectToGraph(graphId, {
  onSnapshot(snapshot, first) {
    rememberArticles(snapshot.articles);
    if (first) {
      view.loadSnapshot(snapshot);
      timeline.load();
    } else view.reconcile(snapshot);
    document.body.dataset.graphVersion = String(snapshot.version);
    document.body.dataset.ready = 'true';
  },
  onPatch(patch) {
    rememberArticles(patch.addedArticles);
    view.applyPatch(patch);
    timeline.load(); // new articles bring new steps
    document.body.dataset.graphVersion = String(patch.version);
  },
  onDeleted() {
    status.textContent = 'this graph was deleted';
    status.className = 'status offline';
  },
  onStatus(kind, text) {
    status.textContent = text;
    status.className = `status ${kind}`;
  },
});

room.lead = (step) => connection.invoke('LeadStep', graphId, step);
room.currentStep = () => connection.invoke('CurrentStep', graphId);
connection.on('Step', (graph, step) => { if (graph === graphId) timeline.follow(step); });

if (graphId === null) {
  status.textContent = 'No graphs yet: open the editor link and create one with “New graph”.';
  document.body.dataset.editor = String(Boolean(editorKey()));
} else connection.start()
  .then(async () => {
    // Viewers (embeds, shared links) see no editing controls; the server refuses their changes anyway.
    document.body.dataset.editor = String(await connection.canEdit());
  })
  .catch((error) => {
    // A HubException's message is the server's own, e.g. "There is no graph 'x'."
    status.textContent = error.message.replace(/^.*HubException: /, '');
    status.className = 'status offline';
    document.body.dataset.failed = 'true';
  });
