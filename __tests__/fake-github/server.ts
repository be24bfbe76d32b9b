// A local fake of GitHub's REST API issue routes, with real status codes and Link-header pagination.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  comments: string[];
  pull_request?: object;
}

export interface FakeGitHub {
  url: string;
  issues: FakeIssue[];
  /** Method and path of every request, in order. */
  requests: string[];
  /** Tokens seen in Authorization headers. */
  tokens: string[];
  close: () => Promise<void>;
}

export interface FakeGitHubOptions {
  /** The token that may write issues; any other gets 403 on writes, and a missing one 401. */
  writeToken?: string;
  issues?: FakeIssue[];
  perPage?: number;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const issues: FakeIssue[] = options.issues ?? [];
  const requests: string[] = [];
  const tokens: string[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => handle(req, res, text));
  });
  const send = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}`);
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token) tokens.push(token);
    if (!token) return send(res, 401, { message: 'Requires authentication', status: '401' });
    const repo = /^\/repos\/octo-org\/octo-repo\/issues(?:\/(\d+))?(\/comments)?$/.exec(
      url.pathname,
    );
    if (!repo) return send(res, 404, { message: 'Not Found', status: '404' });
    const number = repo[1] ? Number(repo[1]) : undefined;
    if (req.method === 'GET' && number === undefined) {
      const perPage = Math.min(
        Number(url.searchParams.get('per_page') ?? 30),
        options.perPage ?? 100,
      );
      const page = Number(url.searchParams.get('page') ?? 1);
      const state = url.searchParams.get('state') ?? 'open';
      const all = issues.filter((i) => state === 'all' || i.state === state);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(page + 1));
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(res, 200, slice.map(view), headers);
    }
    if (req.method === 'GET') return send(res, 404, { message: 'Not Found' });
    if (options.writeToken && token !== options.writeToken)
      return send(res, 403, { message: 'Resource not accessible by integration', status: '403' });
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (req.method === 'POST' && number === undefined) {
      if (typeof body.title !== 'string' || !body.title)
        return send(res, 422, { message: 'Validation Failed' });
      if (typeof body.body === 'string' && body.body.length > 65536)
        return send(res, 422, { message: 'Validation Failed: body is too long' });
      const issue: FakeIssue = {
        number: issues.length + 1,
        title: body.title,
        body: String(body.body ?? ''),
        state: 'open',
        comments: [],
      };
      issues.push(issue);
      return send(res, 201, view(issue));
    }
    const issue = issues.find((i) => i.number === number);
    if (!issue) return send(res, 404, { message: 'Not Found' });
    if (req.method === 'POST' && repo[2]) {
      issue.comments.push(String(body.body));
      return send(res, 201, { id: issue.comments.length, body: body.body });
    }
    if (req.method === 'PATCH') {
      if (typeof body.body === 'string') {
        if (body.body.length > 65536) return send(res, 422, { message: 'Validation Failed' });
        issue.body = body.body;
      }
      if (body.state === 'closed' || body.state === 'open') issue.state = body.state;
      return send(res, 200, view(issue));
    }
    return send(res, 404, { message: 'Not Found' });
  };
  const view = (issue: FakeIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    html_url: `https://github.com/octo-org/octo-repo/issues/${issue.number}`,
    ...(issue.pull_request ? { pull_request: issue.pull_request } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    requests,
    tokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
