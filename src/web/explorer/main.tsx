// Browser entry of the analyst explorer (served at /explore). Bundled by
// tools/build-explorer.ts; talks to /graphql on the serving origin only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './explorer.css';
import './curation.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
