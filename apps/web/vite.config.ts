import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API's Origin check compares the Origin header with the Host header, so the dev proxy keeps the
// browser's Host (no changeOrigin): http://localhost:5173 → /api → http://127.0.0.1:3100.
// Two pages: the staff app (index.html) and the citizens' portal (cong-dan.html, served at /cong-dan),
// whose own small entry loads none of the staff app's code.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3100', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      input: { main: 'index.html', portal: 'cong-dan.html' },
      // TanStack Query in a chunk of its own: left to the automatic split, its hooks landed in a chunk
      // shared with antd's menu and tabs, which the login page then loaded for nothing
      output: {
        codeSplitting: {
          groups: [{ name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ }],
        },
      },
    },
  },
  worker: { format: 'es' },
});
