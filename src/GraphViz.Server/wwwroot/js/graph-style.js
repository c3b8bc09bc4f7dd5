// The Cytoscape stylesheet, as data: nodes by kind, edges by polarity and by how many relations support them.
const arabicFont = '"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", sans-serif';

const kinds = {
  country: { shape: 'ellipse', color: '#2f6db5' },
  bloc: { shape: 'round-hexagon', color: '#7b4bb7' },
  organization: { shape: 'round-diamond', color: '#d9822b' },
  group: { shape: 'round-triangle', color: '#8c2f39' },
};

const polarities = { positive: '#2e7d32', negative: '#c62828', neutral: '#9aa3ad', mixed: '#e69a00' };

/** An edge's width for the relations it carries: 2 px for one, growing to 12 px at twelve or more. */
export const edgeWidth = (count) => 2 + 10 * Math.min(1, Math.max(0, (count - 1) / 11));

export const graphStyle = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': arabicFont,
      'font-size': 13,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 2,
      width: 34,
      height: 34,
      'border-width': 2,
      'border-color': '#ffffff',
      color: '#1d2330',
    },
  },
  ...Object.entries(kinds).map(([kind, k]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: k.shape, 'background-color': k.color },
  })),
  {
    selector: 'edge',
    style: {
      width: (edge) => edgeWidth(edge.data('count')),
      'curve-style': 'bezier',
      opacity: 0.85,
      'line-color': polarities.neutral,
    },
  },
  ...Object.entries(polarities).map(([polarity, color]) => ({
    selector: `edge[polarity = "${polarity}"]`,
    style: { 'line-color': color },
  })),
  { selector: 'node:selected', style: { 'border-color': '#1d2330', 'border-width': 4 } },
  { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#1d2330', 'underlay-opacity': 0.15, 'underlay-padding': 4 } },
  { selector: '.entering', style: { opacity: 0 } },
  { selector: 'edge.opening', style: { 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6, 'underlay-padding': 6 } },
];
