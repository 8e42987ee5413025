// Runs in the browser before any page module. zod 4 compiles object parsers with `new Function`
// after probing whether eval is allowed; our Content-Security-Policy forbids eval, and Chromium
// reports even that caught probe as a violation. Interpreted parsing is fast enough for our forms.
import { z } from "zod";

z.config({ jitless: true });
