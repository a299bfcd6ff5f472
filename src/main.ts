import { mount } from 'svelte';
import './ui/page.css';
import './ui/theme.css';
import App from './ui/App.svelte';
import { connectParent } from './embed/iframe';
import { defaultModel } from './model/default-model';
import { Explorer } from './state/explorer.svelte';
import { syncWithUrl } from './state/url-sync.svelte';
import { startWorkerBackend } from './worker/client';

const target = document.getElementById('app');
if (!target) throw new Error('career-path-explorer: no #app element');

// Catalogs loaded by URL are parsed and queried in a worker, so large ones never freeze the page.
const ex = new Explorer(defaultModel, startWorkerBackend());
ex.start();
syncWithUrl(ex, window);
const params = new URLSearchParams(location.search);
// Iframe mode: ?embed=1 hides the header; ?parentOrigin=<origin> talks to the host page.
const embed = params.get('embed') === '1';
const compact = params.get('compact') === '1';
if (embed) connectParent(ex, window, params.get('parentOrigin'));
mount(App, { target, props: { ex, embed, compact } });
void ex.load(ex.q.catalog).then(() => ex.announcePath());
