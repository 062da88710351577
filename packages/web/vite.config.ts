import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The workbench is served by the Parley server at `/`; assets live under /assets.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:4173" },
  },
});
