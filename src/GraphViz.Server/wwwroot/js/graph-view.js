// The one Cytoscape instance: draws snapshots, applies patches in place, and places newcomers near
// their neighbours without moving anything already drawn.
import { graphStyle } from './graph-style.js';
import { withSeededRandom, stableFraction } from './seeded-random.js';
import { labelOf, currentLanguage } from './labels.js';

const layoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false, // computed synchronously inside run(), so the seeded Math.random covers all of it
  fit: true,
  padding: 50,
  nodeRepulsion: () => 12000,
  idealEdgeLength: () => 130,
  nodeSeparation: 100,
};

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nodeElement(node) {
  return { group: 'nodes', data: { ...node, label: labelOf(node) } };
}

function edgeElement(edge) {
  return { group: 'edges', data: { ...edge } };
}

export function createGraphView(container) {
  window.cytoscape.use(window.cytoscapeFcose);
  const cy = window.cytoscape({
    container,
    style: graphStyle,
    elements: [],
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
  });

  function layoutAll() {
    if (cy.nodes().length === 0) return;
    const seed = cy.nodes().map((n) => n.id()).sort().join('|');
    withSeededRandom(seed, () => cy.layout(layoutOptions).run());
  }

  function loadSnapshot(snapshot) {
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...snapshot.nodes].sort(byId).map(nodeElement));
      cy.add([...snapshot.edges].sort(byId).map(edgeElement));
    });
    layoutAll();
  }

  /** A free spot near the mean of a new node's placed neighbours, the same for the same graph. */
  function placeNear(node, placedNeighbours) {
    let cx;
    let cy0;
    if (placedNeighbours.length > 0) {
      cx = placedNeighbours.reduce((s, n) => s + n.position('x'), 0) / placedNeighbours.length;
      cy0 = placedNeighbours.reduce((s, n) => s + n.position('y'), 0) / placedNeighbours.length;
    } else {
      const box = cy.nodes().not(node).boundingBox();
      cx = Number.isFinite(box.x2) ? box.x2 + 120 : 0;
      cy0 = Number.isFinite(box.y1) ? (box.y1 + box.y2) / 2 : 0;
    }
    const others = cy.nodes().not(node).filter((n) => !n.hasClass('unplaced'));
    const start = stableFraction(node.id()) * 2 * Math.PI;
    for (let ring = 1; ring <= 6; ring++) {
      for (let k = 0; k < 12; k++) {
        const angle = start + (k * Math.PI) / 6;
        const p = { x: cx + Math.cos(angle) * 110 * ring, y: cy0 + Math.sin(angle) * 110 * ring };
        const clear = others.every((o) => Math.hypot(o.position('x') - p.x, o.position('y') - p.y) > 80);
        if (clear) return p;
      }
    }
    return { x: cx + Math.cos(start) * 110, y: cy0 + Math.sin(start) * 110 };
  }

  function applyPatch(patch) {
    const added = [];
    cy.batch(() => {
      cy.remove(patch.removedEdgeIds.map((id) => cy.getElementById(id)).filter((e) => e.nonempty()).reduce((a, e) => a.union(e), cy.collection()));
      for (const id of patch.removedNodeIds) cy.getElementById(id).remove();
      for (const node of patch.changedNodes) cy.getElementById(node.id).data({ ...node, label: labelOf(node) });
      for (const edge of patch.changedEdges) cy.getElementById(edge.id).data({ ...edge });
      for (const node of [...patch.addedNodes].sort(byId)) {
        added.push(cy.add({ ...nodeElement(node), classes: 'entering unplaced' }));
      }
      for (const edge of [...patch.addedEdges].sort(byId)) {
        added.push(cy.add({ ...edgeElement(edge), classes: 'entering' }));
      }
    });
    // Place newcomers one by one, in id order, each near the neighbours already placed.
    for (const node of added.filter((e) => e.isNode())) {
      const neighbours = node.neighborhood('node').filter((n) => !n.hasClass('unplaced'));
      node.position(placeNear(node, neighbours.toArray()));
      node.removeClass('unplaced');
    }
    for (const element of added) {
      element.style('opacity', 0);
      element.removeClass('entering');
      element.animate({ style: { opacity: 1 } }, { duration: 600, complete: () => element.removeStyle('opacity') });
    }
    if (added.some((e) => e.isNode())) fitVisible();
  }

  /**
   * Brings the whole graph into view, in the part of it not covered by an open side panel: an article
   * added through the form must not land its new actors under the form.
   */
  function fitVisible() {
    const panel = [...document.querySelectorAll('.panel')].find((p) => !p.hidden);
    const covered = panel ? cy.container().getBoundingClientRect().right - panel.getBoundingClientRect().left : 0;
    const padding = 50;
    const width = Math.max(200, cy.width() - Math.max(0, covered));
    const height = cy.height();
    const box = cy.elements().boundingBox();
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(),
      Math.min((width - 2 * padding) / Math.max(box.w, 1), (height - 2 * padding) / Math.max(box.h, 1))));
    const pan = { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 };
    cy.animate({ zoom, pan }, { duration: 600 });
  }

  /** Brings the drawing to a snapshot read after a reconnect or a gap: only the differences change. */
  function reconcile(snapshot) {
    const nodes = new Map(snapshot.nodes.map((n) => [n.id, n]));
    const edges = new Map(snapshot.edges.map((e) => [e.id, e]));
    applyPatch({
      removedNodeIds: cy.nodes().map((n) => n.id()).filter((id) => !nodes.has(id)),
      removedEdgeIds: cy.edges().map((e) => e.id()).filter((id) => !edges.has(id)),
      changedNodes: snapshot.nodes.filter((n) => cy.getElementById(n.id).nonempty()),
      changedEdges: snapshot.edges.filter((e) => cy.getElementById(e.id).nonempty()),
      addedNodes: snapshot.nodes.filter((n) => cy.getElementById(n.id).empty()),
      addedEdges: snapshot.edges.filter((e) => cy.getElementById(e.id).empty()),
    });
  }

  function relabel(language = currentLanguage()) {
    cy.batch(() => cy.nodes().forEach((n) => n.data('label', labelOf(n.data(), language))));
  }

  return {
    cy,
    loadSnapshot,
    applyPatch,
    reconcile,
    relabel,
    nameOf: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? labelOf(n.data()) : id;
    },
  };
}
