import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./app.css";

// A token given as `#token=...` is kept for the session and removed from the address.
const tokenMatch = /[#&]token=([^&]+)/.exec(window.location.hash);
if (tokenMatch?.[1]) {
  sessionStorage.setItem("parley-token", decodeURIComponent(tokenMatch[1]));
  history.replaceState(null, "", "#/overview");
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
