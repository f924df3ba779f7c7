import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.CONSOLE_PORT ?? 5173);

/**
 * Paths the console forwards to the API in development and preview. `pnpm start` has the API
 * trust exactly one proxy hop, this one: X-Forwarded-For is set to the browser's socket address,
 * replacing whatever the client sent, so no client picks the address its rate limits count.
 */
const toApi: ProxyOptions = {
  target: apiUrl,
  // The usage subscription (graphql-ws) opens a WebSocket on /graphql.
  ws: true,
  configure: (proxy) =>
    proxy.on('proxyReq', (proxyReq, req) => proxyReq.setHeader('x-forwarded-for', req.socket.remoteAddress ?? '')),
};
const proxy = Object.fromEntries(['/graphql', '/healthz', '/readyz'].map((path) => [path, toApi]));

const server = { host: '127.0.0.1', port, strictPort: true, proxy };

export default defineConfig({
  plugins: [react()],
  resolve: {
    // One copy of graphql (Apollo Client and the generated documents must share its classes) and of React.
    dedupe: ['graphql', 'react', 'react-dom'],
  },
  server,
  preview: server,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
