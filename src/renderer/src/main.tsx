import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstContent } from './app/firstContent';
import { workbench } from './bridge';
import { CommandRegistry, CommandsProvider } from './commands';
import { createModel, ModelProvider } from './model';
import { isDesktop } from './shellBridge';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
const model = createModel(workbench());
// The first requests leave before React's first render; App reports a failure of this same start.
const started = model.start();
started.catch(() => undefined);
const registry = new CommandRegistry(model, isDesktop());

// One first render, with the project (and its document) known: index.html says "Loading Loupe…" until then.
void firstContent(model, started).then(() =>
  createRoot(root).render(
    <StrictMode>
      <ModelProvider model={model}>
        <CommandsProvider registry={registry}>
          <App />
        </CommandsProvider>
      </ModelProvider>
    </StrictMode>,
  ),
);
