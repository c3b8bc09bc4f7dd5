// The editor key: taken once from the editor link (?key=...), kept in this browser, and dropped from
// the address bar so that a link copied from it, or an embed, shares reading only.

const storageName = 'graphviz.editorKey';

export function takeKeyFromAddress() {
  const url = new URL(location.href);
  const key = url.searchParams.get('key');
  if (key) {
    localStorage.setItem(storageName, key);
    url.searchParams.delete('key');
    history.replaceState(history.state, '', url);
  }
}

export function editorKey() {
  return localStorage.getItem(storageName) ?? '';
}

/** Headers for a request that changes something. */
export function editorHeaders(headers = {}) {
  const key = editorKey();
  return key ? { ...headers, 'X-Editor-Key': key } : headers;
}
