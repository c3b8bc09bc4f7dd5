// The live connection: join a graph's room, get its snapshot, then apply patches in version order.
// A patch that does not start where we are (a gap) or a reconnect makes us re-read the snapshot.

import { editorKey } from './editor-key.js';

export function connectToGraph(graphId, { onSnapshot, onPatch, onStatus, onDeleted }) {
  const connection = new window.signalR.HubConnectionBuilder()
    // The editor key travels as the access token: the hub checks it on every method that changes something.
    .withUrl('/hubs/graph', { accessTokenFactory: () => editorKey() })
    .withAutomaticReconnect()
    .build();
  let version = -1;

  async function join() {
    const snapshot = await connection.invoke('JoinGraph', graphId);
    const first = version < 0;
    version = snapshot.version;
    onSnapshot(snapshot, first);
  }

  connection.on('Patch', async (patch) => {
    if (patch.graphId !== graphId || patch.version <= version) return; // already in the snapshot we hold
    if (patch.fromVersion !== version) {
      await join(); // we missed something: the snapshot is the truth
      return;
    }
    version = patch.version;
    onPatch(patch);
  });

  connection.on('GraphDeleted', (deleted) => { if (deleted === graphId) onDeleted(); });

  connection.onreconnecting(() => onStatus('offline', 'reconnecting…'));
  connection.onreconnected(async () => {
    onStatus('live', 'live');
    await join();
  });
  connection.onclose(() => onStatus('offline', 'disconnected'));

  return {
    async start() {
      await connection.start();
      onStatus('live', 'live');
      await join();
    },
    version: () => version,
    canEdit: () => connection.invoke('CanEdit'),
    invoke: (method, ...args) => connection.invoke(method, ...args),
    on: (name, handler) => connection.on(name, handler),
  };
}
