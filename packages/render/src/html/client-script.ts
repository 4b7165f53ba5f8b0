export { CLIENT_SCRIPT } from './client-script.generated.js';

/**
 * A one-line script in `<head>` that marks the page as scripted before the body is laid out,
 * so the picture is laid out once, already as the pan-and-zoom view.
 */
export const EARLY_SCRIPT = "document.documentElement.classList.add('js')";
