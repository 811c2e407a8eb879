import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });

// Keep this release's pack in storage, so that its assessments still open after an update ships a
// newer bundled pack. Not critical for the first screen; a failure here shows up when saving.
// Loaded after the first paint so that Dexie is not on the start-up path.
import('./lib/storage/packs')
  .then(({ ensureBundledPack }) => ensureBundledPack())
  .catch((error: unknown) => {
    console.error('Could not store the bundled checklist pack', error);
  });
