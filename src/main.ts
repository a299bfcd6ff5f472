import { mount } from 'svelte';
import './ui/page.css';
import './ui/theme.css';
import App from './ui/App.svelte';
import { defaultModel } from './model/default-model';
import { Explorer } from './state/explorer.svelte';
import { syncWithUrl } from './state/url-sync.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('career-path-explorer: no #app element');

const ex = new Explorer(defaultModel);
syncWithUrl(ex, window);
const params = new URLSearchParams(location.search);
const embed = params.get('embed') === '1';
mount(App, { target, props: { ex, embed } });
void ex.load(ex.q.catalog).then(() => ex.announcePath());
