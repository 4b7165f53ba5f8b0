export { CLIENT_SCRIPT, OPENING_SCRIPT } from './client-script.generated.js';

/**
 * A one-line script in `<head>` that marks the page as scripted before the body is laid out,
 * so the picture is laid out once, already as the pan-and-zoom view, and starts decoding the
 * picture's embedded fonts (declared in the head) so the first layout finds them ready.
 */
export const EARLY_SCRIPT =
  "document.documentElement.classList.add('js');document.fonts.forEach(function(f){f.load().catch(function(){})})";
