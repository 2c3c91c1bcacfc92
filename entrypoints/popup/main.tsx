import { render } from 'preact';

render(<main>Tend</main>, document.getElementById('app') as HTMLElement);
