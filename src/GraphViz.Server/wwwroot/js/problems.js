// The server's ProblemDetails, as one message a person can read.

export function problemText(problem, status) {
  const lines = [problem.title ?? `Request failed (${status})`];
  if (problem.detail && problem.detail !== problem.title) lines.push(problem.detail);
  for (const messages of Object.values(problem.errors ?? {})) {
    for (const m of messages) if (!lines.includes(m)) lines.push(m);
  }
  return lines.join('\n');
}
