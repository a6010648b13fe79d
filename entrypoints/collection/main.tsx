import { render } from 'preact';

render(<p>Seed Clipper</p>, document.getElementById('app')!);
